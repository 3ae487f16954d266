package org.rosette.fieldwork;

import org.jspecify.annotations.Nullable;
import org.rosette.system.Coordinates;

/** What every field report names: where it happened. */
public interface FieldReport {

	@Nullable Double latitude();

	@Nullable Double longitude();

	default @Nullable Coordinates coordinates() {
		return Coordinates.ofNullable(latitude(), longitude());
	}

}
