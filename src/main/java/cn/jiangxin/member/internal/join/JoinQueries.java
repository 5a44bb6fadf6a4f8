package cn.jiangxin.member.internal.join;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
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
import cn.jiangxin.member.Gender;
import cn.jiangxin.member.IdType;
import cn.jiangxin.member.internal.Sealed;
import cn.jiangxin.shared.Actor;
import cn.jiangxin.shared.CursorPage;
import cn.jiangxin.shared.IdNumbers;
import cn.jiangxin.shared.OrgDirectory;
import cn.jiangxin.shared.OrgScope;
import cn.jiangxin.shared.OrgScope.SqlFilter;
import cn.jiangxin.shared.PersonalData;
import cn.jiangxin.shared.Phones;

/**
 * Reads join applications: an admin's queue within reach, and an applicant's own by ID
 * plus phone.
 */
@Component
@Transactional(readOnly = true)
public class JoinQueries {

	private final JdbcClient jdbc;

	private final OrgScope scope;

	private final OrgDirectory orgNames;

	private final PersonalData data;

	JoinQueries(JdbcClient jdbc, OrgScope scope, OrgDirectory orgNames, PersonalData data) {
		this.jdbc = jdbc;
		this.scope = scope;
		this.orgNames = orgNames;
		this.data = data;
	}

	/**
	 * The queue: applications of unions in reach, newest first, optionally by status or
	 * only the overdue.
	 */
	CursorPage<JoinApplicationView> queue(Actor actor, JoinStatus status, boolean overdueOnly, Long before, int size) {
		List<String> where = new ArrayList<>();
		List<Object> params = new ArrayList<>();
		SqlFilter reach = scope.filter(actor, "a.org_id");
		where.add(reach.sql());
		params.addAll(reach.params());
		if (status != null) {
			where.add("a.status = ?");
			params.add(status.name());
		}
		if (overdueOnly) {
			where.add("a.status = 'PENDING' AND a.escalated_at IS NOT NULL");
		}
		if (before != null) {
			where.add("a.id < ?");
			params.add(before);
		}
		params.add(size + 1);
		List<JoinApplicationView> rows = jdbc.sql("""
				SELECT a.* FROM join_application a
				WHERE %s
				ORDER BY a.id DESC
				FETCH FIRST ? ROWS ONLY
				""".formatted(String.join(" AND ", where))).params(params).query(JoinQueries::row).list();
		String next = null;
		if (rows.size() > size) {
			rows = rows.subList(0, size);
			next = String.valueOf(rows.get(size - 1).id());
		}
		return new CursorPage<>(named(rows), next);
	}

	public long countPending(Actor actor) {
		SqlFilter reach = scope.filter(actor, "a.org_id");
		return jdbc.sql("SELECT COUNT(*) FROM join_application a WHERE a.status = 'PENDING' AND " + reach.sql())
			.params(reach.params())
			.query(Long.class)
			.single();
	}

	/**
	 * Pending applications flagged to the actor's own union because its child unions left
	 * them undecided.
	 */
	long overdueFlaggedTo(Actor actor) {
		if (actor.orgId() == null) {
			return jdbc
				.sql("SELECT COUNT(*) FROM join_application WHERE status = 'PENDING' AND escalated_at IS NOT NULL")
				.query(Long.class)
				.single();
		}
		return jdbc.sql("SELECT COUNT(*) FROM join_application WHERE status = 'PENDING' AND escalated_org_id = ?")
			.params(actor.orgId())
			.query(Long.class)
			.single();
	}

	Optional<JoinApplicationView> find(long id) {
		return jdbc.sql("SELECT * FROM join_application WHERE id = ?")
			.params(id)
			.query(JoinQueries::row)
			.optional()
			.map(view -> named(List.of(view)).get(0));
	}

	/**
	 * An applicant's applications, found by their ID number and phone together; newest
	 * first.
	 */
	List<JoinApplicationView> byApplicant(IdType idType, String idNumber, String phone) {
		String normalized = idType == IdType.RESIDENT_ID ? IdNumbers.normalize(idNumber)
				: idNumber.strip().toUpperCase(Locale.ROOT);
		String mobile = Phones.normalizeMobile(phone);
		List<JoinApplicationView> rows = jdbc
			.sql("SELECT * FROM join_application WHERE id_hash = ? AND phone_hash = ? ORDER BY id DESC")
			.params(Sealed.idHash(data, idType, normalized), Sealed.phoneHash(data, mobile))
			.query(JoinQueries::row)
			.list();
		return named(rows);
	}

	private List<JoinApplicationView> named(List<JoinApplicationView> rows) {
		Map<Long, String> names = orgNames.names(rows.stream()
			.flatMap(row -> Stream.of(row.orgId(), row.escalatedOrgId()))
			.filter(Objects::nonNull)
			.collect(Collectors.toSet()));
		return rows.stream()
			.map(r -> new JoinApplicationView(r.id(), r.orgId(), names.get(r.orgId()), r.name(), r.gender(), r.idType(),
					r.idMasked(), r.phoneMasked(), r.employmentType(), r.employerName(), r.status(), r.reason(),
					r.decidedBy(), r.decidedAt(), r.memberId(), r.escalatedAt(), r.escalatedOrgId(),
					r.escalatedOrgId() == null ? null : names.get(r.escalatedOrgId()), r.createdAt(), r.version()))
			.toList();
	}

	private static JoinApplicationView row(ResultSet rs, int n) throws SQLException {
		return new JoinApplicationView(rs.getLong("id"), rs.getLong("org_id"), null, rs.getString("name"),
				Gender.valueOf(rs.getString("gender")), IdType.valueOf(rs.getString("id_type")),
				rs.getString("id_masked"), rs.getString("phone_masked"),
				EmploymentType.valueOf(rs.getString("employment_type")), rs.getString("employer_name"),
				JoinStatus.valueOf(rs.getString("status")), rs.getString("reason"), rs.getString("decided_by"),
				instant(rs.getTimestamp("decided_at")), rs.getObject("member_id", Long.class),
				instant(rs.getTimestamp("escalated_at")), rs.getObject("escalated_org_id", Long.class), null,
				rs.getTimestamp("created_at").toInstant(), rs.getInt("version"));
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

}
