package org.rosette.photo;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Optional;

import org.rosette.system.DatabaseBlobs;

import org.springframework.core.io.AbstractResource;
import org.springframework.core.io.Resource;

/**
 * Photos in the database ({@code rosette.photos.store=database}): every instance behind a
 * balancer serves what any of them received, and one backup holds rows and photos
 * together. The files are written and removed in the caller's transaction, so they commit
 * or roll back with the sighting that names them. Served as a stream, part by part.
 */
final class DatabasePhotos implements PhotoStorage {

	private final DatabaseBlobs blobs;

	DatabasePhotos(DatabaseBlobs blobs) {
		this.blobs = blobs;
	}

	@Override
	public void keep(String key, byte[] original, byte[] display, byte[] thumbnail) {
		blobs.write(id(key, Variant.ORIGINAL), original);
		blobs.write(id(key, Variant.DISPLAY), display);
		blobs.write(id(key, Variant.THUMBNAIL), thumbnail);
	}

	@Override
	public Optional<Resource> open(String key, Variant variant) {
		if (!PhotoFiles.isKey(key)) {
			return Optional.empty();
		}
		String id = id(key, variant);
		return blobs.size(id).map(size -> new BlobResource(id, size, key));
	}

	@Override
	public void remove(String key) {
		if (PhotoFiles.isKey(key)) {
			for (Variant variant : Variant.values()) {
				blobs.delete(id(key, variant));
			}
		}
	}

	private static String id(String key, Variant variant) {
		return "photo/" + key + "/" + variant.name().toLowerCase(Locale.ROOT);
	}

	private final class BlobResource extends AbstractResource {

		private final String id;

		private final long size;

		private final String key;

		BlobResource(String id, long size, String key) {
			this.id = id;
			this.size = size;
			this.key = key;
		}

		@Override
		public InputStream getInputStream() throws IOException {
			return blobs.read(id).orElseThrow(() -> new IOException("Photo " + key + " is gone"));
		}

		@Override
		public long contentLength() {
			return size;
		}

		@Override
		public String getFilename() {
			return key + ".jpg";
		}

		@Override
		public String getDescription() {
			return "photo " + id + " in the database";
		}

	}

}
