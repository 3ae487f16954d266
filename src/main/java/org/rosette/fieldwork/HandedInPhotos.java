package org.rosette.fieldwork;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.rosette.photo.GpsPosition;
import org.rosette.photo.PhotoMetadata;
import org.rosette.photo.PhotoRejectedException;
import org.rosette.photo.PhotoStore;
import org.rosette.photo.StoredPhoto;
import org.rosette.system.ParkArea;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;
import org.springframework.web.multipart.MultipartFile;

/**
 * Checks the photos of a form before anything is saved, so a refused photo is reported
 * beside the field together with every other mistake, and reads what their cameras
 * recorded.
 */
@Component
public class HandedInPhotos {

	public static final String FIELD = "photos";

	private final PhotoStore store;

	private final ParkArea park;

	HandedInPhotos(PhotoStore store, ParkArea park) {
		this.store = store;
		this.park = park;
	}

	public int maxPerSubmission() {
		return store.maxPerSubmission();
	}

	public Checked check(@Nullable List<MultipartFile> parts, Errors errors) {
		// A file input left empty still sends one part, without a name.
		List<MultipartFile> chosen = parts == null ? List.of()
				: parts.stream().filter(part -> !FormValues.blank(part.getOriginalFilename())).toList();
		try {
			store.checkCount(chosen.size());
		}
		catch (PhotoRejectedException ex) {
			reject(errors, ex);
			return new Checked(List.of(), Optional.empty(), Optional.empty());
		}
		List<PhotoUpload> uploads = new ArrayList<>();
		Clue<Instant> time = null;
		Clue<GpsPosition> place = null;
		for (MultipartFile part : chosen) {
			String name = part.getOriginalFilename();
			try (InputStream content = part.getInputStream()) {
				PhotoMetadata metadata = store.inspect(name, content, park.zone());
				uploads.add(new PhotoUpload(name, part));
				if (time == null && metadata.captured().isPresent()) {
					time = new Clue<>(metadata.captured().get().instant(), name);
				}
				if (place == null && metadata.position().isPresent()) {
					place = new Clue<>(metadata.position().get(), name);
				}
			}
			catch (PhotoRejectedException ex) {
				reject(errors, ex);
			}
			catch (IOException ex) {
				errors.rejectValue(FIELD, "photo.rejected.UNREADABLE", new Object[] { name, "" }, ex.getMessage());
			}
		}
		return new Checked(uploads, Optional.ofNullable(time), Optional.ofNullable(place));
	}

	/**
	 * Keeps the photos of a report being saved, beside the {@code alreadyKept} it has. A
	 * refused photo throws, so the report's transaction saves nothing, and the store
	 * removes the files it already wrote.
	 */
	public List<StoredPhoto> keep(List<PhotoUpload> uploads, long alreadyKept) {
		store.checkCount(Math.toIntExact(alreadyKept + uploads.size()));
		return uploads.stream().map(upload -> store.store(upload.originalName(), upload.open(), park.zone())).toList();
	}

	public static void reject(Errors errors, PhotoRejectedException ex) {
		errors.rejectValue(FIELD, ex.messageKey(), ex.messageArguments(), ex.getMessage());
	}

	/**
	 * The photos that passed, and the first capture time and position any of them
	 * carried.
	 */
	public record Checked(List<PhotoUpload> uploads, Optional<Clue<Instant>> time, Optional<Clue<GpsPosition>> place) {
	}

	/** Something a photo's camera recorded, and which photo it was. */
	public record Clue<T>(T value, String photoName) {
	}

}
