package org.rosette.outreach.web;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.rosette.sighting.MonthCount;

/**
 * A leopard's public sightings as a calendar strip: one row per year from the first
 * sighting to the last, twelve months each, shaded in four steps against the busiest
 * month. Quiet months show as gaps, which is the point.
 */
record SightingTimeline(List<Row> years, long busiestMonth, long total) {

	static final int LEVELS = 4;

	static SightingTimeline of(List<MonthCount> counts) {
		if (counts.isEmpty()) {
			return new SightingTimeline(List.of(), 0, 0);
		}
		Map<YearMonth, Long> byMonth = counts.stream().collect(Collectors.toMap(MonthCount::month, MonthCount::count));
		long max = counts.stream().mapToLong(MonthCount::count).max().orElse(1);
		int first = counts.get(0).month().getYear();
		int last = counts.get(counts.size() - 1).month().getYear();
		List<Row> rows = new ArrayList<>();
		for (int year = last; year >= first; year--) {
			List<Month> months = new ArrayList<>();
			for (int m = 1; m <= 12; m++) {
				YearMonth month = YearMonth.of(year, m);
				long count = byMonth.getOrDefault(month, 0L);
				months.add(new Month(month, count, level(count, max)));
			}
			rows.add(new Row(year, months, months.stream().mapToLong(Month::count).sum()));
		}
		return new SightingTimeline(rows, max, counts.stream().mapToLong(MonthCount::count).sum());
	}

	private static int level(long count, long max) {
		return count == 0 ? 0 : (int) Math.max(1, Math.min(LEVELS, Math.ceil(count * (double) LEVELS / max)));
	}

	public boolean isEmpty() {
		return years.isEmpty();
	}

	record Row(int year, List<Month> months, long total) {
	}

	record Month(YearMonth month, long count, int level) {
	}

}
