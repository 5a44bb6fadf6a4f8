package cn.jiangxin.honor.internal;

import java.util.ArrayList;
import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import cn.jiangxin.honor.HonorView;
import cn.jiangxin.member.MemberRecordLine;
import cn.jiangxin.member.MemberRecordSection;

/**
 * A member's titles, for their record: what was conferred, by which union, on what
 * decision or contest.
 */
@Component
class HonorRecordSection implements MemberRecordSection {

	private final HonorStore store;

	private final MessageSource messages;

	HonorRecordSection(HonorStore store, MessageSource messages) {
		this.store = store;
		this.messages = messages;
	}

	@Override
	public int order() {
		return 40;
	}

	@Override
	public String titleKey() {
		return "honor.record.title";
	}

	@Override
	public List<MemberRecordLine> lines(long memberId) {
		List<MemberRecordLine> lines = new ArrayList<>();
		for (HonorView honor : store.ofMember(memberId)) {
			String source = messages.getMessage(
					honor.fromContest() ? "honor.record.byContest" : "honor.record.byDecision", null,
					LocaleContextHolder.getLocale());
			lines.add(new MemberRecordLine(honor.title(), honor.orgName() + " · " + honor.sourceRef(),
					honor.conferredOn(), List.of(source),
					honor.contestId() == null ? null : "/contests/" + honor.contestId() + "/results"));
		}
		return lines;
	}

}
