package org.rosette.audit;

import java.time.LocalDate;

/**
 * What the audit page asks for; every part is optional. Dates are days in the park, both
 * ends included.
 */
public record AuditFilter(String type, String username, LocalDate from, LocalDate to) {

	public static AuditFilter none() {
		return new AuditFilter(null, null, null, null);
	}

}
