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
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import cn.jiangxin.audit.AuditAction;
import cn.jiangxin.audit.AuditLog;
import cn.jiangxin.shared.Actor;
import cn.jiangxin.shared.DataVersion;
import cn.jiangxin.shared.KeptValues;
import cn.jiangxin.shared.Permission;
import cn.jiangxin.shared.Role;

/**
 * Opaque bearer tokens for the API: 256 random bits shown once to the caller, stored only
 * as their SHA-256, valid for a configured time, revocable by their holder and revoked
 * with the account's credentials.
 */
@Component
class ApiTokens {

	private final SecureRandom random = new SecureRandom();

	private final JdbcClient jdbc;

	private final Duration lifetime;

	private final AuditLog audit;

	private final Clock clock;

	/**
	 * Live tokens as last read: until an account changes or a token is revoked (audited
	 * as a change of its account), and for five seconds at most (another server's
	 * revoke).
	 */
	private final KeptValues<String, Optional<Holder>> live;

	ApiTokens(JdbcClient jdbc, @Value("${jiangxin.security.token-lifetime:PT12H}") Duration lifetime, AuditLog audit,
			Clock clock, DataVersion versions) {
		this.live = new KeptValues<>(versions, Set.of(AccountService.ENTITY), 100_000, Duration.ofSeconds(5));
		this.clock = clock;
		this.jdbc = jdbc;
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
			.map(holder -> new JiangxinUser(holder.actor(), holder.passwordHash(), holder.enabled(),
					holder.lockedUntil() != null && holder.lockedUntil().isAfter(now), holder.credentialsVersion()))
			.filter(user -> user.isEnabled() && user.isAccountNonLocked());
	}

	/**
	 * A live token's account as a token's check needs it (who, roles, grants, whether it
	 * may sign in) and when the token expires.
	 */
	private record Holder(Actor actor, String passwordHash, boolean enabled, Instant lockedUntil,
			int credentialsVersion, Instant expiresAt) {
	}

	/**
	 * Reads a token with its account, roles and grants in one query (one row per role and
	 * grant), as every first call with a token does.
	 */
	private Optional<Holder> read(String tokenHash) {
		List<Object[]> rows = jdbc.sql("""
				SELECT t.account_id, t.expires_at, a.username, a.display_name, a.password_hash, a.org_id, a.enabled,
				  a.locked_until, a.credentials_version, a.member_id, r.role, p.permission
				FROM api_token t JOIN account a ON a.id = t.account_id
				LEFT JOIN account_role r ON r.account_id = a.id
				LEFT JOIN account_permission p ON p.account_id = a.id
				WHERE t.token_hash = ? AND t.revoked_at IS NULL""").param(tokenHash).query((rs, n) -> {
			Timestamp lockedUntil = rs.getTimestamp(8);
			long org = rs.getLong(6);
			Long orgId = rs.wasNull() ? null : org;
			long member = rs.getLong(10);
			Long memberId = rs.wasNull() ? null : member;
			return new Object[] { rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3), rs.getString(4),
					rs.getString(5), orgId, rs.getBoolean(7), lockedUntil == null ? null : lockedUntil.toInstant(),
					rs.getInt(9), memberId, rs.getString(11), rs.getString(12) };
		}).list();
		if (rows.isEmpty()) {
			return Optional.empty();
		}
		Object[] first = rows.get(0);
		Set<Role> roles = EnumSet.noneOf(Role.class);
		Set<Permission> permissions = EnumSet.noneOf(Permission.class);
		for (Object[] row : rows) {
			if (row[10] != null) {
				roles.add(Role.valueOf((String) row[10]));
			}
			if (row[11] != null) {
				permissions.add(Permission.valueOf((String) row[11]));
			}
		}
		Actor actor = new Actor((Long) first[0], (String) first[2], (String) first[3], Set.copyOf(roles),
				(Long) first[5], Set.copyOf(permissions), (Long) first[9]);
		return Optional.of(new Holder(actor, (String) first[4], (Boolean) first[6], (Instant) first[7],
				(Integer) first[8], (Instant) first[1]));
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
