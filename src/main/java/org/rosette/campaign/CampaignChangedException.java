package org.rosette.campaign;

/**
 * Someone saved the campaign after this admin opened it; their form is out of date and
 * nothing was changed.
 */
public class CampaignChangedException extends RuntimeException {

	private final long campaignId;

	public CampaignChangedException(long campaignId) {
		super("Campaign " + campaignId + " was changed by someone else in the meantime");
		this.campaignId = campaignId;
	}

	public long campaignId() {
		return campaignId;
	}

}
