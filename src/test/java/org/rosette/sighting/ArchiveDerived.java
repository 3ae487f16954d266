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
import java.util.List;

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
		List<Long> ids = new ArrayList<>();
		try (Statement statement = db.createStatement();
				ResultSet found = statement.executeQuery("SELECT id FROM leopards")) {
			while (found.next()) {
				ids.add(found.getLong(1));
			}
		}
		try (PreparedStatement latest = db.prepareStatement(PublicLastSeen.LATEST_PUBLIC);
				PreparedStatement update = db.prepareStatement("UPDATE leopards SET last_seen_on = ? WHERE id = ?")) {
			Timestamp before = Timestamp.from(privacy.publicBefore());
			for (long id : ids) {
				latest.setLong(1, id);
				latest.setTimestamp(2, before);
				Instant seen = null;
				try (ResultSet found = latest.executeQuery()) {
					if (found.next() && found.getTimestamp(1) != null) {
						seen = found.getTimestamp(1).toInstant();
					}
				}
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
