package org.rosette.sighting;

import java.time.Instant;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.ToLongFunction;

import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads verified sightings oldest first in chunks, each in its own short read-only
 * transaction, and hands them over between transactions: an export to a slow client holds
 * no database connection while it waits for the client, and no more than one chunk in
 * memory.
 */
@Component
class VerifiedSightingsReader {

	static final int CHUNK = 2000;

	private static final Instant BEFORE_ANY = Instant.parse("1800-01-01T00:00:00Z");

	private final SightingRepository sightings;

	private final TransactionTemplate readOnly;

	VerifiedSightingsReader(SightingRepository sightings, PlatformTransactionManager transactions) {
		this.sightings = sightings;
		this.readOnly = new TransactionTemplate(transactions);
		this.readOnly.setReadOnly(true);
	}

	/**
	 * Every verified sighting observed before {@code before}, turned into what the caller
	 * needs while its transaction is open, then handed to {@code action} outside it.
	 */
	<T> void forEach(Instant before, Function<Sighting, T> convert, Consumer<T> action) {
		forEachChunk((at, id) -> sightings.findChunk(ReviewStatus.VERIFIED, before, at, id, Limit.of(CHUNK)),
				Sighting::getObservedAt, Sighting::getId, convert, action);
	}

	/**
	 * The same for the public: the rows as placed on the public grid, no entity loaded.
	 */
	<T> void forEachPublic(Instant before, Function<PublicRow, T> convert, Consumer<T> action) {
		forEachChunk((at, id) -> sightings.findPublicChunk(ReviewStatus.VERIFIED, before, at, id, Limit.of(CHUNK)),
				PublicRow::observedAt, PublicRow::id, convert, action);
	}

	private <R, T> void forEachChunk(BiFunction<Instant, Long, List<R>> next, Function<R, Instant> atOf,
			ToLongFunction<R> idOf, Function<R, T> convert, Consumer<T> action) {
		Instant afterAt = BEFORE_ANY;
		long afterId = Long.MIN_VALUE;
		while (true) {
			Instant at = afterAt;
			long id = afterId;
			Chunk<T> chunk = readOnly.execute(status -> {
				List<R> found = next.apply(at, id);
				if (found.isEmpty()) {
					return new Chunk<T>(List.of(), at, id);
				}
				R last = found.get(found.size() - 1);
				return new Chunk<>(found.stream().map(convert).toList(), atOf.apply(last), idOf.applyAsLong(last));
			});
			if (chunk.items().isEmpty()) {
				return;
			}
			chunk.items().forEach(action);
			afterAt = chunk.lastAt();
			afterId = chunk.lastId();
		}
	}

	private record Chunk<T>(List<T> items, Instant lastAt, long lastId) {
	}

}
