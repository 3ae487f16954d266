package org.rosette.sighting.web;

import java.io.Serializable;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What the review page posts, and what it tells the reviewer afterwards. */
final class ReviewForms {

	private ReviewForms() {
	}

	/** Verify, keeping or changing the individual; the note is optional. */
	record VerifyForm(Long leopardId, @Size(max = 2000) String note) {
	}

	/** Reject: the ranger deserves to know why. */
	record RejectForm(@NotBlank @Size(max = 2000) String reason) {
	}

	/**
	 * A message for the next page: {@code kind} is a Bootstrap alert colour, the
	 * arguments fill the text.
	 */
	record Notice(String kind, String key, String first, String second) implements Serializable {

		static Notice of(String kind, String key, Object... arguments) {
			return new Notice(kind, key, arguments.length > 0 ? String.valueOf(arguments[0]) : null,
					arguments.length > 1 ? String.valueOf(arguments[1]) : null);
		}

	}

	/**
	 * A leopard listed as missing that a verified sighting has just put back on the map.
	 */
	record MissingLeopard(long id, String name) implements Serializable {
	}

	/** A field of one card's form that the reviewer must correct. */
	record FieldProblem(long sightingId, String field, String key) {
	}

}
