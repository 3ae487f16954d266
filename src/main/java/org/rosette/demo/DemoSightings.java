package org.rosette.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.rosette.account.Account;
import org.rosette.incident.Incident;
import org.rosette.incident.IncidentRepository;
import org.rosette.incident.IncidentType;
import org.rosette.leopard.Leopard;
import org.rosette.leopard.LeopardStatus;
import org.rosette.leopard.Sex;
import org.rosette.sighting.Evidence;
import org.rosette.sighting.Sighting;
import org.rosette.sighting.SightingRepository;
import org.rosette.system.ParkArea;
import org.springframework.stereotype.Component;

/**
 * Years of field work for the demo: every individual keeps to a home range inside the
 * park, camera traps catch most of them, and a few recent or doubtful reports wait for
 * review. Seeded, so every demo park is the same.
 */
@Component
class DemoSightings {

	private static final int YEARS = 6;

	private static final Evidence[] EVIDENCE = { Evidence.CAMERA_TRAP, Evidence.CAMERA_TRAP, Evidence.CAMERA_TRAP,
			Evidence.CAMERA_TRAP, Evidence.TRACKS, Evidence.TRACKS, Evidence.SCAT, Evidence.SCRAPE, Evidence.DIRECT,
			Evidence.KILL };

	private final SightingRepository sightings;

	private final IncidentRepository incidents;

	private final ParkArea park;

	private final Clock clock;

	DemoSightings(SightingRepository sightings, IncidentRepository incidents, ParkArea park, Clock clock) {
		this.sightings = sightings;
		this.incidents = incidents;
		this.park = park;
		this.clock = clock;
	}

	int create(DemoLeopards.Catalogue catalogue, DemoAccounts.Team team) {
		Random random = new Random(1606);
		Instant now = clock.instant().truncatedTo(ChronoUnit.MINUTES);
		Instant start = now.minus(Duration.ofDays(365L * YEARS));
		Map<Leopard, double[]> ranges = homeRanges(catalogue, random);
		List<Sighting> all = new ArrayList<>();

		for (int i = 0; i < 420; i++) {
			Leopard leopard = i % 9 == 0 ? null : pick(catalogue, random);
			double[] centre = leopard == null ? randomPoint(random) : ranges.get(leopard);
			Instant end = leopard != null && leopard.getDiedOn() != null
					? leopard.getDiedOn().atStartOfDay(park.zone()).toInstant() : now.minus(Duration.ofDays(31));
			Instant observed = between(start, end, random);
			Sighting sighting = sightingNear(centre, observed, leopard, team.ranger(), random);
			sighting.verify(team.admin(), leopard, null, observed.plus(Duration.ofDays(2)));
			all.add(sighting);
		}
		// Recent and doubtful reports: these must never reach the public.
		for (int i = 0; i < 12; i++) {
			Leopard leopard = pick(catalogue, random);
			while (leopard.getStatus() != LeopardStatus.ALIVE) {
				leopard = pick(catalogue, random);
			}
			Instant observed = now.minus(Duration.ofHours(6 + random.nextInt(24 * 25)));
			Sighting sighting = sightingNear(ranges.get(leopard), observed, leopard, team.ranger(), random);
			if (i % 3 == 0) {
				sighting.verify(team.admin(), leopard, null, observed.plus(Duration.ofHours(3)));
			}
			else if (i % 3 == 1) {
				sighting.reject(team.admin(), "The photo shows a lynx, not a leopard.",
						observed.plus(Duration.ofHours(5)));
			}
			all.add(sighting);
		}
		for (int i = 0; i < 5; i++) {
			Leopard leopard = pick(catalogue, random);
			Instant observed = between(start, now.minus(Duration.ofDays(60)), random);
			Sighting doubtful = sightingNear(ranges.get(leopard), observed, null, team.ranger(), random);
			doubtful.reject(team.admin(), "Tracks too blurred to tell from a dog's.",
					observed.plus(Duration.ofDays(1)));
			all.add(doubtful);
		}
		sightings.saveAll(all);
		lordsStory(catalogue, team, ranges, now);
		return all.size();
	}

	/**
	 * Lord's months of silence: people's tracks on his trail, shots in the night, then a
	 * skin at the border.
	 */
	private void lordsStory(DemoLeopards.Catalogue catalogue, DemoAccounts.Team team, Map<Leopard, double[]> ranges,
			Instant now) {
		double[] lord = ranges.get(catalogue.lord());
		Instant tracks = catalogue.skin().getDiedOn().atStartOfDay(park.zone()).toInstant().minus(Duration.ofDays(40));
		incidents.save(new Incident(tracks, lord[0] + 0.01, lord[1] - 0.02, IncidentType.HUMAN_TRACKS, catalogue.lord(),
				"Boot prints of two people following Lord's tracks along the ridge for about a kilometre.",
				team.ranger()));
		incidents.save(
				new Incident(tracks.plus(Duration.ofDays(30)), lord[0] - 0.03, lord[1] + 0.01, IncidentType.SHOTS_HEARD,
						null, "Three shots after dark, north of the cordon. A patrol found nobody.", team.ranger()));
		incidents.save(new Incident(tracks.plus(Duration.ofDays(41)), 42.65, 130.72, IncidentType.SKIN_SEIZURE,
				catalogue.skin(), "Border police seized a fresh leopard skin from a trafficker. Rosettes match M17.",
				team.admin()));
		incidents.save(new Incident(now.minus(Duration.ofDays(3)), lord[0], lord[1] + 0.04, IncidentType.SNARE, null,
				"Wire snare on a deer trail; removed and photographed.", team.ranger()));
	}

	private Map<Leopard, double[]> homeRanges(DemoLeopards.Catalogue catalogue, Random random) {
		Map<Leopard, double[]> ranges = new HashMap<>();
		for (Leopard leopard : catalogue.all()) {
			Leopard mother = leopard.getMother();
			ranges.put(leopard,
					mother != null && ranges.containsKey(mother) ? ranges.get(mother) : randomPoint(random));
		}
		return ranges;
	}

	private Leopard pick(DemoLeopards.Catalogue catalogue, Random random) {
		// The famous families turn up more often: more cameras watch their valleys.
		if (random.nextInt(4) == 0) {
			List<Leopard> famous = new ArrayList<>(catalogue.cubs());
			famous.add(catalogue.kedrovka());
			famous.add(catalogue.lord());
			famous.addAll(catalogue.lordsFemales());
			return famous.get(random.nextInt(famous.size()));
		}
		List<Leopard> others = catalogue.others().stream().filter(l -> l.getStatus() != LeopardStatus.MISSING).toList();
		return others.get(random.nextInt(others.size()));
	}

	private Sighting sightingNear(double[] centre, Instant observed, Leopard leopard, Account ranger, Random random) {
		double latitude = clamp(centre[0] + (random.nextDouble() - 0.5) * 0.16, park.minLatitude(), park.maxLatitude());
		double longitude = clamp(centre[1] + (random.nextDouble() - 0.5) * 0.16, park.minLongitude(),
				park.maxLongitude());
		Evidence evidence = EVIDENCE[random.nextInt(EVIDENCE.length)];
		int cubs = leopard != null && leopard.getSex() == Sex.FEMALE && random.nextInt(6) == 0 ? 1 + random.nextInt(2)
				: 0;
		return new Sighting(observed, round(latitude), round(longitude), evidence, leopard, 1, cubs,
				"Camera " + (100 + random.nextInt(300)) + ", by the stream below the old cordon.", ranger);
	}

	private double[] randomPoint(Random random) {
		double margin = 0.08;
		return new double[] {
				park.minLatitude() + margin
						+ random.nextDouble() * (park.maxLatitude() - park.minLatitude() - 2 * margin),
				park.minLongitude() + margin
						+ random.nextDouble() * (park.maxLongitude() - park.minLongitude() - 2 * margin) };
	}

	private static Instant between(Instant from, Instant to, Random random) {
		long span = Math.max(1, to.getEpochSecond() - from.getEpochSecond());
		return from.plusSeconds((long) (random.nextDouble() * span)).truncatedTo(ChronoUnit.MINUTES);
	}

	private static double clamp(double value, double min, double max) {
		return Math.max(min, Math.min(max, value));
	}

	private static double round(double degrees) {
		return Math.round(degrees * 1_000_000d) / 1_000_000d;
	}

}
