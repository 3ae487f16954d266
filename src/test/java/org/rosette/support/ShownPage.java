package org.rosette.support;

import org.springframework.data.domain.Page;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.web.servlet.ModelAndView;

import static org.assertj.core.api.Assertions.assertThat;

/** What a list page showed: the page of rows it put in its model. */
public final class ShownPage {

	private ShownPage() {
	}

	public static Page<?> of(ResultActions result, String attribute) {
		ModelAndView view = result.andReturn().getModelAndView();
		assertThat(view).as("a rendered page").isNotNull();
		Object shown = view.getModel().get(attribute);
		assertThat(shown).as(attribute).isInstanceOf(Page.class);
		return (Page<?>) shown;
	}

}
