package org.rosette.sighting;

import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Sightings as the public sees them: only what {@link LocationPrivacy} lets through, already generalised. */
@Service
@Transactional(readOnly = true)
public class PublicSightings {

	private static final Sort NEWEST_FIRST = Sort.by(Sort.Direction.DESC, "observedAt").and(Sort.by("id"));

	private final SightingRepository sightings;

	private final LocationPrivacy privacy;

	PublicSightings(SightingRepository sightings, LocationPrivacy privacy) {
		this.sightings = sightings;
		this.privacy = privacy;
	}

	public Page<PublicSighting> page(Long leopardId, int page, int size) {
		Pageable pageable = PageRequest.of(page, size, NEWEST_FIRST);
		return sightings.findByStatusObservedBefore(ReviewStatus.VERIFIED, privacy.publicBefore(), leopardId, pageable)
			.map(privacy::toPublic);
	}

	/** One sighting, if the public may see it at all. */
	public java.util.Optional<PublicSighting> find(long id) {
		return sightings.findWithDetailsById(id).filter(privacy::isPublic).map(privacy::toPublic);
	}

	public List<PublicSighting> latest(int count) {
		return page(null, 0, count).getContent();
	}

	public List<PublicSighting> ofLeopard(long leopardId, int count) {
		return page(leopardId, 0, count).getContent();
	}

	public List<YearCount> countByYear() {
		return sightings.countByYear(ReviewStatus.VERIFIED, privacy.publicBefore());
	}

}
