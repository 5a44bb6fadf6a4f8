package cn.jiangxin.benefit.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.jiangxin.audit.AuditAction;
import cn.jiangxin.audit.AuditLog;
import cn.jiangxin.identity.AccountApi;
import cn.jiangxin.shared.Actor;
import cn.jiangxin.shared.BusinessRuleException;
import cn.jiangxin.shared.CreditCode;
import cn.jiangxin.shared.NotFoundException;
import cn.jiangxin.shared.OrgScope;
import cn.jiangxin.shared.OrgScope.SqlFilter;
import cn.jiangxin.shared.Role;
import cn.jiangxin.shared.Zones;

/**
 * The rules of partner merchants. A merchant joins the plan of a union; the admins
 * covering that union manage it (its outlets, its staff accounts, its leaving the plan).
 * A staff account (商户店员) sees its own merchant and nothing else. A merchant that left the
 * plan keeps its history and takes no more changes. Every change is audited.
 */
@Service
class MerchantService {

	/** The most merchants a list shows. */
	static final int LIST_LIMIT = 1000;

	private final MerchantStore store;

	private final OrgScope scope;

	private final AccountApi accounts;

	private final AuditLog audit;

	private final Clock clock;

	MerchantService(MerchantStore store, OrgScope scope, AccountApi accounts, AuditLog audit, Clock clock) {
		this.store = store;
		this.scope = scope;
		this.accounts = accounts;
		this.audit = audit;
		this.clock = clock;
	}

	/** A merchant joins the partner plan of a union within the actor's reach; its id. */
	@Transactional
	public long join(Actor actor, MerchantDrafts.MerchantDraft draft) {
		if (!actor.administers() || !scope.covers(actor, draft.orgId())) {
			throw BusinessRuleException.invalid("orgId", "benefit.merchant.orgUnknown", draft.orgId());
		}
		if (draft.agreementEndsOn().isBefore(draft.joinedOn())) {
			throw BusinessRuleException.invalid("agreementEndsOn", "benefit.merchant.agreementOrder");
		}
		String code = CreditCode.normalize(draft.creditCode());
		if (store.codeTaken(draft.orgId(), code)) {
			throw BusinessRuleException.invalid("creditCode", "benefit.merchant.codeTaken", code);
		}
		long id = store.insert(draft, code, actor.username(), Instant.now(clock));
		audit.record("merchant", id, draft.orgId(), AuditAction.CREATE, null, Map.of("name", draft.name().strip(),
				"creditCode", code, "agreementEndsOn", draft.agreementEndsOn().toString()));
		return id;
	}

	/**
	 * The merchant leaves the plan: its coupons already redeemed stay, no new ones are
	 * accepted.
	 */
	@Transactional
	public void leave(Actor actor, long id) {
		Merchant merchant = managed(actor, id);
		if (!store.leave(id, Zones.today(clock))) {
			throw BusinessRuleException.conflict("benefit.merchant.left");
		}
		audit.record("merchant", id, merchant.orgId(), AuditAction.STATE_CHANGE, Map.of("status", "ACTIVE"),
				Map.of("status", "LEFT"));
	}

	/** Adds an outlet; its id. */
	@Transactional
	public long addOutlet(Actor actor, long id, MerchantDrafts.OutletDraft draft) {
		Merchant merchant = active(managed(actor, id));
		if ((draft.latitude() == null) != (draft.longitude() == null)) {
			throw BusinessRuleException.invalid("latitude", "benefit.outlet.position");
		}
		if (store.outletNameTaken(id, draft.name())) {
			throw BusinessRuleException.invalid("name", "benefit.outlet.nameTaken", draft.name().strip());
		}
		long outlet = store.insertOutlet(id, draft);
		audit.record("merchant-outlet", outlet, merchant.orgId(), AuditAction.CREATE, null,
				Map.of("merchant", id, "name", draft.name().strip(), "address", draft.address().strip()));
		return outlet;
	}

	/**
	 * Opens a staff account for the merchant (role 商户店员, under the plan's union); its
	 * account id.
	 */
	@Transactional
	public long addStaff(Actor actor, long id, MerchantDrafts.StaffDraft draft) {
		Merchant merchant = active(managed(actor, id));
		long account = accounts.provision(draft.username().strip(), draft.displayName().strip(), draft.password(),
				merchant.orgId(), Set.of(Role.MERCHANT_CLERK), Set.of());
		store.insertStaff(id, account, actor.username(), Instant.now(clock));
		audit.record("merchant-staff", account, merchant.orgId(), AuditAction.CREATE, null,
				Map.of("merchant", id, "username", draft.username().strip()));
		return account;
	}

	/**
	 * The merchants the actor sees: the plans in an admin's reach, a clerk's own
	 * merchant.
	 */
	public List<Merchant> merchants(Actor actor) {
		if (actor.administers()) {
			return store.list(scope.filter(actor, "org_id"), LIST_LIMIT);
		}
		return clerkOf(actor).map(List::of).orElse(List.of());
	}

	/**
	 * The active merchants of the plans in the actor's reach (for a campaign's or an
	 * offer's form).
	 */
	public long countInReach(Actor actor) {
		return actor.administers() ? store.count(scope.filter(actor, "org_id")) : 0;
	}

	/** A merchant the actor sees. */
	public Merchant merchant(Actor actor, long id) {
		return store.find(id).filter(m -> sees(actor, m)).orElseThrow(() -> new NotFoundException("merchant", id));
	}

	/** The staff accounts of a merchant the actor sees. */
	public List<Merchant.Staff> staff(Actor actor, long id) {
		merchant(actor, id);
		return store.staff(id)
			.entrySet()
			.stream()
			.map(e -> accounts.find(e.getKey())
				.map(a -> new Merchant.Staff(a.id(), a.username(), a.displayName(), e.getValue())))
			.flatMap(Optional::stream)
			.toList();
	}

	/** The merchant a clerk works for. */
	public Optional<Merchant> clerkOf(Actor actor) {
		if (!actor.has(Role.MERCHANT_CLERK)) {
			return Optional.empty();
		}
		return store.merchantOf(actor.accountId()).flatMap(store::find);
	}

	/** Whether the actor manages the merchant: an admin covering its plan's union. */
	public boolean manages(Actor actor, Merchant merchant) {
		return actor.administers() && scope.covers(actor, merchant.orgId());
	}

	boolean sees(Actor actor, Merchant merchant) {
		return manages(actor, merchant) || (actor.has(Role.MERCHANT_CLERK)
				&& store.merchantOf(actor.accountId()).filter(m -> m == merchant.id()).isPresent());
	}

	Merchant managed(Actor actor, long id) {
		Merchant merchant = merchant(actor, id);
		if (!manages(actor, merchant)) {
			throw new NotFoundException("merchant", id);
		}
		return merchant;
	}

	private Merchant active(Merchant merchant) {
		if (merchant.status() != Merchant.Status.ACTIVE) {
			throw BusinessRuleException.conflict("benefit.merchant.left");
		}
		return merchant;
	}

	/** The filter for lists of the actor's reach. */
	SqlFilter reach(Actor actor) {
		return actor.administers() ? scope.filter(actor, "org_id") : SqlFilter.NONE;
	}

}
