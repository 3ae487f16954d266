package org.rosette.opendata;

import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.rosette.leopard.Leopard;
import org.rosette.leopard.PublicLeopards;
import org.rosette.sighting.PrivacyProperties;
import org.rosette.sighting.PublicSighting;
import org.rosette.sighting.PublicSightings;
import org.rosette.sighting.Sighting;
import org.rosette.sighting.Sightings;
import org.springframework.stereotype.Component;

/**
 * The rows every export writes. The public view comes from {@link PublicSightings} as it
 * is, so exports can never show more than the site does; the exact view is for staff only
 * and the caller decides that.
 */
@Component
class Occurrences {

	private final PublicSightings publicSightings;

	private final Sightings sightings;

	private final PublicLeopards catalogue;

	private final PrivacyProperties privacy;

	Occurrences(PublicSightings publicSightings, Sightings sightings, PublicLeopards catalogue,
			PrivacyProperties privacy) {
		this.publicSightings = publicSightings;
		this.sightings = sightings;
		this.catalogue = catalogue;
		this.privacy = privacy;
	}

	void forEach(boolean exact, Consumer<Occurrence> action) {
		if (exact) {
			sightings.forEachVerified(Occurrences::exact, action);
			return;
		}
		// About eighty animals: their codes fit in memory, the sightings do not.
		Map<Long, String> codes = catalogue.all().stream().collect(Collectors.toMap(Leopard::getId, Leopard::getCode));
		publicSightings.forEach(sighting -> action.accept(generalised(sighting, codes)));
	}

	int publicDelayDays() {
		return privacy.publicDelayDays();
	}

	String cellDegrees() {
		return privacy.cellDegrees().toPlainString();
	}

	private static Occurrence generalised(PublicSighting s, Map<Long, String> codes) {
		Long leopardId = s.leopardId();
		return new Occurrence(s.id(), s.observedMonth(), s.evidence(), leopardId,
				leopardId == null ? null : codes.get(leopardId), s.leopardName(), leopardId == null ? null : 1,
				s.latitude(), s.longitude(), s.precisionDegrees(), true);
	}

	private static Occurrence exact(Sighting s) {
		Leopard leopard = s.getLeopard();
		return new Occurrence(s.getId(), s.getObservedAt().toString(), s.getEvidence(),
				leopard == null ? null : leopard.getId(), leopard == null ? null : leopard.getCode(),
				leopard == null ? null : leopard.getName(), individuals(s, leopard), s.getLatitude(), s.getLongitude(),
				null, false);
	}

	private static @org.jspecify.annotations.Nullable Integer individuals(Sighting s, Leopard leopard) {
		int counted = (s.getAdults() == null ? 0 : s.getAdults()) + (s.getCubs() == null ? 0 : s.getCubs());
		if (counted > 0) {
			return counted;
		}
		return leopard == null ? null : 1;
	}

}
