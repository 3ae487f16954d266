package org.rosette.leopard;

import org.rosette.system.FreeText;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.rosette.photo.PhotoStore;
import org.rosette.system.ChangedMeanwhileException;
import org.rosette.system.FormVersion;
import org.rosette.system.ParkArea;
import org.rosette.system.RejectedValuesException;
import org.rosette.system.RejectedValuesException.Rejection;
import org.rosette.system.TranslatedRecords;
import org.rosette.system.TranslationForm.Field;
import org.rosette.system.TranslationForm.Subject;
import org.rosette.system.Upload;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The individuals as staff work with them (what anyone may read is in
 * {@link PublicLeopards}): the individual a report names, and the catalogue as admins
 * keep it: individuals added and corrected, their family kept sound (a mother is a
 * female, and nobody is their own ancestor), their status changed, and reference photos
 * of both flanks.
 */
@Service
@Transactional(readOnly = true)
public class Leopards implements TranslatedRecords {

	private final LeopardRepository leopards;

	private final LeopardPhotoRepository photos;

	private final PhotoStore store;

	private final ParkArea park;

	Leopards(LeopardRepository leopards, LeopardPhotoRepository photos, PhotoStore store, ParkArea park) {
		this.leopards = leopards;
		this.photos = photos;
		this.store = store;
		this.park = park;
	}

	public List<Leopard> all() {
		return leopards.findAllByOrderByNameAsc();
	}

	public List<Leopard> females() {
		return leopards.findFemales();
	}

	public Optional<Leopard> find(long id) {
		return leopards.findWithMotherById(id);
	}

	/**
	 * The individual a report names, or none when it names nobody.
	 * @throws UnknownLeopardException if the catalogue does not hold it
	 */
	public @Nullable Leopard identified(@Nullable Long leopardId) {
		return leopardId == null ? null
				: leopards.findById(leopardId).orElseThrow(() -> new UnknownLeopardException(leopardId));
	}

	@Transactional
	public Leopard create(LeopardDetails details) {
		Leopard mother = check(details, null);
		return leopards.save(new Leopard(details.code().strip(), details.name().strip(), details.sex(),
				details.birthYear(), mother, FreeText.orNull(details.description())));
	}

	/**
	 * @param startedFrom the version the admin's form was made from
	 * @throws ChangedMeanwhileException if someone else saved the leopard since; nothing
	 * is changed
	 */
	@Transactional
	public Leopard revise(long id, @Nullable Long startedFrom, LeopardDetails details) {
		Leopard leopard = leopard(id);
		FormVersion.require(startedFrom, leopard.getVersion(), "Leopard " + id);
		Leopard mother = check(details, leopard);
		leopard.revise(details.code().strip(), details.name().strip(), details.sex(), details.birthYear(),
				FreeText.orNull(details.description()));
		leopard.setMother(mother);
		return leopard;
	}

	@Override
	public String kind() {
		return "leopards";
	}

	@Override
	public Optional<Subject> texts(long id) {
		return find(id).map(leopard -> new Subject(leopard.getName(),
				List.of(new Field("name", "admin.leopard.name", 60, false, leopard.getName()),
						new Field("description", "admin.leopard.description", 4000, true, leopard.getDescription())),
				(language, key) -> key.equals("name") ? leopard.textIn(language).name()
						: leopard.textIn(language).description()));
	}

	/**
	 * Checks an entry as {@link #create} or {@link #revise} would, without saving it.
	 * @param id the entry being revised, none for a new one
	 * @throws RejectedValuesException naming each field that cannot be saved
	 */
	public void refuseWhatCannotBeSaved(LeopardDetails details, @Nullable Long id) {
		check(details, id == null ? null : leopard(id));
	}

	/**
	 * Name and profile text in each of the other languages; blank values fall back to
	 * English.
	 */
	@Override
	@Transactional
	public void translate(long id, Map<String, Map<String, String>> byLanguage) {
		Leopard leopard = leopard(id);
		byLanguage.forEach((language, text) -> leopard.translate(language, text.get("name"), text.get("description")));
	}

	@Transactional
	public Leopard markMissing(long id) {
		Leopard leopard = leopard(id);
		requireAlive(leopard, "status");
		leopard.markMissing();
		return leopard;
	}

	/** A missing animal confirmed again. */
	@Transactional
	public Leopard markAlive(long id) {
		Leopard leopard = leopard(id);
		if (leopard.getStatus() == LeopardStatus.DECEASED) {
			throw new RejectedValuesException("status", "admin.leopard.deceasedIsFinal");
		}
		leopard.markAlive();
		return leopard;
	}

	/**
	 * @param incidentId the incident report that found the death, if any
	 * @throws RejectedValuesException if the date is missing or the incident does not
	 * exist
	 */
	@Transactional
	public Leopard markDeceased(long id, LocalDate diedOn, DeathCause cause, @Nullable Long incidentId) {
		Leopard leopard = leopard(id);
		requireAlive(leopard, "status");
		leopard.markDeceased(diedOn, cause, incidentId);
		try {
			// the incident module is not known here; the foreign key says whether the
			// report exists
			leopards.saveAndFlush(leopard);
		}
		catch (DataIntegrityViolationException ex) {
			throw new RejectedValuesException("incidentId", "admin.leopard.unknownIncident",
					String.valueOf(incidentId));
		}
		return leopard;
	}

	/**
	 * Keeps a new reference photo of one flank, replacing the previous one once the
	 * change commits.
	 */
	@Transactional
	public LeopardPhoto keepPhoto(long leopardId, Flank flank, Upload upload) {
		leopard(leopardId);
		var stored = store.store(upload.originalName(), upload.content(), park.zone());
		photos.findByLeopardIdAndFlank(leopardId, flank).ifPresent(previous -> {
			store.delete(previous.getStorageKey());
			photos.delete(previous);
			photos.flush();
		});
		return photos.save(new LeopardPhoto(leopardId, flank, stored));
	}

	private Leopard check(LeopardDetails details, @Nullable Leopard leopard) {
		List<Rejection> problems = new ArrayList<>();
		leopards.findByCode(details.code().strip())
			.filter(other -> leopard == null || !other.getId().equals(leopard.getId()))
			.ifPresent(other -> problems.add(new Rejection("code", "admin.leopard.codeTaken", other.getName())));
		Leopard mother = null;
		if (details.motherId() != null) {
			mother = leopards.findById(details.motherId()).orElse(null);
			if (mother == null) {
				problems.add(new Rejection("motherId", "admin.leopard.unknownMother"));
			}
			else if (mother.getSex() != Sex.FEMALE) {
				problems.add(new Rejection("motherId", "admin.leopard.motherNotFemale", mother.getName()));
			}
			else if (leopard != null && isAncestorOrSelf(leopard, mother)) {
				problems.add(new Rejection("motherId", "admin.leopard.ownAncestor", mother.getName()));
			}
		}
		if (leopard != null && details.sex() != Sex.FEMALE && !leopards.findCubsOf(leopard.getId()).isEmpty()) {
			problems.add(new Rejection("sex", "admin.leopard.motherOfCubs"));
		}
		if (!problems.isEmpty()) {
			throw new RejectedValuesException(problems);
		}
		return mother;
	}

	/**
	 * Whether {@code leopard} appears in the line from {@code mother} upwards, which
	 * would make a loop.
	 */
	private static boolean isAncestorOrSelf(Leopard leopard, Leopard mother) {
		Set<Long> seen = new HashSet<>();
		for (Leopard l = mother; l != null && seen.add(l.getId()); l = l.getMother()) {
			if (l.getId().equals(leopard.getId())) {
				return true;
			}
		}
		return false;
	}

	private static void requireAlive(Leopard leopard, String field) {
		if (leopard.getStatus() == LeopardStatus.DECEASED) {
			throw new RejectedValuesException(field, "admin.leopard.deceasedIsFinal");
		}
	}

	private Leopard leopard(long id) {
		return leopards.findById(id).orElseThrow(() -> new NoSuchElementException("No leopard " + id));
	}

}
