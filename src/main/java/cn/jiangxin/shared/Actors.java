package cn.jiangxin.shared;

import java.util.Optional;

import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Reads the acting user of the current request from the security context. */
public final class Actors {

	private Actors() {
	}

	public static Optional<Actor> current() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof ActorPrincipal principal) {
			return Optional.of(principal.actor());
		}
		return Optional.empty();
	}

	/** The current actor; an unauthenticated call is refused as such. */
	public static Actor require() {
		return current().orElseThrow(() -> new InsufficientAuthenticationException("not signed in"));
	}

}
