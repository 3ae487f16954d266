package org.rosette.sighting;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Streams the archive's rows into PostgreSQL with {@code COPY ... (FORMAT binary)}:
 * numbers and times go over as the server stores them, so neither side formats or parses
 * text. The rows are drawn and encoded on a thread of their own while the server takes in
 * the previous chunk. Into a table emptied in the same transaction the rows go in frozen,
 * so the index builds that read them next have no visibility hints to set and write.
 */
final class ArchiveCopy {

	private static final int CHUNK = 1 << 20;

	private static final byte[] SIGNATURE = "PGCOPY\n\377\r\n\0".getBytes(StandardCharsets.ISO_8859_1);

	/**
	 * PostgreSQL's epoch for binary times: 2000-01-01T00:00:00Z, in seconds after 1970.
	 */
	private static final long PG_EPOCH_SECONDS = 946_684_800L;

	private static final byte[][] EVIDENCE = bytes(ArchiveRows.EVIDENCE);

	private static final byte[] VERIFIED = "VERIFIED".getBytes(StandardCharsets.US_ASCII);

	private static final byte[] PENDING = "PENDING".getBytes(StandardCharsets.US_ASCII);

	private static final byte[] REJECTED = "REJECTED".getBytes(StandardCharsets.US_ASCII);

	private static final ByteBuffer END = ByteBuffer.allocate(0);

	/** Nanoseconds spent encoding rows (on the encoding thread). */
	final AtomicLong encodeNanos = new AtomicLong();

	/**
	 * Copies the rows, encoded in the order of {@code columns} (the id, then those of
	 * {@code ArchiveLoader.COLUMNS}), with ids counted up from {@code firstId};
	 * {@code freeze} only for a table emptied in this transaction.
	 */
	void copy(Connection db, String columns, Iterable<ArchiveRows.Row> rows, long staff, long firstId, boolean freeze)
			throws SQLException {
		BlockingQueue<ByteBuffer> chunks = new ArrayBlockingQueue<>(4);
		AtomicReference<Throwable> failure = new AtomicReference<>();
		Thread encoder = new Thread(() -> {
			try {
				encode(rows, staff, firstId, chunks);
			}
			catch (Throwable ex) {
				failure.set(ex);
				chunks.clear();
				chunks.offer(END);
			}
		}, "archive-rows");
		encoder.setDaemon(true);
		encoder.start();
		CopyIn copy = db.unwrap(PGConnection.class)
			.getCopyAPI()
			.copyIn("COPY sightings (" + columns + ") FROM STDIN WITH (FORMAT binary" + (freeze ? ", FREEZE" : "")
					+ ")");
		try {
			while (true) {
				ByteBuffer chunk = chunks.take();
				if (chunk == END) {
					break;
				}
				copy.writeToCopy(chunk.array(), 0, chunk.position());
			}
			if (failure.get() != null) {
				copy.cancelCopy();
				throw new IllegalStateException("Could not draw the rows", failure.get());
			}
			copy.endCopy();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			copy.cancelCopy();
			throw new IllegalStateException(ex);
		}
	}

	private void encode(Iterable<ArchiveRows.Row> rows, long staff, long firstId, BlockingQueue<ByteBuffer> chunks)
			throws InterruptedException {
		long id = firstId;
		long busy = 0;
		long started = System.nanoTime();
		ByteBuffer chunk = ByteBuffer.allocate(CHUNK);
		chunk.put(SIGNATURE).putInt(0).putInt(0);
		for (ArchiveRows.Row row : rows) {
			if (chunk.remaining() < 512) {
				busy += System.nanoTime() - started;
				chunks.put(chunk);
				started = System.nanoTime();
				chunk = ByteBuffer.allocate(CHUNK);
			}
			encode(chunk, id++, row, staff);
		}
		chunk.putShort((short) -1);
		busy += System.nanoTime() - started;
		encodeNanos.set(busy);
		chunks.put(chunk);
		chunks.put(END);
	}

	/**
	 * One row: its id, then the columns in the order of {@code ArchiveLoader.COLUMNS}.
	 */
	private static void encode(ByteBuffer out, long id, ArchiveRows.Row row, long staff) {
		out.putShort((short) 18);
		int8(out, id);
		time(out, row.observedAt());
		float8(out, row.latitude());
		float8(out, row.longitude());
		text(out, EVIDENCE[evidenceIndex(row.evidence())]);
		if (row.leopardId() == null) {
			out.putInt(-1);
		}
		else {
			int8(out, row.leopardId());
		}
		int4(out, 1);
		int4(out, 0);
		text(out, switch (row.status()) {
			case "VERIFIED" -> VERIFIED;
			case "PENDING" -> PENDING;
			default -> REJECTED;
		});
		int8(out, staff);
		if (row.reviewed()) {
			int8(out, staff);
			time(out, row.reviewedAt());
		}
		else {
			out.putInt(-1).putInt(-1);
		}
		time(out, row.observedAt());
		time(out, row.observedAt());
		int8(out, 0);
		float8(out, row.cell().latitude());
		float8(out, row.cell().longitude());
		int4(out, row.month());
	}

	private static int evidenceIndex(String evidence) {
		for (int i = 0; i < ArchiveRows.EVIDENCE.length; i++) {
			if (ArchiveRows.EVIDENCE[i] == evidence) {
				return i;
			}
		}
		throw new IllegalArgumentException(evidence);
	}

	private static void time(ByteBuffer out, Instant instant) {
		long micros = (instant.getEpochSecond() - PG_EPOCH_SECONDS) * 1_000_000L + (instant.getNano() + 500) / 1_000;
		out.putInt(8).putLong(micros);
	}

	private static void float8(ByteBuffer out, double value) {
		out.putInt(8).putDouble(value);
	}

	private static void int8(ByteBuffer out, long value) {
		out.putInt(8).putLong(value);
	}

	private static void int4(ByteBuffer out, int value) {
		out.putInt(4).putInt(value);
	}

	private static void text(ByteBuffer out, byte[] value) {
		out.putInt(value.length).put(value);
	}

	private static byte[][] bytes(String[] values) {
		byte[][] bytes = new byte[values.length][];
		for (int i = 0; i < values.length; i++) {
			bytes[i] = values[i].getBytes(StandardCharsets.US_ASCII);
		}
		return bytes;
	}

}
