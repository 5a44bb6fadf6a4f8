package cn.jiangxin.shared.web;

import java.util.function.Supplier;

import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.jiangxin.shared.BusinessRuleException;

/**
 * Puts a broken rule onto a page form, beside the field it concerns or above the form.
 */
public final class FormErrors {

	private FormErrors() {
	}

	/**
	 * What the person typed into the field, so that the form shows it again beside the
	 * error.
	 */
	private static Object typed(BindingResult result, String field) {
		try {
			return result.getRawFieldValue(field);
		}
		catch (RuntimeException notAField) {
			return null;
		}
	}

	/**
	 * Runs a form's action unless the form already has errors. The action answers the
	 * view to go to (a redirect); a broken rule goes onto the form and {@code view} shows
	 * it again with what was typed.
	 */
	public static String submit(BindingResult result, String view, Supplier<String> action) {
		if (result.hasErrors()) {
			return view;
		}
		try {
			return action.get();
		}
		catch (BusinessRuleException ex) {
			reject(result, ex);
			return view;
		}
	}

	/**
	 * Runs a one-button action and goes to {@code then}: with the success message
	 * {@code success}, or with the broken rule as the failure message.
	 */
	public static String act(RedirectAttributes redirect, String success, String then, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("success", success);
		}
		catch (BusinessRuleException ex) {
			flash(redirect, ex);
		}
		return then;
	}

	/**
	 * Carries a broken rule across a redirect, for the flash message of the next page.
	 */
	public static void flash(RedirectAttributes redirect, BusinessRuleException ex) {
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
