/**
 * The population estimates for staff: the page, its JSON and the capture history as CSV.
 */
@NullMarked
package org.rosette.population.web;

import org.jspecify.annotations.NullMarked;
