package cn.jiangxin.identity.internal;

import java.util.Locale;

import cn.jiangxin.shared.BusinessRuleException;

/**
 * What a password must be: 10 to 64 characters, of at least two kinds, and not the user
 * name.
 */
final class PasswordPolicy {

	static final int MIN_LENGTH = 10;

	static final int MAX_LENGTH = 64;

	private PasswordPolicy() {
	}

	static void check(String field, String password, String username) {
		if (password == null || password.length() < MIN_LENGTH || password.length() > MAX_LENGTH) {
			throw BusinessRuleException.invalid(field, "password.length", MIN_LENGTH, MAX_LENGTH);
		}
		int kinds = 0;
		kinds += password.chars().anyMatch(Character::isLetter) ? 1 : 0;
		kinds += password.chars().anyMatch(Character::isDigit) ? 1 : 0;
		kinds += password.chars().anyMatch(c -> !Character.isLetterOrDigit(c)) ? 1 : 0;
		if (kinds < 2) {
			throw BusinessRuleException.invalid(field, "password.kinds");
		}
		if (username != null && password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
			throw BusinessRuleException.invalid(field, "password.containsUsername");
		}
	}

}
