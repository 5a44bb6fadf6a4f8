package cn.jiangxin.identity.internal;

import java.time.Instant;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import cn.jiangxin.shared.ActorPrincipal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Exchanges a user name and password for a bearer token; failures count towards the lockout like any
 * sign-in and are answered 401 by the problem handler.
 */
@RestController
@RequestMapping("/api/v1/auth")
@Tag(name = "auth", description = "令牌 · bearer tokens")
class TokenController {

	private final AuthenticationManager authentication;

	private final ApiTokens tokens;

	TokenController(AuthenticationManager authentication, ApiTokens tokens) {
		this.authentication = authentication;
		this.tokens = tokens;
	}

	@PostMapping("/token")
	@Operation(summary = "Sign in and receive a bearer token for API calls")
	TokenResponse token(@Valid @RequestBody TokenRequest request) {
		Authentication result = authentication
			.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(request.username(), request.password()));
		long accountId = ((ActorPrincipal) result.getPrincipal()).actor().accountId();
		ApiTokens.IssuedToken issued = tokens.issue(accountId);
		return new TokenResponse(issued.token(), "Bearer", issued.expiresAt());
	}

	/** A sign-in for the API. */
	record TokenRequest(@NotBlank @Size(max = 64) String username, @NotBlank @Size(max = 128) String password) {
	}

	/** The token to send as {@code Authorization: Bearer <token>} until it expires. */
	record TokenResponse(String token, String tokenType, Instant expiresAt) {
	}

}
