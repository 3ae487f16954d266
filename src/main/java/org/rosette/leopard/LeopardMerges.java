package org.rosette.leopard;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;

import org.rosette.photo.PhotoStore;
import org.rosette.system.RejectedValuesException;
import org.rosette.system.RejectedValuesException.Rejection;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Two catalogue entries found to be one animal become one: the survivor takes the merged
 * entry's sightings and incidents (through {@link LeopardsMerged}), reference photos it
 * lacks, cubs, mother and last sighting; the merged entry is deleted and its id leads to
 * the survivor. A merge that cannot be true is refused with the reason.
 */
@Service
@Transactional(readOnly = true)
public class LeopardMerges {

	private final LeopardRepository leopards;

	private final LeopardPhotoRepository photos;

	private final LeopardMergeRepository merges;

	private final PhotoStore store;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final List<MergeFollower> followers;

	LeopardMerges(LeopardRepository leopards, LeopardPhotoRepository photos, LeopardMergeRepository merges,
			PhotoStore store, ApplicationEventPublisher events, Clock clock, List<MergeFollower> followers) {
		this.followers = followers;
		this.leopards = leopards;
		this.photos = photos;
		this.merges = merges;
		this.store = store;
		this.events = events;
		this.clock = clock;
	}

	/** Where a merged entry's id leads now, if it was merged. */
	public Optional<Long> survivorOf(long mergedId) {
		return merges.findById(mergedId).map(LeopardMerge::getSurvivorId);
	}

	/** The entries merged into this one, for its admin page. */
	public List<LeopardMerge> mergedInto(long survivorId) {
		return merges.findBySurvivorId(survivorId);
	}

	/**
	 * What a merge of this entry would move: its records kept by other modules, its
	 * reference photos (a flank the survivor already has keeps the survivor's), its cubs,
	 * and its mother where the survivor has none.
	 * @throws NoSuchElementException if the entry does not exist
	 */
	public MergePreview preview(long mergedId) {
		// with its mother, which the page names after the transaction
		Leopard merged = leopards.findWithMotherById(mergedId)
			.orElseThrow(() -> new NoSuchElementException("No leopard " + mergedId));
		List<MergePreview.Records> records = followers.stream()
			.map(f -> new MergePreview.Records(f.messageCode(), f.countFor(mergedId)))
			.toList();
		List<Flank> flanks = photos.findByLeopardIdOrderByFlank(mergedId).stream().map(LeopardPhoto::getFlank).toList();
		return new MergePreview(merged, records, flanks, leopards.findCubsOf(mergedId), merged.getMother());
	}

	/**
	 * @throws NoSuchElementException if either entry does not exist
	 * @throws RejectedValuesException naming {@code into} when the two cannot be one
	 * animal
	 */
	@Transactional
	public Leopard merge(long mergedId, long survivorId, String reason, String username) {
		Leopard merged = leopard(mergedId);
		Leopard survivor = leopard(survivorId);
		List<Leopard> cubs = leopards.findCubsOf(mergedId);
		refuseWhatCannotBeTrue(merged, survivor, cubs);
		if (survivor.getSex() == Sex.UNKNOWN && merged.getSex() != Sex.UNKNOWN) {
			survivor.revise(survivor.getCode(), survivor.getName(), merged.getSex(), survivor.getBirthYear(),
					survivor.getDescription());
		}
		if (survivor.getMother() == null && merged.getMother() != null) {
			survivor.setMother(merged.getMother());
		}
		if (survivor.getBirthYear() == null && merged.getBirthYear() != null) {
			survivor.revise(survivor.getCode(), survivor.getName(), survivor.getSex(), merged.getBirthYear(),
					survivor.getDescription());
		}
		cubs.forEach(cub -> cub.setMother(survivor));
		if (merged.getLastSeenOn() != null) {
			survivor.seenOn(merged.getLastSeenOn());
		}
		movePhotos(merged, survivor);
		events.publishEvent(new LeopardsMerged(mergedId, survivorId));
		merges.findBySurvivorId(mergedId).forEach(earlier -> earlier.leadTo(survivor));
		merges.save(new LeopardMerge(merged, survivor, reason.strip(), username, clock.instant()));
		leopards.delete(merged);
		leopards.flush();
		return survivor;
	}

	private void refuseWhatCannotBeTrue(Leopard merged, Leopard survivor, List<Leopard> cubs) {
		List<Rejection> problems = new ArrayList<>();
		if (merged.getId().equals(survivor.getId())) {
			problems.add(new Rejection("into", "admin.leopard.merge.self"));
		}
		else if (isAncestor(merged, survivor) || isAncestor(survivor, merged)) {
			problems.add(new Rejection("into", "admin.leopard.merge.family", merged.getName(), survivor.getName()));
		}
		if (merged.getSex() != Sex.UNKNOWN && survivor.getSex() != Sex.UNKNOWN
				&& merged.getSex() != survivor.getSex()) {
			problems.add(new Rejection("into", "admin.leopard.merge.sex", merged.getName(), survivor.getName()));
		}
		if (!cubs.isEmpty() && survivor.getSex() == Sex.MALE) {
			problems.add(new Rejection("into", "admin.leopard.merge.cubsNeedMother", merged.getName()));
		}
		if (merged.getMother() != null && survivor.getMother() != null
				&& !merged.getMother().getId().equals(survivor.getMother().getId())) {
			problems.add(new Rejection("into", "admin.leopard.merge.mothers", merged.getMother().getName(),
					survivor.getMother().getName()));
		}
		if (!problems.isEmpty()) {
			throw new RejectedValuesException(problems);
		}
	}

	/** Whether {@code ancestor} is in the line of mothers above {@code leopard}. */
	private static boolean isAncestor(Leopard ancestor, Leopard leopard) {
		Set<Long> seen = new HashSet<>();
		for (Leopard l = leopard.getMother(); l != null && seen.add(l.getId()); l = l.getMother()) {
			if (l.getId().equals(ancestor.getId())) {
				return true;
			}
		}
		return false;
	}

	/** The survivor keeps its own photo of a flank; the merged one's fills a gap. */
	private void movePhotos(Leopard merged, Leopard survivor) {
		Set<Flank> kept = new HashSet<>();
		photos.findByLeopardIdOrderByFlank(survivor.getId()).forEach(photo -> kept.add(photo.getFlank()));
		for (LeopardPhoto photo : photos.findByLeopardIdOrderByFlank(merged.getId())) {
			if (kept.contains(photo.getFlank())) {
				store.delete(photo.getStorageKey());
				photos.delete(photo);
			}
			else {
				photo.moveTo(survivor.getId());
			}
		}
		photos.flush();
	}

	private Leopard leopard(long id) {
		return leopards.findById(id).orElseThrow(() -> new NoSuchElementException("No leopard " + id));
	}

}
