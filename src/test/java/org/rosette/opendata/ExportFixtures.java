package org.rosette.opendata;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.rosette.account.Account;
import org.rosette.account.AccountRepository;
import org.rosette.account.Role;
import org.rosette.leopard.Leopard;
import org.rosette.leopard.LeopardRepository;
import org.rosette.leopard.Sex;
import org.rosette.sighting.Evidence;
import org.rosette.sighting.Sighting;
import org.rosette.sighting.SightingRepository;

/**
 * Sightings of every kind the privacy rule tells apart, each at an exact point no cell
 * centre could ever equal, so a leak shows as that number appearing in an export.
 */
public record ExportFixtures(Leopard leopard, Sighting publicOld, Sighting publicUnnamed, Sighting pending,
		Sighting rejected, Sighting recent) {

	public static ExportFixtures create(LeopardRepository leopards, SightingRepository sightings,
			AccountRepository accounts, String suffix) {
		Account ranger = accounts.save(new Account("exp-ranger-" + suffix, "x", "Export Ranger", Role.RANGER));
		Account admin = accounts.save(new Account("exp-admin-" + suffix, "x", "Export Admin", Role.ADMIN));
		Leopard leopard = leopards
			.save(new Leopard("LEO-X" + suffix, "Export " + suffix, Sex.FEMALE, 2019, null, null));
		Instant now = Instant.now();
		Sighting publicOld = verified(sightings, new Sighting(now.minus(60, ChronoUnit.DAYS), 43.123457, 131.456787,
				Evidence.CAMERA_TRAP, leopard, 1, 2, "den under the cedar", ranger), admin);
		Sighting publicUnnamed = verified(sightings, new Sighting(now.minus(400, ChronoUnit.DAYS), 42.951113,
				131.033331, Evidence.TRACKS, null, null, null, null, ranger), admin);
		Sighting pending = sightings.save(new Sighting(now.minus(90, ChronoUnit.DAYS), 43.217771, 131.611119,
				Evidence.SCAT, leopard, 1, null, null, ranger));
		Sighting rejected = sightings.save(new Sighting(now.minus(90, ChronoUnit.DAYS), 43.317773, 131.711117,
				Evidence.DIRECT, null, null, null, null, ranger));
		rejected.reject(admin, "a lynx", now);
		sightings.save(rejected);
		Sighting recent = verified(sightings, new Sighting(now.minus(5, ChronoUnit.DAYS), 43.417779, 131.811113,
				Evidence.KILL, leopard, 1, null, null, ranger), admin);
		return new ExportFixtures(leopard, publicOld, publicUnnamed, pending, rejected, recent);
	}

	private static Sighting verified(SightingRepository sightings, Sighting sighting, Account admin) {
		sighting.verify(admin, null, null, Instant.now());
		return sightings.save(sighting);
	}

	/**
	 * The exact coordinates of the sightings the public must never see in any form, and
	 * of the public ones.
	 */
	public String[] exactCoordinates() {
		return new String[] { "43.123457", "131.456787", "42.951113", "131.033331", "43.217771", "131.611119",
				"43.317773", "131.711117", "43.417779", "131.811113" };
	}

}
