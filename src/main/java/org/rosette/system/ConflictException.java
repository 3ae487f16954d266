package org.rosette.system;

/**
 * The request was understood but clashes with the record's current state; the API answers
 * 409.
 */
public class ConflictException extends RuntimeException {

	public ConflictException(String message) {
		super(message);
	}

}
