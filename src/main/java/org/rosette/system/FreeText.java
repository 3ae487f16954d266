package org.rosette.system;

import org.jspecify.annotations.Nullable;

/** What someone typed into an optional field: kept stripped, or nothing at all. */
public final class FreeText {

	private FreeText() {
	}

	public static @Nullable String orNull(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

}
