package org.rosette.sighting;

import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads the archive in chunks, each in its own short read-only transaction, and hands the
 * rows over between transactions: an export to a slow client holds no database connection
 * while it waits for the client, and no more than one chunk in memory.
 */
@Component
class VerifiedSightingsReader {

	static final int CHUNK = 2000;

	private static final At BEFORE_ANY = new At(Instant.parse("1800-01-01T00:00:00Z"), Long.MIN_VALUE);

	private final SightingRepository sightings;

	private final TransactionTemplate readOnly;

	VerifiedSightingsReader(SightingRepository sightings, PlatformTransactionManager transactions) {
		this.sightings = sightings;
		this.readOnly = new TransactionTemplate(transactions);
		this.readOnly.setReadOnly(true);
	}

	/**
	 * Every verified sighting observed before {@code before}, oldest first, turned into
	 * what the caller needs while its transaction is open, then handed to {@code action}
	 * outside it.
	 */
	<T> void forEach(Instant before, Function<Sighting, T> convert, Consumer<T> action) {
		forEachChunk(BEFORE_ANY,
				(after) -> sightings.findChunk(ReviewStatus.VERIFIED, before, after.at(), after.id(), Limit.of(CHUNK)),
				(sighting) -> new At(sighting.getObservedAt(), sighting.getId()), (sighting) -> true, convert, action);
	}

	/**
	 * The rows {@code shown} of the whole archive, as placed on the public grid, no
	 * entity loaded, in the order they were recorded (by id): the order the table keeps,
	 * which says nothing the ids themselves do not, whereas an order by time would tell
	 * the sequence of sightings within a month that the public is not shown.
	 */
	<T> void forEachPublic(Predicate<PublicRow> shown, Function<PublicRow, T> convert, Consumer<T> action) {
		forEachChunk(Long.MIN_VALUE, (after) -> sightings.findRowsAfter(after, Limit.of(CHUNK)), PublicRow::id, shown,
				convert, action);
	}

	private <K, R, T> void forEachChunk(K first, Function<K, List<R>> next, Function<R, K> keyOf, Predicate<R> shown,
			Function<R, T> convert, Consumer<T> action) {
		K after = first;
		while (true) {
			K from = after;
			Chunk<K, T> chunk = readOnly.execute((status) -> {
				List<R> found = next.apply(from);
				return found.isEmpty() ? Chunk.<K, T>none() : new Chunk<>(
						found.stream().filter(shown).map(convert).toList(), keyOf.apply(found.get(found.size() - 1)));
			});
			if (chunk == null || chunk.last() == null) {
				return;
			}
			chunk.items().forEach(action);
			after = chunk.last();
		}
	}

	private record At(Instant at, long id) {
	}

	/** A chunk's rows, and the key to read the next chunk after; none past the end. */
	private record Chunk<K, T>(List<T> items, @Nullable K last) {

		static <K, T> Chunk<K, T> none() {
			return new Chunk<>(List.of(), null);
		}

	}

}
