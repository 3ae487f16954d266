package org.rosette.account;

public enum Role {

	RANGER, ADMIN

}
