package org.rosette.sighting;

import java.math.BigDecimal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** How long a sighting stays private, and how coarse the public grid is. */
@ConfigurationProperties("rosette.privacy")
public record PrivacyProperties(@DefaultValue("30") int publicDelayDays, @DefaultValue("0.2") BigDecimal cellDegrees) {

	public PrivacyProperties {
		if (publicDelayDays < 0) {
			throw new IllegalArgumentException("rosette.privacy.public-delay-days must not be negative");
		}
		if (cellDegrees.signum() <= 0) {
			throw new IllegalArgumentException("rosette.privacy.cell-degrees must be positive");
		}
	}

}
