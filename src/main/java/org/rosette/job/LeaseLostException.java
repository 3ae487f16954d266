package org.rosette.job;

import java.util.UUID;

/**
 * This instance no longer holds the job (its lease ran out and another instance took it
 * over, or it was ended): the work of the current step is rolled back.
 */
public class LeaseLostException extends RuntimeException {

	LeaseLostException(UUID id) {
		super("This instance no longer holds job " + id);
	}

}
