package cn.jiangxin.judging.internal.standings;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import cn.jiangxin.contest.Advancement;
import cn.jiangxin.contest.ContestApi;
import cn.jiangxin.contest.ContestStatus;
import cn.jiangxin.contest.ContestView;
import cn.jiangxin.contest.EntryView;
import cn.jiangxin.contest.RoundView;
import cn.jiangxin.judging.RoundStanding;
import cn.jiangxin.judging.internal.rounds.JudgingStore;
import cn.jiangxin.judging.internal.rounds.RoundEntryStatus;
import cn.jiangxin.member.MemberRecordLine;
import cn.jiangxin.member.MemberRecordSection;
import cn.jiangxin.shared.Zones;

/**
 * A member's results, for their record: each round their entries were judged in, with the
 * place and score, once the contest's results are public (on notice or archived); nothing
 * of a contest still in judging.
 */
@Component
class ResultRecordSection implements MemberRecordSection {

	private final ContestApi contests;

	private final Results results;

	private final JudgingStore store;

	private final MessageSource messages;

	ResultRecordSection(ContestApi contests, Results results, JudgingStore store, MessageSource messages) {
		this.contests = contests;
		this.results = results;
		this.store = store;
		this.messages = messages;
	}

	@Override
	public int order() {
		return 20;
	}

	@Override
	public String titleKey() {
		return "judging.record.title";
	}

	@Override
	public List<MemberRecordLine> lines(long memberId) {
		List<MemberRecordLine> lines = new ArrayList<>();
		for (EntryView entry : contests.entriesOfMember(memberId)) {
			ContestView contest = contests.find(entry.contestId()).orElseThrow();
			if (contest.status().ordinal() < ContestStatus.PUBLICIZING.ordinal()) {
				continue;
			}
			List<RoundView> rounds = contests.rounds(contest.id())
				.stream()
				.sorted(Comparator.comparingInt(RoundView::ordinal).reversed())
				.toList();
			for (RoundView round : rounds) {
				RoundEntryStatus status = store.entryStatuses(round.id()).get(entry.id());
				if (status == null) {
					continue;
				}
				Optional<RoundStanding> standing = results.results(round.id())
					.standings()
					.stream()
					.filter(s -> s.entryId() == entry.id())
					.findFirst();
				if (standing.isEmpty() || standing.get().score() == null) {
					continue;
				}
				List<String> badges = new ArrayList<>();
				badges.add(text("judging.record.rank", standing.get().rank()));
				badges.add(text("judging.record.score", standing.get().score().toPlainString()));
				if (status != RoundEntryStatus.IN_ROUND && round.advancement() != Advancement.NONE) {
					badges.add(text("judging.record." + status.name()));
				}
				lines.add(new MemberRecordLine(contest.title() + " · " + round.name(), entry.summary(),
						round.endsAt() == null ? null : round.endsAt().atZone(Zones.BEIJING).toLocalDate(), badges,
						"/contests/" + contest.id() + "/results"));
			}
		}
		return lines;
	}

	private String text(String code, Object... args) {
		return messages.getMessage(code, args, code, LocaleContextHolder.getLocale());
	}

}
