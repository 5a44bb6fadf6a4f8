package cn.jiangxin.identity.internal;

import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import cn.jiangxin.shared.Permission;
import cn.jiangxin.shared.Role;

/**
 * An account as an admin creates or edits it. The password is needed on creation only;
 * the org is needed for every role but system admin.
 */
record AccountForm(
		@NotBlank @Pattern(regexp = "[A-Za-z0-9._-]{3,64}", message = "{validation.username}") String username,
		@NotBlank @Size(max = 60) String displayName, Long orgId, @NotEmpty Set<Role> roles,
		Set<Permission> permissions, Boolean enabled, @Size(max = 64) String password, Integer version) {

	public AccountForm {
		permissions = permissions == null ? Set.of() : Set.copyOf(permissions);
	}

	boolean isEnabled() {
		return enabled == null || enabled;
	}

}
