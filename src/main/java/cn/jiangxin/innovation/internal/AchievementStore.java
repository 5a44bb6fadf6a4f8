package cn.jiangxin.innovation.internal;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;

import cn.jiangxin.innovation.AchievementKind;
import cn.jiangxin.innovation.PatentKind;
import cn.jiangxin.innovation.internal.Achievement.Contributor;
import cn.jiangxin.innovation.internal.Achievement.StudioName;
import cn.jiangxin.shared.OrgScope.SqlFilter;

/**
 * Reads and writes achievements with their studios, contributors and adoptions; counts
 * them per studio.
 */
@Component
class AchievementStore {

	private final JdbcClient jdbc;

	AchievementStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A contributor as stored: a member's id, or a name from outside. */
	record ContributorRow(Long memberId, String externalName) {
	}

	/** Inserts an achievement of the studios (the first records it); its id. */
	long insert(AchievementDraft draft, String title, String patentNo, String standardNo, long ownerOrgId,
			List<Long> studioIds, List<ContributorRow> contributors, List<String> adoptions, String by, Instant at) {
		KeyHolder key = new GeneratedKeyHolder();
		jdbc.sql(
				"""
						INSERT INTO achievement (kind, title, achieved_on, owner_org_id, patent_no, patent_kind, standard_no, venue,
						                         benefit_amount, summary, status, created_by, created_at)
						VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'RECORDED', ?, ?)""")
			.params(draft.kind().name(), title, Date.valueOf(draft.achievedOn()), ownerOrgId, patentNo,
					draft.patentKind() == null ? null : draft.patentKind().name(), standardNo,
					Texts.blankToNull(draft.venue()), draft.benefit(), Texts.blankToNull(draft.summary()), by,
					Timestamp.from(at))
			.update(key, "id");
		long id = key.getKeyAs(Long.class);
		for (long studio : studioIds) {
			jdbc.sql("INSERT INTO achievement_studio (achievement_id, studio_id) VALUES (?, ?)")
				.params(id, studio)
				.update();
		}
		for (int i = 0; i < contributors.size(); i++) {
			jdbc.sql("INSERT INTO achievement_contributor (achievement_id, position, member_id, external_name) "
					+ "VALUES (?, ?, ?, ?)")
				.params(id, i + 1, contributors.get(i).memberId(), contributors.get(i).externalName())
				.update();
		}
		for (String unit : adoptions) {
			jdbc.sql("INSERT INTO achievement_adoption (achievement_id, unit_name) VALUES (?, ?)")
				.params(id, unit)
				.update();
		}
		return id;
	}

	/**
	 * Records the award a studio was born of (a contest team's title): an AWARD
	 * achievement of the studio linked to the contest and the award, its team as
	 * contributors.
	 */
	void insertAward(long studioId, String title, LocalDate on, long ownerOrgId, Long contestId, Long awardId,
			List<Long> memberIds, String by, Instant at) {
		KeyHolder key = new GeneratedKeyHolder();
		jdbc.sql(
				"""
						INSERT INTO achievement (kind, title, achieved_on, owner_org_id, contest_id, award_id, status, created_by,
						                         created_at)
						VALUES ('AWARD', ?, ?, ?, ?, ?, 'RECORDED', ?, ?)""")
			.params(title, Date.valueOf(on), ownerOrgId, contestId, awardId, by, Timestamp.from(at))
			.update(key, "id");
		long id = key.getKeyAs(Long.class);
		jdbc.sql("INSERT INTO achievement_studio (achievement_id, studio_id) VALUES (?, ?)")
			.params(id, studioId)
			.update();
		for (int i = 0; i < memberIds.size(); i++) {
			jdbc.sql("INSERT INTO achievement_contributor (achievement_id, position, member_id) VALUES (?, ?, ?)")
				.params(id, i + 1, memberIds.get(i))
				.update();
		}
	}

	/** A studio's recorded achievements, latest first. */
	List<Achievement> ofStudio(long studioId) {
		return withParts(jdbc.sql("""
				SELECT a.* FROM achievement a JOIN achievement_studio s ON s.achievement_id = a.id
				WHERE s.studio_id = ? AND a.status = 'RECORDED' ORDER BY a.achieved_on DESC, a.id DESC""")
			.param(studioId)
			.query(AchievementStore::row)
			.list());
	}

	/** What achievements are counted by. */
	enum CountBy {

		UNION, MEMBER

	}

	/** A union or a member with how many achievements it has. */
	record Count(long id, String name, long count) {
	}

	/** Recorded achievements per host union of the studios within reach. */
	List<Count> countsByUnion(SqlFilter reach, int limit) {
		List<Object> params = new ArrayList<>(reach.params());
		params.add(limit);
		return jdbc.sql("""
				SELECT st.host_org_id, COUNT(DISTINCT a.id) AS n FROM achievement a
				JOIN achievement_studio x ON x.achievement_id = a.id JOIN studio st ON st.id = x.studio_id
				WHERE a.status = 'RECORDED' AND %s GROUP BY st.host_org_id ORDER BY n DESC, st.host_org_id
				FETCH FIRST ? ROWS ONLY""".formatted(reach.sql()))
			.params(params)
			.query((rs, n) -> new Count(rs.getLong(1), null, rs.getLong(2)))
			.list();
	}

	/** Recorded achievements per contributing member, of studios within reach. */
	List<Count> countsByMember(SqlFilter reach, int limit) {
		List<Object> params = new ArrayList<>(reach.params());
		params.add(limit);
		return jdbc.sql("""
				SELECT c.member_id, COUNT(DISTINCT a.id) AS n FROM achievement a
				JOIN achievement_contributor c ON c.achievement_id = a.id
				JOIN achievement_studio x ON x.achievement_id = a.id JOIN studio st ON st.id = x.studio_id
				WHERE a.status = 'RECORDED' AND c.member_id IS NOT NULL AND %s GROUP BY c.member_id
				ORDER BY n DESC, c.member_id FETCH FIRST ? ROWS ONLY""".formatted(reach.sql()))
			.params(params)
			.query((rs, n) -> new Count(rs.getLong(1), null, rs.getLong(2)))
			.list();
	}

	/** A joint project's recorded outcomes, latest first. */
	List<Achievement> ofProject(long projectId) {
		return withParts(jdbc.sql("""
				SELECT a.* FROM achievement a WHERE a.joint_project_id = ? AND a.status = 'RECORDED'
				ORDER BY a.achieved_on DESC, a.id DESC""").param(projectId).query(AchievementStore::row).list());
	}

	/**
	 * Recorded achievements of studios hosted within reach (a filter on
	 * {@code st.host_org_id}), latest first, of a kind and with a text in the title or
	 * the patent number (either null for any); at most {@code limit}.
	 */
	List<Achievement> search(SqlFilter reach, AchievementKind kind, String text, int limit) {
		List<String> where = new ArrayList<>(List.of("a.status = 'RECORDED'",
				"a.id IN (SELECT s.achievement_id FROM achievement_studio s JOIN studio st ON st.id = s.studio_id WHERE "
						+ reach.sql() + ")"));
		List<Object> params = new ArrayList<>(reach.params());
		if (kind != null) {
			where.add("a.kind = ?");
			params.add(kind.name());
		}
		if (text != null) {
			where.add("(POSITION(? IN a.title) > 0 OR a.patent_no = ?)");
			params.add(text);
			params.add(text);
		}
		params.add(limit);
		return withParts(jdbc
			.sql("SELECT a.* FROM achievement a WHERE " + String.join(" AND ", where)
					+ " ORDER BY a.achieved_on DESC, a.id DESC FETCH FIRST ? ROWS ONLY")
			.params(params)
			.query(AchievementStore::row)
			.list());
	}

	/** A studio's recorded achievements by kind, and the money they saved or earned. */
	Tally tally(long studioId) {
		Map<AchievementKind, Long> byKind = new EnumMap<>(AchievementKind.class);
		BigDecimal[] benefit = { BigDecimal.ZERO };
		jdbc.sql("""
				SELECT a.kind, COUNT(*), SUM(a.benefit_amount) FROM achievement a
				JOIN achievement_studio s ON s.achievement_id = a.id
				WHERE s.studio_id = ? AND a.status = 'RECORDED' GROUP BY a.kind""").param(studioId).query(rs -> {
			byKind.put(AchievementKind.valueOf(rs.getString(1)), rs.getLong(2));
			if (rs.getBigDecimal(3) != null) {
				benefit[0] = benefit[0].add(rs.getBigDecimal(3));
			}
		});
		return new Tally(byKind, benefit[0]);
	}

	/** Achievements counted by kind, and the money saved or earned in all. */
	record Tally(Map<AchievementKind, Long> byKind, BigDecimal benefit) {

		public long count(AchievementKind kind) {
			return byKind.getOrDefault(kind, 0L);
		}

		public long total() {
			return byKind.values().stream().mapToLong(Long::longValue).sum();
		}

	}

	private List<Achievement> withParts(List<Achievement> found) {
		if (found.isEmpty()) {
			return found;
		}
		String in = "(" + Texts.placeholders(found.size()) + ")";
		List<Object> ids = found.stream().map(a -> (Object) a.id()).toList();
		Map<Long, List<StudioName>> studios = new HashMap<>();
		jdbc.sql(
				"SELECT s.achievement_id, st.id, st.name FROM achievement_studio s JOIN studio st ON st.id = s.studio_id "
						+ "WHERE s.achievement_id IN " + in + " ORDER BY st.name, st.id")
			.params(ids)
			.query(rs -> {
				studios.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
					.add(new StudioName(rs.getLong(2), rs.getString(3)));
			});
		Map<Long, List<Contributor>> contributors = new HashMap<>();
		jdbc.sql("SELECT achievement_id, member_id, external_name FROM achievement_contributor WHERE achievement_id IN "
				+ in + " ORDER BY achievement_id, position")
			.params(ids)
			.query(rs -> {
				long achievement = rs.getLong(1);
				Long member = rs.getObject(2) == null ? null : rs.getLong(2);
				contributors.computeIfAbsent(achievement, k -> new ArrayList<>())
					.add(new Contributor(member, rs.getString(3)));
			});
		Map<Long, List<String>> adoptions = new HashMap<>();
		jdbc.sql("SELECT achievement_id, unit_name FROM achievement_adoption WHERE achievement_id IN " + in
				+ " ORDER BY unit_name")
			.params(ids)
			.query(rs -> {
				adoptions.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
			});
		return found.stream()
			.map(a -> new Achievement(a.id(), a.kind(), a.title(), a.achievedOn(), a.ownerOrgId(), a.patentNo(),
					a.patentKind(), a.standardNo(), a.venue(), a.benefit(), a.summary(),
					studios.getOrDefault(a.id(), List.of()), contributors.getOrDefault(a.id(), List.of()),
					adoptions.getOrDefault(a.id(), List.of()), a.contestId()))
			.toList();
	}

	private static Achievement row(ResultSet rs, int n) throws SQLException {
		String patentKind = rs.getString("patent_kind");
		return new Achievement(rs.getLong("id"), AchievementKind.valueOf(rs.getString("kind")), rs.getString("title"),
				rs.getDate("achieved_on").toLocalDate(), rs.getLong("owner_org_id"), rs.getString("patent_no"),
				patentKind == null ? null : PatentKind.valueOf(patentKind), rs.getString("standard_no"),
				rs.getString("venue"), rs.getBigDecimal("benefit_amount"), rs.getString("summary"), List.of(),
				List.of(), List.of(), contest(rs));
	}

	private static Long contest(ResultSet rs) throws SQLException {
		long contest = rs.getLong("contest_id");
		return rs.wasNull() ? null : contest;
	}

}
