package org.rosette.campaign;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One gift as an admin enters it; no donor name means an anonymous gift. */
public record DonationDetails(BigDecimal amount, LocalDate donatedOn, String donorName, DonationChannel channel,
		String note) {
}
