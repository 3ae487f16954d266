package org.rosette.system;

import java.util.Map;
import java.util.Optional;

/**
 * Records whose texts admins write in Russian and Chinese on the one shared texts page,
 * {@code /admin/{kind}/{id}/texts}: leopards, campaigns. A module offers its records by
 * implementing this on its staff service.
 */
public interface TranslatedRecords {

	/** Where the records are kept under {@code /admin}, such as {@code leopards}. */
	String kind();

	/** The record's translatable fields and their texts; empty when there is none. */
	Optional<TranslationForm.Subject> texts(long id);

	/**
	 * Writes the texts as sent, by language and then by field key; blank ones fall back
	 * to English.
	 */
	void translate(long id, Map<String, Map<String, String>> byLanguage);

}
