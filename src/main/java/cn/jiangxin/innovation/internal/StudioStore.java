package cn.jiangxin.innovation.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;

import cn.jiangxin.honor.TitleConferred;
import cn.jiangxin.innovation.StudioField;
import cn.jiangxin.innovation.StudioLevel;
import cn.jiangxin.shared.OrgScope.SqlFilter;

/** Reads and writes studios, their members, tags and levels. */
@Component
class StudioStore {

	private final JdbcClient jdbc;

	StudioStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Inserts a studio with its tags and its leader as first member; its id. */
	long insert(StudioDraft draft, String name, long leaderId, List<String> tags, String by, Instant at) {
		KeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO studio (name, host_org_id, employer_name, leader_id, field, founded_on, description, status,
				                    created_by, created_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, 'ACTIVE', ?, ?)""")
			.params(name, draft.hostOrgId(), Texts.blankToNull(draft.employerName()), leaderId, draft.field().name(),
					Date.valueOf(draft.foundedOn()), Texts.blankToNull(draft.description()), by, Timestamp.from(at))
			.update(key, "id");
		long id = key.getKeyAs(Long.class);
		for (String tag : tags) {
			jdbc.sql("INSERT INTO studio_tag (studio_id, tag) VALUES (?, ?)").params(id, tag).update();
		}
		addMember(id, leaderId, StudioRole.LEADER, draft.foundedOn());
		return id;
	}

	/**
	 * Inserts the studio a team's title makes, its leader and core members with it; its
	 * id, or empty if this honour made one already. A name its union has taken already
	 * gets the honour's number after it.
	 */
	Optional<Long> insertFromTitle(TitleConferred title, String name, StudioField field, String by, Instant at) {
		String suffix = "（" + title.honorId() + "）";
		long leader = title.memberIds().get(0);
		for (String candidate : List.of(name, clip(name, 100 - suffix.length()) + suffix)) {
			KeyHolder key = new GeneratedKeyHolder();
			int made = jdbc
				.sql("""
						INSERT INTO studio (name, host_org_id, leader_id, field, founded_on, status, origin_honor_id, origin_title,
						                    origin_on, created_by, created_at)
						VALUES (?, ?, ?, ?, ?, 'ACTIVE', ?, ?, ?, ?, ?)
						ON CONFLICT DO NOTHING""")
				.params(candidate, title.orgId(), leader, field.name(), Date.valueOf(title.conferredOn()),
						title.honorId(), title.title(), Date.valueOf(title.conferredOn()), by, Timestamp.from(at))
				.update(key, "id");
			if (made == 1) {
				long id = key.getKeyAs(Long.class);
				new LinkedHashSet<>(title.memberIds()).forEach(member -> addMember(id, member,
						member == leader ? StudioRole.LEADER : StudioRole.CORE, title.conferredOn()));
				return Optional.of(id);
			}
			if (jdbc.sql("SELECT COUNT(*) FROM studio WHERE origin_honor_id = ?")
				.param(title.honorId())
				.query(Long.class)
				.single() > 0) {
				return Optional.empty();
			}
		}
		throw new IllegalStateException("no name left for the studio of honour " + title.honorId());
	}

	/** Adds a member, or brings back one who left; false if they are in it already. */
	boolean addMember(long studioId, long memberId, StudioRole role, LocalDate on) {
		int back = jdbc
			.sql("UPDATE studio_member SET role = ?, joined_on = ?, left_on = NULL "
					+ "WHERE studio_id = ? AND member_id = ? AND left_on IS NOT NULL")
			.params(role.name(), Date.valueOf(on), studioId, memberId)
			.update();
		if (back == 1) {
			return true;
		}
		return jdbc.sql("""
				INSERT INTO studio_member (studio_id, member_id, role, joined_on) VALUES (?, ?, ?, ?)
				ON CONFLICT DO NOTHING""").params(studioId, memberId, role.name(), Date.valueOf(on)).update() == 1;
	}

	/** A studio, its row locked until the end of the transaction. */
	Optional<Studio> lock(long id) {
		return one("SELECT * FROM studio WHERE id = ? FOR UPDATE", id);
	}

	Optional<Studio> find(long id) {
		return one("SELECT * FROM studio WHERE id = ?", id);
	}

	private Optional<Studio> one(String sql, long id) {
		return jdbc.sql(sql).param(id).query(StudioStore::row).optional().map(s -> withTags(List.of(s)).get(0));
	}

	/** The active studios a member leads or deputises, by name. */
	List<Studio> ledBy(long memberId) {
		return withTags(jdbc.sql("""
				SELECT s.* FROM studio s JOIN studio_member m ON m.studio_id = s.id
				WHERE m.member_id = ? AND m.role IN ('LEADER', 'DEPUTY') AND m.left_on IS NULL AND s.status = 'ACTIVE'
				ORDER BY s.name, s.id""").param(memberId).query(StudioStore::row).list());
	}

	/** Whether a member leads or deputises a studio now. */
	boolean leads(long studioId, long memberId) {
		return jdbc.sql("""
				SELECT COUNT(*) FROM studio_member
				WHERE studio_id = ? AND member_id = ? AND role IN ('LEADER', 'DEPUTY') AND left_on IS NULL""")
			.params(studioId, memberId)
			.query(Long.class)
			.single() > 0;
	}

	/**
	 * Studios hosted within reach (and within a subtree, if asked), by name, at most
	 * {@code limit}.
	 */
	List<Studio> list(SqlFilter reach, SqlFilter within, StudioQuery query, int limit) {
		List<String> where = new ArrayList<>(List.of(reach.sql(), within.sql()));
		List<Object> params = new ArrayList<>(reach.params());
		params.addAll(within.params());
		if (query.level() != null) {
			where.add("level = ?");
			params.add(query.level().name());
		}
		if (query.field() != null) {
			where.add("field = ?");
			params.add(query.field().name());
		}
		if (query.text() != null) {
			where.add("(POSITION(? IN name) > 0 OR id IN (SELECT studio_id FROM studio_tag WHERE tag = ?))");
			params.add(query.text());
			params.add(query.text().toLowerCase(Locale.ROOT));
		}
		params.add(limit);
		return withTags(jdbc
			.sql("SELECT * FROM studio WHERE " + String.join(" AND ", where)
					+ " ORDER BY name, id FETCH FIRST ? ROWS ONLY")
			.params(params)
			.query(StudioStore::row)
			.list());
	}

	/**
	 * Marks a studio dissolved, on a day, for a reason: it leaves the alliances it is a
	 * member of that day (or the day it joined, if later), and its pending applications
	 * are refused.
	 */
	void dissolve(long studioId, Dissolution dissolution) {
		Date on = Date.valueOf(dissolution.dissolvedOn());
		jdbc.sql(
				"UPDATE studio SET status = 'DISSOLVED', dissolved_on = ?, dissolved_reason = ?, version = version + 1 "
						+ "WHERE id = ? AND status = 'ACTIVE'")
			.params(on, dissolution.reason().strip(), studioId)
			.update();
		jdbc.sql("""
				UPDATE alliance_member SET status = 'LEFT', left_on = CASE WHEN joined_on > ? THEN joined_on ELSE ? END
				WHERE studio_id = ? AND status = 'MEMBER'""").params(on, on, studioId).update();
		jdbc.sql("UPDATE alliance_member SET status = 'REFUSED', note = ? WHERE studio_id = ? AND status = 'APPLIED'")
			.params("工作室已撤销", studioId)
			.update();
		jdbc.sql("UPDATE problem_application SET status = 'WITHDRAWN' WHERE studio_id = ? AND status = 'APPLIED'")
			.param(studioId)
			.update();
	}

	/** How many active studios are hosted within reach. */
	long count(SqlFilter reach) {
		return jdbc.sql("SELECT COUNT(*) FROM studio WHERE status = 'ACTIVE' AND " + reach.sql())
			.params(reach.params())
			.query(Long.class)
			.single();
	}

	/** The active studios within a subtree, by level (null: no level yet). */
	Map<StudioLevel, Long> levelCounts(SqlFilter within) {
		Map<StudioLevel, Long> counts = new HashMap<>();
		jdbc.sql("SELECT level, COUNT(*) FROM studio WHERE status = 'ACTIVE' AND " + within.sql() + " GROUP BY level")
			.params(within.params())
			.query(rs -> {
				String level = rs.getString(1);
				counts.put(level == null ? null : StudioLevel.valueOf(level), rs.getLong(2));
			});
		return counts;
	}

	/** How many current members each studio has. */
	Map<Long, Integer> memberCounts(List<Long> studioIds) {
		Map<Long, Integer> counts = new HashMap<>();
		if (studioIds.isEmpty()) {
			return counts;
		}
		jdbc.sql("SELECT studio_id, COUNT(*) FROM studio_member WHERE left_on IS NULL AND studio_id IN ("
				+ Texts.placeholders(studioIds.size()) + ") GROUP BY studio_id")
			.params(List.copyOf(studioIds))
			.query(rs -> {
				counts.put(rs.getLong(1), rs.getInt(2));
			});
		return counts;
	}

	/** A studio's current members with their roles, leader first. */
	List<StudioMember> members(long studioId) {
		return jdbc.sql("""
				SELECT member_id, role, joined_on FROM studio_member WHERE studio_id = ? AND left_on IS NULL
				ORDER BY CASE role WHEN 'LEADER' THEN 0 WHEN 'DEPUTY' THEN 1 ELSE 2 END, joined_on, member_id""")
			.param(studioId)
			.query((rs, n) -> new StudioMember(rs.getLong(1), StudioRole.valueOf(rs.getString(2)),
					rs.getDate(3).toLocalDate()))
			.list();
	}

	/** Records a level conferred on a studio and makes it the current one. */
	void addLevel(long studioId, StudioLevel level, long conferringOrg, String decision, LocalDate on, long honorId,
			String by, Instant at) {
		jdbc.sql(
				"""
						INSERT INTO studio_level (studio_id, level, conferring_org, decision, conferred_on, honor_id, created_by,
						                          created_at)
						VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(studioId, level.name(), conferringOrg, decision, Date.valueOf(on), honorId, by, Timestamp.from(at))
			.update();
		jdbc.sql("UPDATE studio SET level = ?, version = version + 1 WHERE id = ?")
			.params(level.name(), studioId)
			.update();
	}

	/** A studio's levels, first first. */
	List<LevelRecord> levels(long studioId) {
		return jdbc.sql("SELECT * FROM studio_level WHERE studio_id = ? ORDER BY conferred_on, id")
			.param(studioId)
			.query((rs, n) -> {
				Date ended = rs.getDate("ended_on");
				return new LevelRecord(StudioLevel.valueOf(rs.getString("level")), rs.getLong("conferring_org"),
						rs.getString("decision"), rs.getDate("conferred_on").toLocalDate(), rs.getLong("honor_id"),
						ended == null ? null : ended.toLocalDate(), rs.getString("end_kind"),
						rs.getString("end_decision"));
			})
			.list();
	}

	/**
	 * Ends a studio's current levels above {@code to} on a day, by a review's decision
	 * ({@code kind} LOWERED or WITHDRAWN), and gives it {@code to} (null: none).
	 */
	void endLevels(long studioId, StudioLevel to, String kind, String decision, LocalDate on) {
		List<Object> params = new ArrayList<>(List.of(Date.valueOf(on), kind, decision, studioId));
		List<String> above = new ArrayList<>();
		for (StudioLevel level : StudioLevel.values()) {
			if (level.above(to)) {
				above.add(level.name());
			}
		}
		params.addAll(above);
		jdbc.sql("""
				UPDATE studio_level SET ended_on = ?, end_kind = ?, end_decision = ?
				WHERE studio_id = ? AND ended_on IS NULL AND level IN (%s)"""
			.formatted(Texts.placeholders(above.size()))).params(params).update();
		jdbc.sql("UPDATE studio SET level = ?, version = version + 1 WHERE id = ?")
			.params(to == null ? null : to.name(), studioId)
			.update();
	}

	/** A current member of a studio and their role. */
	record StudioMember(long memberId, StudioRole role, LocalDate joinedOn) {
	}

	/** A level a studio was given, by whom, by which decision, when. */
	record LevelRecord(StudioLevel level, long conferringOrg, String decision, LocalDate conferredOn, long honorId,
			LocalDate endedOn, String endKind, String endDecision) {
	}

	/** The studios with their tags, read in one query. */
	private List<Studio> withTags(List<Studio> studios) {
		if (studios.isEmpty()) {
			return studios;
		}
		Map<Long, List<String>> tags = new HashMap<>();
		jdbc.sql("SELECT studio_id, tag FROM studio_tag WHERE studio_id IN (" + Texts.placeholders(studios.size())
				+ ") ORDER BY tag")
			.params(studios.stream().map(s -> (Object) s.id()).toList())
			.query(rs -> {
				tags.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
			});
		return studios.stream().map(s -> s.withTags(tags.getOrDefault(s.id(), List.of()))).toList();
	}

	private static Studio row(ResultSet rs, int n) throws SQLException {
		String level = rs.getString("level");
		Date originOn = rs.getDate("origin_on");
		Date dissolvedOn = rs.getDate("dissolved_on");
		return new Studio(rs.getLong("id"), rs.getString("name"), rs.getLong("host_org_id"),
				rs.getString("employer_name"), rs.getLong("leader_id"), StudioField.valueOf(rs.getString("field")),
				rs.getDate("founded_on").toLocalDate(), rs.getString("description"),
				level == null ? null : StudioLevel.valueOf(level), "ACTIVE".equals(rs.getString("status")), List.of(),
				rs.getString("origin_title"), originOn == null ? null : originOn.toLocalDate(),
				dissolvedOn == null ? null : dissolvedOn.toLocalDate(), rs.getString("dissolved_reason"),
				rs.getString("created_by"), rs.getTimestamp("created_at").toInstant(), rs.getInt("version"));
	}

	private static String clip(String text, int length) {
		return text.length() > length ? text.substring(0, length) : text;
	}

}
