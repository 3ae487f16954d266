package org.rosette.sighting.web;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.rosette.fieldwork.FieldReportForm;
import org.rosette.fieldwork.FormValues;
import org.rosette.fieldwork.TakenFromPhotos;
import org.rosette.sighting.Evidence;
import org.rosette.sighting.Sighting;
import org.rosette.sighting.SightingReport;
import org.springframework.validation.Errors;
import org.springframework.web.multipart.MultipartFile;

/**
 * The sighting form as typed: text, so a mistyped value comes back to the ranger
 * unchanged. Field names are those of {@link SightingReport}, so the report's rules land
 * beside the right field.
 */
record SightingForm(@Nullable String observedAt, @Nullable String latitude, @Nullable String longitude,
		@Nullable String evidence, @Nullable String leopardId, @Nullable String adults, @Nullable String cubs,
		@Nullable String notes, @Nullable Boolean outsideParkConfirmed,
		@Nullable List<MultipartFile> photos) implements FieldReportForm<SightingForm, SightingReport> {

	static SightingForm startingAt(Instant now, ZoneId zone) {
		return new SightingForm(FormValues.localTime(now, zone), null, null, null, null, null, null, null, null, null);
	}

	static SightingForm of(Sighting sighting, ZoneId zone) {
		return new SightingForm(FormValues.localTime(sighting.getObservedAt(), zone),
				String.valueOf(sighting.getLatitude()), String.valueOf(sighting.getLongitude()),
				sighting.getEvidence().name(),
				sighting.getLeopard() == null ? null : sighting.getLeopard().getId().toString(),
				text(sighting.getAdults()), text(sighting.getCubs()), sighting.getNotes(), null, null);
	}

	@Override
	public SightingReport toReport(ZoneId zone, Errors errors) {
		return new SightingReport(FormValues.instant(observedAt, zone, "observedAt", errors),
				FormValues.decimal(latitude, "latitude", errors), FormValues.decimal(longitude, "longitude", errors),
				FormValues.choice(Evidence.class, evidence, "evidence", errors),
				FormValues.id(leopardId, "leopardId", errors), FormValues.integer(adults, "adults", errors),
				FormValues.integer(cubs, "cubs", errors), notes);
	}

	@Override
	public boolean timeMissing() {
		return FormValues.blank(observedAt);
	}

	@Override
	public boolean placeMissing() {
		return FormValues.blank(latitude) && FormValues.blank(longitude);
	}

	@Override
	public SightingForm with(TakenFromPhotos taken) {
		return new SightingForm(taken.time() != null ? taken.time() : observedAt,
				taken.latitude() != null ? taken.latitude() : latitude,
				taken.longitude() != null ? taken.longitude() : longitude, evidence, leopardId, adults, cubs, notes,
				outsideParkConfirmed, photos);
	}

	@Override
	public boolean confirmedOutsidePark() {
		return Boolean.TRUE.equals(outsideParkConfirmed);
	}

	private static @Nullable String text(@Nullable Integer number) {
		return number == null ? null : number.toString();
	}

}
