package cn.jiangxin.contest.internal;

import java.time.Clock;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;

import cn.jiangxin.contest.Advancement;
import cn.jiangxin.contest.ContestDraft;
import cn.jiangxin.contest.ContestKind;
import cn.jiangxin.contest.ContestStatus;
import cn.jiangxin.contest.ContestView;
import cn.jiangxin.contest.EntryKind;
import cn.jiangxin.contest.PartyRole;
import cn.jiangxin.contest.RequirementDraft;
import cn.jiangxin.contest.RoundDraft;
import cn.jiangxin.contest.RoundFormat;
import cn.jiangxin.contest.RoundView;
import cn.jiangxin.contest.TrackDraft;
import cn.jiangxin.contest.TrackView;
import cn.jiangxin.member.EmploymentType;
import cn.jiangxin.shared.OrgDirectory;

/**
 * Reads and writes contests, their parties, tracks with requirements, and rounds, with
 * plain SQL.
 */
@Component
class ContestStore {

	private final JdbcClient jdbc;

	private final OrgDirectory orgNames;

	private final Clock clock;

	ContestStore(JdbcClient jdbc, OrgDirectory orgNames, Clock clock) {
		this.clock = clock;
		this.jdbc = jdbc;
		this.orgNames = orgNames;
	}

	long insert(ContestDraft draft, String createdBy) {
		KeyHolder keys = new GeneratedKeyHolder();
		Timestamp now = Timestamp.from(Instant.now(clock));
		jdbc.sql("""
				INSERT INTO contest (kind, title, theme, description, scope_org_id, registration_opens_at,
				                     registration_closes_at, status, created_by, version, created_at, updated_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, 'DRAFT', ?, 0, ?, ?)
				""")
			.params(draft.kind().name(), draft.title().strip(), blank(draft.theme()), blank(draft.description()),
					draft.scopeOrgId(), Timestamp.from(draft.opensAt()), Timestamp.from(draft.closesAt()), createdBy,
					now, now)
			.update(keys, "id");
		long id = keys.getKey().longValue();
		parties(id, draft);
		return id;
	}

	void update(long id, ContestDraft draft, int version) {
		int updated = jdbc.sql("""
				UPDATE contest SET kind = ?, title = ?, theme = ?, description = ?, scope_org_id = ?,
				       registration_opens_at = ?, registration_closes_at = ?, version = version + 1, updated_at = ?
				WHERE id = ? AND version = ?
				""")
			.params(draft.kind().name(), draft.title().strip(), blank(draft.theme()), blank(draft.description()),
					draft.scopeOrgId(), Timestamp.from(draft.opensAt()), Timestamp.from(draft.closesAt()),
					Timestamp.from(Instant.now(clock)), id, version)
			.update();
		if (updated == 0) {
			throw new OptimisticLockingFailureException("contest " + id + " changed meanwhile");
		}
		jdbc.sql("DELETE FROM contest_party WHERE contest_id = ?").params(id).update();
		parties(id, draft);
	}

	/**
	 * Ends registration at {@code at} if it is still open then; false if it has closed
	 * meanwhile.
	 */
	boolean closeRegistration(long id, Instant at) {
		return jdbc.sql("""
				UPDATE contest SET registration_closes_at = ?, version = version + 1, updated_at = ?
				WHERE id = ? AND status = 'OPEN' AND registration_opens_at < ? AND registration_closes_at > ?
				""")
			.params(Timestamp.from(at), Timestamp.from(at), id, Timestamp.from(at), Timestamp.from(at))
			.update() == 1;
	}

	/** Moves the status if it still is {@code from}; false if someone moved it first. */
	boolean moveStatus(long id, ContestStatus from, ContestStatus to) {
		return jdbc
			.sql("UPDATE contest SET status = ?, version = version + 1, updated_at = ? WHERE id = ? AND status = ?")
			.params(to.name(), Timestamp.from(Instant.now(clock)), id, from.name())
			.update() == 1;
	}

	Optional<ContestView> find(long id) {
		return jdbc.sql("SELECT * FROM contest WHERE id = ?")
			.params(id)
			.query(ContestStore::contestRow)
			.optional()
			.map(row -> complete(List.of(row)).get(0));
	}

	/** Contests by id, completed with their parties and names, in the order given. */
	List<ContestView> complete(List<ContestView> rows) {
		if (rows.isEmpty()) {
			return List.of();
		}
		List<Long> ids = rows.stream().map(ContestView::id).toList();
		Map<Long, List<Map.Entry<PartyRole, Long>>> parties = new HashMap<>();
		jdbc.sql("SELECT contest_id, org_id, role FROM contest_party WHERE contest_id IN (:ids) ORDER BY position")
			.param("ids", ids)
			.query((rs, n) -> Map.entry(rs.getLong("contest_id"),
					Map.entry(PartyRole.valueOf(rs.getString("role")), rs.getLong("org_id"))))
			.list()
			.forEach(row -> parties.computeIfAbsent(row.getKey(), k -> new ArrayList<>()).add(row.getValue()));
		Map<Long, String> names = orgNames.names(Stream
			.concat(rows.stream().map(ContestView::scopeOrgId),
					parties.values().stream().flatMap(List::stream).map(Map.Entry::getValue))
			.collect(Collectors.toSet()));
		return rows.stream().map(c -> {
			List<Map.Entry<PartyRole, Long>> mine = parties.getOrDefault(c.id(), List.of());
			return new ContestView(c.id(), c.kind(), c.title(), c.theme(), c.description(), c.scopeOrgId(),
					names.get(c.scopeOrgId()), c.opensAt(), c.closesAt(), c.status(),
					party(mine, PartyRole.HOST, names), party(mine, PartyRole.ORGANISER, names), c.version(),
					c.createdAt());
		}).toList();
	}

	/** The ids of orgs that host or organise a contest. */
	List<Long> partyOrgIds(long contestId) {
		return jdbc.sql("SELECT DISTINCT org_id FROM contest_party WHERE contest_id = ?")
			.params(contestId)
			.query(Long.class)
			.list();
	}

	long insertTrack(long contestId, TrackDraft draft, int position) {
		KeyHolder keys = new GeneratedKeyHolder();
		Timestamp now = Timestamp.from(Instant.now(clock));
		boolean team = draft.entryKind() == EntryKind.TEAM;
		jdbc.sql("""
				INSERT INTO track (contest_id, name, description, position, entry_kind, team_min, team_max,
				                   quota_per_unit, employment_types, min_age, max_age, declaration,
				                   version, created_at, updated_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)
				""")
			.params(contestId, draft.name().strip(), blank(draft.description()), position, draft.entryKind().name(),
					team ? draft.teamMin() : null, team ? draft.teamMax() : null, draft.quotaPerUnit(),
					types(draft.employmentTypes()), draft.minAge(), draft.maxAge(), blank(draft.declaration()), now,
					now)
			.update(keys, "id");
		long id = keys.getKey().longValue();
		requirements(id, draft.requirements());
		return id;
	}

	void updateTrack(long trackId, TrackDraft draft) {
		boolean team = draft.entryKind() == EntryKind.TEAM;
		jdbc.sql(
				"""
						UPDATE track SET name = ?, description = ?, entry_kind = ?, team_min = ?, team_max = ?, quota_per_unit = ?,
						       employment_types = ?, min_age = ?, max_age = ?, declaration = ?,
						       version = version + 1, updated_at = ?
						WHERE id = ?
						""")
			.params(draft.name().strip(), blank(draft.description()), draft.entryKind().name(),
					team ? draft.teamMin() : null, team ? draft.teamMax() : null, draft.quotaPerUnit(),
					types(draft.employmentTypes()), draft.minAge(), draft.maxAge(), blank(draft.declaration()),
					Timestamp.from(Instant.now(clock)), trackId)
			.update();
		jdbc.sql("DELETE FROM track_requirement WHERE track_id = ?").params(trackId).update();
		requirements(trackId, draft.requirements());
	}

	List<TrackView> tracks(long contestId) {
		List<TrackView> tracks = jdbc.sql("SELECT * FROM track WHERE contest_id = ? ORDER BY position, id")
			.params(contestId)
			.query(ContestStore::trackRow)
			.list();
		if (tracks.isEmpty()) {
			return tracks;
		}
		Map<Long, List<TrackView.Requirement>> requirements = new HashMap<>();
		jdbc.sql("SELECT * FROM track_requirement WHERE track_id IN (:ids) ORDER BY position, id")
			.param("ids", tracks.stream().map(TrackView::id).toList())
			.query((rs, n) -> Map.entry(rs.getLong("track_id"), requirementRow(rs)))
			.list()
			.forEach(row -> requirements.computeIfAbsent(row.getKey(), k -> new ArrayList<>()).add(row.getValue()));
		return tracks.stream()
			.map(t -> new TrackView(t.id(), t.contestId(), t.name(), t.description(), t.position(), t.entryKind(),
					t.teamMin(), t.teamMax(), t.quotaPerUnit(), t.employmentTypes(), t.minAge(), t.maxAge(),
					t.declaration(), requirements.getOrDefault(t.id(), List.of())))
			.toList();
	}

	Optional<TrackView> track(long trackId) {
		Long contestId = jdbc.sql("SELECT contest_id FROM track WHERE id = ?")
			.params(trackId)
			.query(Long.class)
			.optional()
			.orElse(null);
		return contestId == null ? Optional.empty()
				: tracks(contestId).stream().filter(t -> t.id() == trackId).findFirst();
	}

	int nextTrackPosition(long contestId) {
		return jdbc.sql("SELECT COALESCE(MAX(position), 0) + 1 FROM track WHERE contest_id = ?")
			.params(contestId)
			.query(Integer.class)
			.single();
	}

	boolean trackNameTaken(long contestId, String name, long exceptTrackId) {
		return jdbc.sql("SELECT COUNT(*) FROM track WHERE contest_id = ? AND name = ? AND id <> ?")
			.params(contestId, name.strip(), exceptTrackId)
			.query(Long.class)
			.single() > 0;
	}

	long insertRound(long contestId, RoundDraft draft) {
		KeyHolder keys = new GeneratedKeyHolder();
		Timestamp now = Timestamp.from(Instant.now(clock));
		jdbc.sql(
				"""
						INSERT INTO contest_round (contest_id, track_id, ordinal, name, format, starts_at, ends_at, scoring_plan,
						                           advancement, advancement_value, created_at, updated_at)
						VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
						""")
			.params(contestId, draft.trackId(), draft.ordinal(), draft.name().strip(), draft.format().name(),
					timestamp(draft.startsAt()), timestamp(draft.endsAt()), blank(draft.scoringPlan()),
					draft.advancement().name(), draft.advancementValue(), now, now)
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	boolean trackHasEntries(long trackId) {
		return jdbc.sql("SELECT COUNT(*) FROM entry WHERE track_id = ?").params(trackId).query(Long.class).single() > 0;
	}

	void deleteTrack(long trackId) {
		jdbc.sql("DELETE FROM track_requirement WHERE track_id = ?").params(trackId).update();
		jdbc.sql("DELETE FROM track WHERE id = ?").params(trackId).update();
	}

	void updateRound(long roundId, RoundDraft draft) {
		jdbc.sql("""
				UPDATE contest_round SET track_id = ?, ordinal = ?, name = ?, format = ?, starts_at = ?, ends_at = ?,
				       scoring_plan = ?, advancement = ?, advancement_value = ?, updated_at = ?
				WHERE id = ?
				""")
			.params(draft.trackId(), draft.ordinal(), draft.name().strip(), draft.format().name(),
					timestamp(draft.startsAt()), timestamp(draft.endsAt()), blank(draft.scoringPlan()),
					draft.advancement().name(), draft.advancementValue(), Timestamp.from(Instant.now(clock)), roundId)
			.update();
	}

	void deleteRound(long roundId) {
		jdbc.sql("DELETE FROM contest_round WHERE id = ?").params(roundId).update();
	}

	Optional<RoundView> round(long roundId) {
		return jdbc.sql("SELECT contest_id FROM contest_round WHERE id = ?")
			.params(roundId)
			.query(Long.class)
			.optional()
			.flatMap(contestId -> rounds(contestId).stream().filter(r -> r.id() == roundId).findFirst());
	}

	List<RoundView> rounds(long contestId) {
		return jdbc.sql("SELECT * FROM contest_round WHERE contest_id = ? ORDER BY ordinal, track_id NULLS FIRST, id")
			.params(contestId)
			.query((rs, n) -> new RoundView(rs.getLong("id"), rs.getLong("contest_id"),
					rs.getObject("track_id", Long.class), rs.getInt("ordinal"), rs.getString("name"),
					RoundFormat.valueOf(rs.getString("format")), instant(rs.getTimestamp("starts_at")),
					instant(rs.getTimestamp("ends_at")), rs.getString("scoring_plan"),
					Advancement.valueOf(rs.getString("advancement")), rs.getBigDecimal("advancement_value")))
			.list();
	}

	private void parties(long contestId, ContestDraft draft) {
		int position = 0;
		Set<String> seen = new HashSet<>();
		for (Long host : draft.hostOrgIds()) {
			if (seen.add("H" + host)) {
				party(contestId, host, PartyRole.HOST, position++);
			}
		}
		for (Long organiser : draft.organiserOrgIds()) {
			if (seen.add("O" + organiser)) {
				party(contestId, organiser, PartyRole.ORGANISER, position++);
			}
		}
	}

	private void party(long contestId, long orgId, PartyRole role, int position) {
		jdbc.sql("INSERT INTO contest_party (contest_id, org_id, role, position) VALUES (?, ?, ?, ?)")
			.params(contestId, orgId, role.name(), position)
			.update();
	}

	private void requirements(long trackId, List<RequirementDraft> requirements) {
		int position = 0;
		for (RequirementDraft requirement : requirements) {
			jdbc.sql(
					"""
							INSERT INTO track_requirement (track_id, code, label, kind, required, allowed_types, max_bytes, max_words,
							                               position)
							VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
							""")
				.params(trackId, requirement.code(), requirement.label().strip(), requirement.file() ? "FILE" : "TEXT",
						requirement.required(),
						requirement.file() ? String.join(",", requirement.allowedKinds()) : null,
						requirement.file() && requirement.maxMegabytes() != null
								? requirement.maxMegabytes() * 1024L * 1024L : null,
						requirement.file() ? null : requirement.maxWords(), position++)
				.update();
		}
	}

	private static List<ContestView.Party> party(List<Map.Entry<PartyRole, Long>> parties, PartyRole role,
			Map<Long, String> names) {
		return parties.stream()
			.filter(p -> p.getKey() == role)
			.map(p -> new ContestView.Party(p.getValue(), names.get(p.getValue())))
			.toList();
	}

	static ContestView contestRow(ResultSet rs, int n) throws SQLException {
		return new ContestView(rs.getLong("id"), ContestKind.valueOf(rs.getString("kind")), rs.getString("title"),
				rs.getString("theme"), rs.getString("description"), rs.getLong("scope_org_id"), null,
				rs.getTimestamp("registration_opens_at").toInstant(),
				rs.getTimestamp("registration_closes_at").toInstant(), ContestStatus.valueOf(rs.getString("status")),
				List.of(), List.of(), rs.getInt("version"), rs.getTimestamp("created_at").toInstant());
	}

	private static TrackView trackRow(ResultSet rs, int n) throws SQLException {
		String types = rs.getString("employment_types");
		Set<EmploymentType> employment = types == null || types.isBlank() ? Set.of()
				: Arrays.stream(types.split(","))
					.map(EmploymentType::valueOf)
					.collect(Collectors.toCollection(() -> EnumSet.noneOf(EmploymentType.class)));
		return new TrackView(rs.getLong("id"), rs.getLong("contest_id"), rs.getString("name"),
				rs.getString("description"), rs.getInt("position"), EntryKind.valueOf(rs.getString("entry_kind")),
				rs.getObject("team_min", Integer.class), rs.getObject("team_max", Integer.class),
				rs.getObject("quota_per_unit", Integer.class), employment, rs.getObject("min_age", Integer.class),
				rs.getObject("max_age", Integer.class), rs.getString("declaration"), List.of());
	}

	private static TrackView.Requirement requirementRow(ResultSet rs) throws SQLException {
		String kinds = rs.getString("allowed_types");
		return new TrackView.Requirement(rs.getLong("id"), rs.getString("code"), rs.getString("label"),
				"FILE".equals(rs.getString("kind")), rs.getBoolean("required"),
				kinds == null || kinds.isBlank() ? List.of() : List.of(kinds.split(",")),
				rs.getObject("max_bytes", Long.class), rs.getObject("max_words", Integer.class), rs.getInt("position"));
	}

	private static String types(Set<EmploymentType> types) {
		return types == null || types.isEmpty() ? null
				: types.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
	}

	private static String blank(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	private static Timestamp timestamp(Instant instant) {
		return instant == null ? null : Timestamp.from(instant);
	}

	static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

	static boolean same(Object a, Object b) {
		return Objects.equals(a, b);
	}

}
