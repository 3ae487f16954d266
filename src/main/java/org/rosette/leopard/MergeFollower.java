package org.rosette.leopard;

/**
 * Records another module keeps about a leopard that follow it into the survivor when it
 * is merged (on {@link LeopardsMerged}); counted for the admin before the merge.
 */
public interface MergeFollower {

	/** The message naming these records, with their number as argument {0}. */
	String messageCode();

	long countFor(long leopardId);

}
