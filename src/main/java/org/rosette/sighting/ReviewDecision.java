package org.rosette.sighting;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * An admin's verdict on a pending sighting, naming the individual when its coat was
 * recognised.
 */
public record ReviewDecision(@NotNull Verdict decision, Long leopardId, @Size(max = 2000) String note) {

	public enum Verdict {

		VERIFY, REJECT

	}

}
