package org.rosette.leopard;

/** The catalogue's filters; every part is optional. */
public record LeopardFilter(LeopardStatus status, Sex sex, String q) {

	public static LeopardFilter none() {
		return new LeopardFilter(null, null, null);
	}

}
