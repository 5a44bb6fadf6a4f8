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
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import cn.jiangxin.audit.AuditAction;
import cn.jiangxin.audit.AuditLog;
import cn.jiangxin.shared.Actor;
import cn.jiangxin.shared.DataVersion;
import cn.jiangxin.shared.KeptValues;

/**
 * Opaque bearer tokens for the API: 256 random bits shown once to the caller, stored only
 * as their SHA-256, valid for a configured time, revocable by their holder and revoked
 * with the account's credentials.
 */
@Component
class ApiTokens {

	private final SecureRandom random = new SecureRandom();

	private final JdbcClient jdbc;

	private final AccountRepository accounts;

	private final Duration lifetime;

	private final AuditLog audit;

	private final Clock clock;

	/**
	 * Live tokens as last read: until an account changes or a token is revoked (audited
	 * as a change of its account), and for five seconds at most (another server's
	 * revoke).
	 */
	private final KeptValues<String, Optional<Holder>> live;

	/**
	 * Accounts as last loaded, reused while the row's version, credentials and lock are
	 * what a token's check reads: a token is checked with one query, not an aggregate
	 * load.
	 */
	private final Cache<Long, Account> loaded = Caffeine.newBuilder().maximumSize(100_000).build();

	ApiTokens(JdbcClient jdbc, AccountRepository accounts,
			@Value("${jiangxin.security.token-lifetime:PT12H}") Duration lifetime, AuditLog audit, Clock clock,
			DataVersion versions) {
		this.live = new KeptValues<>(versions, Set.of(AccountService.ENTITY), 100_000, Duration.ofSeconds(5));
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

	/**
	 * The account a live token belongs to, if the token is live and the account may still
	 * sign in.
	 */
	Optional<JiangxinUser> authenticate(String token) {
		if (token == null || token.length() > 100) {
			return Optional.empty();
		}
		Instant now = Instant.now(clock);
		return live.get(hash(token), this::read)
			.filter(holder -> holder.expiresAt().isAfter(now))
			.map(holder -> AccountUserDetailsService.userOf(holder.account(), now))
			.filter(user -> user.isEnabled() && user.isAccountNonLocked());
	}

	/** A live token's account and when the token expires. */
	private record Holder(Account account, Instant expiresAt) {
	}

	private Optional<Holder> read(String tokenHash) {
		return jdbc.sql("""
				SELECT t.account_id, t.expires_at, a.version, a.credentials_version, a.locked_until
				FROM api_token t JOIN account a ON a.id = t.account_id
				WHERE t.token_hash = ? AND t.revoked_at IS NULL""").param(tokenHash).query((rs, n) -> {
			Timestamp lockedUntil = rs.getTimestamp(5);
			return new Row(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getInt(3), rs.getInt(4),
					lockedUntil == null ? null : lockedUntil.toInstant());
		}).optional().flatMap(row -> account(row).map(account -> new Holder(account, row.expiresAt())));
	}

	/** What a token's check reads of the token and its account. */
	private record Row(long accountId, Instant expiresAt, int version, int credentialsVersion, Instant lockedUntil) {
	}

	/**
	 * The token's account: as loaded before if the row has not changed since, else anew.
	 */
	private Optional<Account> account(Row row) {
		Account kept = loaded.getIfPresent(row.accountId());
		if (kept != null && kept.version() != null && kept.version() == row.version()
				&& kept.credentialsVersion() == row.credentialsVersion()
				&& Objects.equals(kept.lockedUntil(), row.lockedUntil())) {
			return Optional.of(kept);
		}
		Optional<Account> account = accounts.findById(row.accountId());
		account.ifPresent(a -> loaded.put(row.accountId(), a));
		return account;
	}

	/**
	 * Revokes one live token of the actor's account, at its holder's request; the
	 * revocation is audited.
	 */
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

	/**
	 * Revokes every live token of an account, e.g. when its password changes or it is
	 * disabled.
	 */
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
