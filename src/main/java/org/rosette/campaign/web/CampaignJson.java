package org.rosette.campaign.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;

import org.rosette.campaign.Campaign;
import org.rosette.campaign.CampaignProgress;
import org.rosette.campaign.CampaignStatus;

/** A campaign in the API, as the contract lists it. Amounts are exact decimals. */
record CampaignJson(long id, String slug, String title, String summary, BigDecimal goalAmount, BigDecimal raisedAmount,
		String currency, int progressPercent, CampaignStatus status, LocalDate startsOn, LocalDate endsOn,
		String donateUrl) {

	/** Title and summary in the caller's language where written, else in English. */
	static CampaignJson of(CampaignProgress progress, Locale locale) {
		Campaign campaign = progress.campaign();
		return new CampaignJson(campaign.getId(), campaign.getSlug(), campaign.titleIn(locale).text(),
				campaign.summaryIn(locale).text(), campaign.getGoalAmount(), progress.raisedAmount(),
				campaign.getCurrency(), progress.progressPercent(), campaign.getStatus(), campaign.getStartsOn(),
				campaign.getEndsOn(), campaign.getDonateUrl());
	}

}
