package org.rosette.system;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where maps fetch their background tiles. OpenStreetMap by default; a park office
 * without internet points this at its own tile server. The attribution is shown on every
 * map, as the tile licences require.
 */
@ConfigurationProperties("rosette.map")
public record MapTiles(@DefaultValue("https://tile.openstreetmap.org/{z}/{x}/{y}.png") String tileUrl,
		@DefaultValue("© OpenStreetMap contributors") String attribution) {
}
