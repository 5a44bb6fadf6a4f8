package cn.jiangxin.judging.internal.rounds;

import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import cn.jiangxin.contest.RoundRoster;

/** Tells the contest dashboard how many entries each judged round holds. */
@Component
class JudgingRoundRoster implements RoundRoster {

	private final JdbcClient jdbc;

	JudgingRoundRoster(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Map<Long, Long> entriesPerRound(long contestId) {
		Map<Long, Long> counts = new HashMap<>();
		jdbc.sql("""
				SELECT re.round_id, COUNT(*) FROM round_entry re JOIN contest_round r ON r.id = re.round_id
				WHERE r.contest_id = ?
				GROUP BY re.round_id
				""").param(contestId).query(rs -> {
			counts.put(rs.getLong(1), rs.getLong(2));
		});
		return counts;
	}

}
