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
	 * yes/no); a reference to another record also carries the page that shows it.
	 */
	public record Shown(String text, String messageKey, String link) {

		static final Shown NOTHING = new Shown("", null);

		Shown(String text, String messageKey) {
			this(text, messageKey, null);
		}

		public boolean empty() {
			return messageKey == null && (text == null || text.isEmpty());
		}

	}

	/**
	 * What the changed record is called (a leopard's name, a campaign's title), read from
	 * its values after the change, else before; {@code null} when it has no such field.
	 */
	public String title() {
		for (String name : List.of("name", "title", "displayName", "username")) {
			for (Field field : fields) {
				if (field.name().equals(name)) {
					Shown shown = field.after().empty() ? field.before() : field.after();
					if (!shown.empty()) {
						return shown.text();
					}
				}
			}
		}
		return null;
	}

	/** The admin page of the changed record, where there is one. */
	public String link() {
		return AuditValues.pageOf(type, entityId);
	}

}
