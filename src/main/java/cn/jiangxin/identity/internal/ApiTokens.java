package cn.jiangxin.identity.internal;

import java.time.Clock;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import cn.jiangxin.audit.AuditAction;
import cn.jiangxin.audit.AuditLog;
import cn.jiangxin.shared.Actor;

/**
 * Opaque bearer tokens for the API: 256 random bits shown once to the caller, stored only as their
 * SHA-256, valid for a configured time, revocable by their holder and revoked with the account's credentials.
 */
@Component
class ApiTokens {

	private final SecureRandom random = new SecureRandom();

	private final JdbcClient jdbc;

	private final AccountRepository accounts;

	private final Duration lifetime;

	private final AuditLog audit;

	private final Clock clock;

	ApiTokens(JdbcClient jdbc, AccountRepository accounts,
			@Value("${jiangxin.security.token-lifetime:PT12H}") Duration lifetime, AuditLog audit, Clock clock) {
		this.clock = clock;
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.lifetime = lifetime;
		this.audit = audit;
	}

	/** A new token for the account, and when it expires. */
	@Transactional
	IssuedToken issue(long accountId) {
		byte[] bytes = new byte[32];
		random.nextBytes(bytes);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		Instant expiresAt = Instant.now(clock).plus(lifetime);
		jdbc.sql("INSERT INTO api_token (account_id, token_hash, created_at, expires_at) VALUES (?, ?, ?, ?)")
			.params(accountId, hash(token), Timestamp.from(Instant.now(clock)), Timestamp.from(expiresAt))
			.update();
		return new IssuedToken(token, expiresAt);
	}

	/** The account a live token belongs to, if the token is live and the account may still sign in. */
	@Transactional(readOnly = true)
	Optional<JiangxinUser> authenticate(String token) {
		if (token == null || token.length() > 100) {
			return Optional.empty();
		}
		Optional<Long> accountId = jdbc
			.sql("SELECT account_id FROM api_token WHERE token_hash = ? AND revoked_at IS NULL AND expires_at > ?")
			.params(hash(token), Timestamp.from(Instant.now(clock)))
			.query(Long.class)
			.optional();
		return accountId.flatMap(accounts::findById)
			.map(account -> AccountUserDetailsService.userOf(account, Instant.now(clock)))
			.filter(user -> user.isEnabled() && user.isAccountNonLocked());
	}

	/** Revokes one live token of the actor's account, at its holder's request; the revocation is audited. */
	@Transactional
	void revoke(Actor actor, String token) {
		int revoked = jdbc
			.sql("UPDATE api_token SET revoked_at = ? WHERE token_hash = ? AND account_id = ? AND revoked_at IS NULL")
			.params(Timestamp.from(Instant.now(clock)), hash(token), actor.accountId())
			.update();
		if (revoked > 0) {
			audit.recordAs(actor.accountId(), actor.username(), AccountService.ENTITY, actor.accountId(), actor.orgId(),
					AuditAction.LOGOUT, null, Map.of("token", "revoked"));
		}
	}

	/** Revokes every live token of an account, e.g. when its password changes or it is disabled. */
	@Transactional
	void revokeAll(long accountId) {
		jdbc.sql("UPDATE api_token SET revoked_at = ? WHERE account_id = ? AND revoked_at IS NULL")
			.params(Timestamp.from(Instant.now(clock)), accountId)
			.update();
	}

	static String hash(String token) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(digest.digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is always present", ex);
		}
	}

	/** A token as handed to the caller. */
	record IssuedToken(String token, Instant expiresAt) {
	}

}
