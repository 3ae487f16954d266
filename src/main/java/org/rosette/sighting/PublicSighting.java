package org.rosette.sighting;

import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnore;
import org.jspecify.annotations.Nullable;

import org.rosette.system.Localized;

/**
 * A sighting as anyone who is not a ranger or admin may see it: verified, old enough,
 * month and grid cell only. Built only by {@link LocationPrivacy}. {@code leopardName} is
 * the English name; {@code translatedNames} holds the leopard's name in the other
 * languages an admin wrote it in, so one cached list serves readers of every language.
 */
public record PublicSighting(long id, String observedMonth, Evidence evidence, @Nullable Long leopardId,
		@Nullable String leopardName, double latitude, double longitude, double precisionDegrees,
		@JsonIgnore Map<String, String> translatedNames) {

	public PublicSighting(long id, String observedMonth, Evidence evidence, @Nullable Long leopardId,
			@Nullable String leopardName, double latitude, double longitude, double precisionDegrees) {
		this(id, observedMonth, evidence, leopardId, leopardName, latitude, longitude, precisionDegrees, Map.of());
	}

	/** The leopard's name in the reader's language, or in English, marked so. */
	public @Nullable Localized leopardNameIn(Locale locale) {
		return leopardName == null ? null
				: Localized.of(leopardName, translatedNames.get(locale.getLanguage()), locale);
	}

	/** This sighting as the API answers it in a language: the leopard's name in it. */
	public PublicSighting in(Locale locale) {
		Localized name = leopardNameIn(locale);
		return new PublicSighting(id, observedMonth, evidence, leopardId, name == null ? null : name.text(), latitude,
				longitude, precisionDegrees, translatedNames);
	}

}
