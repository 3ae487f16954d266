package org.rosette.population;

import java.util.BitSet;
import java.util.List;

/**
 * Who was caught on which occasion: one row per individual seen, one column per occasion.
 */
public record CaptureHistory(SurveyWindow window, List<Row> rows) {

	/** One individual's captures; {@code caught.get(i)} for occasion i (from 0). */
	public record Row(long leopardId, String code, String name, BitSet caught) {

		public boolean caughtOn(int occasion) {
			return caught.get(occasion);
		}

		public int timesCaught() {
			return caught.cardinality();
		}

	}

	public CaptureHistory {
		rows = List.copyOf(rows);
	}

	public int occasions() {
		return window.occasions();
	}

	public int individuals() {
		return rows.size();
	}

	public CaptureFrequencies frequencies() {
		return CaptureFrequencies.of(occasions(), rows.stream().mapToInt(Row::timesCaught).toArray());
	}

}
