package cn.jiangxin.judging.internal.setup;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads and writes a round's re-rank history: each change of its ranking rule once scores
 * were in.
 */
@Component
class RerankStore {

	private final JdbcClient jdbc;

	RerankStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(long roundId, RankingRule before, RankingRule after, String reason, int moved, String by) {
		jdbc.sql("""
				INSERT INTO round_rerank (round_id, before_rule, after_rule, reason, moved, created_by)
				VALUES (?, ?, ?, ?, ?, ?)
				""").params(roundId, before.text(), after.text(), reason, moved, by).update();
	}

	/** A round's re-ranks, newest first. */
	List<Rerank.Done> reranks(long roundId) {
		return jdbc.sql("SELECT * FROM round_rerank WHERE round_id = ? ORDER BY id DESC")
			.param(roundId)
			.query((rs, row) -> new Rerank.Done(rs.getLong("id"), rs.getLong("round_id"),
					RankingRule.parse(rs.getString("before_rule")), RankingRule.parse(rs.getString("after_rule")),
					rs.getString("reason"), rs.getInt("moved"), rs.getString("created_by"),
					rs.getTimestamp("created_at").toInstant()))
			.list();
	}

}
