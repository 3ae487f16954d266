package org.rosette.job;

import org.jspecify.annotations.Nullable;

/**
 * What a job could not do with one item: a message key and up to two arguments, resolved
 * in the reader's language when shown.
 *
 * @param item where in the work it happened, e.g. a line of a file
 */
public record JobProblem(long item, String code, @Nullable String first, @Nullable String second) {

	static final int MAX_ARGUMENT = 500;

	public JobProblem {
		first = cut(first);
		second = cut(second);
	}

	/** The arguments that are there, for a message. */
	public Object[] arguments() {
		if (first == null) {
			return new Object[0];
		}
		return second == null ? new Object[] { first } : new Object[] { first, second };
	}

	private static @Nullable String cut(@Nullable String argument) {
		return (argument == null || argument.length() <= MAX_ARGUMENT) ? argument : argument.substring(0, MAX_ARGUMENT);
	}

}
