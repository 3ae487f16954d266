package org.rosette.system;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Files kept in the database, so that every instance of the application reads what any
 * one of them wrote, and a backup of the database holds them too. A file is stored as
 * parts of {@value #PART_BYTES} bytes and read back one part at a time: neither side
 * holds a whole large file in memory. Writes join the caller's transaction when there is
 * one, so a file and the rows that name it commit or roll back together.
 */
@Service
public class DatabaseBlobs {

	static final int PART_BYTES = 256 * 1024;

	private static final String INSERT = "INSERT INTO blob_parts (blob_id, part, bytes) VALUES (?, ?, ?)";

	private final JdbcTemplate jdbc;

	DatabaseBlobs(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Keeps {@code content} under {@code id}, replacing nothing: the id must be new. */
	public long write(String id, byte[] content) {
		long written = 0;
		int part = 0;
		do {
			int length = Math.min(PART_BYTES, content.length - (int) written);
			byte[] bytes = new byte[length];
			System.arraycopy(content, (int) written, bytes, 0, length);
			jdbc.update(INSERT, id, part++, bytes);
			written += length;
		}
		while (written < content.length);
		return written;
	}

	/**
	 * Keeps what {@code content} holds under {@code id}, reading it part by part; the
	 * caller closes the stream.
	 */
	public long write(String id, InputStream content) throws IOException {
		long written = 0;
		int part = 0;
		byte[] bytes;
		do {
			bytes = content.readNBytes(PART_BYTES);
			if (bytes.length > 0 || part == 0) {
				jdbc.update(INSERT, id, part++, bytes);
				written += bytes.length;
			}
		}
		while (bytes.length == PART_BYTES);
		return written;
	}

	public boolean exists(String id) {
		return !jdbc.queryForList("SELECT part FROM blob_parts WHERE blob_id = ? AND part = 0", Integer.class, id)
			.isEmpty();
	}

	/** The size in bytes, or empty if there is no such file. */
	public Optional<Long> size(String id) {
		Long size = jdbc.queryForObject("SELECT SUM(OCTET_LENGTH(bytes)) FROM blob_parts WHERE blob_id = ?", Long.class,
				id);
		return Optional.ofNullable(size);
	}

	/**
	 * The file as a stream that fetches one part at a time, each in its own short query,
	 * so no connection is held while the reader is slow. Empty if there is no such file.
	 */
	public Optional<InputStream> read(String id) {
		return exists(id) ? Optional.of(new PartsInputStream(id)) : Optional.empty();
	}

	public void delete(String id) {
		jdbc.update("DELETE FROM blob_parts WHERE blob_id = ?", id);
	}

	private final class PartsInputStream extends InputStream {

		private final String id;

		private int nextPart;

		private byte[] current = new byte[0];

		private int position;

		private boolean ended;

		PartsInputStream(String id) {
			this.id = id;
		}

		@Override
		public int read() throws IOException {
			if (!fill()) {
				return -1;
			}
			return current[position++] & 0xFF;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			if (length == 0) {
				return 0;
			}
			if (!fill()) {
				return -1;
			}
			int count = Math.min(length, current.length - position);
			System.arraycopy(current, position, buffer, offset, count);
			position += count;
			return count;
		}

		@Override
		public int available() {
			return current.length - position;
		}

		private boolean fill() {
			while (position >= current.length) {
				if (ended) {
					return false;
				}
				List<byte[]> parts = jdbc.query("SELECT bytes FROM blob_parts WHERE blob_id = ? AND part = ?",
						(rs, row) -> rs.getBytes(1), id, nextPart++);
				if (parts.isEmpty()) {
					ended = true;
					return false;
				}
				current = parts.get(0);
				position = 0;
			}
			return true;
		}

	}

}
