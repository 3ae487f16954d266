package org.rosette.leopard.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.rosette.leopard.Leopard;
import org.rosette.leopard.PublicLeopards;
import org.rosette.leopard.LeopardFilter;
import org.rosette.leopard.LeopardStatus;
import org.rosette.leopard.Sex;
import org.rosette.account.SecurityConfiguration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.MockMvc;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@Import(SecurityConfiguration.class)
@WebMvcTest(LeopardApiController.class)
class LeopardApiControllerTests {

	@Autowired
	private MockMvc mvc;

	@MockitoBean
	private PublicLeopards catalogue;

	@Test
	void listsAPageOfLeopardsWithTheContractFields() throws Exception {
		Leopard kedrovka = leopard(1L, "LEO-F01", "Kedrovka", Sex.FEMALE, null);
		kedrovka.seenOn(LocalDate.of(2026, 3, 9));
		Leopard killy = leopard(2L, "LEO-F41", "Killy", Sex.FEMALE, kedrovka);
		given(catalogue.search(eq(new LeopardFilter(LeopardStatus.ALIVE, Sex.FEMALE, "k")), any(Pageable.class)))
			.willReturn(new PageImpl<>(List.of(kedrovka, killy), PageRequest.of(0, 2), 7));

		mvc.perform(get("/api/v1/leopards").param("status", "ALIVE")
			.param("sex", "FEMALE")
			.param("q", "k")
			.param("size", "2"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("application/json"))
			.andExpect(jsonPath("$.total").value(7))
			.andExpect(jsonPath("$.page").value(0))
			.andExpect(jsonPath("$.size").value(2))
			.andExpect(jsonPath("$.items[0].code").value("LEO-F01"))
			.andExpect(jsonPath("$.items[0].lastSeen").value("2026-03"))
			.andExpect(jsonPath("$.items[0].photoUrl").value("/leopards/1/portrait.svg"))
			.andExpect(jsonPath("$.items[1].name").value("Killy"))
			.andExpect(jsonPath("$.items[1].motherId").value(1))
			.andExpect(jsonPath("$.items[1].sex").value("FEMALE"))
			.andExpect(jsonPath("$.items[1].status").value("ALIVE"));
	}

	@Test
	void anUnknownStatusIsABadRequestNamingTheParameter() throws Exception {
		mvc.perform(get("/api/v1/leopards").param("status", "SLEEPING"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.status").value(400))
			.andExpect(jsonPath("$.title").exists())
			.andExpect(jsonPath("$.type").value("about:blank"))
			.andExpect(jsonPath("$.errors[0].field").value("status"))
			.andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("SLEEPING")));
		verifyNoInteractions(catalogue);
	}

	@Test
	void pageSizeIsBounded() throws Exception {
		mvc.perform(get("/api/v1/leopards").param("size", "5000"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("size"));
		mvc.perform(get("/api/v1/leopards").param("page", "-1"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("page"));
		verifyNoInteractions(catalogue);
	}

	@Test
	void oneLeopardById() throws Exception {
		given(catalogue.find(1L)).willReturn(Optional.of(leopard(1L, "LEO-F01", "Kedrovka", Sex.FEMALE, null)));

		mvc.perform(get("/api/v1/leopards/1"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value("Kedrovka"))
			.andExpect(jsonPath("$.birthYear").value(2011))
			.andExpect(jsonPath("$.description").value("Watched."));
	}

	@Test
	void anUnknownLeopardIsAProblemNotAStackTrace() throws Exception {
		given(catalogue.find(99L)).willReturn(Optional.empty());

		mvc.perform(get("/api/v1/leopards/99"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.status").value(404))
			.andExpect(jsonPath("$.detail").value("No leopard with id 99"));
		mvc.perform(get("/api/v1/leopards/not-a-number"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("id"));
	}

	private static Leopard leopard(long id, String code, String name, Sex sex, Leopard mother) {
		Leopard leopard = new Leopard(code, name, sex, 2011, mother, "Watched.");
		ReflectionTestUtils.setField(leopard, "id", id);
		return leopard;
	}

}
