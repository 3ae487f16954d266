package org.rosette.system;

import org.jspecify.annotations.Nullable;

/**
 * A page as rendered for every anonymous visitor of one address in one language, with the
 * weak ETag of its bytes (weak, so that the server may still compress it).
 */
record RenderedPage(byte[] body, String contentType, @Nullable String contentLanguage, String etag) {

	/** What the page costs the heap, roughly: its bytes and its key. */
	int weight() {
		return body.length + 256;
	}

}
