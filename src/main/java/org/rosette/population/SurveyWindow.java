package org.rosette.population;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import org.jspecify.annotations.Nullable;
import org.rosette.sighting.SightingFilter;
import org.rosette.system.RejectedValuesException;

/**
 * A survey: the days from {@code from} to {@code to} (both included, park time) cut into
 * occasions of {@code occasionDays} days. A last stretch shorter than an occasion is left
 * out, since an occasion with less effort would look like fewer captures.
 *
 * @param area an optional part of the park to count captures in
 */
public record SurveyWindow(LocalDate from, LocalDate to, int occasionDays, SightingFilter.@Nullable BoundingBox area) {

	public static final int MAX_OCCASIONS = 400;

	public static final int MAX_OCCASION_DAYS = 366;

	/**
	 * @throws RejectedValuesException naming the field when the survey cannot be read
	 */
	public SurveyWindow {
		if (occasionDays < 1 || occasionDays > MAX_OCCASION_DAYS) {
			throw new RejectedValuesException("occasionDays", "population.invalid.occasionDays", MAX_OCCASION_DAYS);
		}
		if (to.isBefore(from)) {
			throw new RejectedValuesException("to", "population.invalid.toBeforeFrom");
		}
		long days = ChronoUnit.DAYS.between(from, to) + 1;
		if (days / occasionDays < 2) {
			throw new RejectedValuesException("occasionDays", "population.invalid.twoOccasions");
		}
		if (days / occasionDays > MAX_OCCASIONS) {
			throw new RejectedValuesException("occasionDays", "population.invalid.tooManyOccasions", MAX_OCCASIONS);
		}
	}

	public int occasions() {
		return (int) ((ChronoUnit.DAYS.between(from, to) + 1) / occasionDays);
	}

	/** The last day an occasion covers. */
	public LocalDate lastCoveredDay() {
		return from.plusDays((long) occasions() * occasionDays - 1);
	}

	/** The occasion (from 0) a day falls in, or -1 outside every occasion. */
	public int occasionOf(LocalDate day) {
		long index = ChronoUnit.DAYS.between(from, day);
		if (index < 0) {
			return -1;
		}
		long occasion = index / occasionDays;
		return occasion < occasions() ? (int) occasion : -1;
	}

	public LocalDate occasionStart(int occasion) {
		return from.plusDays((long) occasion * occasionDays);
	}

}
