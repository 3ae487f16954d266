package org.rosette.fieldwork;

import java.time.ZoneId;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.validation.Errors;
import org.springframework.web.multipart.MultipartFile;

/**
 * A field report's form as typed: read leniently into its report, refilled from its
 * photos where time or place were left empty.
 *
 * @param <F> the form itself
 * @param <R> the report it makes
 */
public interface FieldReportForm<F extends FieldReportForm<F, R>, R extends FieldReport> {

	@Nullable List<MultipartFile> photos();

	boolean timeMissing();

	boolean placeMissing();

	F with(TakenFromPhotos taken);

	R toReport(ZoneId zone, Errors errors);

	boolean confirmedOutsidePark();

}
