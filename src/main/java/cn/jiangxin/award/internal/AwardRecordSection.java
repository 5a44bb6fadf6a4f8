package cn.jiangxin.award.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import cn.jiangxin.award.AwardView;
import cn.jiangxin.contest.ContestApi;
import cn.jiangxin.contest.ContestView;
import cn.jiangxin.contest.EntryView;
import cn.jiangxin.member.MemberRecordLine;
import cn.jiangxin.member.MemberRecordSection;
import cn.jiangxin.shared.Zones;

/**
 * A member's awards, for their record: the award and place of each of their entries,
 * whether it is still on notice, and its certificate, which anyone may check at
 * {@code /certificates/{number}}.
 */
@Component
class AwardRecordSection implements MemberRecordSection {

	private final ContestApi contests;

	private final AwardStore store;

	private final MessageSource messages;

	AwardRecordSection(ContestApi contests, AwardStore store, MessageSource messages) {
		this.contests = contests;
		this.store = store;
		this.messages = messages;
	}

	@Override
	public int order() {
		return 30;
	}

	@Override
	public String titleKey() {
		return "award.record.title";
	}

	@Override
	public List<MemberRecordLine> lines(long memberId) {
		Map<Long, EntryView> entries = contests.entriesOfMember(memberId)
			.stream()
			.collect(Collectors.toMap(EntryView::id, Function.identity()));
		List<MemberRecordLine> lines = new ArrayList<>();
		for (AwardView award : store.awardsOfEntries(List.copyOf(entries.keySet()))) {
			ContestView contest = contests.find(award.contestId()).orElseThrow();
			EntryView entry = entries.get(award.entryId());
			Optional<AwardStore.Notice> notice = store.notice(contest.id());
			List<String> badges = new ArrayList<>();
			badges.add(text("award.record.place", award.place()));
			if (award.revoked()) {
				badges.add(text("award.record.revoked"));
			}
			else if (notice.filter(n -> n.finalisedAt() == null).isPresent()) {
				badges.add(text("award.record.onNotice"));
			}
			if (award.certificateNumber() != null) {
				badges.add(text("award.record.certificate", award.certificateNumber()));
			}
			lines.add(new MemberRecordLine(award.name(), contest.title() + " · " + entry.summary(),
					notice.map(n -> n.publishedAt().atZone(Zones.BEIJING).toLocalDate()).orElse(null), badges,
					award.certificateNumber() == null || award.revoked() ? "/contests/" + contest.id() + "/results"
							: "/certificates/" + award.certificateNumber()));
		}
		return lines;
	}

	private String text(String code, Object... args) {
		return messages.getMessage(code, args, code, LocaleContextHolder.getLocale());
	}

}
