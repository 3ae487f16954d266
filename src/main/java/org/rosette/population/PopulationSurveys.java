package org.rosette.population;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.rosette.leopard.Leopard;
import org.rosette.leopard.PublicLeopards;
import org.rosette.leopard.LeopardsMerged;
import org.rosette.sighting.CameraTrapDetections;
import org.rosette.sighting.CameraTrapDetections.Detection;
import org.rosette.sighting.SightingFilter;
import org.rosette.system.ParkArea;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Capture histories built from verified, identified camera-trap sightings, and the
 * closed-population estimates made from them.
 */
@Service
@Transactional(readOnly = true)
public class PopulationSurveys {

	/**
	 * Two weeks: long enough for a cat to pass a camera, short enough for many occasions.
	 */
	public static final int DEFAULT_OCCASION_DAYS = 14;

	/** The method the home page and the yearly chart show. */
	public static final String HEADLINE = FirstOrderJackknife.METHOD;

	private static final Duration LATEST_KEPT = Duration.ofMinutes(10);

	private static final List<PopulationEstimator> ESTIMATORS = List.of(new ModelM0(), new FirstOrderJackknife(),
			new ChaoLowerBound());

	private final CameraTrapDetections detections;

	private final PublicLeopards catalogue;

	private final ParkArea park;

	private final Clock clock;

	private volatile @Nullable Latest latest;

	private record Latest(Instant computedAt, Optional<YearEstimate> estimate) {
	}

	PopulationSurveys(CameraTrapDetections detections, PublicLeopards catalogue, ParkArea park, Clock clock) {
		this.detections = detections;
		this.catalogue = catalogue;
		this.park = park;
		this.clock = clock;
	}

	public ZoneId zone() {
		return park.zone();
	}

	public LocalDate today() {
		return park.today(clock);
	}

	/** The default survey: the last 52 weeks, in two-week occasions. */
	public SurveyWindow defaultWindow() {
		LocalDate to = today();
		return new SurveyWindow(to.minusDays(52 * 7 - 1), to, DEFAULT_OCCASION_DAYS, null);
	}

	public SightingFilter.BoundingBox parkArea() {
		return new SightingFilter.BoundingBox(park.minLongitude(), park.minLatitude(), park.maxLongitude(),
				park.maxLatitude());
	}

	public Survey survey(SurveyWindow window) {
		CaptureHistory history = history(window);
		CaptureFrequencies frequencies = history.frequencies();
		return new Survey(history, frequencies, ESTIMATORS.stream().map(e -> e.estimate(frequencies)).toList());
	}

	public CaptureHistory history(SurveyWindow window) {
		List<Detection> days = detections.days(window.from(), window.lastCoveredDay(), park.zone(), window.area());
		Map<Long, BitSet> caught = new HashMap<>();
		for (Detection detection : days) {
			int occasion = window.occasionOf(detection.day());
			if (occasion >= 0) {
				caught.computeIfAbsent(detection.leopardId(), id -> new BitSet()).set(occasion);
			}
		}
		Map<Long, Leopard> leopards = catalogue.all()
			.stream()
			.collect(Collectors.toMap(Leopard::getId, Function.identity()));
		List<CaptureHistory.Row> rows = new ArrayList<>();
		caught.forEach((id, occasions) -> {
			Leopard leopard = leopards.get(id);
			rows.add(new CaptureHistory.Row(id, leopard == null ? "#" + id : leopard.getCode(),
					leopard == null ? "" : leopard.getName(), occasions));
		});
		rows.sort(Comparator.comparing(CaptureHistory.Row::code));
		return new CaptureHistory(window, rows);
	}

	/**
	 * The headline estimate of every calendar year since the first identified camera-trap
	 * capture, the current year up to today.
	 */
	public List<YearEstimate> byYear(int occasionDays, SightingFilter.@Nullable BoundingBox area) {
		Optional<Instant> first = detections.first();
		if (first.isEmpty()) {
			return List.of();
		}
		LocalDate today = today();
		List<YearEstimate> years = new ArrayList<>();
		for (int year = first.get().atZone(park.zone()).getYear(); year <= today.getYear(); year++) {
			LocalDate from = LocalDate.of(year, 1, 1);
			LocalDate to = (year == today.getYear()) ? today : LocalDate.of(year, 12, 31);
			if ((to.toEpochDay() - from.toEpochDay() + 1) / occasionDays < 2) {
				continue;
			}
			Survey survey = survey(new SurveyWindow(from, to, occasionDays, area));
			if (survey.history().individuals() > 0) {
				years.add(new YearEstimate(year, survey.history().individuals(), survey.estimate(HEADLINE)));
			}
		}
		return years;
	}

	/**
	 * The newest year's headline estimate, shared by every visitor of the home page and
	 * worked out again at most every ten minutes.
	 */
	public Optional<YearEstimate> latest() {
		Latest known = this.latest;
		Instant now = clock.instant();
		if (known == null || known.computedAt().plus(LATEST_KEPT).isBefore(now)) {
			List<YearEstimate> years = byYear(DEFAULT_OCCASION_DAYS, null);
			known = new Latest(now, years.isEmpty() ? Optional.empty() : Optional.of(years.get(years.size() - 1)));
			this.latest = known;
		}
		return known.estimate();
	}

	/**
	 * Two entries that were one animal change the counts: work the estimate out again.
	 */
	@EventListener
	void forgetLatest(LeopardsMerged merge) {
		this.latest = null;
	}

}
