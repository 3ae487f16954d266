/**
 * Sightings: reported by rangers, reviewed by admins, and shown to the public only
 * through {@code LocationPrivacy}, the one place that decides what anonymous visitors
 * see.
 */
@NullMarked
package org.rosette.sighting;

import org.jspecify.annotations.NullMarked;
