package cn.jiangxin.innovation.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;

import cn.jiangxin.innovation.StudioLevel;
import cn.jiangxin.shared.OrgScope.SqlFilter;

/** Reads and writes annual reviews and their scores, and counts a studio's year. */
@Component
class ReviewStore {

	private final JdbcClient jdbc;

	ReviewStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** What a studio did in a year: achievements, trainings, attendance, mentorships. */
	record Year(int achievements, int trainings, int trainees, int mentorships) {
	}

	Year year(long studioId, int year) {
		Date from = Date.valueOf(LocalDate.of(year, 1, 1));
		Date to = Date.valueOf(LocalDate.of(year, 12, 31));
		return jdbc
			.sql("""
					SELECT (SELECT COUNT(*) FROM achievement a JOIN achievement_studio x ON x.achievement_id = a.id
					        WHERE x.studio_id = ? AND a.status = 'RECORDED' AND a.achieved_on BETWEEN ? AND ?),
					       (SELECT COUNT(*) FROM studio_training WHERE studio_id = ? AND held_on BETWEEN ? AND ?),
					       (SELECT COALESCE(SUM(attendees), 0) FROM studio_training WHERE studio_id = ? AND held_on BETWEEN ? AND ?),
					       (SELECT COUNT(*) FROM mentorship WHERE studio_id = ? AND starts_on <= ? AND ends_on >= ?)""")
			.params(studioId, from, to, studioId, from, to, studioId, from, to, studioId, to, from)
			.query((rs, n) -> new Year(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4)))
			.single();
	}

	/** Inserts a submitted review; empty if the studio has reported that year already. */
	Optional<Long> insert(long studioId, int year, StudioLevel level, long reviewingOrgId, String report, Year counts,
			String by, Instant at) {
		KeyHolder key = new GeneratedKeyHolder();
		int inserted = jdbc
			.sql("""
					INSERT INTO studio_review (studio_id, review_year, level, reviewing_org_id, report, achievements, trainings,
					                           trainees, mentorships, status, submitted_by, submitted_at)
					VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'SUBMITTED', ?, ?) ON CONFLICT DO NOTHING""")
			.params(studioId, year, level.name(), reviewingOrgId, report, counts.achievements(), counts.trainings(),
					counts.trainees(), counts.mentorships(), by, Timestamp.from(at))
			.update(key, "id");
		return inserted == 1 ? Optional.of(key.getKeyAs(Long.class)) : Optional.empty();
	}

	void lock(long id) {
		jdbc.sql("SELECT id FROM studio_review WHERE id = ? FOR UPDATE").param(id).query(Long.class).optional();
	}

	/** A reviewer's scores, once per reviewer; false if they scored already. */
	boolean score(long reviewId, String reviewer, LevelDrafts.Score score, Instant at) {
		return jdbc
			.sql("""
					INSERT INTO review_score (review_id, reviewer, output, talent, mechanism, demonstration, remark, scored_at)
					VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
			.params(reviewId, reviewer, score.output(), score.talent(), score.mechanism(), score.demonstration(),
					Texts.blankToNull(score.comment()), Timestamp.from(at))
			.update() == 1;
	}

	boolean decide(long reviewId, LevelDrafts.Decision decision, LocalDate on, String by) {
		return jdbc.sql("""
				UPDATE studio_review SET status = 'DECIDED', outcome = ?, reason = ?, decision = ?, decided_on = ?,
				                         decided_by = ?, version = version + 1
				WHERE id = ? AND status = 'SUBMITTED'""")
			.params(decision.outcome().name(), Texts.blankToNull(decision.reason()),
					Texts.blankToNull(decision.decision()), Date.valueOf(on), by, reviewId)
			.update() == 1;
	}

	private static final String REVIEWS = "SELECT r.*, s.name AS studio_name FROM studio_review r JOIN studio s ON s.id = r.studio_id";

	Optional<Review> review(long id) {
		return withScores(jdbc.sql(REVIEWS + " WHERE r.id = ?").param(id).query(ReviewStore::review).list()).stream()
			.findFirst();
	}

	/** A studio's reviews, latest year first. */
	List<Review> ofStudio(long studioId) {
		return withScores(jdbc.sql(REVIEWS + " WHERE r.studio_id = ? ORDER BY r.review_year DESC")
			.param(studioId)
			.query(ReviewStore::review)
			.list());
	}

	/**
	 * The reviews of a year of studios hosted within reach (a filter on
	 * {@code s.host_org_id}).
	 */
	List<Review> ofYear(SqlFilter reach, int year, int limit) {
		List<Object> params = new ArrayList<>(reach.params());
		params.add(year);
		params.add(limit);
		return withScores(jdbc
			.sql(REVIEWS + " WHERE " + reach.sql()
					+ " AND r.review_year = ? ORDER BY s.name, r.id FETCH FIRST ? ROWS ONLY")
			.params(params)
			.query(ReviewStore::review)
			.list());
	}

	/**
	 * The active studios within reach that held a level before the year began and have
	 * not reported it, by name.
	 */
	List<Studio.Ref> missing(SqlFilter reach, int year, int limit) {
		List<Object> params = new ArrayList<>(reach.params());
		params.add(Date.valueOf(LocalDate.of(year, 1, 1)));
		params.add(year);
		params.add(limit);
		return jdbc.sql("SELECT s.id, s.name FROM studio s WHERE " + reach.sql() + """
				 AND s.status = 'ACTIVE' AND s.level IS NOT NULL
				 AND EXISTS (SELECT 1 FROM studio_level l WHERE l.studio_id = s.id AND l.conferred_on < ?)
				 AND NOT EXISTS (SELECT 1 FROM studio_review r WHERE r.studio_id = s.id AND r.review_year = ?)
				ORDER BY s.name, s.id FETCH FIRST ? ROWS ONLY""")
			.params(params)
			.query((rs, n) -> new Studio.Ref(rs.getLong(1), rs.getString(2)))
			.list();
	}

	private List<Review> withScores(List<Review> found) {
		if (found.isEmpty()) {
			return found;
		}
		Map<Long, List<Review.Score>> scores = new HashMap<>();
		jdbc.sql("SELECT * FROM review_score WHERE review_id IN (" + Texts.placeholders(found.size())
				+ ") ORDER BY scored_at, reviewer")
			.params(found.stream().map(r -> (Object) r.id()).toList())
			.query(rs -> {
				long review = rs.getLong("review_id");
				Review.Score score = new Review.Score(rs.getString("reviewer"), rs.getBigDecimal("output"),
						rs.getBigDecimal("talent"), rs.getBigDecimal("mechanism"), rs.getBigDecimal("demonstration"),
						rs.getString("remark"));
				scores.computeIfAbsent(review, k -> new ArrayList<>()).add(score);
			});
		return found.stream()
			.map(r -> new Review(r.id(), r.studioId(), r.studioName(), r.year(), r.level(), r.reviewingOrgId(),
					r.summary(), r.achievements(), r.trainings(), r.trainees(), r.mentorships(), r.status(),
					r.outcome(), r.reason(), r.decision(), r.decidedOn(), scores.getOrDefault(r.id(), List.of())))
			.toList();
	}

	private static Review review(ResultSet rs, int n) throws SQLException {
		String outcome = rs.getString("outcome");
		Date decided = rs.getDate("decided_on");
		return new Review(rs.getLong("id"), rs.getLong("studio_id"), rs.getString("studio_name"),
				rs.getInt("review_year"), StudioLevel.valueOf(rs.getString("level")), rs.getLong("reviewing_org_id"),
				rs.getString("report"), rs.getInt("achievements"), rs.getInt("trainings"), rs.getInt("trainees"),
				rs.getInt("mentorships"), Review.Status.valueOf(rs.getString("status")),
				outcome == null ? null : Review.Outcome.valueOf(outcome), rs.getString("reason"),
				rs.getString("decision"), decided == null ? null : decided.toLocalDate(), List.of());
	}

}
