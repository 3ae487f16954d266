package org.rosette.account.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.rosette.account.Accounts;
import org.rosette.account.Role;

/** A new ranger or admin, with a first password they will be told in person. */
record NewAccountForm(
		@NotBlank @Size(max = 50) @Pattern(regexp = "[a-z0-9._-]+",
				message = "{admin.user.usernamePattern}") String username,
		@NotBlank @Size(max = 100) String displayName, @NotNull Role role,
		@NotNull @Size(min = Accounts.MIN_PASSWORD_LENGTH, max = 100) String password) {

	static NewAccountForm empty() {
		return new NewAccountForm("", "", Role.RANGER, "");
	}

}
