package org.rosette.fieldwork;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

import org.jspecify.annotations.Nullable;
import org.springframework.validation.Errors;

/**
 * Reads the text of form fields into values. Blank means "not given" (the report's own
 * rules say whether that is allowed); text that is no value of the kind is rejected on
 * its field and read as not given.
 */
public final class FormValues {

	/**
	 * What a {@code datetime-local} input sends and shows: minutes are precise enough in
	 * the field.
	 */
	private static final DateTimeFormatter LOCAL_MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

	private FormValues() {
	}

	/** A time in the park's zone as a {@code datetime-local} input shows it. */
	public static String localTime(@Nullable Instant instant, ZoneId zone) {
		return instant == null ? "" : LOCAL_MINUTES.format(instant.atZone(zone).truncatedTo(ChronoUnit.MINUTES));
	}

	public static @Nullable Instant instant(@Nullable String text, ZoneId zone, String field, Errors errors) {
		if (blank(text)) {
			return null;
		}
		try {
			return LocalDateTime.parse(text.strip()).atZone(zone).toInstant();
		}
		catch (DateTimeParseException ex) {
			errors.rejectValue(field, "form.error.notATime");
			return null;
		}
	}

	/**
	 * Decimal degrees; a comma is taken as the decimal sign, as Russian keyboards type
	 * it.
	 */
	public static @Nullable Double decimal(@Nullable String text, String field, Errors errors) {
		if (blank(text)) {
			return null;
		}
		try {
			double value = Double.parseDouble(text.strip().replace(',', '.'));
			if (Double.isFinite(value)) {
				return value;
			}
		}
		catch (NumberFormatException ex) {
			// Rejected below.
		}
		errors.rejectValue(field, "form.error.notANumber");
		return null;
	}

	public static @Nullable Integer integer(@Nullable String text, String field, Errors errors) {
		if (blank(text)) {
			return null;
		}
		try {
			return Integer.valueOf(text.strip());
		}
		catch (NumberFormatException ex) {
			errors.rejectValue(field, "form.error.notAWholeNumber");
			return null;
		}
	}

	public static @Nullable Long id(@Nullable String text, String field, Errors errors) {
		if (blank(text)) {
			return null;
		}
		try {
			return Long.valueOf(text.strip());
		}
		catch (NumberFormatException ex) {
			errors.rejectValue(field, "form.error.notAChoice");
			return null;
		}
	}

	public static <E extends Enum<E>> @Nullable E choice(Class<E> type, @Nullable String text, String field,
			Errors errors) {
		if (blank(text)) {
			return null;
		}
		try {
			return Enum.valueOf(type, text.strip());
		}
		catch (IllegalArgumentException ex) {
			errors.rejectValue(field, "form.error.notAChoice");
			return null;
		}
	}

	public static boolean blank(@Nullable String text) {
		return text == null || text.isBlank();
	}

}
