package cn.jiangxin.honor.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import cn.jiangxin.audit.AuditAction;
import cn.jiangxin.audit.AuditLog;
import cn.jiangxin.award.AwardsFinalised;
import cn.jiangxin.honor.HolderKind;
import cn.jiangxin.honor.TitleConferred;
import cn.jiangxin.member.MemberDistinguished;

/**
 * Confers the titles of a contest's final awards: each award whose tier confers a title
 * gives it to the member (an individual entry) or the team, under the entry's union,
 * once: a second delivery of the same awards confers nothing more.
 */
@Component
class AwardTitles {

	private final HonorStore store;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	AwardTitles(HonorStore store, AuditLog audit, ApplicationEventPublisher events) {
		this.events = events;
		this.store = store;
		this.audit = audit;
	}

	@ApplicationModuleListener
	void on(AwardsFinalised finalised) {
		List<HonorStore.AwardTitle> titles = finalised.awards()
			.stream()
			.filter(award -> award.title() != null)
			.map(award -> new HonorStore.AwardTitle(award.awardId(), award.title(),
					award.team() ? HolderKind.TEAM : HolderKind.MEMBER, award.holder(),
					award.team() ? null : award.leaderMemberId(), award.unitOrgId()))
			.toList();
		Map<Long, List<Long>> people = new HashMap<>();
		finalised.awards().forEach(award -> people.put(award.awardId(), award.memberIds()));
		for (HonorStore.Conferred honor : store.conferForAwards(finalised.contestId(), finalised.contestTitle(), titles,
				finalised.on(), finalised.by())) {
			audit.recordAs(finalised.actorId(), finalised.by(), "honor", honor.id(), honor.title().orgId(),
					AuditAction.CREATE, null, Map.of("title", honor.title().title(), "holder", honor.title().holder(),
							"contest", finalised.contestId(), "award", honor.title().awardId()));
			if (honor.title().memberId() != null) {
				events.publishEvent(new MemberDistinguished(honor.title().memberId(), MemberDistinguished.Kind.TITLE,
						honor.id(), honor.title().title(), finalised.on()));
			}
			events.publishEvent(new TitleConferred(honor.id(), honor.title().title(), honor.title().kind(),
					honor.title().holder(), honor.title().memberId(), honor.title().orgId(), finalised.contestId(),
					honor.title().awardId(), finalised.on(), people.get(honor.title().awardId())));
		}
	}

}
