package org.rosette.population;

/**
 * A closed-population estimator that reads only the capture frequencies f1…ft.
 */
public interface PopulationEstimator {

	/** The name the API and the page give the method. */
	String method();

	Estimate estimate(CaptureFrequencies frequencies);

}
