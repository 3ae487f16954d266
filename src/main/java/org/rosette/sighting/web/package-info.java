/**
 * Sighting forms, the review queue, the rangers' map and the sightings API.
 */
@NullMarked
package org.rosette.sighting.web;

import org.jspecify.annotations.NullMarked;
