package org.rosette.sighting;

import java.util.Optional;

import org.rosette.account.Account;
import org.rosette.account.AccountRepository;
import org.rosette.leopard.Leopard;
import org.rosette.leopard.LeopardCatalogue;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Sightings as rangers and admins work with them: reported, listed and looked up in full detail. */
@Service
@Transactional(readOnly = true)
public class Sightings {

	private static final Sort NEWEST_FIRST = Sort.by(Sort.Direction.DESC, "observedAt").and(Sort.by("id"));

	private final SightingRepository sightings;

	private final LeopardCatalogue catalogue;

	private final AccountRepository accounts;

	Sightings(SightingRepository sightings, LeopardCatalogue catalogue, AccountRepository accounts) {
		this.sightings = sightings;
		this.catalogue = catalogue;
		this.accounts = accounts;
	}

	@Transactional
	public Sighting report(SightingReport report, String username) {
		Account ranger = accounts.findByUsername(username)
			.orElseThrow(() -> new IllegalStateException("No account " + username));
		Leopard leopard = report.leopardId() == null ? null
				: catalogue.find(report.leopardId()).orElseThrow(() -> new UnknownLeopardException(report.leopardId()));
		return sightings.save(new Sighting(report.observedAt(), report.latitude(), report.longitude(),
				report.evidence(), leopard, report.adults(), report.cubs(), blankToNull(report.notes()), ranger));
	}

	public Page<Sighting> search(SightingFilter filter, int page, int size) {
		return sightings.findAll(filter.toSpecification(), PageRequest.of(page, size, NEWEST_FIRST));
	}

	public Page<Sighting> submittedBy(String username, int page, int size) {
		return sightings.findBySubmittedByUsername(username,
				PageRequest.of(page, size, Sort.by(Sort.Direction.DESC, "createdAt").and(Sort.by("id"))));
	}

	public Optional<Sighting> find(long id) {
		return sightings.findWithDetailsById(id);
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

}
