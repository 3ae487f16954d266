package org.rosette.campaign;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What an admin writes about a campaign. A blank slug asks for one made from the title.
 */
public record CampaignDetails(String title, String slug, String summary, String body, BigDecimal goalAmount,
		String currency, LocalDate startsOn, LocalDate endsOn, String donateUrl, boolean featured) {
}
