package org.rosette.sighting;

import org.rosette.system.FreeText;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

import org.rosette.account.Account;
import org.rosette.account.AccountRepository;
import org.rosette.fieldwork.PhotoUpload;
import org.rosette.leopard.Leopard;
import org.rosette.leopard.Leopards;
import org.rosette.photo.PhotoStore;
import org.rosette.fieldwork.HandedInPhotos;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sightings as rangers and admins work with them: reported, listed and looked up in full
 * detail.
 */
@Service
@Transactional(readOnly = true)
public class Sightings {

	private static final java.time.Instant END_OF_TIME = java.time.Instant.parse("9999-12-31T00:00:00Z");

	private static final Sort NEWEST_FIRST = Sort.by(Sort.Direction.DESC, "observedAt").and(Sort.by("id"));

	private final SightingRepository sightings;

	private final Leopards leopards;

	private final AccountRepository accounts;

	private final SightingPhotoRepository photos;

	private final PhotoStore photoStore;

	private final HandedInPhotos handedIn;

	private final VerifiedSightingsReader reader;

	private final ApplicationEventPublisher events;

	Sightings(SightingRepository sightings, Leopards leopards, AccountRepository accounts,
			SightingPhotoRepository photos, PhotoStore photoStore, HandedInPhotos handedIn,
			VerifiedSightingsReader reader, ApplicationEventPublisher events) {
		this.reader = reader;
		this.events = events;
		this.sightings = sightings;
		this.leopards = leopards;
		this.accounts = accounts;
		this.photos = photos;
		this.photoStore = photoStore;
		this.handedIn = handedIn;
	}

	/**
	 * Every verified sighting with its exact place and time, oldest first (staff
	 * exports): {@code convert} reads it while the chunk's transaction is open,
	 * {@code action} receives the result outside it.
	 */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public <T> void forEachVerified(Function<Sighting, T> convert, Consumer<T> action) {
		reader.forEach(END_OF_TIME, convert, action);
	}

	@Transactional
	public Sighting report(SightingReport report, String username) {
		return report(report, username, List.of());
	}

	/**
	 * Saves the sighting and its photos together: if a photo is refused or cannot be
	 * written, nothing is saved and the photo store removes the files it already wrote.
	 */
	@Transactional
	public Sighting report(SightingReport report, String username, List<PhotoUpload> uploads) {
		Account ranger = accounts.getByUsername(username);
		Sighting sighting = sightings.save(new Sighting(report.observedAt(), report.latitude(), report.longitude(),
				report.evidence(), leopards.identified(report.leopardId()), report.adults(), report.cubs(),
				FreeText.orNull(report.notes()), ranger));
		attach(sighting, uploads, 0);
		events.publishEvent(new ReviewQueueChanged());
		return sighting;
	}

	/** The author corrects a sighting that still waits for review. */
	@Transactional
	public Sighting revise(long id, SightingReport report, String username) {
		return revise(id, report, username, List.of());
	}

	/**
	 * As {@link #revise(long, SightingReport, String)}, adding photos to those already
	 * kept.
	 */
	@Transactional
	public Sighting revise(long id, SightingReport report, String username, List<PhotoUpload> uploads) {
		Sighting sighting = ownPending(id, username);
		sighting.revise(report.observedAt(), report.latitude(), report.longitude(), report.evidence(),
				leopards.identified(report.leopardId()), report.adults(), report.cubs(),
				FreeText.orNull(report.notes()));
		attach(sighting, uploads, photos.countBySightingId(id));
		return sighting;
	}

	/**
	 * The author takes back a sighting that nobody has reviewed yet; its photos go with
	 * it once that commits.
	 */
	@Transactional
	public void withdraw(long id, String username) {
		Sighting sighting = ownPending(id, username);
		List<SightingPhoto> kept = photos.findBySightingIdOrderById(id);
		kept.forEach(photo -> photoStore.delete(photo.getStorageKey()));
		photos.deleteAll(kept);
		sightings.delete(sighting);
		events.publishEvent(new ReviewQueueChanged());
	}

	public List<SightingPhoto> photosOf(long id) {
		return photos.findBySightingIdOrderById(id);
	}

	/** The photos of several sightings in one query, by sighting id. */
	public java.util.Map<Long, List<SightingPhoto>> photosOf(java.util.Collection<Long> ids) {
		if (ids.isEmpty()) {
			return java.util.Map.of();
		}
		return photos.findBySightingIdInOrderById(ids)
			.stream()
			.collect(java.util.stream.Collectors.groupingBy(p -> p.getSighting().getId(), java.util.LinkedHashMap::new,
					java.util.stream.Collectors.toList()));
	}

	private void attach(Sighting sighting, List<PhotoUpload> uploads, long alreadyKept) {
		handedIn.keep(uploads, alreadyKept).forEach(photo -> photos.save(new SightingPhoto(sighting, photo)));
	}

	private Sighting ownPending(long id, String username) {
		Sighting sighting = sightings.findWithDetailsById(id)
			.orElseThrow(() -> new NoSuchElementException("No sighting " + id));
		if (!sighting.isSubmittedBy(username)) {
			throw new AccessDeniedException("Only the ranger who reported sighting " + id + " may change it");
		}
		if (!sighting.isPending()) {
			throw new SightingLockedException(id);
		}
		return sighting;
	}

	public Page<Sighting> search(SightingFilter filter, int page, int size) {
		return sightings.findAll(filter.toSpecification(), PageRequest.of(page, size, NEWEST_FIRST));
	}

	public Page<Sighting> submittedBy(String username, int page, int size) {
		return sightings.findBySubmittedByUsername(username,
				PageRequest.of(page, size, Sort.by(Sort.Direction.DESC, "createdAt").and(Sort.by("id"))));
	}

	public Optional<Sighting> find(long id) {
		return sightings.findWithDetailsById(id);
	}

}
