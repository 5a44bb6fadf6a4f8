package cn.jiangxin.honor.internal;

import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.jiangxin.audit.AuditAction;
import cn.jiangxin.audit.AuditLog;
import cn.jiangxin.honor.HolderKind;
import cn.jiangxin.honor.HonorApi;
import cn.jiangxin.honor.HonorDraft;
import cn.jiangxin.honor.TitleConferred;
import cn.jiangxin.member.MemberApi;
import cn.jiangxin.member.MemberDistinguished;
import cn.jiangxin.member.MemberView;
import cn.jiangxin.shared.Actor;
import cn.jiangxin.shared.BusinessRuleException;
import cn.jiangxin.shared.OrgScope;
import cn.jiangxin.shared.OutOfScopeException;

/**
 * Confers titles by decision within the admin's subtree and keeps them in the registry;
 * titles of contest awards come from {@link AwardTitles}.
 */
@Service
class HonorFacade implements HonorApi {

	private final HonorStore store;

	private final MemberApi members;

	private final OrgScope scope;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	HonorFacade(HonorStore store, MemberApi members, OrgScope scope, AuditLog audit, ApplicationEventPublisher events) {
		this.events = events;
		this.store = store;
		this.members = members;
		this.scope = scope;
		this.audit = audit;
	}

	@Override
	@Transactional
	public long confer(Actor actor, HonorDraft draft) {
		if (!actor.administers() || !scope.covers(actor, draft.orgId())) {
			throw new OutOfScopeException("org " + draft.orgId());
		}
		String holder = draft.holderName() == null ? "" : draft.holderName().strip();
		Long memberId = null;
		long orgId = draft.orgId();
		if (draft.holderKind() == HolderKind.MEMBER) {
			if (draft.cardNo() == null || draft.cardNo().isBlank()) {
				throw BusinessRuleException.invalid("cardNo", "honor.cardRequired");
			}
			MemberView member = members.findByCardNo(draft.cardNo().strip())
				.filter(m -> scope.covers(actor, m.orgId()))
				.orElseThrow(() -> BusinessRuleException.invalid("cardNo", "honor.cardUnknown", draft.cardNo()));
			memberId = member.id();
			holder = member.name();
			orgId = member.orgId();
		}
		else if (holder.isEmpty()) {
			throw BusinessRuleException.invalid("holderName", "honor.holderRequired");
		}
		long id = store.insert(draft.title().strip(), draft.holderKind(), holder, memberId, orgId,
				draft.decision().strip(), draft.conferredOn(), actor.username());
		audit.record("honor", id, orgId, AuditAction.CREATE, null,
				Map.of("title", draft.title(), "holder", holder, "decision", draft.decision()));
		if (memberId != null) {
			events.publishEvent(new MemberDistinguished(memberId, MemberDistinguished.Kind.TITLE, id,
					draft.title().strip(), draft.conferredOn()));
		}
		events.publishEvent(new TitleConferred(id, draft.title().strip(), draft.holderKind(), holder, memberId, orgId,
				null, null, draft.conferredOn(), memberId == null ? List.of() : List.of(memberId)));
		return id;
	}

}
