package org.rosette.campaign;

import java.math.BigDecimal;

/** What a campaign's gifts add up to, and how many there were. */
record DonationTotal(long campaignId, BigDecimal raised, long gifts) {
}
