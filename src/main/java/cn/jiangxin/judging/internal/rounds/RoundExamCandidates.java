package cn.jiangxin.judging.internal.rounds;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import cn.jiangxin.contest.ContestApi;
import cn.jiangxin.contest.ContestStatus;
import cn.jiangxin.contest.ContestView;
import cn.jiangxin.contest.EntryView;
import cn.jiangxin.contest.RoundView;
import cn.jiangxin.exam.Audience;
import cn.jiangxin.exam.ExamCandidates;
import cn.jiangxin.shared.Actor;

/**
 * Who sits an exam set for a contest round (理论考试): the people of the round's entries
 * (before a first round is seeded, the contest's confirmed entries), and who may set one:
 * the contest's organisers.
 */
@Component
class RoundExamCandidates implements ExamCandidates {

	/** How many of the newest rounds the exam form offers. */
	private static final int CHOICES = 300;

	private final RoundEntries entries;

	private final JudgingAccess access;

	private final ContestApi contests;

	private final JdbcClient jdbc;

	RoundExamCandidates(RoundEntries entries, JudgingAccess access, ContestApi contests, JdbcClient jdbc) {
		this.entries = entries;
		this.access = access;
		this.contests = contests;
		this.jdbc = jdbc;
	}

	@Override
	public Audience audience() {
		return Audience.CONTEST_ROUND;
	}

	@Override
	public Optional<String> label(long ref) {
		return contests.round(ref)
			.flatMap(round -> contests.find(round.contestId()).map(contest -> label(contest, round)));
	}

	private static String label(ContestView contest, RoundView round) {
		return contest.title() + " · " + round.name();
	}

	@Override
	public boolean manages(Actor actor, long ref) {
		return contests.round(ref).map(round -> access.canManage(actor, round)).orElse(false);
	}

	@Override
	public Set<Long> members(long ref) {
		Set<Long> members = new LinkedHashSet<>();
		for (EntryView entry : entries.entriesOf(ref)) {
			entry.team().forEach(person -> members.add(person.memberId()));
		}
		return members;
	}

	@Override
	public List<Choice> choices(Actor actor) {
		List<Long> rounds = jdbc.sql("SELECT id FROM contest_round ORDER BY id DESC FETCH FIRST ? ROWS ONLY")
			.param(CHOICES)
			.query(Long.class)
			.list();
		Map<Long, Optional<ContestView>> managed = new HashMap<>();
		List<Choice> choices = new ArrayList<>();
		for (long id : rounds) {
			RoundView round = contests.round(id).orElse(null);
			if (round == null) {
				continue;
			}
			Optional<ContestView> contest = managed.computeIfAbsent(round.contestId(),
					c -> contests.find(c)
						.filter(found -> found.status() != ContestStatus.ARCHIVED
								&& found.status() != ContestStatus.PUBLICIZING)
						.filter(found -> contests.canManage(actor, c)));
			contest.ifPresent(found -> choices.add(new Choice(id, label(found, round))));
		}
		return choices;
	}

}
