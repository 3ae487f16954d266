/**
 * What rangers bring back from the field, as the web forms take it in: typed values read
 * leniently so bad input can be shown again, photos checked before anything is kept, and
 * the park's clock. Sighting and incident forms share it.
 */
@NullMarked
package org.rosette.fieldwork;

import org.jspecify.annotations.NullMarked;
