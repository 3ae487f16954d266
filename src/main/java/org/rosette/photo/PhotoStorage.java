package org.rosette.photo;

import java.io.IOException;
import java.util.Optional;

import org.springframework.core.io.Resource;

/**
 * Where {@link PhotoStore} keeps the three files of a photo: a folder on this machine
 * (the embedded default) or the database ({@code rosette.photos.store=database}), which
 * every instance behind a balancer shares. Either way a photo is kept whole or not at
 * all, and kept only if the caller's transaction commits.
 */
interface PhotoStorage {

	enum Variant {

		ORIGINAL, DISPLAY, THUMBNAIL

	}

	/**
	 * Keeps the files, or none of them.
	 * @throws IOException if they cannot be written; nothing is left behind
	 */
	void keep(String key, byte[] original, byte[] display, byte[] thumbnail) throws IOException;

	/** Empty for anything but a known key. */
	Optional<Resource> open(String key, Variant variant);

	/** Removes the files; inside a transaction only once it commits. */
	void remove(String key);

}
