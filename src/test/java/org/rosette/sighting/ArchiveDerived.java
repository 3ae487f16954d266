package org.rosette.sighting;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the application derives from the sightings, rebuilt after a bulk load in a few
 * statements instead of row by row: the public tallies in one GROUP BY over the archive
 * (the application's own recount, with the whole archive as one slice), each leopard's
 * public last-seen month by the rule of {@link PublicLastSeen}, and the grid settings the
 * rows were placed with. Photos are not loaded, so the coat queue has nothing to read.
 */
final class ArchiveDerived {

	private ArchiveDerived() {
	}

	static void rebuild(Connection db, ArchiveRows archive) throws SQLException {
		tallies(db);
		lastSeenAndGrid(db, archive);
	}

	/** The public tallies, counted again from every sighting. */
	static void tallies(Connection db) throws SQLException {
		try (Statement statement = db.createStatement()) {
			statement.executeUpdate("DELETE FROM public_tallies");
			statement.executeUpdate(PublicTallyRecounts.COUNT_ALL);
		}
	}

	/**
	 * The leopards' public last-seen months, and the grid settings the rows were placed
	 * with.
	 */
	static void lastSeenAndGrid(Connection db, ArchiveRows archive) throws SQLException {
		try (Statement statement = db.createStatement()) {
			statement.executeUpdate("DELETE FROM public_grid");
			statement.executeUpdate("INSERT INTO public_grid (id, cell_degrees, zone) VALUES (1, 0.2, '"
					+ archive.park.zone().getId() + "')");
		}
		lastSeen(db, archive.privacy);
	}

	private static void lastSeen(Connection db, LocationPrivacy privacy) throws SQLException {
		Map<Long, Instant> latestOf = new LinkedHashMap<>();
		try (PreparedStatement latest = db.prepareStatement(PublicLastSeen.LATEST_PUBLIC_OF_EVERY_LEOPARD)) {
			latest.setTimestamp(1, Timestamp.from(privacy.publicBefore()));
			try (ResultSet found = latest.executeQuery()) {
				while (found.next()) {
					Timestamp at = found.getTimestamp(2);
					latestOf.put(found.getLong(1), at == null ? null : at.toInstant());
				}
			}
		}
		try (PreparedStatement update = db.prepareStatement("UPDATE leopards SET last_seen_on = ? WHERE id = ?")) {
			for (Map.Entry<Long, Instant> leopard : latestOf.entrySet()) {
				long id = leopard.getKey();
				Instant seen = leopard.getValue();
				// As Leopard.publiclySeenIn stores it: the first day of the park month.
				LocalDate day = seen == null ? null : privacy.month(seen).atDay(1);
				if (day == null) {
					update.setNull(1, Types.DATE);
				}
				else {
					update.setObject(1, day);
				}
				update.setLong(2, id);
				update.addBatch();
			}
			update.executeBatch();
		}
	}

}
