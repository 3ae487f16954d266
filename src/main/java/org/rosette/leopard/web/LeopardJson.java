package org.rosette.leopard.web;

import java.util.Locale;

import org.rosette.leopard.Leopard;
import org.rosette.leopard.LeopardStatus;
import org.rosette.leopard.Sex;

/** A leopard in the API, as the contract lists it. */
record LeopardJson(long id, String code, String name, Sex sex, LeopardStatus status, Integer birthYear, Long motherId,
		String lastSeen, String photoUrl, String description) {

	/** Name and description in the caller's language where written, else in English. */
	static LeopardJson of(Leopard leopard, Locale locale) {
		return new LeopardJson(leopard.getId(), leopard.getCode(), leopard.nameIn(locale).text(), leopard.getSex(),
				leopard.getStatus(), leopard.getBirthYear(),
				leopard.getMother() == null ? null : leopard.getMother().getId(),
				leopard.getLastSeenMonth() == null ? null : leopard.getLastSeenMonth().toString(),
				"/leopards/" + leopard.getId() + "/portrait.svg", leopard.descriptionIn(locale).text());
	}

}
