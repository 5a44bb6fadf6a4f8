package cn.jiangxin.judging.internal.experts;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.jiangxin.audit.AuditAction;
import cn.jiangxin.audit.AuditLog;
import cn.jiangxin.identity.AccountApi;
import cn.jiangxin.judging.ExpertDraft;
import cn.jiangxin.judging.ExpertView;
import cn.jiangxin.member.MemberApi;
import cn.jiangxin.member.MemberView;
import cn.jiangxin.shared.Actor;
import cn.jiangxin.shared.BusinessRuleException;
import cn.jiangxin.shared.OrgScope;
import cn.jiangxin.shared.OutOfScopeException;
import cn.jiangxin.shared.Role;

/**
 * The expert pool: an admin adds experts, each with a judge's account, to the pool of
 * their org.
 */
@Service
public class ExpertPool {

	private final ExpertStore experts;

	private final AccountApi accounts;

	private final MemberApi members;

	private final OrgScope scope;

	private final AuditLog audit;

	ExpertPool(ExpertStore experts, AccountApi accounts, MemberApi members, OrgScope scope, AuditLog audit) {
		this.experts = experts;
		this.accounts = accounts;
		this.members = members;
		this.scope = scope;
		this.audit = audit;
	}

	/**
	 * Adds an expert to the pool of the actor's org, with an account of the judge role;
	 * returns the expert id.
	 */
	@Transactional
	public long addExpert(Actor actor, ExpertDraft draft) {
		if (!actor.administers()) {
			throw new OutOfScopeException("expert pool");
		}
		if (draft.orgId() == null || !scope.covers(actor, draft.orgId())) {
			throw BusinessRuleException.invalid("orgId", "judging.expert.orgOutOfReach");
		}
		Long memberId = null;
		if (draft.cardNo() != null && !draft.cardNo().isBlank()) {
			memberId = members.findByCardNo(draft.cardNo().strip())
				.filter(member -> scope.covers(actor, member.orgId()))
				.map(MemberView::id)
				.orElseThrow(
						() -> BusinessRuleException.invalid("cardNo", "judging.expert.cardUnknown", draft.cardNo()));
		}
		if (accounts.findByUsername(draft.username().strip()).isPresent()) {
			throw BusinessRuleException.invalid("username", "judging.expert.usernameTaken", draft.username());
		}
		if (draft.password() == null || draft.password().isBlank()) {
			throw BusinessRuleException.invalid("password", "judging.expert.passwordRequired");
		}
		long poolOrg = actor.orgId() == null ? draft.orgId() : actor.orgId();
		long accountId = accounts.provision(draft.username().strip(), draft.name().strip(), draft.password(),
				draft.orgId(), Set.of(Role.JUDGE), Set.of());
		long id = experts.insert(accountId, draft.name(), draft.title(), draft.orgId(), draft.unitName(), memberId,
				draft.tags(), poolOrg, actor.username());
		audit.record("expert", id, poolOrg, AuditAction.CREATE, null,
				Map.of("name", draft.name(), "org", draft.orgId(), "tags", String.join(",", draft.tags())));
		return id;
	}

	public Optional<ExpertView> expert(long expertId) {
		return experts.find(expertId);
	}

}
