package org.rosette.demo;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.rosette.coat.SyntheticCamera;
import org.rosette.coat.SyntheticCoat;
import org.rosette.fieldwork.PhotoUpload;
import org.rosette.leopard.Flank;
import org.rosette.leopard.Leopard;
import org.rosette.leopard.Leopards;
import org.rosette.sighting.ReviewStatus;
import org.rosette.sighting.Sighting;
import org.rosette.sighting.SightingFilter;
import org.rosette.sighting.SightingReport;
import org.rosette.sighting.Sightings;
import org.rosette.system.Upload;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.stereotype.Component;

/**
 * Coat photos for the demo, so that coat suggestions have something to compare: both
 * flanks of the leopards the pending reports name and of a few others, painted from a
 * seed, and a camera-trap frame of the named leopard on each pending report. Off with
 * {@code rosette.demo.coats=false}.
 */
@Component
class DemoCoats {

	private static final int OTHERS = 4;

	private final Leopards registry;

	private final Sightings sightings;

	private final boolean enabled;

	DemoCoats(Leopards registry, Sightings sightings, @Value("${rosette.demo.coats:true}") boolean enabled) {
		this.registry = registry;
		this.sightings = sightings;
		this.enabled = enabled;
	}

	void create(DemoLeopards.Catalogue catalogue, String ranger) {
		if (!enabled) {
			return;
		}
		List<Sighting> pending = sightings
			.search(new SightingFilter(ReviewStatus.PENDING, null, null, null, null), 0, 20)
			.getContent()
			.stream()
			.filter(s -> s.getLeopard() != null && s.getSubmittedBy().getUsername().equals(ranger))
			.toList();
		Set<Leopard> pictured = new LinkedHashSet<>();
		pending.forEach(s -> pictured.add(s.getLeopard()));
		catalogue.all().stream().filter(l -> !pictured.contains(l)).limit(OTHERS).forEach(pictured::add);
		Random random = new Random(11);
		for (Leopard leopard : pictured) {
			for (Flank flank : Flank.values()) {
				byte[] photo = SyntheticCamera.jpegBytes(
						SyntheticCamera.photograph(coat(leopard, flank), SyntheticCamera.Shot.catalogue(random)),
						0.85f);
				registry.keepPhoto(leopard.getId(), flank, new Upload(leopard.getCode() + "-" + flank + ".jpg", photo));
			}
		}
		for (Sighting s : pending) {
			Flank flank = random.nextBoolean() ? Flank.LEFT : Flank.RIGHT;
			byte[] frame = SyntheticCamera.jpegBytes(SyntheticCamera.photograph(coat(s.getLeopard(), flank),
					SyntheticCamera.Shot.field(random, 1280, 960)), 0.6f);
			SightingReport same = new SightingReport(s.getObservedAt(), s.getLatitude(), s.getLongitude(),
					s.getEvidence(), s.getLeopard().getId(), s.getAdults(), s.getCubs(), s.getNotes());
			sightings.revise(s.getId(), same, ranger,
					new ArrayList<>(List.of(new PhotoUpload("camera-trap.jpg", new ByteArrayResource(frame)))));
		}
	}

	private static SyntheticCoat coat(Leopard leopard, Flank flank) {
		return SyntheticCoat.of(leopard.getCode().hashCode() * 2L + flank.ordinal());
	}

}
