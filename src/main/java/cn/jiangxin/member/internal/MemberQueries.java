package cn.jiangxin.member.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import cn.jiangxin.member.EmploymentType;
import cn.jiangxin.member.IdType;
import cn.jiangxin.member.MemberStanding;
import cn.jiangxin.member.MemberStatus;
import cn.jiangxin.member.MemberView;
import cn.jiangxin.shared.Actor;
import cn.jiangxin.shared.BusinessRuleException;
import cn.jiangxin.shared.CursorPage;
import cn.jiangxin.shared.IdNumbers;
import cn.jiangxin.shared.OrgDirectory;
import cn.jiangxin.shared.OrgScope;
import cn.jiangxin.shared.OrgScope.SqlFilter;
import cn.jiangxin.shared.PersonalData;
import cn.jiangxin.shared.Phones;
import cn.jiangxin.shared.persistence.DatabaseKind;

/**
 * Finds members within the actor's reach. Exact ID, phone and card numbers are single
 * index lookups (by lookup hash for the protected ones); a name fragment of two or more
 * characters uses the bigram index on PostgreSQL; lists are keyset-paginated by id.
 */
@Component
@Transactional(readOnly = true)
public class MemberQueries {

	private final JdbcClient jdbc;

	private final OrgScope scope;

	private final OrgDirectory orgNames;

	private final PersonalData data;

	private final boolean postgres;

	MemberQueries(JdbcClient jdbc, OrgScope scope, OrgDirectory orgNames, PersonalData data, DatabaseKind database) {
		this.jdbc = jdbc;
		this.scope = scope;
		this.orgNames = orgNames;
		this.data = data;
		this.postgres = database.isPostgres();
	}

	CursorPage<MemberView> search(Actor actor, MemberSearch search, Long after, int size) {
		List<String> where = new ArrayList<>();
		List<Object> params = new ArrayList<>();
		SqlFilter reach = scope.filter(actor, "m.org_id");
		where.add(reach.sql());
		params.addAll(reach.params());
		if (search.orgId() != null) {
			scope.require(actor, search.orgId());
			SqlFilter subtree = scope.subtree(search.orgId(), "m.org_id");
			where.add(subtree.sql());
			params.addAll(subtree.params());
		}
		if (notBlank(search.idNumber())) {
			List<String> hashes = idHashes(search.idNumber());
			where.add("m.id_hash IN (" + String.join(", ", Collections.nCopies(hashes.size(), "?")) + ")");
			params.addAll(hashes);
		}
		if (notBlank(search.phone())) {
			String phone = Phones.normalizeMobile(search.phone());
			if (!Phones.isMobile(phone)) {
				throw BusinessRuleException.invalid("phone", "member.phone.invalid");
			}
			where.add("m.phone_hash = ?");
			params.add(Sealed.phoneHash(data, phone));
		}
		if (notBlank(search.cardNo())) {
			where.add("m.card_no = ?");
			params.add(search.cardNo().strip());
		}
		if (notBlank(search.q())) {
			nameCondition(search.q().strip(), where, params);
		}
		if (search.status() != null) {
			where.add("m.status = ?");
			params.add(search.status().name());
		}
		if (search.employmentType() != null) {
			where.add("m.employment_type = ?");
			params.add(search.employmentType().name());
		}
		if (notBlank(search.tag())) {
			where.add("(',' || m.tags || ',') LIKE ?");
			params.add("%," + search.tag().strip().replace("%", "").replace("_", "") + ",%");
		}
		if (after != null) {
			where.add("m.id > ?");
			params.add(after);
		}
		params.add(size + 1);
		List<MemberRecord> rows = jdbc.sql("""
				SELECT m.* FROM member m
				WHERE %s
				ORDER BY m.id
				FETCH FIRST ? ROWS ONLY
				""".formatted(String.join(" AND ", where))).params(params).query(MemberStore::row).list();
		String next = null;
		if (rows.size() > size) {
			rows = rows.subList(0, size);
			next = String.valueOf(rows.get(size - 1).id());
		}
		return new CursorPage<>(views(rows), next);
	}

	public Optional<MemberView> find(long id) {
		return jdbc.sql("SELECT * FROM member WHERE id = ?")
			.params(id)
			.query(MemberStore::row)
			.optional()
			.map(row -> views(List.of(row)).get(0));
	}

	/** A member's union, standing, kind of work and tags. */
	Optional<MemberStanding> standing(long id) {
		return jdbc.sql("SELECT id, org_id, status, employment_type, tags FROM member WHERE id = ?")
			.param(id)
			.query((rs, n) -> {
				String tags = rs.getString("tags");
				return new MemberStanding(rs.getLong("id"), rs.getLong("org_id"),
						MemberStatus.valueOf(rs.getString("status")),
						EmploymentType.valueOf(rs.getString("employment_type")),
						tags == null || tags.isBlank() ? List.of() : Arrays.asList(tags.split(",")));
			})
			.optional();
	}

	/** What happened to a member: transfers, status changes, rejoining; newest first. */
	List<HistoryEntry> history(long memberId) {
		List<HistoryEntry> entries = jdbc.sql("""
				SELECT kind, from_org_id, to_org_id, from_status, to_status, note, actor_name, created_at
				FROM member_history WHERE member_id = ? ORDER BY id DESC
				""")
			.params(memberId)
			.query((rs, n) -> new HistoryEntry(rs.getString("kind"), rs.getObject("from_org_id", Long.class),
					rs.getObject("to_org_id", Long.class), null, null, rs.getString("from_status"),
					rs.getString("to_status"), rs.getString("note"), rs.getString("actor_name"),
					rs.getTimestamp("created_at").toInstant()))
			.list();
		Map<Long, String> names = orgNames.names(entries.stream()
			.flatMap(e -> Stream.of(e.fromOrgId(), e.toOrgId()))
			.filter(Objects::nonNull)
			.collect(Collectors.toSet()));
		return entries.stream()
			.map(e -> new HistoryEntry(e.kind(), e.fromOrgId(), e.toOrgId(), names.get(e.fromOrgId()),
					names.get(e.toOrgId()), e.fromStatus(), e.toStatus(), e.note(), e.actorName(), e.at()))
			.toList();
	}

	List<MemberView> views(List<MemberRecord> rows) {
		Map<Long, String> names = orgNames.names(rows.stream().map(MemberRecord::orgId).collect(Collectors.toSet()));
		return rows.stream().map(row -> view(row, names.get(row.orgId()))).toList();
	}

	static MemberView view(MemberRecord m, String orgName) {
		return new MemberView(m.id(), m.orgId(), orgName, m.name(), m.gender(), m.idType(), m.idMasked(), m.birthDate(),
				m.phoneMasked(), m.email(), m.education(), m.employmentType(), m.employerName(), m.joinDate(),
				m.status(), m.cardNo(), m.tags() == null ? List.of() : Arrays.asList(m.tags().split(",")), m.version(),
				m.createdAt(), m.updatedAt());
	}

	/**
	 * The lookup hashes an ID number could be stored under, whatever document it is from.
	 */
	List<String> idHashes(String raw) {
		List<String> hashes = new ArrayList<>();
		String resident = IdNumbers.normalize(raw);
		if (IdNumbers.check(resident) == IdNumbers.Verdict.VALID) {
			hashes.add(Sealed.idHash(data, IdType.RESIDENT_ID, resident));
		}
		String other = raw.strip().replace(" ", "").toUpperCase(Locale.ROOT);
		for (IdType type : IdType.values()) {
			if (type != IdType.RESIDENT_ID && type.matchesForm(other)) {
				hashes.add(Sealed.idHash(data, type, other));
			}
		}
		if (hashes.isEmpty()) {
			throw BusinessRuleException.invalid("idNumber", "member.id.searchForm");
		}
		return hashes;
	}

	private void nameCondition(String q, List<String> where, List<Object> params) {
		String name = q.replaceAll("[^\\p{L}·•.\\- ]", "");
		if (name.isEmpty()) {
			throw BusinessRuleException.invalid("q", "member.search.nameChars");
		}
		String like = name.replace("%", "").replace("_", "");
		if (name.length() == 1) {
			where.add("m.name LIKE ?");
			params.add(like + "%");
			return;
		}
		if (postgres) {
			where.add("jx_bigrams(m.name) @> CAST(? AS text[])");
			params.add("{" + String.join(",", bigrams(name)) + "}");
		}
		where.add("m.name LIKE ?");
		params.add("%" + like + "%");
	}

	/** Every two-character substring of a name, as the index stores them. */
	static List<String> bigrams(String name) {
		List<String> grams = new ArrayList<>();
		for (int i = 0; i + 2 <= name.length(); i++) {
			String gram = name.substring(i, i + 2);
			if (!grams.contains(gram)) {
				grams.add('"' + gram.replace("\"", "") + '"');
			}
		}
		return grams;
	}

	private static boolean notBlank(String value) {
		return value != null && !value.isBlank();
	}

	/** One line of a member's history, with the names of the unions involved. */
	record HistoryEntry(String kind, Long fromOrgId, Long toOrgId, String fromOrgName, String toOrgName,
			String fromStatus, String toStatus, String note, String actorName, Instant at) {
	}

}
