package org.rosette.audit.web;

import java.time.LocalDate;

import org.rosette.audit.AuditFilter;
import org.rosette.audit.AuditTrail;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The audit trail, read-only: this page only answers GET, and nothing anywhere writes the
 * trail but Envers.
 */
@Controller
class AuditController {

	static final int PAGE_SIZE = 25;

	private final AuditTrail trail;

	AuditController(AuditTrail trail) {
		this.trail = trail;
	}

	@GetMapping("/admin/audit")
	String audit(@RequestParam(required = false) String type, @RequestParam(required = false) String user,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(defaultValue = "0") int page, Model model) {
		AuditFilter filter = new AuditFilter(type, user, from, to);
		model.addAttribute("filter", filter);
		model.addAttribute("types", trail.types());
		model.addAttribute("result", trail.search(filter, Math.max(0, page), PAGE_SIZE));
		return "admin/audit";
	}

}
