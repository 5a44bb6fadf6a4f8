package cn.jiangxin.shared.web;

import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;

import cn.jiangxin.shared.BusinessRuleException;

/** Puts a broken rule onto a page form, beside the field it concerns or above the form. */
public final class FormErrors {

	private FormErrors() {
	}

	/** What the person typed into the field, so that the form shows it again beside the error. */
	private static Object typed(BindingResult result, String field) {
		try {
			return result.getRawFieldValue(field);
		}
		catch (RuntimeException notAField) {
			return null;
		}
	}

	/** Carries a broken rule across a redirect, for the flash message of the next page. */
	public static void flash(org.springframework.web.servlet.mvc.support.RedirectAttributes redirect,
			BusinessRuleException ex) {
		redirect.addFlashAttribute("failure", ex.code());
		redirect.addFlashAttribute("failureArgs", ex.args());
	}

	public static void reject(BindingResult result, BusinessRuleException ex) {
		String[] codes = { ex.code() };
		if (ex.field() != null) {
			result.addError(new FieldError(result.getObjectName(), ex.field(), typed(result, ex.field()), false, codes,
					ex.args(), ex.code()));
		}
		else {
			result.addError(new ObjectError(result.getObjectName(), codes, ex.args(), ex.code()));
		}
	}

}
