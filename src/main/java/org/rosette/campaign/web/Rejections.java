package org.rosette.campaign.web;

import org.rosette.system.RejectedValuesException;
import org.springframework.validation.BindingResult;

/** Puts a service's rejections beside the fields they concern. */
final class Rejections {

	private Rejections() {
	}

	static void into(BindingResult errors, RejectedValuesException ex) {
		ex.rejections().forEach(r -> errors.rejectValue(r.field(), r.messageCode(), r.arguments(), r.messageCode()));
	}

}
