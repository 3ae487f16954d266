package org.rosette.leopard.web;

import java.util.Locale;

import org.rosette.leopard.LeopardFilter;
import org.rosette.leopard.LeopardStatus;
import org.rosette.leopard.Sex;
import org.springframework.util.StringUtils;

/**
 * The catalogue's query string as typed. It is read leniently: a value the catalogue does
 * not know is dropped and reported, so a mistyped link still shows leopards instead of an
 * error page. Pages count from 1 for people.
 */
record CatalogueQuery(String status, String sex, String q, String page) {

	static final int MAX_QUERY = 60;

	LeopardFilter filter() {
		return new LeopardFilter(statusValue(), sexValue(), text());
	}

	LeopardStatus statusValue() {
		return parse(LeopardStatus.class, status);
	}

	Sex sexValue() {
		return parse(Sex.class, sex);
	}

	String text() {
		if (!StringUtils.hasText(q)) {
			return null;
		}
		String trimmed = q.strip();
		return trimmed.length() > MAX_QUERY ? trimmed.substring(0, MAX_QUERY) : trimmed;
	}

	/**
	 * The 0-based page index; anything that is not a positive number means the first
	 * page.
	 */
	int pageIndex() {
		Integer number = pageNumber();
		return number == null ? 0 : number - 1;
	}

	/** True when some part of the query was not understood and has been ignored. */
	boolean hasIgnoredValues() {
		return (StringUtils.hasText(status) && statusValue() == null)
				|| (StringUtils.hasText(sex) && sexValue() == null)
				|| (StringUtils.hasText(page) && pageNumber() == null);
	}

	private Integer pageNumber() {
		if (!StringUtils.hasText(page)) {
			return null;
		}
		try {
			int number = Integer.parseInt(page.strip());
			return number >= 1 ? number : null;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private static <E extends Enum<E>> E parse(Class<E> type, String value) {
		if (!StringUtils.hasText(value)) {
			return null;
		}
		try {
			return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
