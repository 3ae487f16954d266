package org.rosette.leopard.web;

import java.util.Optional;

import org.rosette.leopard.Leopard;
import org.rosette.leopard.PublicLeopards;
import org.rosette.leopard.LeopardStatus;
import org.rosette.leopard.Sex;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.util.UriComponentsBuilder;

@Controller
class LeopardCatalogueController {

	static final int PAGE_SIZE = 24;

	private static final Sort BY_NAME = Sort.by("name").and(Sort.by("code"));

	private final PublicLeopards catalogue;

	LeopardCatalogueController(PublicLeopards catalogue) {
		this.catalogue = catalogue;
	}

	@GetMapping("/leopards")
	String catalogue(CatalogueQuery query, Model model) {
		Page<Leopard> page = catalogue.search(query.filter(), PageRequest.of(query.pageIndex(), PAGE_SIZE, BY_NAME));
		if (page.getNumber() > 0 && page.getNumber() >= page.getTotalPages()) {
			// Past the last page (an old link, filters changed): show the last page that
			// exists.
			page = catalogue.search(query.filter(),
					PageRequest.of(Math.max(0, page.getTotalPages() - 1), PAGE_SIZE, BY_NAME));
		}
		model.addAttribute("page", page);
		model.addAttribute("status", query.statusValue());
		model.addAttribute("sex", query.sexValue());
		model.addAttribute("q", query.text());
		model.addAttribute("ignored", query.hasIgnoredValues());
		model.addAttribute("pageLink", pageLink(query));
		model.addAttribute("statuses", LeopardStatus.values());
		model.addAttribute("sexes", Sex.values());
		return "leopard/catalogue";
	}

	/** The current filters without the page, so pagination links keep them. */
	private static String pageLink(CatalogueQuery query) {
		return UriComponentsBuilder.fromPath("/leopards")
			.queryParamIfPresent("status", Optional.ofNullable(query.statusValue()))
			.queryParamIfPresent("sex", Optional.ofNullable(query.sexValue()))
			.queryParamIfPresent("q", Optional.ofNullable(query.text()))
			.encode()
			.toUriString();
	}

}
