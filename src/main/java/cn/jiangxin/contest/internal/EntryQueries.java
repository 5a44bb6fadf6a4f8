package cn.jiangxin.contest.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import cn.jiangxin.contest.EntryStatus;
import cn.jiangxin.contest.EntryView;
import cn.jiangxin.contest.RoundRoster;
import cn.jiangxin.contest.RoundView;
import cn.jiangxin.contest.TrackView;
import cn.jiangxin.shared.Actor;
import cn.jiangxin.shared.OrgDirectory;
import cn.jiangxin.shared.OrgScope;
import cn.jiangxin.shared.OrgScope.SqlFilter;
import cn.jiangxin.shared.PageQuery;
import cn.jiangxin.shared.PageResult;
import cn.jiangxin.shared.Zones;

/**
 * Lists and counts of entries, always within what the caller may see: organisers see
 * every entry of their contests, a unit's admin the entries of their own subtree, a
 * member their own.
 */
@Component
@Transactional(readOnly = true)
class EntryQueries {

	/** What narrows a list of entries; every part is optional. */
	record EntryFilter(Long contestId, Long trackId, Long unitOrgId, EntryStatus status, String q) {

		static EntryFilter of(Long contestId) {
			return new EntryFilter(contestId, null, null, null, null);
		}

	}

	/** The counts an organiser's dashboard draws. */
	record ContestStats(List<Bar> byTrack, List<Bar> byUnit, Map<EntryStatus, Long> byStatus,
			Map<LocalDate, Long> byDay, List<Bar> byRound, long entries, long people, long units) {
	}

	/**
	 * One bar of a chart: a label, the entries (or people) it counts, and how many of
	 * them are confirmed.
	 */
	record Bar(String label, long total, long confirmed) {
	}

	private final JdbcClient jdbc;

	private final EntryStore store;

	private final ContestAccess contests;

	private final ContestStore contestStore;

	private final OrgScope scope;

	private final OrgDirectory orgNames;

	private final ObjectProvider<RoundRoster> rosters;

	EntryQueries(JdbcClient jdbc, EntryStore store, ContestAccess contests, ContestStore contestStore, OrgScope scope,
			OrgDirectory orgNames, ObjectProvider<RoundRoster> rosters) {
		this.rosters = rosters;
		this.jdbc = jdbc;
		this.store = store;
		this.contests = contests;
		this.contestStore = contestStore;
		this.scope = scope;
		this.orgNames = orgNames;
	}

	/**
	 * Entries the actor may see, newest first: of a contest they organise, all; otherwise
	 * those whose unit lies in their subtree.
	 */
	PageResult<EntryView> list(Actor actor, EntryFilter filter, PageQuery page) {
		List<String> where = new ArrayList<>();
		List<Object> params = new ArrayList<>();
		if (filter.contestId() == null || !contests.canManage(actor, filter.contestId())) {
			SqlFilter reach = actor.administers() ? scope.filter(actor, "e.unit_org_id") : SqlFilter.NONE;
			where.add(reach.sql());
			params.addAll(reach.params());
		}
		if (filter.contestId() != null) {
			where.add("e.contest_id = ?");
			params.add(filter.contestId());
		}
		if (filter.trackId() != null) {
			where.add("e.track_id = ?");
			params.add(filter.trackId());
		}
		if (filter.unitOrgId() != null) {
			SqlFilter unit = scope.subtree(filter.unitOrgId(), "e.unit_org_id");
			where.add(unit.sql());
			params.addAll(unit.params());
		}
		if (filter.status() != null) {
			where.add("e.status = ?");
			params.add(filter.status().name());
		}
		if (filter.q() != null && !filter.q().isBlank()) {
			where.add("""
					(e.title LIKE ? OR EXISTS (SELECT 1 FROM entry_member em JOIN member m ON m.id = em.member_id
					WHERE em.entry_id = e.id AND em.status = 'ACCEPTED' AND (m.name = ? OR m.card_no = ?)))""");
			String text = filter.q().strip();
			params.add("%" + text.replace("%", "").replace("_", "") + "%");
			params.add(text);
			params.add(text);
		}
		String condition = where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where);
		long total = jdbc.sql("SELECT COUNT(*) FROM entry e" + condition).params(params).query(Long.class).single();
		List<Object> paged = new ArrayList<>(params);
		paged.add(page.size());
		paged.add(page.offset());
		List<EntryView> rows = jdbc.sql(EntryStore.SELECT + condition + " ORDER BY e.id DESC LIMIT ? OFFSET ?")
			.params(paged)
			.query(EntryStore::row)
			.list();
		return new PageResult<>(store.views(rows), total, page.page(), page.size());
	}

	/**
	 * Every entry of a contest not withdrawn, in order of registration (for judging and
	 * exports).
	 */
	List<EntryView> inRace(long contestId) {
		return store
			.views(jdbc.sql(EntryStore.SELECT + " WHERE e.contest_id = ? AND e.status <> 'WITHDRAWN' ORDER BY e.id")
				.params(contestId)
				.query(EntryStore::row)
				.list());
	}

	/**
	 * A member's entries and invitations, newest first, withdrawn ones and those they
	 * left included.
	 */
	List<EntryView> ofMember(long memberId) {
		return store.views(jdbc.sql(EntryStore.SELECT + " " + """
				WHERE e.id IN (SELECT em.entry_id FROM entry_member em WHERE em.member_id = ?
				               AND em.status IN ('ACCEPTED', 'INVITED'))
				ORDER BY e.id DESC""").params(memberId).query(EntryStore::row).list());
	}

	/**
	 * Per contest with entries in the actor's subtree: registered, confirmed and
	 * withdrawn counts.
	 */
	Map<Long, long[]> reachCounts(Actor actor) {
		SqlFilter reach = actor.administers() ? scope.filter(actor, "e.unit_org_id") : SqlFilter.NONE;
		Map<Long, long[]> counts = new LinkedHashMap<>();
		jdbc.sql("""
				SELECT e.contest_id,
				       SUM(CASE WHEN e.status = 'REGISTERED' THEN 1 ELSE 0 END) AS registered,
				       SUM(CASE WHEN e.status = 'CONFIRMED' THEN 1 ELSE 0 END) AS confirmed,
				       SUM(CASE WHEN e.status = 'WITHDRAWN' THEN 1 ELSE 0 END) AS withdrawn
				FROM entry e WHERE\s""" + reach.sql() + " GROUP BY e.contest_id ORDER BY e.contest_id DESC")
			.params(reach.params())
			.query((rs, n) -> Map.entry(rs.getLong("contest_id"),
					new long[] { rs.getLong("registered"), rs.getLong("confirmed"), rs.getLong("withdrawn") }))
			.list()
			.forEach(e -> counts.put(e.getKey(), e.getValue()));
		return counts;
	}

	/**
	 * Confirmed entries per unit in a track, for showing how much of each unit's quota is
	 * used.
	 */
	Map<Long, Long> confirmedPerUnit(long trackId) {
		Map<Long, Long> counts = new HashMap<>();
		jdbc.sql(
				"SELECT unit_org_id, COUNT(*) AS n FROM entry WHERE track_id = ? AND status = 'CONFIRMED' GROUP BY unit_org_id")
			.params(trackId)
			.query((rs, n) -> Map.entry(rs.getLong("unit_org_id"), rs.getLong("n")))
			.list()
			.forEach(e -> counts.put(e.getKey(), e.getValue()));
		return counts;
	}

	/**
	 * The counts of a contest's dashboard: by track, by unit, by status, by day of
	 * registration, by round.
	 */
	ContestStats stats(long contestId) {
		List<TrackView> tracks = contestStore.tracks(contestId);
		Map<Long, long[]> perTrack = new HashMap<>();
		Map<Long, long[]> perUnit = new HashMap<>();
		Map<EntryStatus, Long> byStatus = new LinkedHashMap<>();
		for (EntryStatus status : EntryStatus.values()) {
			byStatus.put(status, 0L);
		}
		Map<LocalDate, Long> byDay = new TreeMap<>();
		jdbc.sql("SELECT track_id, unit_org_id, status, created_at FROM entry WHERE contest_id = ?")
			.params(contestId)
			.query((rs, n) -> {
				EntryStatus status = EntryStatus.valueOf(rs.getString("status"));
				byStatus.merge(status, 1L, Long::sum);
				if (status != EntryStatus.WITHDRAWN) {
					int confirmed = status == EntryStatus.CONFIRMED ? 1 : 0;
					long[] track = perTrack.computeIfAbsent(rs.getLong("track_id"), k -> new long[2]);
					track[0]++;
					track[1] += confirmed;
					long[] unit = perUnit.computeIfAbsent(rs.getLong("unit_org_id"), k -> new long[2]);
					unit[0]++;
					unit[1] += confirmed;
					byDay.merge(rs.getTimestamp("created_at").toInstant().atZone(Zones.BEIJING).toLocalDate(), 1L,
							Long::sum);
				}
				return null;
			})
			.list();
		List<Bar> byTrack = tracks.stream().map(t -> {
			long[] c = perTrack.getOrDefault(t.id(), new long[2]);
			return new Bar(t.name(), c[0], c[1]);
		}).toList();
		Map<Long, String> names = orgNames.names(perUnit.keySet());
		List<Bar> byUnit = perUnit.entrySet()
			.stream()
			.map(e -> new Bar(names.getOrDefault(e.getKey(), "#" + e.getKey()), e.getValue()[0], e.getValue()[1]))
			.sorted((a, b) -> Long.compare(b.total(), a.total()))
			.toList();
		long people = jdbc
			.sql("SELECT COUNT(*) FROM entry_participant p JOIN track t ON t.id = p.track_id WHERE t.contest_id = ?")
			.params(contestId)
			.query(Long.class)
			.single();
		List<Bar> byRound = new ArrayList<>();
		Map<Object, Boolean> firstSeen = new HashMap<>();
		Map<Long, Long> judged = new HashMap<>();
		rosters.orderedStream().forEach(roster -> judged.putAll(roster.entriesPerRound(contestId)));
		for (RoundView round : contestStore.rounds(contestId)) {
			boolean first = firstSeen.putIfAbsent(round.trackId() == null ? "all" : round.trackId(), true) == null;
			long inRound = 0;
			if (judged.containsKey(round.id())) {
				inRound = judged.get(round.id());
			}
			else if (first) {
				for (Map.Entry<Long, long[]> track : perTrack.entrySet()) {
					if (round.trackId() == null || round.trackId().equals(track.getKey())) {
						inRound += track.getValue()[1];
					}
				}
			}
			byRound.add(new Bar(round.name(), inRound, inRound));
		}
		long entries = perTrack.values().stream().mapToLong(c -> c[0]).sum();
		return new ContestStats(byTrack, byUnit, byStatus, byDay, byRound, entries, people, perUnit.size());
	}

}
