package cn.jiangxin.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Unified social credit codes and their check character. */
class CreditCodeTests {

	@ParameterizedTest
	@ValueSource(strings = { "91350100M000100Y43", "911100001000000008", "91110108MA00000000" })
	void computesTheCheckCharacterOfGB32100(String code) {
		String first17 = code.substring(0, 17);
		String valid = first17 + CreditCode.checkCharacter(first17);
		assertThat(CreditCode.isValid(valid)).isTrue();
	}

	@Test
	void acceptsAPublishedCode() {
		// The check character of 91350100M000100Y4 is 3 by the standard's weights.
		assertThat(CreditCode.checkCharacter("91350100M000100Y4")).isEqualTo('3');
		assertThat(CreditCode.isValid("91350100M000100Y43")).isTrue();
	}

	@Test
	void refusesAWrongCheckCharacter() {
		assertThat(CreditCode.isValid("91350100M000100Y44")).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "9135", "91350100M000100Y4", "91350100M000100Y433", "91350100I000100Y43",
			"91350100O000100Y43", "91350100z000100Y43" })
	void refusesWrongLengthsAndLetters(String code) {
		assertThat(CreditCode.isValid(code)).isFalse();
	}

	@Test
	void normalizesWhatPeopleType() {
		assertThat(CreditCode.normalize(" 91350100m000100y43 ")).isEqualTo("91350100M000100Y43");
		assertThat(CreditCode.isValid(CreditCode.normalize("91350100m000100y43"))).isTrue();
	}

	@Test
	void needsSeventeenCharactersToComputeTheCheck() {
		assertThatIllegalArgumentException().isThrownBy(() -> CreditCode.checkCharacter("123"));
	}

}
