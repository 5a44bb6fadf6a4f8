package cn.jiangxin.member.internal.transfer;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import cn.jiangxin.shared.Actor;
import cn.jiangxin.shared.OrgDirectory;
import cn.jiangxin.shared.OrgScope;
import cn.jiangxin.shared.OrgScope.SqlFilter;

/**
 * Reads transfer requests: those coming into or leaving an admin's reach, and those of
 * one member.
 */
@Component
@Transactional(readOnly = true)
public class TransferQueries {

	private static final String SELECT = """
			SELECT t.*, m.name AS member_name, m.card_no FROM transfer_request t JOIN member m ON m.id = t.member_id
			""";

	private final JdbcClient jdbc;

	private final OrgScope scope;

	private final OrgDirectory orgNames;

	TransferQueries(JdbcClient jdbc, OrgScope scope, OrgDirectory orgNames) {
		this.jdbc = jdbc;
		this.scope = scope;
		this.orgNames = orgNames;
	}

	/**
	 * Requests whose receiving union ({@code incoming}) or leaving union lies in reach,
	 * newest first.
	 */
	List<TransferView> forAdmin(Actor actor, boolean incoming, boolean pendingOnly, int limit) {
		SqlFilter reach = scope.filter(actor, incoming ? "t.to_org_id" : "t.from_org_id");
		List<Object> params = new ArrayList<>(reach.params());
		String where = reach.sql() + (pendingOnly ? " AND t.status = 'PENDING'" : "");
		params.add(limit);
		return named(jdbc.sql(SELECT + """
				WHERE %s
				ORDER BY t.id DESC
				FETCH FIRST ? ROWS ONLY
				""".formatted(where)).params(params).query(TransferQueries::row).list());
	}

	/**
	 * Pending requests whose receiving union lies in the actor's reach, counted in the
	 * database.
	 */
	public long countPendingIncoming(Actor actor) {
		SqlFilter reach = scope.filter(actor, "t.to_org_id");
		return jdbc.sql("""
				SELECT COUNT(*) FROM transfer_request t
				WHERE t.status = 'PENDING' AND %s
				""".formatted(reach.sql())).params(reach.params()).query(Long.class).single();
	}

	public List<TransferView> ofMember(long memberId) {
		return named(jdbc.sql(SELECT + " WHERE t.member_id = ? ORDER BY t.id DESC")
			.params(memberId)
			.query(TransferQueries::row)
			.list());
	}

	Optional<TransferView> find(long id) {
		return jdbc.sql(SELECT + " WHERE t.id = ?")
			.params(id)
			.query(TransferQueries::row)
			.optional()
			.map(view -> named(List.of(view)).get(0));
	}

	private List<TransferView> named(List<TransferView> rows) {
		Map<Long, String> names = orgNames
			.names(rows.stream().flatMap(t -> Stream.of(t.fromOrgId(), t.toOrgId())).collect(Collectors.toSet()));
		return rows.stream()
			.map(t -> new TransferView(t.id(), t.memberId(), t.memberName(), t.cardNo(), t.fromOrgId(),
					names.get(t.fromOrgId()), t.toOrgId(), names.get(t.toOrgId()), t.status(), t.reason(),
					t.requestedBy(), t.byMember(), t.decidedBy(), t.decidedAt(), t.decisionNote(), t.createdAt()))
			.toList();
	}

	private static TransferView row(ResultSet rs, int n) throws SQLException {
		Timestamp decided = rs.getTimestamp("decided_at");
		return new TransferView(rs.getLong("id"), rs.getLong("member_id"), rs.getString("member_name"),
				rs.getString("card_no"), rs.getLong("from_org_id"), null, rs.getLong("to_org_id"), null,
				TransferStatus.valueOf(rs.getString("status")), rs.getString("reason"), rs.getString("requested_by"),
				rs.getBoolean("by_member"), rs.getString("decided_by"), decided == null ? null : decided.toInstant(),
				rs.getString("decision_note"), rs.getTimestamp("created_at").toInstant());
	}

}
