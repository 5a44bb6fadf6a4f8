package cn.jiangxin.org.internal;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import cn.jiangxin.org.Industry;
import cn.jiangxin.org.OrgLevel;
import cn.jiangxin.org.OrgStatus;
import cn.jiangxin.org.UnitType;
import cn.jiangxin.shared.Phones;
import cn.jiangxin.shared.ValidCreditCode;

/**
 * A partial change through {@code PATCH /api/v1/orgs/{id}}: absent (null) fields stay as
 * they are, an empty string clears an optional text field, {@code parentId} moves the
 * org, {@code status} closes or reopens it, and {@code version}, if given, must match the
 * current one.
 */
record OrgPatch(@Size(min = 1, max = 100) String name, @Size(max = 30) String shortName, OrgLevel level,
		@Size(max = 200) String address, @Size(max = 30) String contactName,
		@Pattern(regexp = "(|" + Phones.CONTACT + ")", message = "{validation.contactPhone}") String contactPhone,
		@Size(max = 200) String unitName, @ValidCreditCode String creditCode, Industry industry, UnitType unitType,
		Long parentId, OrgStatus status, Integer version) {

	boolean changesDetails() {
		return name != null || shortName != null || level != null || address != null || contactName != null
				|| contactPhone != null || unitName != null || creditCode != null || industry != null
				|| unitType != null;
	}

}
