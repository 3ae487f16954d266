package org.rosette.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/**
 * Every word a visitor reads comes from the message files, and the three languages hold
 * the same keys. A template with a hard-coded sentence, or a key added in English only,
 * fails the build.
 */
class I18nTests {

	static final Path TEMPLATES = Path.of("src/main/resources/templates");

	static final Path MESSAGES = Path.of("src/main/resources/messages");

	/**
	 * Attributes a visitor reads or hears (screen readers) besides the element's text.
	 */
	static final Set<String> READ_ATTRIBUTES = Set.of("title", "alt", "placeholder", "aria-label");

	/** Text that is not language: the copyright sign, the brand. */
	static final Set<String> ALLOWED = Set.of("©", "Rosette");

	static final Pattern LETTER = Pattern.compile("\\p{L}");

	static final Pattern MESSAGE_KEY = Pattern.compile("#\\{([A-Za-z0-9_.\\-]+)[}(]");

	@Test
	void templatesHoldNoHardCodedText() throws IOException {
		List<String> problems = new ArrayList<>();
		for (Path template : templates()) {
			problems.addAll(hardCodedText(template));
		}
		assertThat(problems).as("hard-coded text in templates; move it to messages.properties").isEmpty();
	}

	@Test
	void everyStaticMessageKeyInTemplatesExists() throws IOException {
		Properties english = englishOfAllBundles();
		Set<String> missing = new TreeSet<>();
		for (Path template : templates()) {
			Matcher keys = MESSAGE_KEY.matcher(Files.readString(template));
			while (keys.find()) {
				if (!english.containsKey(keys.group(1))) {
					missing.add(TEMPLATES.relativize(template) + ": " + keys.group(1));
				}
			}
		}
		assertThat(missing).as("message keys used in templates but missing from messages.properties").isEmpty();
	}

	@Test
	void languagesHoldTheSameKeys() throws IOException {
		for (String bundle : bundles()) {
			Set<String> english = load(bundle + ".properties").stringPropertyNames();
			for (String language : List.of("ru", "zh")) {
				String translation = bundle + "_" + language + ".properties";
				Set<String> translated = load(translation).stringPropertyNames();
				assertThat(new TreeSet<>(translated)).as(translation + " against " + bundle + ".properties")
					.containsExactlyElementsOf(new TreeSet<>(english));
			}
		}
	}

	/**
	 * Each feature may keep its own bundle (messages, admin, opendata...): all are listed
	 * in application.properties.
	 */
	static List<String> bundles() throws IOException {
		try (var files = Files.list(MESSAGES)) {
			return files.map(file -> file.getFileName().toString())
				.filter(name -> name.endsWith(".properties") && !name.matches(".*_[a-z]{2}\\.properties"))
				.map(name -> name.substring(0, name.length() - ".properties".length()))
				.sorted()
				.toList();
		}
	}

	static Properties englishOfAllBundles() throws IOException {
		Properties all = new Properties();
		for (String bundle : bundles()) {
			all.putAll(load(bundle + ".properties"));
		}
		return all;
	}

	@Test
	void everyBundleIsConfigured() throws IOException {
		Properties application = new Properties();
		try (var in = Files.newInputStream(Path.of("src/main/resources/application.properties"))) {
			application.load(in);
		}
		List<String> configured = List.of(application.getProperty("spring.messages.basename").split(","));
		assertThat(bundles()).allSatisfy(bundle -> assertThat(configured).contains("messages/" + bundle));
	}

	@Test
	void theCheckCatchesAHardCodedWord() {
		String page = """
				<html xmlns:th="http://www.thymeleaf.org" th:replace="~{fragments/layout :: layout (~{::title}, ~{::main}, 'x')}">
				<body><main>
				<h1 th:text="#{ok}">Placeholder the engine replaces</h1>
				<div th:replace="~{fragments/components :: card}"><p>Example the fragment replaces</p></div>
				<p>Leopards</p>
				<img src="x.svg" alt="A leopard">
				<button type="submit" value="Send" th:text="#{send}"></button>
				<span>© 2026</span>
				</main></body></html>
				""";
		assertThat(hardCodedText("sample.html", page)).hasSize(3)
			.anyMatch(problem -> problem.contains("Leopards"))
			.anyMatch(problem -> problem.contains("A leopard"))
			.anyMatch(problem -> problem.contains("Send"));
	}

	static List<String> hardCodedText(Path template) throws IOException {
		return hardCodedText(TEMPLATES.relativize(template).toString(), Files.readString(template));
	}

	static List<String> hardCodedText(String name, String html) {
		Document document = Jsoup.parse(html, "", Parser.htmlParser());
		List<String> problems = new ArrayList<>();
		for (Element element : document.getAllElements()) {
			if (!replacesText(element) && !element.normalName().equals("script")
					&& !element.normalName().equals("style")) {
				for (TextNode text : element.textNodes()) {
					if (linguistic(text.text())) {
						problems.add(name + ": text \"" + text.text().strip() + "\" in <" + element.normalName() + ">");
					}
				}
			}
			for (String attribute : READ_ATTRIBUTES) {
				if (element.hasAttr(attribute) && linguistic(element.attr(attribute))) {
					problems.add(name + ": " + attribute + "=\"" + element.attr(attribute) + "\"");
				}
			}
			if (isButton(element) && element.hasAttr("value") && linguistic(element.attr("value"))) {
				problems.add(name + ": button value=\"" + element.attr("value") + "\"");
			}
		}
		return problems;
	}

	/**
	 * True when Thymeleaf throws away what is written inside the element, so no visitor
	 * ever reads it.
	 */
	private static boolean replacesText(Element element) {
		return element.hasAttr("th:text") || element.hasAttr("th:utext") || discardsChildren(element)
				|| element.parents().stream().anyMatch(I18nTests::discardsChildren);
	}

	/**
	 * A fragment call discards the element's content, except on a page's {@code <html>}:
	 * pages hand their own {@code <main>} to the layout, so their text is shown and must
	 * be checked.
	 */
	private static boolean discardsChildren(Element element) {
		boolean fragmentCall = (element.hasAttr("th:replace") || element.hasAttr("th:insert"))
				&& !element.normalName().equals("html");
		String remove = element.attr("th:remove");
		return fragmentCall || remove.equals("all") || remove.equals("body");
	}

	private static boolean isButton(Element element) {
		String type = element.attr("type");
		return element.normalName().equals("button")
				|| (element.normalName().equals("input") && Set.of("submit", "button", "reset").contains(type));
	}

	private static boolean linguistic(String text) {
		String rest = text;
		for (String allowed : ALLOWED) {
			rest = rest.replace(allowed, "");
		}
		return LETTER.matcher(rest).find();
	}

	private static List<Path> templates() throws IOException {
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			return files.filter(file -> file.toString().endsWith(".html")).sorted().toList();
		}
	}

	private static Properties load(String file) throws IOException {
		Properties properties = new Properties();
		try (Reader reader = Files.newBufferedReader(MESSAGES.resolve(file), StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}

}
