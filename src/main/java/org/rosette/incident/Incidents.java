package org.rosette.incident;

import org.rosette.account.Account;
import java.util.List;

import org.rosette.account.AccountRepository;
import org.rosette.fieldwork.HandedInPhotos;
import org.rosette.fieldwork.PhotoUpload;
import org.rosette.leopard.Leopard;
import org.rosette.leopard.Leopards;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Threats reported by rangers. Only rangers and admins ever see them. */
@Service
@Transactional(readOnly = true)
public class Incidents {

	private static final Sort NEWEST_FIRST = Sort.by(Sort.Direction.DESC, "occurredAt").and(Sort.by("id"));

	private final IncidentRepository incidents;

	private final Leopards leopards;

	private final AccountRepository accounts;

	private final IncidentPhotoRepository photos;

	private final HandedInPhotos handedIn;

	Incidents(IncidentRepository incidents, Leopards leopards, AccountRepository accounts,
			IncidentPhotoRepository photos, HandedInPhotos handedIn) {
		this.incidents = incidents;
		this.leopards = leopards;
		this.accounts = accounts;
		this.photos = photos;
		this.handedIn = handedIn;
	}

	@Transactional
	public Incident report(IncidentReport report, String username) {
		return report(report, username, List.of());
	}

	/**
	 * Saves the incident and its photos together: if a photo is refused or cannot be
	 * written, nothing is saved and the photo store removes the files it already wrote.
	 */
	@Transactional
	public Incident report(IncidentReport report, String username, List<PhotoUpload> uploads) {
		Account ranger = accounts.getByUsername(username);
		Leopard leopard = leopards.identified(report.leopardId());
		Incident incident = incidents.save(new Incident(report.occurredAt(), report.latitude(), report.longitude(),
				report.type(), leopard, report.description().strip(), ranger));
		handedIn.keep(uploads, 0).forEach(photo -> photos.save(new IncidentPhoto(incident, photo)));
		return incident;
	}

	public List<IncidentPhoto> photosOf(long id) {
		return photos.findByIncidentIdOrderById(id);
	}

	public Page<Incident> all(int page, int size) {
		return incidents.findAll(PageRequest.of(page, size, NEWEST_FIRST));
	}

	public Page<Incident> reportedBy(String username, int page, int size) {
		return incidents.findByReportedByUsername(username, PageRequest.of(page, size, NEWEST_FIRST));
	}

}
