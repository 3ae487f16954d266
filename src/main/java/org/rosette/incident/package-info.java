/**
 * Threats reported by rangers. Incidents are never public.
 */
@NullMarked
package org.rosette.incident;

import org.jspecify.annotations.NullMarked;
