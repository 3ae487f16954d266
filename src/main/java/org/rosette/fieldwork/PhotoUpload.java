package org.rosette.fieldwork;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.springframework.core.io.InputStreamSource;

/**
 * A photo handed in with a report, not yet kept. The content is read when the report is
 * saved, so a large upload stays in the servlet container's temporary file until then.
 */
public record PhotoUpload(String originalName, InputStreamSource content) {

	public InputStream open() {
		try {
			return content.getInputStream();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read photo " + originalName, ex);
		}
	}

}
