package org.rosette.photo;

import java.text.Normalizer;

import org.jspecify.annotations.Nullable;

/**
 * The name a photo was sent with, made safe to show: it is never used on the file system.
 */
final class OriginalName {

	static final int MAX_LENGTH = 255;

	private static final String UNNAMED = "photo";

	private OriginalName() {
	}

	static String clean(@Nullable String sent) {
		if (sent == null) {
			return UNNAMED;
		}
		String name = Normalizer.normalize(sent, Normalizer.Form.NFC);
		name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		// Format characters include the right-to-left override that makes "gpj.exe" look
		// like "exe.jpg".
		name = name.codePoints()
			.filter((c) -> !Character.isISOControl(c) && Character.getType(c) != Character.FORMAT)
			.collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
			.toString()
			.strip();
		if (name.isEmpty() || name.equals(".") || name.equals("..")) {
			return UNNAMED;
		}
		if (name.length() > MAX_LENGTH) {
			int end = Character.isHighSurrogate(name.charAt(MAX_LENGTH - 1)) ? MAX_LENGTH - 1 : MAX_LENGTH;
			name = name.substring(0, end);
		}
		return name;
	}

}
