package cn.jiangxin.bench;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.jiangxin.member.internal.BenchMembers;

/**
 * Members signed in for a load test: generated members of one union registered through the member module, a member
 * account each (with the 经开区 admin's password hash, never used), and a live API token each, good for twelve hours —
 * what a signed-in phone holds (the deliberately slow sign-in itself is not what the load tests measure).
 */
public final class BenchLogins {

	private BenchLogins() {
	}

	/** A signed-in member: the member's id and the token their phone presents. */
	public record Login(long memberId, String token) {
	}

	/**
	 * Registers {@code count} members of the union (ID numbers from person {@code first}) and signs each in; their
	 * accounts are named {@code label} and a number.
	 */
	public static List<Login> register(ConfigurableApplicationContext context, long union, int count, long first,
			String label) {
		JdbcClient jdbc = context.getBean(JdbcClient.class);
		JdbcTemplate batch = context.getBean(JdbcTemplate.class);
		List<Long> members = BenchMembers.register(context, union, count, first);
		String hash = jdbc.sql("SELECT password_hash FROM account WHERE username = 'jingkai'").query(String.class).single();
		List<Object[]> accounts = new ArrayList<>();
		jdbc.sql("SELECT id, card_no FROM member WHERE org_id = ? AND id >= ?")
			.params(union, members.get(0))
			.query((rs, n) -> accounts.add(new Object[] { rs.getString(2), label + n, hash, union, rs.getLong(1) }))
			.list();
		batch.batchUpdate("INSERT INTO account (username, display_name, password_hash, org_id, member_id) "
				+ "VALUES (?, ?, ?, ?, ?)", accounts);
		jdbc.sql("INSERT INTO account_role (account_id, role) SELECT a.id, 'MEMBER' FROM account a "
				+ "JOIN member m ON m.id = a.member_id WHERE m.org_id = ? AND m.id >= ?").params(union, members.get(0))
			.update();
		List<long[]> accountIds = jdbc.sql("SELECT a.id, a.member_id FROM account a JOIN member m ON m.id = a.member_id "
				+ "WHERE m.org_id = ? AND m.id >= ? ORDER BY a.id")
			.params(union, members.get(0))
			.query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2) })
			.list();
		SecureRandom random = new SecureRandom();
		List<Object[]> tokens = new ArrayList<>();
		List<Login> logins = new ArrayList<>();
		Instant now = Instant.now();
		for (long[] account : accountIds) {
			byte[] bytes = new byte[32];
			random.nextBytes(bytes);
			String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
			tokens.add(new Object[] { account[0], sha256(token), Timestamp.from(now),
					Timestamp.from(now.plus(Duration.ofHours(12))) });
			logins.add(new Login(account[1], token));
		}
		batch.batchUpdate("INSERT INTO api_token (account_id, token_hash, created_at, expires_at) VALUES (?, ?, ?, ?)",
				tokens);
		return logins;
	}

	/** A token's hash as the platform keeps it. */
	static String sha256(String token) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
