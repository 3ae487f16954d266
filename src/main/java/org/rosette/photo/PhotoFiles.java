package org.rosette.photo;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.UUID;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;

/**
 * The photo folders under the data directory: the embedded default, for one machine.
 * Files are named by key alone, and a key is accepted only in the canonical UUID form, so
 * nothing a user sends can name a path.
 */
final class PhotoFiles implements PhotoStorage {

	private static final Log logger = LogFactory.getLog(PhotoFiles.class);

	private final Path root;

	PhotoFiles(Path root) {
		this.root = root.toAbsolutePath().normalize();
	}

	@Override
	public void keep(String key, byte[] original, byte[] display, byte[] thumbnail) throws IOException {
		try {
			write(key, Variant.ORIGINAL, original);
			write(key, Variant.DISPLAY, display);
			write(key, Variant.THUMBNAIL, thumbnail);
		}
		catch (IOException | RuntimeException ex) {
			delete(key);
			throw ex;
		}
		AfterTransaction.onRollback(() -> delete(key));
	}

	@Override
	public Optional<Resource> open(String key, Variant variant) {
		return existing(key, variant).map(FileSystemResource::new);
	}

	@Override
	public void remove(String key) {
		AfterTransaction.onCommit(() -> delete(key));
	}

	static boolean isKey(String key) {
		try {
			return UUID.fromString(key).toString().equals(key);
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	/**
	 * Writes whole or not at all: the bytes go to a temporary file that is then moved
	 * into place.
	 */
	private void write(String key, Variant variant, byte[] content) throws IOException {
		Path folder = folder(variant);
		Path partial = Files.createTempFile(folder, ".partial-", ".tmp");
		try {
			Files.write(partial, content);
			move(partial, path(key, variant));
		}
		finally {
			Files.deleteIfExists(partial);
		}
	}

	private Optional<Path> existing(String key, Variant variant) {
		if (!isKey(key)) {
			return Optional.empty();
		}
		Path path = path(key, variant);
		return Files.isRegularFile(path) ? Optional.of(path) : Optional.empty();
	}

	private void delete(String key) {
		if (!isKey(key)) {
			return;
		}
		for (Variant variant : Variant.values()) {
			try {
				Files.deleteIfExists(path(key, variant));
			}
			catch (IOException ex) {
				logger.warn("Could not delete " + variant + " of photo " + key, ex);
			}
		}
	}

	private Path path(String key, Variant variant) {
		return root.resolve(folderName(variant)).resolve(key + (variant == Variant.ORIGINAL ? "" : ".jpg"));
	}

	private static String folderName(Variant variant) {
		return variant.name().toLowerCase(java.util.Locale.ROOT);
	}

	private Path folder(Variant variant) throws IOException {
		Path folder = root.resolve(folderName(variant));
		if (!Files.isDirectory(folder)) {
			Files.createDirectories(folder);
			if (variant == Variant.ORIGINAL) {
				ownerOnly(folder);
			}
		}
		return folder;
	}

	// Originals carry the camera's GPS position of a leopard: other accounts on the
	// server have no business there.
	private static void ownerOnly(Path folder) {
		try {
			Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
		}
		catch (UnsupportedOperationException | IOException ex) {
			logger.debug("Cannot restrict " + folder + " to its owner", ex);
		}
	}

	private static void move(Path from, Path to) throws IOException {
		try {
			Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (AtomicMoveNotSupportedException ex) {
			Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
		}
	}

}
