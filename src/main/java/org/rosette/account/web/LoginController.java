package org.rosette.account.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.rosette.account.SignInThrottledException;
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
	String login(HttpServletRequest request, Model model) {
		if (flag(request, "error")) {
			HttpSession session = request.getSession(false);
			Object failure = session == null ? null : session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
			model.addAttribute("failure", failure instanceof SignInThrottledException ? "throttled"
					: failure instanceof DisabledException ? "disabled" : "badCredentials");
		}
		model.addAttribute("signedOut", flag(request, "logout") || flag(request, "loggedOut"));
		model.addAttribute("demo", demo);
		return "account/login";
	}

	/** Spring Security's redirects carry bare flags such as {@code ?error}. */
	private static boolean flag(HttpServletRequest request, String name) {
		return request.getParameterMap().containsKey(name);
	}

}
