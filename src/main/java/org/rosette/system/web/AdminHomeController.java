package org.rosette.system.web;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The admins' starting page: one tile for each thing they keep. */
@Controller
class AdminHomeController {

	static final List<AdminPage> PAGES = List.of(new AdminPage("review", "/admin/review"),
			new AdminPage("leopards", "/admin/leopards"), new AdminPage("campaigns", "/admin/campaigns"),
			new AdminPage("users", "/admin/users"), new AdminPage("import", "/admin/import"),
			new AdminPage("audit", "/admin/audit"));

	@GetMapping("/admin")
	String home(Model model) {
		model.addAttribute("pages", PAGES);
		return "admin/index";
	}

	record AdminPage(String key, String path) {
	}

}
