package org.rosette.system;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.zip.GZIPOutputStream;

import org.jspecify.annotations.Nullable;

/**
 * A page as rendered for every anonymous visitor of one address in one language, with the
 * weak ETag of its bytes (weak: the same page is sent plain or compressed), and when its
 * rendering began (what it shows is at least that recent). The compressed copy is made
 * once, when the page is kept, instead of at every request.
 */
record RenderedPage(byte[] body, byte[] gzipped, String contentType, @Nullable String contentLanguage, String etag,
		Instant renderedAt) {

	static RenderedPage of(byte[] body, String contentType, @Nullable String contentLanguage, String etag,
			Instant renderedAt) {
		return new RenderedPage(body, gzip(body), contentType, contentLanguage, etag, renderedAt);
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
