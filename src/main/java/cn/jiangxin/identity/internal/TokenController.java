package cn.jiangxin.identity.internal;

import java.time.Instant;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import cn.jiangxin.shared.ActorPrincipal;
import cn.jiangxin.shared.Actors;
import cn.jiangxin.shared.BusinessRuleException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Exchanges a user name and password for a bearer token, and revokes a token at its
 * holder's request; failures count towards the lockout like any sign-in and are answered
 * 401 by the problem handler.
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

	@DeleteMapping("/token")
	@Operation(summary = "Revoke the bearer token sent with this request; the account's other tokens and sessions stay",
			responses = { @ApiResponse(responseCode = "204", description = "revoked"),
					@ApiResponse(responseCode = "400", description = "no bearer token in the Authorization header"),
					@ApiResponse(responseCode = "401", description = "the token is unknown, expired or revoked") })
	ResponseEntity<Void> revoke(HttpServletRequest request) {
		String token = BearerTokenFilter.tokenOf(request)
			.orElseThrow(() -> BusinessRuleException.invalid("Authorization", "auth.token.bearerRequired"));
		tokens.revoke(Actors.require(), token);
		return ResponseEntity.noContent().build();
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
