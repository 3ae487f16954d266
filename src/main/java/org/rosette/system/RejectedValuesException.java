package org.rosette.system;

import java.util.List;

/**
 * Values that passed their own checks but break a rule the service keeps (an address
 * already taken, an end before the start, a mother who is not a female). Each rejection
 * names the field and a message code with its arguments, so a form can show every one of
 * them beside its field.
 */
public class RejectedValuesException extends RuntimeException {

	private final List<Rejection> rejections;

	public RejectedValuesException(List<Rejection> rejections) {
		super(rejections.toString());
		this.rejections = List.copyOf(rejections);
	}

	public RejectedValuesException(String field, String messageCode, Object... arguments) {
		this(List.of(new Rejection(field, messageCode, arguments)));
	}

	public List<Rejection> rejections() {
		return rejections;
	}

	/** One field's problem: a message code and its arguments. */
	public record Rejection(String field, String messageCode, Object... arguments) {

		@Override
		public String toString() {
			return field + ": " + messageCode;
		}

	}

}
