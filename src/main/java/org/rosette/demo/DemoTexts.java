package org.rosette.demo;

import java.util.Map;

import org.rosette.campaign.Campaign;
import org.rosette.leopard.Leopard;

/**
 * The demo content in Russian and Chinese. Russian names are the places the leopards are
 * named after, spelled back in Cyrillic; the best-known individuals have Chinese names
 * and texts too, the rest show their English name marked "in English", as a real
 * catalogue partly translated would.
 */
final class DemoTexts {

	/** English name → Russian name, Russian text, Chinese name, Chinese text. */
	private static final Map<String, String[]> KNOWN = Map.of("Kedrovka", new String[] { "Кедровка",
			"Опытная мать и самая известная самка парка. Фотоловушки следят за ней уже несколько выводков; последний — сразу три котёнка, редкая удача для такой маленькой популяции.",
			"雪松", "经验丰富的母豹，也是公园里最受关注的雌性。红外相机记录了她的数窝幼崽；最近一窝一次产下三只，对这样小的种群来说十分难得。" }, "Killy",
			new String[] { "Килли", "Самая смелая из троих котят Кедровки: обычно первой выходит к фотоловушке.", "基莉",
					"雪松三只幼崽中最大胆的一只，总是第一个走到镜头前。" },
			"Crimea",
			new String[] { "Крымея", "Тихая дочь Кедровки, часто идёт в нескольких шагах за матерью.", "克里米亚",
					"雪松较安静的女儿，常跟在母亲身后几步远。" },
			"Barry",
			new String[] {
					"Барри", "Единственный самец в выводке, уже тяжелее сестёр.", "巴里", "这窝幼崽中唯一的雄性，体重已超过两个姐妹。" },
			"Lord",
			new String[] { "Лорд",
					"Крупный оседлый самец. Однажды инспекторы нашли человеческие следы поверх его следов и надолго потеряли его из виду; он вернулся в кадр сильным и по-прежнему держит свой участок.",
					"勋爵", "一只体型高大的定居雄豹。巡护员曾发现人的足迹尾随他的足迹，此后数月不见踪影；后来他健壮地重新出现在镜头里，仍守着自己的领地。" },
			"Pamela",
			new String[] { "Памела",
					"Самка, чей участок пересекается с участком Лорда; их снимали на одних и тех же тропах.", "帕梅拉",
					"她的领地与勋爵的相互重叠，两只豹曾在同一条小路上被拍到。" },
			"Nerussa",
			new String[] { "Нерусса",
					"Самка южных хребтов; имя ей дали инспекторы, которые первыми её сфотографировали.", "涅鲁莎",
					"生活在南部山脊的雌豹，名字由最早拍到她的巡护员所起。" },
			"Leo",
			new String[] {
					"Лео", "Несмотря на имя, самка: одна из трёх, за которыми, как видели, следует Лорд.", null, null },
			"M17",
			new String[] { "M17",
					"Был известен лишь по нескольким старым кадрам, пока его шкуру не изъяли у контрабандиста на границе. Сравнение розеток с каталогом показало: это не Лорд, а этот самец.",
					null, null });

	private static final String[][] LATIN_TO_CYRILLIC = { { "shch", "щ" }, { "kh", "х" }, { "zh", "ж" }, { "ch", "ч" },
			{ "sh", "ш" }, { "ts", "ц" }, { "yo", "ё" }, { "yu", "ю" }, { "ya", "я" }, { "ye", "е" }, { "yi", "ый" },
			{ "ei", "ей" }, { "a", "а" }, { "b", "б" }, { "v", "в" }, { "g", "г" }, { "d", "д" }, { "e", "е" },
			{ "z", "з" }, { "i", "и" }, { "y", "й" }, { "k", "к" }, { "l", "л" }, { "m", "м" }, { "n", "н" },
			{ "o", "о" }, { "p", "п" }, { "r", "р" }, { "s", "с" }, { "t", "т" }, { "u", "у" }, { "f", "ф" } };

	private DemoTexts() {
	}

	static void translate(Leopard leopard) {
		String[] known = KNOWN.get(leopard.getName());
		if (known != null) {
			leopard.translate("ru", known[0], known[1]);
			leopard.translate("zh", known[2], known[3]);
		}
		else {
			leopard.translate("ru", cyrillic(leopard.getName()), null);
		}
	}

	/** A place name spelled back in Cyrillic: "Shirokaya" → "Широкая". */
	static String cyrillic(String latin) {
		StringBuilder out = new StringBuilder();
		String rest = latin.toLowerCase(java.util.Locale.ROOT);
		while (!rest.isEmpty()) {
			boolean matched = false;
			for (String[] pair : LATIN_TO_CYRILLIC) {
				if (rest.startsWith(pair[0])) {
					out.append(pair[1]);
					rest = rest.substring(pair[0].length());
					matched = true;
					break;
				}
			}
			if (!matched) {
				out.append(rest.charAt(0));
				rest = rest.substring(1);
			}
		}
		return out.isEmpty() ? latin : Character.toUpperCase(out.charAt(0)) + out.substring(1);
	}

	static void translate(Campaign campaign) {
		switch (campaign.getSlug()) {
			case "anti-poaching-patrol" -> {
				campaign.translate("ru", "Снарядить патруль против браконьеров",
						"Рации, ночная оптика, машины и обучение для группы инспекторов, которая обходит границы парка там, где ставят петли и слышны выстрелы.",
						"""
								## Зачем нужен патруль

								Большинство леопардов, погибших раньше срока, убиты людьми. Хорошо оснащённая группа находит петли до того, как они затянутся, и идёт по следам чужаков раньше, чем те выйдут на леопарда.

								## На что пойдут деньги

								- тепловизоры и рации для ночной работы
								- две машины повышенной проходимости и топливо на год
								- совместное с пограничниками обучение изъятию и сбору улик
								""");
				campaign.translate("zh", "为反盗猎巡逻队添置装备", "为巡护队配备对讲机、夜视设备、车辆并开展培训，让他们能巡查公园边界上常有人下套、传出枪声的地段。", """
						## 为什么需要巡逻队

						大多数早逝的豹都死于人手。装备齐全的巡护队能在套索收紧之前找到它们，在陌生人接近豹之前追踪其足迹。

						## 善款用途

						- 夜间工作用的热成像仪和对讲机
						- 两辆越野车及一年的燃油
						- 与边防部门合作开展查缴与取证培训
						""");
			}
			case "adopt-a-leopard" -> {
				campaign.translate("ru", "Возьми леопарда под опеку",
						"Символическая опека над одним из леопардов парка. Каждый взнос оплачивает фотоловушки и работу инспекторов, которые их проверяют.",
						null);
				campaign.translate("zh", "认养一只豹", "象征性地认养公园里的一只豹。每一笔捐款都用于红外相机以及定期检查相机的巡护员。", null);
			}
			case "camera-traps-2024" -> {
				campaign.translate("ru", "Сорок новых фотоловушек",
						"Сорок всепогодных фотоловушек для долин, которые учёт ещё ни разу не охватывал.",
						"Ловушки поставили осенью, и они сняли трёх леопардов, которых в каталоге ещё не было.");
				campaign.translate("zh", "四十台新红外相机", "四十台全天候红外相机，安装在调查从未覆盖过的山谷。", "相机于秋季架设，拍到了三只此前不在名录中的豹。");
			}
			default -> {
				// the draft stays in English until it is written
			}
		}
	}

}
