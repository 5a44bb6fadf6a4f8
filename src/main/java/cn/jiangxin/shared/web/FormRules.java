package cn.jiangxin.shared.web;

import java.util.Set;

import jakarta.validation.Validator;
import jakarta.validation.metadata.PropertyDescriptor;

import org.springframework.stereotype.Component;

/**
 * Tells a template which fields of a form must be filled in, from the form's own Bean
 * Validation constraints, so that required fields are marked before anyone submits and
 * the mark never drifts from the rule.
 */
@Component("formRules")
public class FormRules {

	private static final Set<String> REQUIRING = Set.of("NotNull", "NotBlank", "NotEmpty");

	private final Validator validator;

	FormRules(Validator validator) {
		this.validator = validator;
	}

	/** Whether {@code field} of the form must have a value. */
	public boolean required(Object form, String field) {
		if (form == null || field == null) {
			return false;
		}
		PropertyDescriptor property = validator.getConstraintsForClass(form.getClass())
			.getConstraintsForProperty(field);
		return property != null && property.getConstraintDescriptors()
			.stream()
			.anyMatch(c -> REQUIRING.contains(c.getAnnotation().annotationType().getSimpleName()));
	}

}
