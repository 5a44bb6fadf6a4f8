package cn.jiangxin.shared.web;

import java.beans.PropertyEditorSupport;
import java.math.BigDecimal;

import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

import cn.jiangxin.shared.Decimals;

/**
 * Binds every decimal typed into a page form or sent as a parameter within
 * {@link Decimals}: a number such as {@code 1e-999999999} becomes the field's error
 * instead of reaching the database. An editor rather than a converter, because Spring
 * falls back to its own editor when a converter refuses a value.
 */
@ControllerAdvice
class FormInput {

	@InitBinder
	void boundedDecimals(WebDataBinder binder) {
		binder.registerCustomEditor(BigDecimal.class, new BoundedDecimal());
	}

	/** Reads a decimal as written, without expanding it, and refuses one out of range. */
	static final class BoundedDecimal extends PropertyEditorSupport {

		@Override
		public void setAsText(String text) {
			setValue(text == null || text.isBlank() ? null : Decimals.parse(text));
		}

		@Override
		public String getAsText() {
			return getValue() instanceof BigDecimal number ? number.toPlainString() : "";
		}

	}

}
