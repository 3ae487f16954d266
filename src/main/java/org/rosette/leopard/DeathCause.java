package org.rosette.leopard;

public enum DeathCause {

	POACHING, ROAD_ACCIDENT, CONFLICT, DISEASE, NATURAL, UNKNOWN

}
