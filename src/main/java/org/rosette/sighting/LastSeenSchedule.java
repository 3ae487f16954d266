package org.rosette.sighting;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Sightings age past the public delay without anyone touching them: refresh nightly. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class LastSeenSchedule {

}
