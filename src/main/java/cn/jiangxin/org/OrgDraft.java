package cn.jiangxin.org;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import cn.jiangxin.shared.Phones;
import cn.jiangxin.shared.ValidCreditCode;

/**
 * A union as it is created or edited, from a page, the API or another module. The
 * employer unit is optional, but if any of its four fields is given all four are needed.
 * {@code version}, when given on an edit, must match the stored one.
 */
public record OrgDraft(Long parentId, @NotBlank @Size(max = 100) String name, @Size(max = 30) String shortName,
		@NotNull OrgLevel level, @Size(max = 200) String address, @Size(max = 30) String contactName,
		@Pattern(regexp = Phones.CONTACT, message = "{validation.contactPhone}") String contactPhone,
		@Size(max = 200) String unitName, @ValidCreditCode String creditCode, Industry industry, UnitType unitType,
		Integer version) {

	/** A union with no employer unit. */
	public static OrgDraft of(Long parentId, String name, String shortName, OrgLevel level) {
		return new OrgDraft(parentId, name, shortName, level, null, null, null, null, null, null, null, null);
	}

	/** The same draft with an employer unit. */
	public OrgDraft withUnit(String unitName, String creditCode, Industry industry, UnitType unitType) {
		return new OrgDraft(parentId, name, shortName, level, address, contactName, contactPhone, unitName, creditCode,
				industry, unitType, version);
	}

	/** The same draft with an address and a contact. */
	public OrgDraft withContact(String address, String contactName, String contactPhone) {
		return new OrgDraft(parentId, name, shortName, level, address, contactName, contactPhone, unitName, creditCode,
				industry, unitType, version);
	}

	/** Whether any field of the employer unit is filled in. */
	public boolean hasUnit() {
		return notBlank(unitName) || notBlank(creditCode) || industry != null || unitType != null;
	}

	private static boolean notBlank(String value) {
		return value != null && !value.isBlank();
	}

}
