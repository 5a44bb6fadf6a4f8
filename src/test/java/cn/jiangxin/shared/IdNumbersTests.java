package cn.jiangxin.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import cn.jiangxin.shared.IdNumbers.Verdict;

/** Resident ID numbers: check digit, birth date, the 15-digit form. */
class IdNumbersTests {

	@Test
	void acceptsAValidNumberAndReadsItsBirthAndGender() {
		assertThat(IdNumbers.check("110105199003070017")).isEqualTo(Verdict.VALID);
		assertThat(IdNumbers.birthDate("110105199003070017")).isEqualTo(LocalDate.of(1990, 3, 7));
		assertThat(IdNumbers.isMale("110105199003070017")).isTrue();
	}

	@Test
	void acceptsAnXCheckDigitInEitherCase() {
		String first17 = "11010519491231002";
		assertThat(IdNumbers.checkCharacter(first17)).isEqualTo('X');
		assertThat(IdNumbers.check(first17 + "X")).isEqualTo(Verdict.VALID);
		assertThat(IdNumbers.check(IdNumbers.normalize(first17 + "x"))).isEqualTo(Verdict.VALID);
	}

	@Test
	void refusesAWrongCheckDigit() {
		assertThat(IdNumbers.check("110105199003070018")).isEqualTo(Verdict.WRONG_CHECK_DIGIT);
	}

	@Test
	void convertsALegacyFifteenDigitNumber() {
		String converted = IdNumbers.normalize("110105900307001");
		assertThat(converted).isEqualTo("110105199003070017");
		assertThat(IdNumbers.check(converted)).isEqualTo(Verdict.VALID);
	}

	@ParameterizedTest
	@CsvSource({ "11010519900307001, WRONG_LENGTH", "1101051990030700171, WRONG_LENGTH",
			"1101051990030A0017, NOT_DIGITS", "000105199003070017, UNKNOWN_REGION",
			"110105199013070017, BAD_BIRTH_DATE", "110105209903070017, BAD_BIRTH_DATE" })
	void namesWhatIsWrong(String number, Verdict verdict) {
		assertThat(IdNumbers.check(number)).isEqualTo(verdict);
	}

}
