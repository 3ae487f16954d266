package org.rosette.opendata;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who publishes the open data and whom to ask about it, as written into the Darwin Core
 * Archive's metadata. An empty e-mail leaves the address out rather than inventing one.
 */
@ConfigurationProperties("rosette.opendata")
public record OpenDataProperties(@DefaultValue("Land of the Leopard National Park") String publisher,
		@DefaultValue("") String contactEmail) {
}
