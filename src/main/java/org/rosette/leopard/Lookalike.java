package org.rosette.leopard;

import java.util.List;

/**
 * A catalogue entry that may be the same animal as the one being written, and why (in the
 * order of {@link Resemblance}).
 */
public record Lookalike(long leopardId, String code, String name, List<Resemblance> resemblances) {

	/** What makes two entries look like one animal. */
	public enum Resemblance {

		/** The same name, written alike or in another script (Кедровка, Kedrovka). */
		SAME_NAME,
		/** A name one or two letters away. */
		SIMILAR_NAME,
		/** The same code but for dashes, case and leading zeros (LEO-F01, leo-f1). */
		SIMILAR_CODE,
		/** Flank photos whose rosettes match. */
		SIMILAR_COAT

	}

	public Lookalike {
		resemblances = List.copyOf(resemblances);
	}

}
