package org.rosette.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.rosette.leopard.DeathCause;
import org.rosette.leopard.Leopard;
import org.rosette.leopard.LeopardRepository;
import org.rosette.leopard.Sex;
import org.springframework.stereotype.Component;

/**
 * The catalogue of the demo park: the well-known families first, then enough others to
 * make up the population.
 */
@Component
class DemoLeopards {

	/**
	 * Names for the individuals not in the field reports: rivers, ridges and coves of
	 * south-west Primorye.
	 */
	private static final String[] NAMES = { "Amba", "Barabash", "Narva", "Sidimi", "Gamova", "Ryazanovka", "Poyma",
			"Kedrovaya", "Tigrovaya", "Filippovka", "Shufan", "Borisovka", "Slavyanka", "Andreevka", "Zarubino",
			"Posyet", "Kraskino", "Khasan", "Gvozdevo", "Primorsky", "Mramornaya", "Golubinaya", "Solonets",
			"Bezverkhovo", "Nezhinka", "Pad", "Kamyshovaya", "Vinogradnaya", "Sukhaya", "Ananyevka", "Kiparisovo",
			"Tumannaya", "Zolotaya", "Orekhovaya", "Lipovaya", "Berezovaya", "Dubovaya", "Snezhnaya", "Skalistaya",
			"Lesnaya", "Rechnaya", "Svetlaya", "Tikhaya", "Shirokaya", "Kruglaya", "Vysokaya", "Dalnyaya", "Ozernaya",
			"Yasnaya", "Ryabinka", "Cheremsha", "Lunnaya", "Zvezdnaya", "Vetrenaya", "Rassvet", "Zakat", "Zarya",
			"Iskra", "Ogonyok", "Ten", "Veter", "Grom", "Buran", "Taiga", "Sopka", "Kamen", "Ruchey", "Rodnik", "Kedr",
			"Pikhta", "Yel", "Tuman", "Inei", "Ugolyok", "Luch", "Sneg", "Listopad", "Mgla", "Kora" };

	/**
	 * Individuals beyond the named families: in total the catalogue shows about 80 alive.
	 */
	private static final int OTHERS = NAMES.length;

	private final LeopardRepository leopards;

	DemoLeopards(LeopardRepository leopards) {
		this.leopards = leopards;
	}

	Catalogue create() {
		Leopard kedrovka = save(new Leopard("LEO-F01", "Kedrovka", Sex.FEMALE, 2011, null,
				"A seasoned mother and the park's most watched female. Camera traps have followed her through several "
						+ "litters; her latest, three cubs at once, is a rare gift for a population this small."));
		Leopard killy = save(new Leopard("LEO-F41", "Killy", Sex.FEMALE, 2021, kedrovka,
				"The boldest of Kedrovka's three cubs, usually first to step in front of the camera."));
		Leopard crimea = save(new Leopard("LEO-F42", "Crimea", Sex.FEMALE, 2021, kedrovka,
				"Kedrovka's quieter daughter, often seen a few steps behind her mother."));
		Leopard barry = save(new Leopard("LEO-M43", "Barry", Sex.MALE, 2021, kedrovka,
				"The only male of the litter, already heavier than his sisters."));
		Leopard lord = save(new Leopard("LEO-M01", "Lord", Sex.MALE, 2010, null,
				"A large resident male. Rangers once found people's tracks following his, then lost him for months "
						+ "and feared the worst; he came back on camera strong and holding his range."));
		Leopard pamela = save(new Leopard("LEO-F07", "Pamela", Sex.FEMALE, 2014, null,
				"A female whose range overlaps Lord's; the two have been filmed on the same trails."));
		Leopard nerussa = save(new Leopard("LEO-F09", "Nerussa", Sex.FEMALE, 2015, null,
				"A female of the southern ridges, named by the rangers who first photographed her."));
		Leopard leo = save(new Leopard("LEO-F11", "Leo", Sex.FEMALE, 2016, null,
				"Despite the name, a female: one of the three Lord has been seen following."));
		Leopard skin = new Leopard("LEO-M17", "M17", Sex.MALE, 2013, null,
				"Known only from a few old camera-trap frames until his skin was seized from a trafficker at the "
						+ "border. Matching its rosettes to the catalogue showed it was not Lord, but this male.");
		skin.markDeceased(LocalDate.of(2022, 10, 14), DeathCause.POACHING);
		save(skin);

		List<Leopard> others = new ArrayList<>();
		Random random = new Random(2012);
		List<Leopard> mothers = new ArrayList<>(List.of(pamela, nerussa, leo));
		for (int i = 0; i < OTHERS; i++) {
			Sex sex = i % 5 == 4 ? Sex.UNKNOWN : (i % 2 == 0 ? Sex.FEMALE : Sex.MALE);
			int born = 2008 + random.nextInt(17);
			Leopard mother = born >= 2019 && random.nextInt(3) == 0 ? mothers.get(random.nextInt(mothers.size()))
					: null;
			String code = String.format("LEO-%s%02d", sex.name().charAt(0), 50 + i);
			Leopard leopard = new Leopard(code, NAMES[i], sex, born, mother, null);
			if (i % 19 == 7) {
				leopard.markMissing();
			}
			else if (i % 23 == 11) {
				leopard.markDeceased(LocalDate.of(2018 + i % 6, 1 + i % 12, 1 + i % 27),
						i % 2 == 0 ? DeathCause.NATURAL : DeathCause.ROAD_ACCIDENT);
			}
			Leopard saved = save(leopard);
			others.add(saved);
			if (sex == Sex.FEMALE && born <= 2015) {
				mothers.add(saved);
			}
		}
		return new Catalogue(kedrovka, List.of(killy, crimea, barry), lord, List.of(pamela, nerussa, leo), skin,
				others);
	}

	private Leopard save(Leopard leopard) {
		DemoTexts.translate(leopard);
		return leopards.save(leopard);
	}

	record Catalogue(Leopard kedrovka, List<Leopard> cubs, Leopard lord, List<Leopard> lordsFemales, Leopard skin,
			List<Leopard> others) {

		List<Leopard> all() {
			List<Leopard> all = new ArrayList<>();
			all.add(kedrovka);
			all.addAll(cubs);
			all.add(lord);
			all.addAll(lordsFemales);
			all.add(skin);
			all.addAll(others);
			return all;
		}

	}

}
