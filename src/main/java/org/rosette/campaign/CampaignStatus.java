package org.rosette.campaign;

/**
 * DRAFT is being written and never public; ACTIVE takes gifts; CLOSED is over and stays
 * on record.
 */
public enum CampaignStatus {

	DRAFT, ACTIVE, CLOSED

}
