package org.rosette.system;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.MessageSource;

/**
 * The protected area Rosette watches over, roughly as a box. Points outside it are not
 * wrong, only unusual: forms ask for confirmation, maps centre on it. Its {@code name} is
 * the English one; pages show {@link #nameIn(Locale, MessageSource) the reader's}.
 */
@ConfigurationProperties("rosette.park")
public record ParkArea(@DefaultValue("Land of the Leopard National Park") String name,
		@DefaultValue("42.6") double minLatitude, @DefaultValue("43.7") double maxLatitude,
		@DefaultValue("130.7") double minLongitude, @DefaultValue("131.9") double maxLongitude,
		@DefaultValue("Asia/Vladivostok") ZoneId zone) {

	/** The message that translates the park's name; its English text is the name. */
	public static final String NAME_MESSAGE = "park.name";

	/**
	 * The park's name in the reader's language: the messages' {@value #NAME_MESSAGE}, if
	 * their English text is this park's name. Configured for another park, whose name the
	 * messages do not translate, the name is shown as configured in every language, never
	 * as another park's translated name.
	 */
	public String nameIn(Locale locale, MessageSource messages) {
		if (!name.equals(messages.getMessage(NAME_MESSAGE, null, null, Locale.ROOT))) {
			return name;
		}
		return messages.getMessage(NAME_MESSAGE, null, name, locale);
	}

	public boolean contains(double latitude, double longitude) {
		return latitude >= minLatitude && latitude <= maxLatitude && longitude >= minLongitude
				&& longitude <= maxLongitude;
	}

	/**
	 * Whether a report's point lies outside the park, so the ranger must confirm it; a
	 * report without a point yet is not outside.
	 */
	public boolean isOutside(@Nullable Coordinates point) {
		return point != null && !contains(point.latitude(), point.longitude());
	}

	/** Today in the park: its calendar day decides dates, not the server's. */
	public LocalDate today(Clock clock) {
		return LocalDate.now(clock.withZone(zone));
	}

	public double centreLatitude() {
		return (minLatitude + maxLatitude) / 2;
	}

	public double centreLongitude() {
		return (minLongitude + maxLongitude) / 2;
	}

}
