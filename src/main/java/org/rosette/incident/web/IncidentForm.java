package org.rosette.incident.web;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.rosette.fieldwork.FieldReportForm;
import org.rosette.fieldwork.FormValues;
import org.rosette.fieldwork.TakenFromPhotos;
import org.rosette.incident.IncidentReport;
import org.rosette.incident.IncidentType;
import org.springframework.validation.Errors;
import org.springframework.web.multipart.MultipartFile;

/** The incident form as typed; field names are those of {@link IncidentReport}. */
record IncidentForm(@Nullable String occurredAt, @Nullable String latitude, @Nullable String longitude,
		@Nullable String type, @Nullable String leopardId, @Nullable String description,
		@Nullable Boolean outsideParkConfirmed,
		@Nullable List<MultipartFile> photos) implements FieldReportForm<IncidentForm, IncidentReport> {

	static IncidentForm startingAt(Instant now, ZoneId zone) {
		return new IncidentForm(FormValues.localTime(now, zone), null, null, null, null, null, null, null);
	}

	@Override
	public IncidentReport toReport(ZoneId zone, Errors errors) {
		return new IncidentReport(FormValues.instant(occurredAt, zone, "occurredAt", errors),
				FormValues.decimal(latitude, "latitude", errors), FormValues.decimal(longitude, "longitude", errors),
				FormValues.choice(IncidentType.class, type, "type", errors),
				FormValues.id(leopardId, "leopardId", errors), description);
	}

	@Override
	public boolean timeMissing() {
		return FormValues.blank(occurredAt);
	}

	@Override
	public boolean placeMissing() {
		return FormValues.blank(latitude) && FormValues.blank(longitude);
	}

	@Override
	public IncidentForm with(TakenFromPhotos taken) {
		return new IncidentForm(taken.time() != null ? taken.time() : occurredAt,
				taken.latitude() != null ? taken.latitude() : latitude,
				taken.longitude() != null ? taken.longitude() : longitude, type, leopardId, description,
				outsideParkConfirmed, photos);
	}

	@Override
	public boolean confirmedOutsidePark() {
		return Boolean.TRUE.equals(outsideParkConfirmed);
	}

}
