/**
 * How many leopards there are, estimated from camera-trap capture histories rather than
 * counted from the catalogue: closed-population estimators (M0, the first-order jackknife
 * and Chao's lower bound for heterogeneous capture probabilities), the staff page and API
 * that show them, and the export of a survey for spatial capture–recapture in R's
 * {@code secr}.
 */
@NullMarked
package org.rosette.population;

import org.jspecify.annotations.NullMarked;
