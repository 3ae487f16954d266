package org.rosette.account.web;

import jakarta.validation.Valid;

import org.rosette.account.Account;
import org.rosette.account.Accounts;
import org.rosette.account.Role;
import org.rosette.system.RejectedValuesException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Rangers and admins: who may sign in, with which role; passwords reset; accounts
 * disabled, never deleted.
 */
@Controller
@RequestMapping("/admin/users")
class AdminUserController {

	static final int PAGE_SIZE = 50;

	private final Accounts accounts;

	AdminUserController(Accounts accounts) {
		this.accounts = accounts;
	}

	@ModelAttribute("roles")
	Role[] roles() {
		return Role.values();
	}

	@GetMapping
	String list(@RequestParam(defaultValue = "1") int page, Model model) {
		model.addAttribute("accounts", accounts.page(Math.max(0, page - 1), PAGE_SIZE));
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", NewAccountForm.empty());
		}
		return "admin/users";
	}

	@PostMapping
	String create(@Valid @ModelAttribute("form") NewAccountForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			try {
				Account account = accounts.create(form.username(), form.displayName(), form.role(), form.password());
				redirect.addFlashAttribute("saved", account.getUsername());
				return "redirect:/admin/users";
			}
			catch (RejectedValuesException ex) {
				ex.rejectInto(errors);
			}
		}
		// a password typed once is not sent back to the page
		model.addAttribute("form", new NewAccountForm(form.username(), form.displayName(), form.role(), ""));
		model.addAttribute("org.springframework.validation.BindingResult.form", errors);
		return list(1, model);
	}

	@GetMapping("/{id}/password")
	String password(@PathVariable long id, Model model) {
		model.addAttribute("account", accounts.find(id));
		model.addAttribute("form", new PasswordForm(""));
		return "admin/user-password";
	}

	@PostMapping("/{id}/password")
	String password(@PathVariable long id, @Valid @ModelAttribute("form") PasswordForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			try {
				Account account = accounts.resetPassword(id, form.password());
				redirect.addFlashAttribute("notice", "admin.user.passwordReset");
				return "redirect:/admin/users";
			}
			catch (RejectedValuesException ex) {
				ex.rejectInto(errors);
			}
		}
		model.addAttribute("account", accounts.find(id));
		return "admin/user-password";
	}

	@PostMapping("/{id}/disable")
	String disable(@PathVariable long id, RedirectAttributes redirect) {
		try {
			accounts.disable(id);
			redirect.addFlashAttribute("notice", "admin.user.disabled");
		}
		catch (RejectedValuesException ex) {
			redirect.addFlashAttribute("problem", "admin.user.lastAdmin");
		}
		return "redirect:/admin/users";
	}

	@PostMapping("/{id}/enable")
	String enable(@PathVariable long id, RedirectAttributes redirect) {
		accounts.enable(id);
		redirect.addFlashAttribute("notice", "admin.user.enabled");
		return "redirect:/admin/users";
	}

}
