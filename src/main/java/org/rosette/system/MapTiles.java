package org.rosette.system;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where maps fetch their background tiles. OpenStreetMap by default; a park office
 * without internet points this at its own tile server. The attribution is shown on every
 * map, as the tile licences require.
 */
@ConfigurationProperties("rosette.map")
public record MapTiles(@DefaultValue(MapTiles.OPEN_STREET_MAP) String tileUrl,
		@DefaultValue("© OpenStreetMap contributors") String attribution) {

	public static final String OPEN_STREET_MAP = "https://tile.openstreetmap.org/{z}/{x}/{y}.png";

	/**
	 * Where the tiles come from, as a Content-Security-Policy source: scheme and host of
	 * the tile URL, with Leaflet's {@code {s}} subdomain as a wildcard; {@code 'self'}
	 * for a tile server on the site itself.
	 */
	public String cspSource() {
		java.net.URI uri = java.net.URI.create(tileUrl.replace("{s}", "s-wildcard").replaceAll("\\{[a-z]+\\}", "0"));
		if (uri.getScheme() == null || uri.getHost() == null) {
			return "'self'";
		}
		String host = uri.getHost().replace("s-wildcard", "*");
		return uri.getScheme() + "://" + host + (uri.getPort() == -1 ? "" : ":" + uri.getPort());
	}

}
