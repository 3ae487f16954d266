package org.rosette.outreach;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** How many leopards the park hopes to hold: the number the home page counts towards. */
@ConfigurationProperties("rosette.population")
public record PopulationTarget(@DefaultValue("100") int target) {
}
