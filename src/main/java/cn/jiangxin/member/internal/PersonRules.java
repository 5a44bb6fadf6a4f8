package cn.jiangxin.member.internal;

import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Pattern;

import org.springframework.validation.BindingResult;

import cn.jiangxin.member.Gender;
import cn.jiangxin.member.IdType;
import cn.jiangxin.shared.BusinessRuleException;
import cn.jiangxin.shared.IdNumbers;
import cn.jiangxin.shared.Phones;
import cn.jiangxin.shared.Zones;
import cn.jiangxin.shared.web.FormErrors;

/**
 * Checks a person's details and puts them in canonical form. Every failure names the
 * field and a message code. The same rules serve the join form, the admin form, the API
 * and each import row.
 */
public final class PersonRules {

	/**
	 * Letters of any script, the middle dot of minority and foreign names, spaces, dots
	 * and hyphens.
	 */
	private static final Pattern NAME = Pattern.compile("[\\p{L}·•.\\- ]{2,50}");

	private PersonRules() {
	}

	/**
	 * Adds the first broken person rule to a form that already failed other checks, so
	 * that the page shows every error at once; a field that has an error already keeps
	 * it.
	 */
	public static void addTo(BindingResult result, PersonForm form, boolean phoneRequired) {
		try {
			check(form, phoneRequired);
		}
		catch (BusinessRuleException ex) {
			if (ex.field() == null || !result.hasFieldErrors(ex.field())) {
				FormErrors.reject(result, ex);
			}
		}
	}

	/**
	 * The person, or the first broken rule; {@code phoneRequired} for join applications.
	 */
	public static Person check(PersonForm form, boolean phoneRequired) {
		String name = form.name() == null ? "" : form.name().strip().replaceAll("\\s+", " ");
		if (name.isEmpty()) {
			throw BusinessRuleException.invalid("name", "member.name.required");
		}
		if (!NAME.matcher(name).matches()) {
			throw BusinessRuleException.invalid("name", "member.name.invalid");
		}
		if (form.idType() == null) {
			throw BusinessRuleException.invalid("idType", "member.idType.required");
		}
		if (form.idNumber() == null || form.idNumber().isBlank()) {
			throw BusinessRuleException.invalid("idNumber", "member.id.required");
		}
		Gender gender = form.gender();
		LocalDate birthDate = form.birthDate();
		String idNumber;
		if (form.idType() == IdType.RESIDENT_ID) {
			idNumber = IdNumbers.normalize(form.idNumber());
			IdNumbers.Verdict verdict = IdNumbers.check(idNumber);
			if (verdict != IdNumbers.Verdict.VALID) {
				throw BusinessRuleException.invalid("idNumber", verdict.messageKey());
			}
			Gender fromId = IdNumbers.isMale(idNumber) ? Gender.MALE : Gender.FEMALE;
			if (gender != null && gender != fromId) {
				throw BusinessRuleException.invalid("gender", "member.gender.mismatch");
			}
			gender = fromId;
			LocalDate fromIdDate = IdNumbers.birthDate(idNumber);
			if (birthDate != null && !birthDate.equals(fromIdDate)) {
				throw BusinessRuleException.invalid("birthDate", "member.birthDate.mismatch");
			}
			birthDate = fromIdDate;
		}
		else {
			idNumber = form.idNumber().strip().replace(" ", "").toUpperCase(Locale.ROOT);
			if (!form.idType().matchesForm(idNumber)) {
				throw BusinessRuleException.invalid("idNumber", "member.id.badForm." + form.idType().name());
			}
			if (gender == null) {
				throw BusinessRuleException.invalid("gender", "member.gender.required");
			}
			if (birthDate == null) {
				throw BusinessRuleException.invalid("birthDate", "member.birthDate.required");
			}
			if (birthDate.isAfter(LocalDate.now(Zones.BEIJING)) || birthDate.getYear() < 1900) {
				throw BusinessRuleException.invalid("birthDate", "member.birthDate.invalid");
			}
		}
		String phone = null;
		if (form.phone() != null && !form.phone().isBlank()) {
			phone = Phones.normalizeMobile(form.phone());
			if (!Phones.isMobile(phone)) {
				throw BusinessRuleException.invalid("phone", "member.phone.invalid");
			}
		}
		else if (phoneRequired) {
			throw BusinessRuleException.invalid("phone", "member.phone.required");
		}
		if (form.employmentType() == null) {
			throw BusinessRuleException.invalid("employmentType", "member.employmentType.required");
		}
		String email = form.email() == null || form.email().isBlank() ? null : form.email().strip();
		String employer = form.employerName() == null || form.employerName().isBlank() ? null
				: form.employerName().strip();
		return new Person(name, gender, form.idType(), idNumber, birthDate, phone, email, form.education(),
				form.employmentType(), employer);
	}

}
