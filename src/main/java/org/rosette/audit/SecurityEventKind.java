package org.rosette.audit;

/** What happened at the door or to the exact data. */
public enum SecurityEventKind {

	/** A sign-in refused: unknown name, wrong password or disabled account alike. */
	SIGN_IN_FAILED,

	/** A sign-in not even tried because too many failed before it. */
	SIGN_IN_THROTTLED,

	/** A download of sightings with their exact places and times. */
	EXACT_EXPORT

}
