package org.rosette.system;

/**
 * A value that passed its own checks but breaks a rule only the service can see (an
 * unknown id, a date that conflicts with another). Forms show it beside the field; the
 * API answers 400 naming the field.
 */
public class InvalidFieldException extends RuntimeException {

	private final String field;

	public InvalidFieldException(String field, String message) {
		super(message);
		this.field = field;
	}

	public String getField() {
		return field;
	}

}
