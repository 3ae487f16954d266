package org.rosette.leopard;

public enum LeopardStatus {

	ALIVE, MISSING, DECEASED

}
