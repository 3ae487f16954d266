package org.rosette.population.web;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import jakarta.servlet.http.HttpServletResponse;

import org.rosette.population.SecrSurvey;
import org.rosette.population.SurveyWindow;

/**
 * A survey as the two text files {@code secr::read.capthist} reads (captures in the
 * {@code trapID} format and the detector layout), zipped together. Header lines start
 * with {@code #}, secr's comment mark.
 */
final class SecrFiles {

	static final String CAPTURES = "captures.txt";

	static final String TRAPS = "traps.txt";

	private SecrFiles() {
	}

	static void download(SecrSurvey survey, HttpServletResponse response) throws IOException {
		response.setContentType("application/zip");
		response.setHeader("Content-Disposition", "attachment; filename=\"secr-" + survey.session() + ".zip\"");
		response.setHeader("Cache-Control", "no-store");
		write(survey, response.getOutputStream());
	}

	static void write(SecrSurvey survey, OutputStream out) throws IOException {
		ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
		Writer text = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
		zip.putNextEntry(new ZipEntry(CAPTURES));
		captures(survey, text);
		text.flush();
		zip.closeEntry();
		zip.putNextEntry(new ZipEntry(TRAPS));
		traps(survey, text);
		text.flush();
		zip.closeEntry();
		zip.finish();
		zip.flush();
	}

	static void captures(SecrSurvey survey, Writer out) throws IOException {
		SurveyWindow window = survey.window();
		out.write("# Rosette survey " + window.from() + " to " + window.lastCoveredDay() + ": " + window.occasions()
				+ " occasions of " + window.occasionDays() + " days (noccasions = " + window.occasions() + ")\n");
		out.write("# Session ID Occasion Detector\n");
		for (SecrSurvey.Capture capture : survey.captures()) {
			out.write(survey.session() + " " + capture.individual() + " " + capture.occasion() + " "
					+ capture.detector() + "\n");
		}
	}

	static void traps(SecrSurvey survey, Writer out) throws IOException {
		out.write("# Camera positions in metres, UTM zone 52N (EPSG:32652, WGS84)\n");
		out.write("# Detector X Y\n");
		for (SecrSurvey.Detector detector : survey.detectors()) {
			out.write(String.format(Locale.ROOT, "%s %.1f %.1f\n", detector.name(), detector.x(), detector.y()));
		}
	}

}
