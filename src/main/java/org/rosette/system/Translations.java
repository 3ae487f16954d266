package org.rosette.system;

import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * A record's texts in the languages other than English, kept by language code beside its
 * English columns (a leopard's name, a campaign's story): which text a reader gets, and
 * when a language's texts are dropped, decided once for every such record.
 */
public final class Translations {

	private Translations() {
	}

	/**
	 * One field as a reader of {@code locale} sees it: the translation, or the English
	 * text marked as such.
	 */
	public static <T> Localized in(Map<String, T> texts, Locale locale, @Nullable String english,
			Function<T, @Nullable String> field) {
		T text = texts.get(locale.getLanguage());
		return Localized.of(english, (text != null) ? field.apply(text) : null, locale);
	}

	/**
	 * Keeps a language's texts, or drops them when every field was left blank, so a
	 * reader falls back to English.
	 * @param blank whether every field of {@code text} is empty
	 */
	public static <T> void write(Map<String, T> texts, String language, T text, boolean blank) {
		if (!Localized.TRANSLATED.contains(language)) {
			throw new IllegalArgumentException("Not a translated language: " + language);
		}
		if (blank) {
			texts.remove(language);
		}
		else {
			texts.put(language, text);
		}
	}

}
