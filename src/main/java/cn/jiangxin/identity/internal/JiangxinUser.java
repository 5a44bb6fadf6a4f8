package cn.jiangxin.identity.internal;

import java.io.Serial;
import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import cn.jiangxin.shared.Actor;
import cn.jiangxin.shared.ActorPrincipal;
import cn.jiangxin.shared.Permission;
import cn.jiangxin.shared.Role;

/**
 * The signed-in account as Spring Security holds it, carrying the actor every module
 * reads and the count of credential changes it signed in with.
 */
final class JiangxinUser implements UserDetails, CredentialsContainer, ActorPrincipal {

	@Serial
	private static final long serialVersionUID = 1L;

	private final Actor actor;

	private String passwordHash;

	private final boolean enabled;

	private final boolean locked;

	private final int credentialsVersion;

	JiangxinUser(Actor actor, String passwordHash, boolean enabled, boolean locked, int credentialsVersion) {
		this.actor = actor;
		this.passwordHash = passwordHash;
		this.enabled = enabled;
		this.locked = locked;
		this.credentialsVersion = credentialsVersion;
	}

	@Override
	public Actor actor() {
		return actor;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return Stream
			.concat(actor.roles().stream().map(Role::authority),
					actor.permissions().stream().map(Permission::authority))
			.map(SimpleGrantedAuthority::new)
			.toList();
	}

	@Override
	public String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return actor.username();
	}

	@Override
	public boolean isAccountNonLocked() {
		return !locked;
	}

	@Override
	public boolean isEnabled() {
		return enabled;
	}

	@Override
	public void eraseCredentials() {
		this.passwordHash = null;
	}

	int credentialsVersion() {
		return credentialsVersion;
	}

	public List<Role> roles() {
		return List.copyOf(actor.roles());
	}

}
