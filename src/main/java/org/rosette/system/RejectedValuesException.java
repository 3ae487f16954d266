package org.rosette.system;

import java.util.List;

import org.springframework.validation.Errors;

/**
 * Values that passed their own checks but break a rule only the service can see (an
 * unknown id, an address already taken, an end before the start, a mother who is not a
 * female). Each rejection names the field and a message code with its arguments, so a
 * form shows every one of them beside its field and the API answers 400 naming them.
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

	/** Puts each rejection beside the form field it concerns. */
	public void rejectInto(Errors errors) {
		rejections.forEach(r -> errors.rejectValue(r.field(), r.messageCode(), r.arguments(), r.messageCode()));
	}

	/** One field's problem: a message code and its arguments. */
	public record Rejection(String field, String messageCode, Object... arguments) {

		@Override
		public String toString() {
			return field + ": " + messageCode;
		}

	}

}
