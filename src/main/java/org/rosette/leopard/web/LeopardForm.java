package org.rosette.leopard.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.rosette.leopard.Leopard;
import org.rosette.leopard.LeopardDetails;
import org.rosette.leopard.Sex;

/**
 * An individual as the admin's form holds it; {@code notDuplicate} answers the warning
 * about likely duplicates.
 */
record LeopardForm(
		@NotBlank @Size(max = 20) @Pattern(regexp = "[A-Za-z0-9-]+",
				message = "{admin.leopard.codePattern}") String code,
		@NotBlank @Size(max = 60) String name, @NotNull Sex sex, @Min(1950) @Max(2100) Integer birthYear, Long motherId,
		@Size(max = 4000) String description, Boolean notDuplicate) {

	static LeopardForm empty() {
		return new LeopardForm("LEO-", "", Sex.UNKNOWN, null, null, "", null);
	}

	static LeopardForm of(Leopard l) {
		return new LeopardForm(l.getCode(), l.getName(), l.getSex(), l.getBirthYear(),
				l.getMother() == null ? null : l.getMother().getId(), l.getDescription(), null);
	}

	/** The admin has read the warning about likely duplicates and saves all the same. */
	boolean confirmedNotDuplicate() {
		return Boolean.TRUE.equals(notDuplicate);
	}

	LeopardDetails details() {
		return new LeopardDetails(code, name, sex, birthYear, motherId, description);
	}

}
