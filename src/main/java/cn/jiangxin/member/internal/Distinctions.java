package cn.jiangxin.member.internal;

import java.time.LocalDate;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import cn.jiangxin.member.MemberDistinguished;

/**
 * Keeps each member's distinctions as award and honour announce them
 * ({@link MemberDistinguished}), once each, and sums them up for the member's record.
 */
@Component
class Distinctions {

	private final JdbcClient jdbc;

	Distinctions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@ApplicationModuleListener
	void on(MemberDistinguished distinguished) {
		jdbc.sql("""
				INSERT INTO member_distinction (member_id, kind, source_id, name, distinguished_on)
				VALUES (?, ?, ?, ?, ?)
				ON CONFLICT DO NOTHING
				""")
			.params(distinguished.memberId(), distinguished.kind().name(), distinguished.sourceId(),
					distinguished.name(), distinguished.on())
			.update();
	}

	/** How many awards and titles the member holds, and the latest of them. */
	Summary of(long memberId) {
		/** How many distinctions of one kind. */
		record Count(String kind, int count) {
		}
		int awards = 0;
		int titles = 0;
		for (Count count : jdbc.sql("""
				SELECT kind, COUNT(*) AS count FROM member_distinction WHERE member_id = ? GROUP BY kind
				""").param(memberId).query(Count.class).list()) {
			if (MemberDistinguished.Kind.AWARD.name().equals(count.kind())) {
				awards = count.count();
			}
			else {
				titles = count.count();
			}
		}
		/** The latest distinction and its day. */
		record Latest(String name, LocalDate distinguishedOn) {
		}
		Latest latest = jdbc.sql("""
				SELECT name, distinguished_on FROM member_distinction WHERE member_id = ?
				ORDER BY distinguished_on DESC, source_id DESC LIMIT 1
				""").param(memberId).query(Latest.class).optional().orElse(null);
		return new Summary(awards, titles, latest == null ? null : latest.name(),
				latest == null ? null : latest.distinguishedOn());
	}

	/**
	 * A member's distinctions in figures: awards, titles, and the latest one with its
	 * day.
	 */
	record Summary(int awards, int titles, String latest, LocalDate latestOn) {

		/** Whether there is anything to show. */
		public boolean any() {
			return awards + titles > 0;
		}

	}

}
