package org.rosette.leopard;

public enum Sex {

	FEMALE, MALE, UNKNOWN

}
