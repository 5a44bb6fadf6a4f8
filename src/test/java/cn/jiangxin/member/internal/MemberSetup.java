package cn.jiangxin.member.internal;

import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import cn.jiangxin.member.MemberDraft;
import cn.jiangxin.shared.Actor;

/**
 * Registers members and opens their accounts for tests in other modules, through the
 * member module's services.
 */
@Component
public class MemberSetup {

	private final MemberService members;

	private final MemberSelfService self;

	MemberSetup(MemberService members, MemberSelfService self) {
		this.members = members;
		this.self = self;
	}

	@Transactional
	public List<Long> registerAll(Actor actor, long orgId, List<MemberDraft> drafts) {
		return members.registerAll(actor, orgId, drafts);
	}

	@Transactional
	public long openAccount(long memberId, String password) {
		return self.openAccount(memberId, password);
	}

}
