package org.rosette.campaign;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A campaign with what it has raised so far. The percentage is honest: past the goal it
 * keeps counting (the bar is capped when drawn, the number is not).
 */
public record CampaignProgress(Campaign campaign, BigDecimal raisedAmount, long gifts) {

	public int progressPercent() {
		return raisedAmount.multiply(BigDecimal.valueOf(100))
			.divide(campaign.getGoalAmount(), 0, RoundingMode.DOWN)
			.intValueExact();
	}

	/** Width of the progress bar, 0 to 100. */
	public int barPercent() {
		return Math.min(100, progressPercent());
	}

}
