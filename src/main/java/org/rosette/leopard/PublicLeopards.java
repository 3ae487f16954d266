package org.rosette.leopard;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The individuals as anyone may see them: the catalogue, families, reference photos and
 * head counts. Changes go through {@link Leopards}.
 */
@Service
@Transactional(readOnly = true)
public class PublicLeopards {

	private final LeopardRepository leopards;

	private final LeopardPhotoRepository photos;

	PublicLeopards(LeopardRepository leopards, LeopardPhotoRepository photos) {
		this.leopards = leopards;
		this.photos = photos;
	}

	/**
	 * Reference photos of the flanks, left first; their public copies carry no metadata.
	 */
	public List<LeopardPhoto> referencePhotos(long leopardId) {
		return photos.findByLeopardIdOrderByFlank(leopardId);
	}

	public Page<Leopard> search(LeopardFilter filter, Pageable pageable) {
		return leopards.search(filter.status(), filter.sex(), likePattern(filter.q()), pageable);
	}

	public Optional<Leopard> find(long id) {
		return leopards.findWithMotherById(id);
	}

	public List<Leopard> cubsOf(Leopard mother) {
		return leopards.findCubsOf(mother.getId());
	}

	public List<Leopard> all() {
		return leopards.findAllByOrderByNameAsc();
	}

	public Population population() {
		return new Population(leopards.countByStatus(LeopardStatus.ALIVE),
				leopards.countByStatus(LeopardStatus.MISSING), leopards.countByStatus(LeopardStatus.DECEASED));
	}

	private static String likePattern(String q) {
		if (q == null || q.isBlank()) {
			return null;
		}
		// Wildcards typed by a visitor are taken literally by dropping them: names never
		// hold them.
		String plain = q.strip().toLowerCase(Locale.ROOT).replace("%", "").replace("_", "");
		return "%" + plain + "%";
	}

	/** Head counts by status, as shown on the home page and in the statistics. */
	public record Population(long knownAlive, long missing, long deceased) {
	}

}
