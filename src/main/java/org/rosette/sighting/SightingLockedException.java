package org.rosette.sighting;

import org.rosette.system.ConflictException;

/**
 * A reviewed sighting is part of the record: its author can no longer change or withdraw
 * it.
 */
public class SightingLockedException extends ConflictException {

	public SightingLockedException(Long id) {
		super("Sighting " + id + " has already been reviewed and can no longer be changed");
	}

}
