/**
 * The staff's overview: what waits for them across the other modules (sightings to
 * review, imports running, campaigns ending, recent incidents), counted in the database,
 * and the pending-review badge in the navigation.
 */
@NullMarked
package org.rosette.overview;

import org.jspecify.annotations.NullMarked;
