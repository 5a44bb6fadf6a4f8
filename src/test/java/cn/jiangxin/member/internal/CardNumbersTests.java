package cn.jiangxin.member.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Member card numbers: twelve digits with a Luhn check digit that catches a typing
 * mistake.
 */
class CardNumbersTests {

	@Test
	void formatsTwelveDigitsWithALuhnCheckDigit() {
		String card = CardNumbers.format(3201);
		assertThat(card).hasSize(12).startsWith("11000003201");
		assertThat(CardNumbers.isValid(card)).isTrue();
	}

	@Test
	void catchesATypingMistake() {
		String card = CardNumbers.format(42);
		String mistyped = card.substring(0, 5) + (char) ('0' + (card.charAt(5) - '0' + 1) % 10) + card.substring(6);
		assertThat(CardNumbers.isValid(mistyped)).isFalse();
		assertThat(CardNumbers.isValid("12345")).isFalse();
	}

	@Test
	void computesTheStandardLuhnDigit() {
		assertThat(CardNumbers.luhn("7992739871")).isEqualTo('3');
	}

}
