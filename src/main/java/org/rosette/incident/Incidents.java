package org.rosette.incident;

import org.rosette.account.Account;
import org.rosette.account.AccountRepository;
import org.rosette.leopard.Leopard;
import org.rosette.leopard.LeopardCatalogue;
import org.rosette.system.InvalidFieldException;
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

	private final LeopardCatalogue catalogue;

	private final AccountRepository accounts;

	Incidents(IncidentRepository incidents, LeopardCatalogue catalogue, AccountRepository accounts) {
		this.incidents = incidents;
		this.catalogue = catalogue;
		this.accounts = accounts;
	}

	@Transactional
	public Incident report(IncidentReport report, String username) {
		Account ranger = accounts.findByUsername(username)
			.orElseThrow(() -> new IllegalStateException("No account " + username));
		Leopard leopard = report.leopardId() == null ? null
				: catalogue.find(report.leopardId())
					.orElseThrow(() -> new InvalidFieldException("leopardId", "No leopard with id " + report.leopardId()));
		return incidents.save(new Incident(report.occurredAt(), report.latitude(), report.longitude(), report.type(),
				leopard, report.description().strip(), ranger));
	}

	public Page<Incident> all(int page, int size) {
		return incidents.findAll(PageRequest.of(page, size, NEWEST_FIRST));
	}

	public Page<Incident> reportedBy(String username, int page, int size) {
		return incidents.findByReportedByUsername(username, PageRequest.of(page, size, NEWEST_FIRST));
	}

}
