package cn.jiangxin.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How ID numbers, phones and names are masked for display. */
class MaskingTests {

	@Test
	void masksAnIdNumberKeepingSixAndFour() {
		assertThat(Masking.idNumber("110105199001011234")).isEqualTo("110105********1234");
	}

	@Test
	void masksAPhoneKeepingThreeAndFour() {
		assertThat(Masking.phone("13812345678")).isEqualTo("138****5678");
	}

	@Test
	void masksShortValuesWithoutRevealingThem() {
		assertThat(Masking.idNumber("E1234567")).isEqualTo("E******7");
		assertThat(Masking.phone("12351")).isEqualTo("1***1");
		assertThat(Masking.phone("12")).isEqualTo("**");
	}

	@Test
	void hidesSecretsEntirely() {
		assertThat(Masking.secret("jiangxin-demo")).isEqualTo("******");
		assertThat(Masking.secret(null)).isNull();
	}

}
