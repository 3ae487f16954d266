package org.rosette.leopard;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import com.ibm.icu.text.Transliterator;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.jspecify.annotations.Nullable;
import org.rosette.leopard.Lookalike.Resemblance;
import org.rosette.system.Localized;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Likely duplicates of an individual an admin is writing: entries with the same or a
 * similar name in any of their languages (compared in Latin letters, so Кедровка is
 * Kedrovka and 雪花 is Xuehua), a code that differs only in dashes, case or leading zeros,
 * or flank photos with a matching coat. A warning, never a refusal: two leopards may
 * share a name.
 */
@Service
@Transactional(readOnly = true)
public class LeopardLookalikes {

	/** Shorter names differ by a letter too easily to mean anything. */
	private static final int SHORTEST_SIMILAR_NAME = 4;

	private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^a-z0-9]");

	private static final Pattern LEADING_ZEROS = Pattern.compile("(?<![0-9])0+(?=[0-9])");

	private static final LevenshteinDistance UP_TO_TWO = new LevenshteinDistance(2);

	private final LeopardRepository leopards;

	private final List<CoatResemblance> coats;

	LeopardLookalikes(LeopardRepository leopards, List<CoatResemblance> coats) {
		this.leopards = leopards;
		this.coats = coats;
	}

	/**
	 * An edited entry is compared by name and code only where they change (an admin who
	 * confirmed once is not asked again at every save), and by coat at every save.
	 * @param self the entry being edited, left out of the answer; none for a new entry
	 */
	public List<Lookalike> of(String code, String name, @Nullable Long self) {
		Leopard current = (self == null) ? null : leopards.findById(self).orElse(null);
		String codeKey = (current != null && codeKey(current.getCode()).equals(codeKey(code))) ? "" : codeKey(code);
		Set<String> nameKeys = (current != null && nameKeys(current.getName()).equals(nameKeys(name))) ? Set.of()
				: nameKeys(name);
		Set<Long> coatAlike = new HashSet<>();
		if (self != null) {
			coats.forEach(coat -> coatAlike.addAll(coat.resembling(self)));
		}
		List<Lookalike> found = new ArrayList<>();
		for (Leopard other : leopards.findAllByOrderByNameAsc()) {
			if (other.getId().equals(self)) {
				continue;
			}
			Set<Resemblance> why = EnumSet.noneOf(Resemblance.class);
			for (String otherName : namesOf(other)) {
				for (String otherKey : nameKeys(otherName)) {
					nameKeys.forEach(key -> nameResemblance(key, otherKey).ifPresent(why::add));
				}
			}
			if (why.contains(Resemblance.SAME_NAME)) {
				why.remove(Resemblance.SIMILAR_NAME);
			}
			if (!codeKey.isEmpty() && codeKey.equals(codeKey(other.getCode()))) {
				why.add(Resemblance.SIMILAR_CODE);
			}
			if (coatAlike.contains(other.getId())) {
				why.add(Resemblance.SIMILAR_COAT);
			}
			if (!why.isEmpty()) {
				found.add(new Lookalike(other.getId(), other.getCode(), other.getName(), List.copyOf(why)));
			}
		}
		return found;
	}

	private static List<String> namesOf(Leopard leopard) {
		List<String> names = new ArrayList<>(List.of(leopard.getName()));
		for (String language : Localized.TRANSLATED) {
			String translated = leopard.textIn(language).name();
			if (translated != null) {
				names.add(translated);
			}
		}
		return names;
	}

	private static Optional<Resemblance> nameResemblance(String a, String b) {
		if (a.equals(b)) {
			return Optional.of(Resemblance.SAME_NAME);
		}
		int shorter = Math.min(a.length(), b.length());
		int allowed = shorter >= 8 ? 2 : (shorter >= SHORTEST_SIMILAR_NAME ? 1 : 0);
		int distance = UP_TO_TWO.apply(a, b);
		return (distance >= 0 && distance <= allowed) ? Optional.of(Resemblance.SIMILAR_NAME) : Optional.empty();
	}

	/**
	 * A name in plain Latin letters and digits, lower case, each way it may be written:
	 * Кедровка → kedrovka; Зарница → zarnica, zarnitsa.
	 */
	static Set<String> nameKeys(String name) {
		Set<String> keys = new TreeSet<>();
		for (Transliterator toLatin : ToLatin.BOTH_WAYS) {
			String latin;
			synchronized (toLatin) {
				latin = toLatin.transliterate(name);
			}
			String key = NOT_LETTER_OR_DIGIT.matcher(latin.toLowerCase(Locale.ROOT)).replaceAll("");
			if (!key.isEmpty()) {
				keys.add(key);
			}
		}
		return keys;
	}

	/** A code without dashes, case or leading zeros: LEO-F01 → leof1. */
	static String codeKey(String code) {
		String plain = NOT_LETTER_OR_DIGIT.matcher(code.strip().toLowerCase(Locale.ROOT)).replaceAll("");
		return LEADING_ZEROS.matcher(plain).replaceAll("");
	}

	/**
	 * Two ways to Latin letters: the scholarly one (ISO 9: Зарница → Zarnica) and the one
	 * English texts use for Russian names (BGN/PCGN: Zarnitsa); a name matches in either.
	 * Built on first use, not at start-up: ICU takes a noticeable part of a second to
	 * load its rules.
	 */
	private static final class ToLatin {

		static final List<Transliterator> BOTH_WAYS = List.of(Transliterator.getInstance("Any-Latin; Latin-ASCII"),
				Transliterator.getInstance("Russian-Latin/BGN; Any-Latin; Latin-ASCII"));

	}

}
