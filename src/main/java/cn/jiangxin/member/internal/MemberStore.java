package cn.jiangxin.member.internal;

import java.time.Clock;
import java.time.Instant;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import cn.jiangxin.member.Education;
import cn.jiangxin.member.EmploymentType;
import cn.jiangxin.member.Gender;
import cn.jiangxin.member.IdType;
import cn.jiangxin.member.MemberStatus;
import cn.jiangxin.shared.persistence.DatabaseKind;

/** Reads and writes member rows with plain SQL, one at a time or in batches. */
@Component
public class MemberStore {

	static final String COLUMNS = """
			org_id, name, gender, id_type, id_cipher, id_hash, id_masked, birth_date, phone_cipher, phone_hash,
			phone_masked, email, education, employment_type, employer_name, join_date, status, card_no, source,
			import_job_id, tags, version, created_at, updated_at""";

	private static final String INSERT = """
			INSERT INTO member (%s)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
			""".formatted(COLUMNS);

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	private final TransactionTemplate freshPlans;

	private final boolean postgres;

	private final Clock clock;

	MemberStore(JdbcClient jdbc, JdbcTemplate template, PlatformTransactionManager transactions, DatabaseKind database,
			Clock clock) {
		this.clock = clock;
		this.jdbc = jdbc;
		this.template = template;
		this.freshPlans = new TransactionTemplate(transactions);
		this.postgres = database.isPostgres();
	}

	long insert(MemberRecord member) {
		KeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql(INSERT).params(values(member)).update(keys, "id");
		return keys.getKey().longValue();
	}

	/** Inserts many rows in one JDBC batch. */
	void insertAll(List<MemberRecord> members) {
		template.batchUpdate(INSERT, members.stream().map(MemberStore::values).map(List::toArray).toList());
	}

	/** The ids of members by card number, in the order of the numbers given. */
	List<Long> idsByCardNo(List<String> cardNos) {
		if (cardNos.isEmpty()) {
			return List.of();
		}
		Map<String, Long> ids = new HashMap<>();
		jdbc.sql("SELECT id, card_no FROM member WHERE card_no = ANY (?)")
			.params((Object) cardNos.toArray(String[]::new))
			.query((rs, n) -> Map.entry(rs.getString("card_no"), rs.getLong("id")))
			.list()
			.forEach(entry -> ids.put(entry.getKey(), entry.getValue()));
		return cardNos.stream().map(ids::get).toList();
	}

	public Optional<MemberRecord> find(long id) {
		return jdbc.sql("SELECT * FROM member WHERE id = ?").params(id).query(MemberStore::row).optional();
	}

	public Optional<MemberRecord> findForUpdate(long id) {
		return jdbc.sql("SELECT * FROM member WHERE id = ? FOR UPDATE").params(id).query(MemberStore::row).optional();
	}

	public Optional<MemberRecord> findByIdHash(String idHash) {
		return jdbc.sql("SELECT * FROM member WHERE id_hash = ?").params(idHash).query(MemberStore::row).optional();
	}

	/**
	 * The members among a batch of ID lookup hashes. On PostgreSQL the lookup is planned
	 * afresh each time: a bulk import into a table that was empty would otherwise keep
	 * the sequential-scan plan it got while the table was small, and slow down as the
	 * table grows.
	 */
	public List<MemberRecord> findByIdHashes(List<String> idHashes) {
		if (idHashes.isEmpty()) {
			return List.of();
		}
		return freshPlans.execute(status -> {
			if (postgres) {
				jdbc.sql("SET LOCAL plan_cache_mode = force_custom_plan").update();
			}
			return jdbc.sql("SELECT * FROM member WHERE id_hash = ANY (?)")
				.params((Object) idHashes.toArray(String[]::new))
				.query(MemberStore::row)
				.list();
		});
	}

	List<MemberRecord> findAll(List<Long> ids) {
		return jdbc.sql("SELECT * FROM member WHERE id IN (:ids)").param("ids", ids).query(MemberStore::row).list();
	}

	List<MemberRecord> findByPhoneHash(String phoneHash) {
		return jdbc.sql("SELECT * FROM member WHERE phone_hash = ? ORDER BY id")
			.params(phoneHash)
			.query(MemberStore::row)
			.list();
	}

	Optional<MemberRecord> findByCardNo(String cardNo) {
		return jdbc.sql("SELECT * FROM member WHERE card_no = ?").params(cardNo).query(MemberStore::row).optional();
	}

	/**
	 * Writes a changed member if nobody changed it since {@code member.version()};
	 * returns the new version.
	 */
	public int update(MemberRecord member) {
		int updated = jdbc
			.sql("""
					UPDATE member SET org_id = ?, name = ?, gender = ?, id_type = ?, id_cipher = ?, id_hash = ?, id_masked = ?,
					       birth_date = ?, phone_cipher = ?, phone_hash = ?, phone_masked = ?, email = ?, education = ?,
					       employment_type = ?, employer_name = ?, join_date = ?, status = ?, tags = ?,
					       version = version + 1, updated_at = ?
					WHERE id = ? AND version = ?
					""")
			.params(member.orgId(), member.name(), member.gender().name(), member.idType().name(), member.idCipher(),
					member.idHash(), member.idMasked(), date(member.birthDate()), member.phoneCipher(),
					member.phoneHash(), member.phoneMasked(), member.email(), name(member.education()),
					member.employmentType().name(), member.employerName(), date(member.joinDate()),
					member.status().name(), member.tags(), Timestamp.from(Instant.now(clock)), member.id(),
					member.version())
			.update();
		if (updated == 0) {
			throw new OptimisticLockingFailureException("member " + member.id() + " changed meanwhile");
		}
		return member.version() + 1;
	}

	public void history(long memberId, String kind, Long fromOrg, Long toOrg, MemberStatus fromStatus,
			MemberStatus toStatus, String note, String actorName) {
		jdbc.sql("""
				INSERT INTO member_history (member_id, kind, from_org_id, to_org_id, from_status, to_status, note,
				                            actor_name, created_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
				""")
			.params(memberId, kind, fromOrg, toOrg, fromStatus == null ? null : fromStatus.name(),
					toStatus == null ? null : toStatus.name(), note, actorName, Timestamp.from(Instant.now(clock)))
			.update();
	}

	static List<Object> values(MemberRecord m) {
		return Arrays.asList(m.orgId(), m.name(), m.gender().name(), m.idType().name(), m.idCipher(), m.idHash(),
				m.idMasked(), date(m.birthDate()), m.phoneCipher(), m.phoneHash(), m.phoneMasked(), m.email(),
				name(m.education()), m.employmentType().name(), m.employerName(), date(m.joinDate()), m.status().name(),
				m.cardNo(), m.source().name(), m.importJobId(), m.tags(), m.version(), Timestamp.from(m.createdAt()),
				Timestamp.from(m.updatedAt()));
	}

	public static MemberRecord row(ResultSet rs, int n) throws SQLException {
		Date birth = rs.getDate("birth_date");
		String education = rs.getString("education");
		return new MemberRecord(rs.getLong("id"), rs.getLong("org_id"), rs.getString("name"),
				Gender.valueOf(rs.getString("gender")), IdType.valueOf(rs.getString("id_type")),
				rs.getString("id_cipher"), rs.getString("id_hash"), rs.getString("id_masked"),
				birth == null ? null : birth.toLocalDate(), rs.getString("phone_cipher"), rs.getString("phone_hash"),
				rs.getString("phone_masked"), rs.getString("email"),
				education == null ? null : Education.valueOf(education),
				EmploymentType.valueOf(rs.getString("employment_type")), rs.getString("employer_name"),
				rs.getDate("join_date").toLocalDate(), MemberStatus.valueOf(rs.getString("status")),
				rs.getString("card_no"), MemberSource.valueOf(rs.getString("source")),
				rs.getObject("import_job_id", Long.class), rs.getString("tags"), rs.getInt("version"),
				rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant());
	}

	private static Date date(LocalDate date) {
		return date == null ? null : Date.valueOf(date);
	}

	private static String name(Enum<?> value) {
		return value == null ? null : value.name();
	}

}
