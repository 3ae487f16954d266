package org.rosette.opendata.web;

import jakarta.servlet.http.HttpServletRequest;

import org.rosette.account.Staff;
import org.rosette.audit.SecurityEventKind;
import org.rosette.audit.SecurityLog;
import org.rosette.opendata.OpenDataExports;
import org.rosette.opendata.OpenDataExports.Format;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The open-data downloads. Anyone gets the public view. {@code ?exact=true} gives rangers
 * and admins exact places and times; for everyone else it is ignored, so the public
 * answer is the same whatever the address says.
 */
@RestController
class ExportController {

	private final OpenDataExports exports;

	private final SecurityLog log;

	ExportController(OpenDataExports exports, SecurityLog log) {
		this.exports = exports;
		this.log = log;
	}

	@GetMapping("/export/sightings.csv")
	ResponseEntity<StreamingResponseBody> csv(@RequestParam(defaultValue = "false") boolean exact,
			Authentication caller, HttpServletRequest request) {
		return download(Format.CSV, exact && Staff.isStaff(caller), caller, request);
	}

	@GetMapping("/export/sightings.geojson")
	ResponseEntity<StreamingResponseBody> geoJson(@RequestParam(defaultValue = "false") boolean exact,
			Authentication caller, HttpServletRequest request) {
		return download(Format.GEOJSON, exact && Staff.isStaff(caller), caller, request);
	}

	@GetMapping("/export/dwca.zip")
	ResponseEntity<StreamingResponseBody> darwinCore(@RequestParam(defaultValue = "false") boolean exact,
			Authentication caller, HttpServletRequest request) {
		return download(Format.DWCA, exact && Staff.isStaff(caller), caller, request);
	}

	private ResponseEntity<StreamingResponseBody> download(Format format, boolean exact, Authentication caller,
			HttpServletRequest request) {
		if (exact) {
			// Who took the exact places, and when: the revision signs it with the caller.
			log.record(SecurityEventKind.EXACT_EXPORT, caller.getName(), request.getRemoteAddr(),
					format.fileName(true));
		}
		ContentDisposition disposition = ContentDisposition.attachment().filename(format.fileName(exact)).build();
		// Exact data must never sit in a shared cache where the next, anonymous, visitor
		// could be served it.
		CacheControl cache = exact ? CacheControl.noStore().cachePrivate() : CacheControl.noCache();
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(format.mediaType()))
			.header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
			.cacheControl(cache)
			.body(out -> exports.write(format, out, exact));
	}

}
