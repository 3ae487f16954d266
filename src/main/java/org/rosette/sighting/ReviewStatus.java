package org.rosette.sighting;

public enum ReviewStatus {

	PENDING, VERIFIED, REJECTED

}
