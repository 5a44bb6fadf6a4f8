package cn.jiangxin.judging.internal.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import cn.jiangxin.contest.EntryView;
import cn.jiangxin.contest.RoundView;
import cn.jiangxin.exam.Audience;
import cn.jiangxin.exam.CandidateResult;
import cn.jiangxin.exam.ExamApi;
import cn.jiangxin.exam.ExamResultsFinalised;
import cn.jiangxin.exam.ExamStatus;
import cn.jiangxin.judging.PartSource;
import cn.jiangxin.judging.RubricDraft;
import cn.jiangxin.judging.internal.rounds.JudgingAccess;
import cn.jiangxin.judging.internal.rounds.JudgingStore;
import cn.jiangxin.judging.internal.rounds.RoundEntries;
import cn.jiangxin.judging.internal.rounds.RoundGuard;
import cn.jiangxin.shared.Actor;
import cn.jiangxin.shared.BusinessRuleException;

/**
 * Fills an imported part (理论) from the final results of the exam set for the round: an
 * entry scores its people's mean result out of 100 (a team member who did not sit counts
 * 0; an individual entry is its one person). It happens when the exam's results become
 * final (the event), or when an organiser takes them in; a round that is closed, or whose
 * contest is on notice or archived, takes nothing, and a score already recorded at the
 * same value is left as it is.
 */
@Component
public class ExamScores {

	private static final Logger log = LoggerFactory.getLogger(ExamScores.class);

	private final ExamApi exams;

	private final JudgingStore store;

	private final Scoring scoring;

	private final RoundEntries entries;

	private final RoundGuard guard;

	private final JudgingAccess access;

	ExamScores(ExamApi exams, JudgingStore store, Scoring scoring, RoundEntries entries, RoundGuard guard,
			JudgingAccess access) {
		this.exams = exams;
		this.store = store;
		this.scoring = scoring;
		this.entries = entries;
		this.guard = guard;
		this.access = access;
	}

	/**
	 * Takes the final results of the part's exam into the part, as the round's organiser;
	 * how many entries' scores were recorded or changed.
	 */
	@Transactional
	public int take(Actor actor, long roundId, String partCode) {
		access.requireManage(actor, roundId);
		guard.organiser(actor, roundId, RoundGuard.Needs.OPEN, "judging.round.closed");
		RubricDraft.Part part = store.rubric(roundId)
			.flatMap(r -> r.parts().stream().filter(p -> p.code().equals(partCode)).findFirst())
			.filter(p -> p.source() == PartSource.IMPORTED && p.examId() != null)
			.orElseThrow(() -> BusinessRuleException.invalid("part", "judging.exam.noExam", partCode));
		boolean isFinal = exams.find(part.examId()).map(e -> e.status() == ExamStatus.FINAL).orElse(false);
		if (!isFinal) {
			throw BusinessRuleException.conflict("judging.exam.notFinal");
		}
		Map<Long, BigDecimal> byMember = new HashMap<>();
		for (CandidateResult result : exams.finalResults(part.examId())) {
			byMember.put(result.memberId(), result.outOf100());
		}
		Map<Long, BigDecimal> recorded = new HashMap<>();
		store.measurements(roundId).forEach((entry, scores) -> {
			if (scores.get(partCode) != null) {
				recorded.put(entry, scores.get(partCode));
			}
		});
		int changed = 0;
		for (EntryView entry : entries.entriesOf(roundId)) {
			BigDecimal score = score(entry, byMember);
			BigDecimal before = recorded.get(entry.id());
			if (before == null || before.compareTo(score) != 0) {
				scoring.record(actor, roundId, entry.id(), partCode, score);
				changed++;
			}
		}
		return changed;
	}

	/**
	 * An entry's share of an exam: its people's mean result out of 100, 0 for one who did
	 * not sit.
	 */
	static BigDecimal score(EntryView entry, Map<Long, BigDecimal> byMember) {
		List<EntryView.Person> team = entry.team();
		BigDecimal sum = BigDecimal.ZERO;
		for (EntryView.Person person : team) {
			BigDecimal result = byMember.get(person.memberId());
			sum = sum.add(result == null ? BigDecimal.ZERO : result);
		}
		return team.isEmpty() ? BigDecimal.ZERO.setScale(2)
				: sum.divide(BigDecimal.valueOf(team.size()), 2, RoundingMode.HALF_UP);
	}

	/**
	 * An exam set for a contest round has its results final: each imported part of that
	 * round that takes its scores from the exam is filled, unless the round is frozen.
	 */
	@ApplicationModuleListener
	void on(ExamResultsFinalised finalised) {
		if (finalised.audience() != Audience.CONTEST_ROUND || finalised.audienceRef() == null) {
			return;
		}
		long roundId = finalised.audienceRef();
		RoundView round = access.round(roundId);
		if (guard.frozen(round)) {
			log.info("Exam {} is final, but round {} takes no more scores; its theory part stays as it is.",
					finalised.examId(), roundId);
			return;
		}
		List<String> parts = store.rubric(roundId)
			.map(r -> r.parts()
				.stream()
				.filter(p -> p.examId() != null && p.examId() == finalised.examId())
				.map(RubricDraft.Part::code)
				.toList())
			.orElse(List.of());
		for (String part : parts) {
			int changed = take(Actor.system(), roundId, part);
			log.info("Round {} took {} scores of part {} from exam {}.", roundId, changed, part, finalised.examId());
		}
	}

}
