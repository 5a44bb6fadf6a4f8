package cn.jiangxin.award.internal;

import java.time.Clock;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;

import cn.jiangxin.award.AwardKind;
import cn.jiangxin.award.AwardView;
import cn.jiangxin.award.TierDraft;
import cn.jiangxin.award.TierView;
import cn.jiangxin.shared.OrgDirectory;

/** Reads and writes tiers, awards, the notice period and certificates. */
@Component
class AwardStore {

	/** An award with its certificate number and track name; a WHERE clause follows. */
	private static final String SELECT_AWARDS = """
			SELECT a.*, c.number, t.name AS track_name
			FROM award a
			LEFT JOIN certificate c ON c.award_id = a.id
			LEFT JOIN track t ON t.id = a.track_id
			""";

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	private final OrgDirectory orgNames;

	private final Clock clock;

	AwardStore(JdbcClient jdbc, JdbcTemplate template, OrgDirectory orgNames, Clock clock) {
		this.clock = clock;
		this.jdbc = jdbc;
		this.template = template;
		this.orgNames = orgNames;
	}

	long insertTier(long contestId, TierDraft d) {
		int position = jdbc.sql("SELECT COALESCE(MAX(position), 0) + 1 FROM award_tier WHERE contest_id = ?")
			.param(contestId)
			.query(Integer.class)
			.single();
		KeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql(
				"""
						INSERT INTO award_tier (contest_id, round_id, name, per_track, count_value, share_percent, confers_title,
						                        position)
						VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(contestId, d.roundId(), d.name().strip(), d.isPerTrack(), d.count(), d.sharePercent(),
					d.confersTitle() == null || d.confersTitle().isBlank() ? null : d.confersTitle().strip(), position)
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	void deleteTier(long tierId) {
		jdbc.sql("DELETE FROM award_tier WHERE id = ?").param(tierId).update();
	}

	List<TierView> tiers(long contestId) {
		return jdbc.sql("SELECT * FROM award_tier WHERE contest_id = ? ORDER BY position")
			.param(contestId)
			.query((rs, row) -> {
				int count = rs.getInt("count_value");
				Integer countValue = rs.wasNull() ? null : count;
				return new TierView(rs.getLong("id"), rs.getLong("contest_id"), rs.getLong("round_id"),
						rs.getString("name"), rs.getBoolean("per_track"), countValue, rs.getBigDecimal("share_percent"),
						rs.getString("confers_title"), rs.getInt("position"));
			})
			.list();
	}

	boolean tierNameTaken(long contestId, String name) {
		return jdbc.sql("SELECT COUNT(*) FROM award_tier WHERE contest_id = ? AND name = ?")
			.params(contestId, name.strip())
			.query(Integer.class)
			.single() > 0;
	}

	/**
	 * Inserts a contest's awards, as computed, in one batch, each with its certificate
	 * (numbered by {@code numbers}); the contest has none yet.
	 */
	void insertAwards(long contestId, List<AwardView> awards, Supplier<String> numbers) {
		Timestamp now = Timestamp.from(now());
		template.batchUpdate(
				"""
						INSERT INTO award (contest_id, tier_id, kind, name, track_id, entry_id, unit_org_id, holder, place, score,
						                   status, created_at)
						VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'ACTIVE', ?)""",
				awards.stream()
					.map(a -> new Object[] { contestId, a.tierId(), a.kind().name(), a.name(), a.trackId(), a.entryId(),
							a.unitOrgId(), cut(a.holder(), 300), a.place(), a.score(), now })
					.toList());
		List<Long> ids = jdbc.sql("SELECT id FROM award WHERE contest_id = ? ORDER BY id")
			.param(contestId)
			.query(Long.class)
			.list();
		template.batchUpdate("INSERT INTO certificate (number, award_id, issued_at) VALUES (?, ?, ?)",
				ids.stream().map(id -> new Object[] { numbers.get(), id, now }).toList());
	}

	/** The platform's time now. */
	Instant now() {
		return Instant.now(clock);
	}

	List<AwardView> awards(long contestId) {
		return named(jdbc
			.sql(SELECT_AWARDS
					+ """
							WHERE a.contest_id = ?
							ORDER BY CASE a.kind WHEN 'ENTRY' THEN 0 WHEN 'TEAM_UNIT' THEN 1 ELSE 2 END, a.tier_id, a.place, a.track_id,
							         a.id""")
			.param(contestId)
			.query((rs, n) -> award(rs, n))
			.list());
	}

	Optional<AwardView> award(long awardId) {
		return named(jdbc.sql(SELECT_AWARDS + "WHERE a.id = ?").param(awardId).query((rs, n) -> award(rs, n)).list())
			.stream()
			.findFirst();
	}

	Optional<AwardView> byCertificate(String number) {
		return named(jdbc.sql(SELECT_AWARDS + "WHERE c.number = ?").param(number).query((rs, n) -> award(rs, n)).list())
			.stream()
			.findFirst();
	}

	/** The awards given to any of these entries, in the order of their contests. */
	List<AwardView> awardsOfEntries(List<Long> entryIds) {
		if (entryIds.isEmpty()) {
			return List.of();
		}
		return named(jdbc.sql(SELECT_AWARDS + """
				WHERE a.entry_id IN (:entries)
				ORDER BY a.contest_id DESC, a.place, a.id""")
			.param("entries", entryIds)
			.query((rs, n) -> award(rs, n))
			.list());
	}

	/** When a certificate was issued and revoked. */
	Optional<Instant[]> certificateDates(String number) {
		return jdbc.sql("SELECT issued_at, revoked_at FROM certificate WHERE number = ?")
			.param(number)
			.query((rs,
					row) -> new Instant[] { rs.getTimestamp(1).toInstant(),
							rs.getTimestamp(2) == null ? null : rs.getTimestamp(2).toInstant() })
			.optional();
	}

	void revoke(long awardId, String reason, String by) {
		jdbc.sql("UPDATE award SET status = 'REVOKED', revoked_reason = ? WHERE id = ?")
			.params(reason, awardId)
			.update();
		jdbc.sql("UPDATE certificate SET revoked_at = ?, revoked_by = ? WHERE award_id = ? AND revoked_at IS NULL")
			.params(Timestamp.from(Instant.now(clock)), by, awardId)
			.update();
	}

	// the notice period

	/**
	 * A contest's notice: when it was published, when it ends, and when it was finalised.
	 */
	record Notice(long contestId, Instant publishedAt, Instant endsAt, String publishedBy, Instant finalisedAt) {

		public boolean running(Instant now) {
			return finalisedAt == null && now.isBefore(endsAt);
		}

	}

	void publish(long contestId, Instant endsAt, String by, String rule) {
		jdbc.sql("""
				INSERT INTO award_notice (contest_id, published_at, ends_at, published_by, organisation_rule)
				VALUES (?, ?, ?, ?, ?)""")
			.params(contestId, Timestamp.from(Instant.now(clock)), Timestamp.from(endsAt), by, rule)
			.update();
	}

	Optional<Notice> notice(long contestId) {
		return jdbc.sql("SELECT * FROM award_notice WHERE contest_id = ?")
			.param(contestId)
			.query((rs, row) -> new Notice(rs.getLong("contest_id"), rs.getTimestamp("published_at").toInstant(),
					rs.getTimestamp("ends_at").toInstant(), rs.getString("published_by"),
					rs.getTimestamp("finalised_at") == null ? null : rs.getTimestamp("finalised_at").toInstant()))
			.optional();
	}

	/** Locks the notice row; false if there is none. */
	boolean lockNotice(long contestId) {
		return !jdbc.sql("SELECT contest_id FROM award_notice WHERE contest_id = ? FOR UPDATE")
			.param(contestId)
			.query(Long.class)
			.list()
			.isEmpty();
	}

	void finalise(long contestId) {
		jdbc.sql("UPDATE award_notice SET finalised_at = ? WHERE contest_id = ?")
			.params(Timestamp.from(Instant.now(clock)), contestId)
			.update();
	}

	private AwardView award(ResultSet rs, int row) throws SQLException {
		long tier = rs.getLong("tier_id");
		Long tierId = rs.wasNull() ? null : tier;
		long track = rs.getLong("track_id");
		Long trackId = rs.wasNull() ? null : track;
		long entry = rs.getLong("entry_id");
		Long entryId = rs.wasNull() ? null : entry;
		return new AwardView(rs.getLong("id"), rs.getLong("contest_id"), tierId,
				AwardKind.valueOf(rs.getString("kind")), rs.getString("name"), trackId, rs.getString("track_name"),
				entryId, rs.getLong("unit_org_id"), null, rs.getString("holder"), rs.getInt("place"),
				rs.getBigDecimal("score"), rs.getString("status"), rs.getString("number"));
	}

	private List<AwardView> named(List<AwardView> awards) {
		Map<Long, String> names = orgNames.names(awards.stream().map(AwardView::unitOrgId).distinct().toList());
		return awards.stream()
			.map(a -> new AwardView(a.id(), a.contestId(), a.tierId(), a.kind(), a.name(), a.trackId(), a.trackName(),
					a.entryId(), a.unitOrgId(), names.get(a.unitOrgId()), a.holder(), a.place(), a.score(), a.status(),
					a.certificateNumber()))
			.toList();
	}

	private static String cut(String text, int max) {
		return text.length() <= max ? text : text.substring(0, max - 1) + "…";
	}

}
