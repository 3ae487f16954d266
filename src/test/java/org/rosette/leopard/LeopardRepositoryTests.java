package org.rosette.leopard;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DataJpaTest
class LeopardRepositoryTests {

	@Autowired
	private LeopardRepository leopards;

	private Leopard kedrovka;

	@BeforeEach
	void catalogue() {
		kedrovka = leopards.save(new Leopard("LEO-F01", "Kedrovka", Sex.FEMALE, 2011, null, null));
		leopards.save(new Leopard("LEO-F41", "Killy", Sex.FEMALE, 2021, kedrovka, null));
		leopards.save(new Leopard("LEO-M43", "Barry", Sex.MALE, 2021, kedrovka, null));
		Leopard lord = new Leopard("LEO-M01", "Lord", Sex.MALE, 2010, null, null);
		lord.markMissing();
		leopards.save(lord);
	}

	@Test
	void searchesByStatusSexAndNameIgnoringCase() {
		PageRequest page = PageRequest.of(0, 10, Sort.by("name"));

		assertThat(leopards.search(null, Sex.FEMALE, "%K%".toLowerCase(), page)).extracting(Leopard::getName)
			.containsExactly("Kedrovka", "Killy");
		assertThat(leopards.search(LeopardStatus.MISSING, null, null, page)).extracting(Leopard::getName)
			.containsExactly("Lord");
		assertThat(leopards.search(null, null, "%leo-m%", page)).extracting(Leopard::getName)
			.containsExactly("Barry", "Lord");
	}

	@Test
	void findsTheCubsOfAMother() {
		assertThat(leopards.findCubsOf(kedrovka.getId())).extracting(Leopard::getName)
			.containsExactly("Barry", "Killy");
	}

	@Test
	void countsByStatus() {
		assertThat(leopards.countByStatus(LeopardStatus.ALIVE)).isEqualTo(3);
		assertThat(leopards.countByStatus(LeopardStatus.MISSING)).isEqualTo(1);
	}

	@Test
	void aMaleCannotBeAMother() {
		Leopard barry = leopards.findByCode("LEO-M43").orElseThrow();

		assertThatThrownBy(() -> new Leopard("LEO-U99", "Cub", Sex.UNKNOWN, 2025, barry, null))
			.isInstanceOf(IllegalArgumentException.class);
	}

}
