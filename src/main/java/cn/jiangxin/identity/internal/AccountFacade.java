package cn.jiangxin.identity.internal;

import java.time.Instant;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import cn.jiangxin.identity.AccountApi;
import cn.jiangxin.identity.AccountView;
import cn.jiangxin.shared.Actor;
import cn.jiangxin.shared.BusinessRuleException;
import cn.jiangxin.shared.PageQuery;
import cn.jiangxin.shared.Permission;
import cn.jiangxin.shared.Role;

/** The identity module's answers to other modules. */
@Component
class AccountFacade implements AccountApi {

	private final AccountQueries queries;

	private final AccountService service;

	private final AccountRepository accounts;

	private final Clock clock;

	AccountFacade(AccountQueries queries, AccountService service, AccountRepository accounts, Clock clock) {
		this.clock = clock;
		this.queries = queries;
		this.service = service;
		this.accounts = accounts;
	}

	@Override
	public Optional<AccountView> find(long id) {
		return queries.find(id);
	}

	@Override
	public Optional<AccountView> findByUsername(String username) {
		return queries.findByUsername(username);
	}

	long countManagedBy(Actor actor) {
		return queries.search(actor, null, null, null, new PageQuery(0, 1)).total();
	}

	@Override
	@Transactional
	public long provision(String username, String displayName, String password, Long orgId, Set<Role> roles,
			Set<Permission> permissions) {
		if (accounts.existsByUsername(username)) {
			throw BusinessRuleException.invalid("username", "account.username.taken", username);
		}
		PasswordPolicy.check("password", password, username);
		return service.bootstrap(username, displayName, password, orgId, roles, permissions);
	}

	@Override
	@Transactional
	public long provisionMember(long memberId, String cardNo, String displayName, String password, long orgId,
			String phoneHash) {
		if (accounts.findByMemberId(memberId).isPresent() || accounts.existsByUsername(cardNo)) {
			throw BusinessRuleException.conflict("member.activation.alreadyActive");
		}
		PasswordPolicy.check("password", password, cardNo);
		return service.openMemberAccount(memberId, cardNo, displayName, password, orgId, phoneHash);
	}

	@Override
	public Optional<AccountView> findByMember(long memberId) {
		return queries.findByMember(memberId);
	}

	@Override
	public boolean phoneTakenByOther(String phoneHash, long memberId) {
		return phoneHash != null && accounts.findByPhoneHash(phoneHash)
			.filter(account -> account.memberId() == null || account.memberId() != memberId)
			.isPresent();
	}

	@Override
	@Transactional
	public void followMember(long memberId, long orgId, String phoneHash) {
		String signInPhone = phoneTakenByOther(phoneHash, memberId) ? null : phoneHash;
		accounts.findByMemberId(memberId).ifPresent(account -> {
			account.followMember(orgId, signInPhone, Instant.now(clock));
			accounts.save(account);
		});
	}

}
