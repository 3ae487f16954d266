package org.rosette.incident;

/** What a ranger reports that threatens the leopards. Incidents are never public. */
public enum IncidentType {

	POACHING_SIGNS, HUMAN_TRACKS, SHOTS_HEARD, SNARE, CARCASS, SKIN_SEIZURE, LIVESTOCK_CONFLICT, LOGGING, FIRE, OTHER

}
