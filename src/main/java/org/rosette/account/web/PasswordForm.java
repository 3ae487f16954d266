package org.rosette.account.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.rosette.account.Accounts;

/** A new password set by an admin for someone who forgot theirs. */
record PasswordForm(@NotNull @Size(min = Accounts.MIN_PASSWORD_LENGTH, max = 100) String password) {
}
