package org.rosette.sighting;

import org.rosette.system.PublicContentChanged;

/**
 * What the public sees of the sightings has changed (a review, a bulk placement on the
 * grid): whatever was kept of it must be read again.
 */
public record PublicSightingsChanged() implements PublicContentChanged {
}
