package cn.jiangxin.exam.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.jiangxin.exam.CandidateResult;
import cn.jiangxin.exam.ExamStatus;
import cn.jiangxin.exam.internal.analysis.ExamAnalysis;
import cn.jiangxin.exam.internal.results.ExamResults;
import cn.jiangxin.exam.internal.setup.ExamService;
import cn.jiangxin.judging.JudgingApi;
import cn.jiangxin.judging.RoundResults;
import cn.jiangxin.support.IntegrationTest;

/**
 * The demo's exams tell their story: the robot final's theory paper drawn from a bank of
 * about 300 questions over three areas, sat on site by 30 with spread abilities (a power
 * cut given back, a computer changed, one handed in at the bell), graded, analysed, and
 * feeding the round's 30% theory that puts 宗树龙 first; the June safety quiz with its
 * leaderboard, the company exam waiting for third marks, a quiz open now, and a draft.
 */
@IntegrationTest
class DemoExamTests {

	static final String ROBOTS = "经开区第八届职工职业技能竞赛（工业机器人系统运维员） 理论考试";

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ExamService exams;

	@Autowired
	ExamResults results;

	@Autowired
	ExamAnalysis analysis;

	@Autowired
	JudgingApi judging;

	private long exam(String title) {
		return jdbc.sql("SELECT id FROM exam WHERE title = ?").param(title).query(Long.class).single();
	}

	private long count(String sql, Object... params) {
		return jdbc.sql(sql).params(params).query(Long.class).single();
	}

	@Test
	void theRobotBankHoldsAbout300QuestionsOverItsThreeAreas() {
		long bank = jdbc.sql("SELECT bank_id FROM exam WHERE id = ?").param(exam(ROBOTS)).query(Long.class).single();
		assertThat(count("SELECT COUNT(*) FROM question WHERE bank_id = ?", bank)).isBetween(295L, 310L);
		assertThat(jdbc.sql("SELECT name FROM knowledge_area WHERE bank_id = ? AND parent_id IS NULL ORDER BY name")
			.param(bank)
			.query(String.class)
			.list()).containsExactlyInAnyOrder("工业机器人基础理论", "操作规范", "故障诊断与排除");
		assertThat(count("SELECT COUNT(*) FROM question_version v JOIN question q ON q.id = v.question_id "
				+ "WHERE q.bank_id = ? AND v.stem_image IS NOT NULL", bank))
			.as("a question with a picture")
			.isPositive();
	}

	@Test
	void theRobotTheoryExamIsFinalWith30DrawnPapersOf100Points() {
		long id = exam(ROBOTS);
		assertThat(exams.exam(id).status()).isEqualTo(ExamStatus.FINAL);
		assertThat(exams.exam(id).maxScore()).isEqualByComparingTo("100");
		assertThat(count("SELECT COUNT(*) FROM exam_attempt WHERE exam_id = ? AND status = 'GRADED'", id))
			.isEqualTo(30);
		assertThat(count("SELECT COUNT(DISTINCT seed) FROM exam_attempt WHERE exam_id = ?", id))
			.as("each candidate's own paper")
			.isEqualTo(30);
		assertThat(count("SELECT COUNT(*) FROM exam_candidate WHERE exam_id = ? AND checked_in_at IS NOT NULL", id))
			.isEqualTo(30);
		Map<String, Long> events = new HashMap<>();
		jdbc.sql("SELECT v.kind, COUNT(*) FROM attempt_event v JOIN exam_attempt a ON a.id = v.attempt_id "
				+ "WHERE a.exam_id = ? GROUP BY v.kind")
			.param(id)
			.query(rs -> {
				events.put(rs.getString(1), rs.getLong(2));
			});
		assertThat(events).containsEntry("START", 30L).containsEntry("EXTRA_TIME", 1L).containsKey("TAKEOVER");
		assertThat(count("SELECT COUNT(*) FROM exam_attempt WHERE exam_id = ? AND submitted_by = 'SWEEP'", id))
			.isEqualTo(1);
		assertThat(count("SELECT COUNT(*) FROM exam_attempt WHERE exam_id = ? AND extra_minutes = 8", id)).isEqualTo(1);
		// The question reworded after the final: the papers keep its first version
		assertThat(count("SELECT COUNT(*) FROM attempt_item i JOIN exam_attempt a ON a.id = i.attempt_id "
				+ "JOIN question_version v ON v.id = i.version_id WHERE a.exam_id = ? AND v.number > 1", id))
			.isZero();
	}

	@Test
	void theRobotTheoryIsAnalysedWithItsReliabilityAndFlaggedItems() {
		ExamAnalysis.Report report = analysis.report(exams.exam(exam(ROBOTS)));
		assertThat(report.papers()).isEqualTo(30);
		assertThat(report.reliability().kr20()).as("some items are not 0/1: Cronbach's alpha").isFalse();
		assertThat(report.reliability().coefficient()).as("spread abilities give a consistent paper")
			.isBetween(0.6, 1.0);
		assertThat(report.reliability().sem()).isPositive();
		assertThat(report.areas()).extracting(ExamAnalysis.AreaRow::area)
			.containsExactlyInAnyOrder("工业机器人基础理论", "操作规范", "故障诊断与排除");
		assertThat(report.items()).hasSizeGreaterThan(85);
		assertThat(report.items()).anySatisfy(item -> assertThat(item.stat().flags()).isNotEmpty());
		assertThat(report.items()).allSatisfy(item -> assertThat(item.stat().facility()).isBetween(0.0, 1.0));
		assertThat(Arrays.stream(report.distribution()).sum()).isEqualTo(30);
	}

	@Test
	void theRoundsTheoryIsTheExamsResultAndZongShulongIsFirst() {
		long id = exam(ROBOTS);
		long round = jdbc.sql("SELECT audience_ref FROM exam WHERE id = ?").param(id).query(Long.class).single();
		assertThat(count("SELECT COUNT(*) FROM round_part WHERE round_id = ? AND code = 'theory' AND exam_id = ?",
				round, id))
			.isEqualTo(1);
		Map<Long, BigDecimal> byMember = new HashMap<>();
		results.finalResults(id).forEach(r -> byMember.put(r.memberId(), r.outOf100()));
		assertThat(byMember).hasSize(30);
		Map<Long, BigDecimal> recorded = new HashMap<>();
		jdbc.sql("SELECT e.leader_member_id, m.score FROM measurement m JOIN entry e ON e.id = m.entry_id "
				+ "WHERE m.round_id = ? AND m.code = 'theory'")
			.param(round)
			.query(rs -> {
				recorded.put(rs.getLong(1), rs.getBigDecimal(2));
			});
		assertThat(recorded).hasSize(30);
		recorded.forEach((member, score) -> assertThat(score).as("member %d", member)
			.isEqualByComparingTo(byMember.get(member)));
		RoundResults standings = judging.results(round);
		assertThat(standings.standings().get(0).title()).contains("宗树龙");
		assertThat(standings.standings().get(0).parts()).containsKey("theory");
		List<CandidateResult> finals = results.finalResults(id);
		assertThat(finals).extracting(CandidateResult::outOf100)
			.allSatisfy(s -> assertThat(s).isBetween(BigDecimal.ZERO, BigDecimal.valueOf(100)));
	}

	@Test
	void theOtherExamsAreInTheStatesTheirStoryReached() {
		long june = jdbc.sql("SELECT id FROM exam WHERE title LIKE '%安全生产月%'").query(Long.class).single();
		assertThat(exams.exam(june).status()).isEqualTo(ExamStatus.FINAL);
		assertThat(results.leaderboard(exams.exam(june), 10)).hasSize(10);
		long company = jdbc.sql("SELECT id FROM exam WHERE title LIKE '%全员安全生产知识考试'").query(Long.class).single();
		assertThat(exams.exam(company).status()).isEqualTo(ExamStatus.CLOSED);
		assertThat(count("SELECT COUNT(*) FROM exam_attempt WHERE exam_id = ? AND status = 'SUBMITTED'", company))
			.as("waiting for a third mark")
			.isPositive();
		assertThat(count("SELECT COUNT(*) FROM grading_mark m JOIN exam_attempt a ON a.id = m.attempt_id "
				+ "WHERE a.exam_id = ? AND m.slot = 3 AND m.score IS NOT NULL", company))
			.as("some disagreements settled by a third mark")
			.isPositive();
		long law = jdbc.sql("SELECT id FROM exam WHERE title LIKE '%宪法宣传周%'").query(Long.class).single();
		assertThat(exams.exam(law).status()).isEqualTo(ExamStatus.PUBLISHED);
		assertThat(count("SELECT COUNT(*) FROM exam_attempt WHERE exam_id = ? AND status = 'IN_PROGRESS'", law))
			.isEqualTo(3);
		long property = jdbc.sql("SELECT id FROM exam WHERE title LIKE '%物业管理%'").query(Long.class).single();
		assertThat(exams.exam(property).status()).isEqualTo(ExamStatus.DRAFT);
	}

}
