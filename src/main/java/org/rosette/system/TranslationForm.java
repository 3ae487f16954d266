package org.rosette.system;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import org.jspecify.annotations.Nullable;
import org.springframework.ui.Model;

/**
 * The page where admins write a record's texts in Russian and Chinese beside the English
 * original: one shared form for every {@link TranslatedRecords} (leopards, campaigns), so
 * all check lengths and show errors the same way. Fields arrive as {@code ru.name},
 * {@code zh.description}, ...
 */
public final class TranslationForm {

	/**
	 * One translatable field: its key, its label's message key, its limit, and the
	 * English text.
	 */
	public record Field(String key, String label, int maxLength, boolean multiline, String english) {
	}

	/**
	 * A record on the texts page: its name, its fields, and what is written so far,
	 * {@code stored.apply(language, fieldKey)}.
	 */
	public record Subject(String name, List<Field> fields, BiFunction<String, String, @Nullable String> stored) {
	}

	private final List<Field> fields;

	private final Map<String, String> values = new LinkedHashMap<>();

	private final Map<String, String> errors = new LinkedHashMap<>();

	private TranslationForm(List<Field> fields) {
		this.fields = fields;
	}

	/** The form filled with what is stored. */
	public static TranslationForm of(Subject subject) {
		TranslationForm form = new TranslationForm(subject.fields());
		for (String language : Localized.TRANSLATED) {
			for (Field field : subject.fields()) {
				String value = subject.stored().apply(language, field.key());
				form.values.put(language + "." + field.key(), value == null ? "" : value);
			}
		}
		return form;
	}

	/** The form as sent, with an error for every value over its field's limit. */
	public static TranslationForm sent(List<Field> fields, Map<String, String> parameters) {
		TranslationForm form = new TranslationForm(fields);
		for (String language : Localized.TRANSLATED) {
			for (Field field : fields) {
				String name = language + "." + field.key();
				String value = parameters.getOrDefault(name, "");
				form.values.put(name, value);
				if (value.strip().length() > field.maxLength()) {
					form.errors.put(name, String.valueOf(field.maxLength()));
				}
			}
		}
		return form;
	}

	public boolean hasErrors() {
		return !errors.isEmpty();
	}

	/** The values as sent: by language, then by field key. */
	public Map<String, Map<String, String>> byLanguage() {
		Map<String, Map<String, String>> byLanguage = new LinkedHashMap<>();
		for (String language : Localized.TRANSLATED) {
			Map<String, String> texts = new LinkedHashMap<>();
			fields.forEach(field -> texts.put(field.key(), values.getOrDefault(language + "." + field.key(), "")));
			byLanguage.put(language, texts);
		}
		return byLanguage;
	}

	/** Adds what the shared template needs. */
	public void show(Model model, String subject, String action, String back) {
		model.addAttribute("fields", fields);
		model.addAttribute("languages", Localized.TRANSLATED);
		model.addAttribute("values", values);
		model.addAttribute("errors", errors);
		model.addAttribute("subject", subject);
		model.addAttribute("action", action);
		model.addAttribute("back", back);
	}

}
