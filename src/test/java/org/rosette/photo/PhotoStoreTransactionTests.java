package org.rosette.photo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;
import org.springframework.transaction.support.DefaultTransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class PhotoStoreTransactionTests {

	private static final ZoneId PARK = ZoneId.of("Asia/Vladivostok");

	@TempDir
	Path dataDir;

	private final TransactionTemplate transaction = new TransactionTemplate(new NoResourceTransactionManager());

	private PhotoStore store() {
		return new PhotoStore(PhotoProperties.defaults(), dataDir.toString());
	}

	@Test
	void photosStoredInATransactionThatRollsBackAreRemoved() {
		PhotoStore store = store();

		transaction.executeWithoutResult((status) -> {
			store.store("one.jpg", TestPhotos.jpeg(60, 40), PARK);
			store.store("two.png", TestPhotos.pngWithAlpha(60, 40), PARK);
			assertThat(files()).hasSize(6);
			status.setRollbackOnly();
		});

		assertThat(files()).isEmpty();
	}

	@Test
	void photosStoredBeforeAFailureAreRemoved() {
		PhotoStore store = store();

		assertThatIllegalStateException().isThrownBy(() -> transaction.executeWithoutResult((status) -> {
			store.store("one.jpg", TestPhotos.jpeg(60, 40), PARK);
			throw new IllegalStateException("the sighting could not be saved");
		}));

		assertThat(files()).isEmpty();
	}

	@Test
	void photosStoredInACommittedTransactionRemain() {
		PhotoStore store = store();

		String key = transaction.execute((status) -> {
			store.store("one.jpg", TestPhotos.jpeg(60, 40), PARK);
			return store.store("two.jpg", TestPhotos.jpeg(60, 40), PARK).key();
		});

		assertThat(files()).hasSize(6);
		assertThat(store.display(key)).isPresent();
	}

	@Test
	void photosStoredOutsideATransactionRemain() {
		store().store("one.jpg", TestPhotos.jpeg(60, 40), PARK);

		assertThat(files()).hasSize(3);
	}

	@Test
	void aDeletionRolledBackKeepsThePhoto() {
		PhotoStore store = store();
		String key = store.store("one.jpg", TestPhotos.jpeg(60, 40), PARK).key();

		transaction.executeWithoutResult((status) -> {
			store.delete(key);
			status.setRollbackOnly();
		});
		assertThat(files()).hasSize(3);

		transaction.executeWithoutResult((status) -> store.delete(key));
		assertThat(files()).isEmpty();
	}

	private List<Path> files() {
		try (Stream<Path> walk = Files.walk(dataDir)) {
			return walk.filter(Files::isRegularFile).toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Transactions with nothing behind them but Spring's synchronisation, which is all
	 * the store relies on.
	 */
	static class NoResourceTransactionManager extends AbstractPlatformTransactionManager {

		@Override
		protected Object doGetTransaction() {
			return new Object();
		}

		@Override
		protected void doBegin(Object transaction, TransactionDefinition definition) {
		}

		@Override
		protected void doCommit(DefaultTransactionStatus status) {
		}

		@Override
		protected void doRollback(DefaultTransactionStatus status) {
		}

	}

}
