package org.rosette.campaign;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.safety.Safelist;
import org.springframework.stereotype.Component;

/**
 * Turns a campaign's Markdown body into HTML that is safe to put on a public page: raw
 * HTML in the source is escaped, and whatever the renderer produces is cleaned once more
 * against a small allow-list.
 */
@Component
public class MarkdownBody {

	private final Parser parser = Parser.builder().build();

	private final HtmlRenderer renderer = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();

	private final Safelist allowed = Safelist.basic()
		.addTags("h2", "h3", "h4")
		.removeProtocols("a", "href", "ftp", "mailto");

	public String toSafeHtml(String markdown) {
		if (markdown == null || markdown.isBlank()) {
			return "";
		}
		String html = renderer.render(parser.parse(markdown));
		return Jsoup.clean(html, allowed);
	}

}
