package org.rosette.system;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.zip.GZIPOutputStream;

import org.jspecify.annotations.Nullable;

/**
 * A page as rendered for every anonymous visitor of one address in one language, with the
 * weak ETag of its bytes (weak: the same page is sent plain or compressed). The
 * compressed copy is made once, when the page is kept, instead of at every request.
 */
record RenderedPage(byte[] body, byte[] gzipped, String contentType, @Nullable String contentLanguage, String etag) {

	static RenderedPage of(byte[] body, String contentType, @Nullable String contentLanguage, String etag) {
		return new RenderedPage(body, gzip(body), contentType, contentLanguage, etag);
	}

	/**
	 * What the page costs the heap, roughly: its bytes, plain and compressed, and its
	 * key.
	 */
	int weight() {
		return body.length + gzipped.length + 256;
	}

	private static byte[] gzip(byte[] body) {
		ByteArrayOutputStream compressed = new ByteArrayOutputStream(body.length / 4 + 64);
		try (GZIPOutputStream gzip = new GZIPOutputStream(compressed)) {
			gzip.write(body);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return compressed.toByteArray();
	}

}
