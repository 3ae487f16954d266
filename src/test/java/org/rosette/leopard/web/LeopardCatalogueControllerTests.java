package org.rosette.leopard.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.rosette.leopard.Leopard;
import org.rosette.leopard.PublicLeopards;
import org.rosette.leopard.LeopardFilter;
import org.rosette.leopard.LeopardStatus;
import org.rosette.leopard.Sex;
import org.rosette.system.web.Formats;
import org.rosette.system.web.WebConfiguration;
import org.rosette.account.SecurityConfiguration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(LeopardCatalogueController.class)
@Import({ SecurityConfiguration.class, WebConfiguration.class, Formats.class })
class LeopardCatalogueControllerTests {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	PublicLeopards catalogue;

	@Test
	void showsTheLeopardsTheFiltersAskFor() throws Exception {
		given(catalogue.search(any(), any())).willReturn(page(List.of(leopard(1, "Kedrovka", "LEO-F01"))));

		mvc.perform(get("/leopards").param("status", "ALIVE").param("sex", "FEMALE").param("q", "ked"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Kedrovka")))
			.andExpect(content().string(containsString("LEO-F01")))
			.andExpect(content().string(containsString("Female")))
			.andExpect(content().string(containsString("<option value=\"ALIVE\" selected=\"selected\">Alive</option>")))
			.andExpect(content().string(containsString("value=\"ked\"")))
			.andExpect(content().string(not(containsString("FEMALE<"))));

		ArgumentCaptor<LeopardFilter> filter = ArgumentCaptor.forClass(LeopardFilter.class);
		verify(catalogue).search(filter.capture(), any());
		assertThat(filter.getValue()).isEqualTo(new LeopardFilter(LeopardStatus.ALIVE, Sex.FEMALE, "ked"));
	}

	@Test
	void paginationLinksKeepTheFilters() throws Exception {
		List<Leopard> many = java.util.stream.IntStream.range(0, 24)
			.mapToObj(i -> leopard(i + 1, "Cat" + i, "LEO-F" + i))
			.toList();
		given(catalogue.search(any(), any()))
			.willAnswer(call -> new PageImpl<>(many, call.getArgument(1, Pageable.class), 60));

		mvc.perform(get("/leopards").param("status", "ALIVE").param("page", "2"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/leopards?status=ALIVE&amp;page=3")))
			.andExpect(content().string(containsString("/leopards?status=ALIVE&amp;page=1")));

		ArgumentCaptor<Pageable> pageable = ArgumentCaptor.forClass(Pageable.class);
		verify(catalogue).search(any(), pageable.capture());
		assertThat(pageable.getValue().getPageNumber()).isEqualTo(1);
	}

	@Test
	void valuesItDoesNotKnowAreIgnoredWithANoteInsteadOfAnError() throws Exception {
		given(catalogue.search(any(), any())).willReturn(page(List.of(leopard(1, "Lord", "LEO-M01"))));

		mvc.perform(get("/leopards").param("status", "FOO").param("sex", "X").param("page", "-1"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("was not understood")))
			.andExpect(content().string(containsString("Lord")));

		ArgumentCaptor<LeopardFilter> filter = ArgumentCaptor.forClass(LeopardFilter.class);
		ArgumentCaptor<Pageable> pageable = ArgumentCaptor.forClass(Pageable.class);
		verify(catalogue).search(filter.capture(), pageable.capture());
		assertThat(filter.getValue()).isEqualTo(LeopardFilter.none());
		assertThat(pageable.getValue().getPageNumber()).isZero();
	}

	@Test
	void speaksRussianWhenAsked() throws Exception {
		given(catalogue.search(any(), any())).willReturn(page(List.of(leopard(1, "Kedrovka", "LEO-F01"))));

		mvc.perform(get("/leopards").param("lang", "ru"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Самка")))
			.andExpect(content().string(containsString("lang=\"ru\"")));
	}

	static Page<Leopard> page(List<Leopard> leopards) {
		return new PageImpl<>(leopards, PageRequest.of(0, LeopardCatalogueController.PAGE_SIZE), leopards.size());
	}

	static Leopard leopard(long id, String name, String code) {
		Leopard leopard = new Leopard(code, name, Sex.FEMALE, 2011, null, null);
		ReflectionTestUtils.setField(leopard, "id", id);
		return leopard;
	}

}
