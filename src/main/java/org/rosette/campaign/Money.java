package org.rosette.campaign;

import java.math.BigDecimal;

/**
 * An amount of money as the park's books keep it: positive and to the cent. A goal and a
 * gift obey the same rule, whether typed in a form or read from a bank's CSV.
 */
public record Money(BigDecimal amount) {

	public Money {
		if (!isPositiveToTheCent(amount)) {
			throw new IllegalArgumentException("Money is a positive amount to the cent: " + amount);
		}
		amount = amount.setScale(2);
	}

	public static boolean isPositiveToTheCent(BigDecimal amount) {
		return amount != null && amount.signum() > 0 && amount.stripTrailingZeros().scale() <= 2;
	}

}
