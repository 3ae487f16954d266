package org.rosette.fieldwork;

import java.util.Map;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

/**
 * Checks a report against the constraints on its record, the same ones the API applies,
 * and puts each broken rule beside the form field of the same name. A field that could
 * not even be read keeps that first message.
 */
@Component
public class ReportRules {

	private final Validator validator;

	ReportRules(Validator validator) {
		this.validator = validator;
	}

	public void check(Object report, Errors errors) {
		for (ConstraintViolation<Object> violation : validator.validate(report)) {
			String field = violation.getPropertyPath().toString();
			if (errors.hasFieldErrors(field)) {
				continue;
			}
			Map<String, Object> attributes = violation.getConstraintDescriptor().getAttributes();
			String constraint = violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
			Object limit = attributes.containsKey("max") && !attributes.containsKey("value") ? attributes.get("max")
					: attributes.getOrDefault("value", "");
			errors.rejectValue(field, "form.error." + constraint, new Object[] { String.valueOf(limit) },
					violation.getMessage());
		}
	}

}
