package org.rosette.fieldwork;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.rosette.fieldwork.HandedInPhotos.Checked;
import org.rosette.fieldwork.HandedInPhotos.Clue;
import org.rosette.photo.GpsPosition;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * What a form takes from its photos where the ranger left time or place empty, and the
 * sentences that tell the ranger so: a guessed value must never pass unnoticed.
 *
 * @param time the capture time as a {@code datetime-local} field shows it, or null when
 * not taken
 * @param latitude the photo's latitude as text, or null when the place was not taken
 * @param longitude likewise
 */
public record TakenFromPhotos(@Nullable String time, @Nullable String latitude, @Nullable String longitude,
		List<MessageSourceResolvable> notes) {

	public static TakenFromPhotos fill(Checked photos, boolean timeMissing, boolean placeMissing, ZoneId zone) {
		Optional<Clue<java.time.Instant>> time = timeMissing ? photos.time() : Optional.empty();
		Optional<Clue<GpsPosition>> place = placeMissing ? photos.place() : Optional.empty();
		List<MessageSourceResolvable> notes = new ArrayList<>();
		if (time.isPresent() && place.isPresent() && time.get().photoName().equals(place.get().photoName())) {
			notes.add(note("form.fromPhoto.timeAndPlace", time.get().photoName()));
		}
		else {
			time.ifPresent(clue -> notes.add(note("form.fromPhoto.time", clue.photoName())));
			place.ifPresent(clue -> notes.add(note("form.fromPhoto.place", clue.photoName())));
		}
		return new TakenFromPhotos(time.map(clue -> FormValues.localTime(clue.value(), zone)).orElse(null),
				place.map(clue -> degrees(clue.value().latitude())).orElse(null),
				place.map(clue -> degrees(clue.value().longitude())).orElse(null), List.copyOf(notes));
	}

	public boolean anything() {
		return !notes.isEmpty();
	}

	private static String degrees(double value) {
		// Six decimals are about 10 cm: more than any camera's GPS can tell.
		return java.math.BigDecimal.valueOf(value)
			.setScale(6, java.math.RoundingMode.HALF_UP)
			.stripTrailingZeros()
			.toPlainString();
	}

	private static MessageSourceResolvable note(String code, String photoName) {
		return new DefaultMessageSourceResolvable(new String[] { code }, new Object[] { photoName });
	}

}
