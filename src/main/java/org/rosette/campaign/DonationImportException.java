package org.rosette.campaign;

import java.util.List;

/** A CSV file of gifts that was refused as a whole: nothing from it was stored. */
public class DonationImportException extends RuntimeException {

	private final List<LineProblem> problems;

	DonationImportException(List<LineProblem> problems) {
		super(problems.size() + " problems in the CSV file; nothing was imported");
		this.problems = List.copyOf(problems);
	}

	public List<LineProblem> problems() {
		return problems;
	}

	/**
	 * What is wrong on one line (0 for the file as a whole): a message code and the value
	 * in question.
	 */
	public record LineProblem(long line, String messageCode, String value) {
	}

}
