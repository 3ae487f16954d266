package org.rosette.population;

/**
 * The headline estimate for one calendar year (or the part of the current year so far).
 */
public record YearEstimate(int year, int individualsDetected, Estimate estimate) {
}
