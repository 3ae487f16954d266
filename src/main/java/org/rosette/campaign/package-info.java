/**
 * Donation campaigns and the gifts that fund them. {@code Money} is the one place that
 * says what an amount may be (positive, to the cent).
 */
@NullMarked
package org.rosette.campaign;

import org.jspecify.annotations.NullMarked;
