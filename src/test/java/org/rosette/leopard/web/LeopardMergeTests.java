package org.rosette.leopard.web;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.rosette.account.Account;
import org.rosette.account.AccountRepository;
import org.rosette.account.Role;
import org.rosette.leopard.Leopard;
import org.rosette.leopard.LeopardMerges;
import org.rosette.leopard.LeopardRepository;
import org.rosette.leopard.Sex;
import org.rosette.sighting.Evidence;
import org.rosette.sighting.Sighting;
import org.rosette.sighting.SightingRepository;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Two catalogue entries that are one animal, merged through the API. */
@SpringBootTest
@AutoConfigureMockMvc
class LeopardMergeTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	LeopardRepository leopards;

	@Autowired
	SightingRepository sightings;

	@Autowired
	AccountRepository accounts;

	@Autowired
	LeopardMerges merges;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theSurvivorTakesSightingsCubsAndTheOldIdAnswers301() throws Exception {
		Leopard survivor = leopards.save(new Leopard(code("S"), "Kedrovka", Sex.FEMALE, 2014, null, null));
		Leopard duplicate = leopards.save(new Leopard(code("D"), "Kedrovka II", Sex.UNKNOWN, null, null, null));
		Leopard mother = leopards.save(new Leopard(code("F"), "Mother", Sex.FEMALE, 2008, null, null));
		duplicate.setMother(mother);
		duplicate = leopards.save(duplicate);
		Leopard cub = leopards.save(new Leopard(code("C"), "Cub", Sex.MALE, 2024, null, null));
		Leopard duplicateAsMother = leopards.findById(duplicate.getId()).orElseThrow();
		duplicateAsMother.revise(duplicate.getCode(), duplicate.getName(), Sex.FEMALE, null, null);
		leopards.save(duplicateAsMother);
		cub.setMother(leopards.findById(duplicate.getId()).orElseThrow());
		leopards.save(cub);
		Sighting seen = sightingOf(leopards.findById(duplicate.getId()).orElseThrow());

		mvc.perform(
				admin(post("/api/v1/leopards/{id}/merge", duplicate.getId())).contentType(MediaType.APPLICATION_JSON)
					.content("{\"into\": " + survivor.getId() + ", \"reason\": \"Same rosettes on the left flank\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.id").value(survivor.getId()))
			.andExpect(jsonPath("$.motherId").value(mother.getId()));

		assertThat(leopards.findById(duplicate.getId())).isEmpty();
		assertThat(sightings.findById(seen.getId()).orElseThrow().getLeopard().getId()).isEqualTo(survivor.getId());
		assertThat(jdbc.queryForObject("select mother_id from leopards where id = ?", Long.class, cub.getId()))
			.isEqualTo(survivor.getId());
		assertThat(jdbc.queryForMap("select merged_by, reason, merged_code from leopard_merges where merged_id = ?",
				duplicate.getId()))
			.containsEntry("MERGED_BY", "admin-in-test")
			.containsEntry("REASON", "Same rosettes on the left flank")
			.containsEntry("MERGED_CODE", duplicate.getCode());

		mvc.perform(get("/api/v1/leopards/{id}", duplicate.getId()))
			.andExpect(status().isMovedPermanently())
			.andExpect(header().string("Location", "/api/v1/leopards/" + survivor.getId()));
		mvc.perform(get("/leopards/{id}?lang=ru", duplicate.getId()))
			.andExpect(status().isMovedPermanently())
			.andExpect(header().string("Location", "/leopards/" + survivor.getId() + "?lang=ru"));
		mvc.perform(get("/leopards/{id}", survivor.getId())).andExpect(status().isOk());
	}

	@Test
	void aMergeIntoAnEntryThatIsMergedLaterLeadsToTheLastSurvivor() {
		Leopard a = leopards.save(new Leopard(code("A"), "A", Sex.MALE, null, null, null));
		Leopard b = leopards.save(new Leopard(code("B"), "B", Sex.MALE, null, null, null));
		Leopard c = leopards.save(new Leopard(code("C"), "C", Sex.MALE, null, null, null));
		merges.merge(a.getId(), b.getId(), "one cat", "admin");
		merges.merge(b.getId(), c.getId(), "one cat", "admin");
		assertThat(merges.survivorOf(a.getId())).contains(c.getId());
	}

	@Test
	void motherAndCubCannotBeOneAnimal() throws Exception {
		Leopard mother = leopards.save(new Leopard(code("F"), "Mother", Sex.FEMALE, 2010, null, null));
		Leopard cub = leopards.save(new Leopard(code("C"), "Daughter", Sex.FEMALE, 2020, mother, null));
		mvc.perform(admin(post("/api/v1/leopards/{id}/merge", cub.getId())).contentType(MediaType.APPLICATION_JSON)
			.content("{\"into\": " + mother.getId() + ", \"reason\": \"looks alike\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("into"))
			.andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("mother")));
		assertThat(leopards.findById(cub.getId())).isPresent();
	}

	@Test
	void differentSexesAreRefusedAndAReasonIsRequired() throws Exception {
		Leopard female = leopards.save(new Leopard(code("F"), "Female", Sex.FEMALE, null, null, null));
		Leopard male = leopards.save(new Leopard(code("M"), "Male", Sex.MALE, null, null, null));
		mvc.perform(admin(post("/api/v1/leopards/{id}/merge", male.getId())).contentType(MediaType.APPLICATION_JSON)
			.content("{\"into\": " + female.getId() + ", \"reason\": \"same\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("into"));
		mvc.perform(admin(post("/api/v1/leopards/{id}/merge", male.getId())).contentType(MediaType.APPLICATION_JSON)
			.content("{\"into\": " + female.getId() + "}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("reason"));
		mvc.perform(admin(post("/api/v1/leopards/{id}/merge", male.getId())).contentType(MediaType.APPLICATION_JSON)
			.content("{\"into\": 987654321, \"reason\": \"same\"}")).andExpect(status().isNotFound());
		assertThat(leopards.findById(male.getId())).isPresent();
	}

	@Test
	void onlyAdminsMerge() throws Exception {
		Leopard a = leopards.save(new Leopard(code("A"), "A", Sex.MALE, null, null, null));
		Leopard b = leopards.save(new Leopard(code("B"), "B", Sex.MALE, null, null, null));
		String body = "{\"into\": " + b.getId() + ", \"reason\": \"same\"}";
		mvc.perform(
				post("/api/v1/leopards/{id}/merge", a.getId()).contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isUnauthorized());
		mvc.perform(post("/api/v1/leopards/{id}/merge", a.getId()).with(user("r").roles("RANGER"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)).andExpect(status().isForbidden());
		assertThat(leopards.findById(a.getId())).isPresent();
	}

	private Sighting sightingOf(Leopard leopard) {
		Account ranger = accounts
			.save(new Account("m-" + UUID.randomUUID().toString().substring(0, 8), "{noop}x", "R", Role.RANGER));
		Instant at = Instant.parse("2025-05-01T02:00:00Z");
		Sighting sighting = new Sighting(at, 43.1, 131.3, Evidence.CAMERA_TRAP, leopard, null, null, null, ranger);
		sighting.verify(ranger, leopard, null, at.plusSeconds(60));
		return sightings.save(sighting);
	}

	private static String code(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

	private static MockHttpServletRequestBuilder admin(MockHttpServletRequestBuilder request) {
		return request.with(user("admin-in-test").roles("ADMIN"));
	}

}
