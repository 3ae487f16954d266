package org.rosette.audit;

import java.time.LocalDateTime;
import java.util.List;

/**
 * One change to one record: who, when, what kind (added, changed, removed), and each
 * audited field with its value before (from the previous revision of that record) and
 * after. Times are the park's.
 */
public record AuditEntry(long revision, LocalDateTime at, String username, String type, Object entityId, String kind,
		List<Field> fields) {

	/** A field's value before and after; {@code changed} when they differ. */
	public record Field(String name, Shown before, Shown after, boolean changed) {
	}

	/**
	 * A value as shown: plain text, or a message key for values that are words (statuses,
	 * yes/no).
	 */
	public record Shown(String text, String messageKey) {

		static final Shown NOTHING = new Shown("", null);

	}

}
