package org.rosette.sighting;

import org.rosette.system.InvalidFieldException;

/** A report named an individual the catalogue does not hold. */
public class UnknownLeopardException extends InvalidFieldException {

	public UnknownLeopardException(long leopardId) {
		super("leopardId", "No leopard with id " + leopardId);
	}

}
