package cn.jiangxin.member.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import cn.jiangxin.member.EmploymentType;
import cn.jiangxin.member.Gender;
import cn.jiangxin.member.IdType;
import cn.jiangxin.shared.BusinessRuleException;

/**
 * The rules of a person's record: gender and birth from the ID, phones, passports and
 * permits.
 */
class PersonRulesTests {

	@Test
	void takesGenderAndBirthFromAResidentId() {
		Person person = PersonRules
			.check(form("张建国", null, IdType.RESIDENT_ID, "110105900307001", null, "+86 139-1234-5678"), true);
		assertThat(person.idNumber()).isEqualTo("110105199003070017");
		assertThat(person.gender()).isEqualTo(Gender.MALE);
		assertThat(person.birthDate()).isEqualTo(LocalDate.of(1990, 3, 7));
		assertThat(person.phone()).isEqualTo("13912345678");
	}

	@Test
	void refusesAGenderThatContradictsTheId() {
		assertThatThrownBy(() -> PersonRules
			.check(form("张建国", Gender.FEMALE, IdType.RESIDENT_ID, "110105199003070017", null, null), false))
			.isInstanceOfSatisfying(BusinessRuleException.class, ex -> assertThat(ex.field()).isEqualTo("gender"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "1391234567", "139123456789", "12912345678", "1391234567a", "23912345678" })
	void refusesBadPhoneNumbers(String phone) {
		assertThatThrownBy(
				() -> PersonRules.check(form("李娜", null, IdType.RESIDENT_ID, "110105199003070017", null, phone), false))
			.isInstanceOfSatisfying(BusinessRuleException.class, ex -> {
				assertThat(ex.field()).isEqualTo("phone");
				assertThat(ex.code()).isEqualTo("member.phone.invalid");
			});
	}

	@Test
	void aPassportNeedsGenderAndBirthDate() {
		assertThatThrownBy(
				() -> PersonRules.check(form("John Smith", null, IdType.PASSPORT, "E12345678", null, null), false))
			.isInstanceOfSatisfying(BusinessRuleException.class, ex -> assertThat(ex.field()).isEqualTo("gender"));
		Person person = PersonRules.check(new PersonForm("John Smith", Gender.MALE, IdType.PASSPORT, "e12345678",
				LocalDate.of(1985, 5, 1), null, null, null, EmploymentType.EMPLOYEE, null), false);
		assertThat(person.idNumber()).isEqualTo("E12345678");
	}

	@Test
	void checksTheFormOfPermits() {
		assertThatThrownBy(() -> PersonRules.check(new PersonForm("陈小明", Gender.MALE, IdType.HK_MACAO_PERMIT,
				"X1234567", LocalDate.of(1990, 1, 1), null, null, null, EmploymentType.EMPLOYEE, null), false))
			.isInstanceOfSatisfying(BusinessRuleException.class,
					ex -> assertThat(ex.code()).isEqualTo("member.id.badForm.HK_MACAO_PERMIT"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "王", "张<script>", "123" })
	void refusesNamesThatAreNoNames(String name) {
		assertThatThrownBy(
				() -> PersonRules.check(form(name, null, IdType.RESIDENT_ID, "110105199003070017", null, null), false))
			.isInstanceOfSatisfying(BusinessRuleException.class, ex -> assertThat(ex.field()).isEqualTo("name"));
	}

	@Test
	void acceptsAMinorityNameWithAMiddleDot() {
		assertThat(PersonRules.check(form("买买提·艾力", null, IdType.RESIDENT_ID, "110105199003070017", null, null), false)
			.name()).isEqualTo("买买提·艾力");
	}

	@Test
	void aJoinApplicationNeedsAPhone() {
		assertThatThrownBy(
				() -> PersonRules.check(form("李娜", null, IdType.RESIDENT_ID, "110105199003070017", null, null), true))
			.isInstanceOfSatisfying(BusinessRuleException.class,
					ex -> assertThat(ex.code()).isEqualTo("member.phone.required"));
	}

	static PersonForm form(String name, Gender gender, IdType type, String id, LocalDate birth, String phone) {
		return new PersonForm(name, gender, type, id, birth, phone, null, null, EmploymentType.EMPLOYEE, null);
	}

}
