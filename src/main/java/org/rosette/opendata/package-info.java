/**
 * Open data: the API documentation, exports of the public view of sightings (CSV,
 * GeoJSON, a Darwin Core Archive for GBIF) and the import of camera-trap observations.
 * Exports never decide what is public: they ask the sighting module, whose
 * {@code LocationPrivacy} is the one place that does.
 */
@NullMarked
package org.rosette.opendata;

import org.jspecify.annotations.NullMarked;
