package org.rosette.account.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page; Spring Security handles the POST. */
@Controller
class LoginController {

	private final boolean demo;

	LoginController(@Value("${rosette.demo:false}") boolean demo) {
		this.demo = demo;
	}

	@GetMapping("/login")
	String login(@Nullable String error, @Nullable String logout, @Nullable String loggedOut,
			HttpServletRequest request, Model model) {
		if (error != null) {
			HttpSession session = request.getSession(false);
			Object failure = session == null ? null : session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
			model.addAttribute("failure", failure instanceof DisabledException ? "disabled" : "badCredentials");
		}
		model.addAttribute("signedOut", logout != null || loggedOut != null);
		model.addAttribute("demo", demo);
		return "account/login";
	}

}
