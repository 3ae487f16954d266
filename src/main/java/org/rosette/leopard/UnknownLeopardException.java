package org.rosette.leopard;

import org.rosette.system.RejectedValuesException;

/** A report named an individual the catalogue does not hold. */
public class UnknownLeopardException extends RejectedValuesException {

	public UnknownLeopardException(long leopardId) {
		super("leopardId", "form.error.unknown.leopardId", leopardId);
	}

}
