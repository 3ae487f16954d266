package org.rosette.leopard;

import java.util.Set;

/**
 * Which other individuals' reference photos show a coat like this individual's. Offered
 * by the coat module, which depends on this one; absent where coat matching is not
 * running, and then no coat is compared.
 */
public interface CoatResemblance {

	/**
	 * Ids of other catalogue leopards whose flank photos match this one's convincingly.
	 */
	Set<Long> resembling(long leopardId);

}
