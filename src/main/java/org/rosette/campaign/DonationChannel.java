package org.rosette.campaign;

public enum DonationChannel {

	ONLINE, BANK_TRANSFER, CASH, EVENT, OTHER

}
