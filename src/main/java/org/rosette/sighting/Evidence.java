package org.rosette.sighting;

/** What the ranger found: the kind of sign that puts a leopard at a place and time. */
public enum Evidence {

	CAMERA_TRAP, TRACKS, SCAT, SCRAPE, DIRECT, KILL, CARCASS

}
