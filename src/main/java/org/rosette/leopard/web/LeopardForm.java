package org.rosette.leopard.web;

import java.util.function.Function;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.rosette.leopard.Leopard;
import org.rosette.leopard.LeopardDetails;
import org.rosette.leopard.Sex;
import org.rosette.system.EditConflict;

/**
 * An individual as the admin's form holds it; {@code notDuplicate} answers the warning
 * about likely duplicates; {@code version} is the version the admin started from, so no
 * one's edit is lost.
 */
record LeopardForm(
		@NotBlank @Size(max = 20) @Pattern(regexp = "[A-Za-z0-9-]+",
				message = "{admin.leopard.codePattern}") String code,
		@NotBlank @Size(max = 60) String name, @NotNull Sex sex, @Min(1950) @Max(2100) Integer birthYear, Long motherId,
		@Size(max = 4000) String description, Boolean notDuplicate, Long version) {

	static LeopardForm empty() {
		return new LeopardForm("LEO-", "", Sex.UNKNOWN, null, null, "", null, null);
	}

	static LeopardForm of(Leopard l) {
		return new LeopardForm(l.getCode(), l.getName(), l.getSex(), l.getBirthYear(),
				l.getMother() == null ? null : l.getMother().getId(), l.getDescription(), null, l.getVersion());
	}

	LeopardForm withVersion(long newVersion) {
		return new LeopardForm(code, name, sex, birthYear, motherId, description, notDuplicate, newVersion);
	}

	/**
	 * This form beside the leopard someone else saved meanwhile; mothers are shown by
	 * name ({@code mothers} gives the name of a chosen id).
	 */
	EditConflict conflictWith(Leopard saved, Function<Long, String> mothers) {
		return EditConflict.titled("admin.conflict.title.leopard")
			.row("code", "admin.leopard.code", code, saved.getCode())
			.row("name", "admin.leopard.name", name, saved.getName())
			.choice("sex", "leopard.sex", sex, saved.getSex(), "sex.")
			.row("birthYear", "admin.leopard.birthYear", birthYear, saved.getBirthYear())
			.row("motherId", "leopard.mother", motherId == null ? null : mothers.apply(motherId),
					saved.getMother() == null ? null : saved.getMother().getName())
			.row("description", "admin.leopard.description", description, saved.getDescription());
	}

	/** The admin has read the warning about likely duplicates and saves all the same. */
	boolean confirmedNotDuplicate() {
		return Boolean.TRUE.equals(notDuplicate);
	}

	LeopardDetails details() {
		return new LeopardDetails(code, name, sex, birthYear, motherId, description);
	}

}
