package cn.jiangxin.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * Bean Validation constraint: the value, if present, is a valid unified social credit
 * code.
 */
@Documented
@Constraint(validatedBy = ValidCreditCode.Validator.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT })
@Retention(RetentionPolicy.RUNTIME)
public @interface ValidCreditCode {

	String message() default "{validation.creditCode}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** Checks the check character; blank values are left to {@code @NotBlank}. */
	class Validator implements ConstraintValidator<ValidCreditCode, String> {

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			return value == null || value.isBlank() || CreditCode.isValid(CreditCode.normalize(value));
		}

	}

}
