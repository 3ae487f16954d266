package org.rosette.leopard;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rosette.support.PostgresTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The catalogue's queries on PostgreSQL, where typed {@code :param is null} checks and
 * {@code like} behave differently from H2.
 */
@PostgresTest
class LeopardRepositoryPostgresTests {

	private final LeopardRepository leopards;

	private final TestEntityManager entityManager;

	private Leopard kedrovka;

	@Autowired
	LeopardRepositoryPostgresTests(LeopardRepository leopards, TestEntityManager entityManager) {
		this.leopards = leopards;
		this.entityManager = entityManager;
	}

	@BeforeEach
	void catalogue() {
		this.kedrovka = this.leopards.save(new Leopard("T-F1", "Kedrovka", Sex.FEMALE, 2012, null, null));
		this.leopards.save(new Leopard("T-M9", "Pard", Sex.MALE, 2021, this.kedrovka, null));
		this.leopards.save(new Leopard("T-F7", "Alyona", Sex.FEMALE, 2021, this.kedrovka, null));
		this.leopards.save(new Leopard("T-F8", "Bars", Sex.FEMALE, 2019, this.kedrovka, null));
		Leopard missing = new Leopard("T-M2", "Grom", Sex.MALE, 2015, null, null);
		missing.markMissing();
		this.leopards.save(missing);
		this.entityManager.flush();
		this.entityManager.clear();
	}

	@Test
	void searchWithoutCriteriaFindsEveryone() {
		assertThat(search(null, null, null)).extracting(Leopard::getName)
			.containsExactly("Alyona", "Bars", "Grom", "Kedrovka", "Pard");
	}

	@Test
	void searchFiltersByStatusAndSex() {
		assertThat(search(LeopardStatus.MISSING, null, null)).extracting(Leopard::getName).containsExactly("Grom");
		assertThat(search(LeopardStatus.ALIVE, Sex.MALE, null)).extracting(Leopard::getName).containsExactly("Pard");
	}

	@Test
	void searchMatchesNameOrCodeCaseInsensitively() {
		// the catalogue passes a lower-cased pattern
		assertThat(search(null, null, "%kedr%")).extracting(Leopard::getCode).containsExactly("T-F1");
		assertThat(search(null, Sex.FEMALE, "%t-f%")).extracting(Leopard::getName)
			.containsExactly("Alyona", "Bars", "Kedrovka");
	}

	@Test
	void searchBringsTheMotherAlong() {
		Page<Leopard> page = this.leopards.search(null, null, "%pard%", PageRequest.of(0, 10));
		this.entityManager.clear();
		assertThat(page.getContent()).singleElement()
			.satisfies((pard) -> assertThat(pard.getMother().getName()).isEqualTo("Kedrovka"));
	}

	@Test
	void cubsComeOldestFirstThenByName() {
		List<Leopard> cubs = this.leopards.findCubsOf(this.kedrovka.getId());
		assertThat(cubs).extracting(Leopard::getName).containsExactly("Bars", "Alyona", "Pard");
	}

	@Test
	void countsByStatus() {
		assertThat(this.leopards.countByStatus(LeopardStatus.ALIVE)).isEqualTo(4);
		assertThat(this.leopards.countByStatus(LeopardStatus.DECEASED)).isZero();
	}

	private List<Leopard> search(LeopardStatus status, Sex sex, String q) {
		return this.leopards.search(status, sex, q, PageRequest.of(0, 20, Sort.by("name"))).getContent();
	}

}
