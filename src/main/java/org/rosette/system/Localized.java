package org.rosette.system;

import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * A text as shown in the reader's language, or in English where nobody has written it in
 * theirs yet; {@code fallback} says which, so pages can mark it ("in English").
 */
public record Localized(@Nullable String text, boolean fallback) {

	/** The languages content is written in besides English. */
	public static final List<String> TRANSLATED = List.of("ru", "zh");

	/** The translation when there is one, else the English text, marked as such. */
	public static Localized of(@Nullable String english, @Nullable String translated, Locale locale) {
		if (!TRANSLATED.contains(locale.getLanguage())) {
			return new Localized(english, false);
		}
		if (translated != null && !translated.isBlank()) {
			return new Localized(translated, false);
		}
		return new Localized(english, english != null && !english.isBlank());
	}

	@Override
	public String toString() {
		return text == null ? "" : text;
	}

}
