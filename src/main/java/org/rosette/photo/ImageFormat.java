package org.rosette.photo;

import java.util.Arrays;
import java.util.Optional;

/**
 * The image kinds accepted, told apart by their first bytes only: names and declared
 * types are the sender's word.
 */
enum ImageFormat {

	JPEG("image/jpeg", "jpeg", new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF }),
	PNG("image/png", "png", new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' });

	private final String contentType;

	private final String readerName;

	private final byte[] signature;

	ImageFormat(String contentType, String readerName, byte[] signature) {
		this.contentType = contentType;
		this.readerName = readerName;
		this.signature = signature;
	}

	static Optional<ImageFormat> of(byte[] content) {
		return Arrays.stream(values()).filter((format) -> format.starts(content)).findFirst();
	}

	private boolean starts(byte[] content) {
		return content.length >= signature.length
				&& Arrays.equals(content, 0, signature.length, signature, 0, signature.length);
	}

	String contentType() {
		return contentType;
	}

	String readerName() {
		return readerName;
	}

}
