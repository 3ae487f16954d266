package org.rosette.campaign;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Web addresses made from titles: Latin letters, digits and dashes; Russian titles are
 * transliterated.
 */
public final class Slugs {

	public static final String PATTERN = "[a-z0-9]+(-[a-z0-9]+)*";

	public static final int MAX_LENGTH = 80;

	private static final Map<Character, String> CYRILLIC = Map.ofEntries(Map.entry('а', "a"), Map.entry('б', "b"),
			Map.entry('в', "v"), Map.entry('г', "g"), Map.entry('д', "d"), Map.entry('е', "e"), Map.entry('ё', "e"),
			Map.entry('ж', "zh"), Map.entry('з', "z"), Map.entry('и', "i"), Map.entry('й', "y"), Map.entry('к', "k"),
			Map.entry('л', "l"), Map.entry('м', "m"), Map.entry('н', "n"), Map.entry('о', "o"), Map.entry('п', "p"),
			Map.entry('р', "r"), Map.entry('с', "s"), Map.entry('т', "t"), Map.entry('у', "u"), Map.entry('ф', "f"),
			Map.entry('х', "kh"), Map.entry('ц', "ts"), Map.entry('ч', "ch"), Map.entry('ш', "sh"),
			Map.entry('щ', "shch"), Map.entry('ъ', ""), Map.entry('ы', "y"), Map.entry('ь', ""), Map.entry('э', "e"),
			Map.entry('ю', "yu"), Map.entry('я', "ya"));

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private static final Pattern NOT_ALLOWED = Pattern.compile("[^a-z0-9]+");

	private Slugs() {
	}

	/**
	 * {@code "Снежный барс & Co."} becomes {@code "snezhnyy-bars-co"}; a title with no
	 * Latin or Cyrillic gives "".
	 */
	public static String of(String title) {
		StringBuilder latin = new StringBuilder();
		for (char c : title.toLowerCase(Locale.ROOT).toCharArray()) {
			latin.append(CYRILLIC.getOrDefault(c, String.valueOf(c)));
		}
		String plain = MARKS.matcher(Normalizer.normalize(latin, Normalizer.Form.NFD)).replaceAll("");
		String slug = NOT_ALLOWED.matcher(plain).replaceAll("-").replaceAll("^-+|-+$", "");
		if (slug.length() > MAX_LENGTH - 4) {
			slug = slug.substring(0, MAX_LENGTH - 4).replaceAll("-+$", "");
		}
		return slug;
	}

}
