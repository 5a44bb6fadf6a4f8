package cn.jiangxin.contest.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import cn.jiangxin.contest.ContestApi;
import cn.jiangxin.contest.ContestView;
import cn.jiangxin.contest.EntryView;
import cn.jiangxin.member.MemberRecordLine;
import cn.jiangxin.member.MemberRecordSection;
import cn.jiangxin.shared.Zones;

/**
 * A member's entries, for their record: which contest and track, the team's unit, its
 * standing.
 */
@Component
class EntryRecordSection implements MemberRecordSection {

	private final ContestApi contests;

	private final MessageSource messages;

	EntryRecordSection(ContestApi contests, MessageSource messages) {
		this.contests = contests;
		this.messages = messages;
	}

	@Override
	public int order() {
		return 10;
	}

	@Override
	public String titleKey() {
		return "entry.record.title";
	}

	@Override
	public List<MemberRecordLine> lines(long memberId) {
		List<EntryView> entries = contests.entriesOfMember(memberId);
		Map<Long, ContestView> byId = entries.stream()
			.map(EntryView::contestId)
			.distinct()
			.map(id -> contests.find(id).orElseThrow())
			.collect(Collectors.toMap(ContestView::id, Function.identity()));
		List<MemberRecordLine> lines = new ArrayList<>();
		for (EntryView entry : entries) {
			ContestView contest = byId.get(entry.contestId());
			List<String> badges = new ArrayList<>();
			badges.add(text(entry.status().messageKey()));
			badges.add(text(contest.status().messageKey()));
			if (entry.leader().memberId() == memberId && entry.team().size() > 1) {
				badges.add(text("entry.role.leader"));
			}
			lines.add(new MemberRecordLine(contest.title(), entry.summary(),
					entry.createdAt().atZone(Zones.BEIJING).toLocalDate(), badges, "/entries/" + entry.id()));
		}
		return lines;
	}

	private String text(String code) {
		return messages.getMessage(code, null, code, LocaleContextHolder.getLocale());
	}

}
