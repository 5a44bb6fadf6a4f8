package cn.jiangxin.identity.internal;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import cn.jiangxin.shared.BusinessRuleException;

/**
 * The password rules: long mixed passwords pass, weak ones are refused naming the rule
 * broken.
 */
class PasswordPolicyTests {

	@ParameterizedTest
	@ValueSource(strings = { "jiangxin-demo", "Union2026Beijing", "工会密码-安全2026" })
	void acceptsLongMixedPasswords(String password) {
		assertThatCode(() -> PasswordPolicy.check("password", password, "bjzgh")).doesNotThrowAnyException();
	}

	@ParameterizedTest
	@CsvSource({ "short1!, password.length", "onlylettershere, password.kinds", "1234567890123, password.kinds",
			"bjzgh-2026-pass, password.containsUsername" })
	void refusesWeakPasswordsWithTheRuleBroken(String password, String code) {
		assertThatThrownBy(() -> PasswordPolicy.check("password", password, "bjzgh"))
			.isInstanceOf(BusinessRuleException.class)
			.hasMessage(code);
	}

}
