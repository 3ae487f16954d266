package org.rosette.leopard;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.rosette.leopard.Lookalike.Resemblance;
import org.springframework.test.util.ReflectionTestUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

class LeopardLookalikesTests {

	private final LeopardRepository repository = mock(LeopardRepository.class);

	private final Leopard kedrovka = leopard(1, "LEO-F01", "Kedrovka");

	private final Leopard grom = leopard(2, "LEO-M02", "Grom");

	private final Leopard xuehua = leopard(3, "LEO-F03", "Snowflake");

	private final Map<Long, Set<Long>> coats = new java.util.HashMap<>();

	private final LeopardLookalikes lookalikes = new LeopardLookalikes(repository,
			List.of(id -> coats.getOrDefault(id, Set.of())));

	LeopardLookalikesTests() {
		xuehua.translate("zh", "雪花", null);
		when(repository.findAllByOrderByNameAsc()).thenReturn(List.of(grom, kedrovka, xuehua));
		when(repository.findById(1L)).thenReturn(Optional.of(kedrovka));
	}

	@Test
	void namesAreComparedInLatinLetters() {
		assertThat(LeopardLookalikes.nameKeys("Кедровка")).containsExactly("kedrovka");
		assertThat(LeopardLookalikes.nameKeys(" Ke-drovka ")).containsExactly("kedrovka");
		assertThat(LeopardLookalikes.nameKeys("Зарница")).contains("zarnitsa");
		assertThat(LeopardLookalikes.nameKeys("雪花")).containsExactly("xuehua");
		assertThat(LeopardLookalikes.codeKey("LEO-F01")).isEqualTo(LeopardLookalikes.codeKey("leo-f1"));
		assertThat(LeopardLookalikes.codeKey("LEO-F10")).isNotEqualTo(LeopardLookalikes.codeKey("LEO-F1"));
	}

	@Test
	void theSameNameInCyrillicIsALikelyDuplicate() {
		assertThat(lookalikes.of("LEO-F44", "Кедровка", null))
			.containsExactly(new Lookalike(1, "LEO-F01", "Kedrovka", List.of(Resemblance.SAME_NAME)));
	}

	@Test
	void aTranslatedNameCountsToo() {
		assertThat(lookalikes.of("LEO-F45", "雪花", null)).extracting(Lookalike::leopardId).containsExactly(3L);
	}

	@Test
	void aNameALetterAwayAndASimilarCodeAreNamed() {
		assertThat(lookalikes.of("leo-m2", "Gromm", null)).containsExactly(
				new Lookalike(2, "LEO-M02", "Grom", List.of(Resemblance.SIMILAR_NAME, Resemblance.SIMILAR_CODE)));
	}

	@Test
	void differentLeopardsRaiseNothing() {
		assertThat(lookalikes.of("LEO-F46", "Zarya", null)).isEmpty();
		// short names differ by a letter too easily to warn
		assertThat(lookalikes.of("LEO-F47", "Gro", null)).isEmpty();
	}

	@Test
	void anEditWarnsOfANameOnlyWhenItChangesButOfACoatAlways() {
		assertThat(lookalikes.of("LEO-F01", "Kedrovka", 1L)).isEmpty();
		assertThat(lookalikes.of("LEO-F01", "Grom", 1L)).extracting(Lookalike::leopardId).containsExactly(2L);

		coats.put(1L, Set.of(3L));
		assertThat(lookalikes.of("LEO-F01", "Kedrovka", 1L))
			.containsExactly(new Lookalike(3, "LEO-F03", "Snowflake", List.of(Resemblance.SIMILAR_COAT)));
	}

	private static Leopard leopard(long id, String code, String name) {
		Leopard leopard = new Leopard(code, name, Sex.UNKNOWN, null, null, null);
		ReflectionTestUtils.setField(leopard, "id", id);
		return leopard;
	}

}
