package org.rosette.leopard;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What merging an entry into another would move, shown to the admin before the merge.
 *
 * @param records other modules' records of the merged entry (sightings, incidents)
 * @param flanks the flanks the merged entry has a reference photo of
 */
public record MergePreview(Leopard merged, List<Records> records, List<Flank> flanks, List<Leopard> cubs,
		@Nullable Leopard mother) {

	/** How many records of one kind follow the merge, and the message naming them. */
	public record Records(String messageCode, long count) {
	}

}
