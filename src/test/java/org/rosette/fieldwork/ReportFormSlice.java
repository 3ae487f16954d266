package org.rosette.fieldwork;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.rosette.account.SecurityConfiguration;
import org.rosette.system.MapTiles;
import org.rosette.system.ParkArea;
import org.rosette.system.ValidationClock;
import org.rosette.system.web.Formats;
import org.rosette.system.web.WebConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * What a report form's page slice needs besides its controller: security, the shared form
 * parts and the park. The clock stands at {@link #NOW} so "now" and "the future" are
 * fixed.
 */
@TestConfiguration(proxyBeanMethods = false)
@EnableConfigurationProperties({ ParkArea.class, MapTiles.class })
@Import({ SecurityConfiguration.class, WebConfiguration.class, Formats.class, ReportPage.class, ReportRules.class,
		FieldReportFlow.class, HandedInPhotos.class, ValidationClock.class })
public class ReportFormSlice {

	public static final Instant NOW = Instant.parse("2026-03-14T02:30:00Z");

	@Bean
	Clock clock() {
		return Clock.fixed(NOW, ZoneOffset.UTC);
	}

}
