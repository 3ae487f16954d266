package org.rosette.system;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * What an admin sees when someone else saved the record first ({@link FormVersion}): each
 * field with the value they sent and the value now saved, so they can merge by hand.
 * Drawn by {@code admin/menu :: editConflict}.
 *
 * @param title message key of the heading, naming what was edited
 */
public record EditConflict(String title, List<Row> rows) {

	public static EditConflict titled(String title) {
		return new EditConflict(title, new ArrayList<>());
	}

	/** A field whose values are shown as they are. */
	public EditConflict row(String field, String label, @Nullable Object mine, @Nullable Object saved) {
		rows.add(new Row(field, label, text(mine), text(saved), null));
		return this;
	}

	/**
	 * A field holding one of a set of choices, shown by their names in the reader's
	 * language: {@code valueKeys + value}.
	 */
	public EditConflict choice(String field, String label, @Nullable Enum<?> mine, @Nullable Enum<?> saved,
			String valueKeys) {
		rows.add(new Row(field, label, mine == null ? "" : mine.name(), saved == null ? "" : saved.name(), valueKeys));
		return this;
	}

	/** A field that is on or off, shown as yes or no in the reader's language. */
	public EditConflict flag(String field, String label, boolean mine, boolean saved) {
		rows.add(new Row(field, label, mine ? "yes" : "no", saved ? "yes" : "no", "admin."));
		return this;
	}

	private static String text(@Nullable Object value) {
		if (value instanceof java.math.BigDecimal amount) {
			return amount.stripTrailingZeros().toPlainString();
		}
		return value == null ? "" : value.toString().strip();
	}

	/**
	 * @param label message key of the field's name
	 * @param valueKeys message key prefix for the values, or none when shown as they are
	 */
	public record Row(String field, String label, String mine, String saved, @Nullable String valueKeys) {

		public boolean differs() {
			return !Objects.equals(mine, saved);
		}

		/** The message key a value is shown by, or none when it is shown as it is. */
		public @Nullable String key(String value) {
			return valueKeys == null || value.isEmpty() ? null : valueKeys + value;
		}

	}

}
