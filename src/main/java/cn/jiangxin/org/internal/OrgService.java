package cn.jiangxin.org.internal;

import java.time.Instant;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.jiangxin.audit.AuditAction;
import cn.jiangxin.audit.AuditLog;
import cn.jiangxin.org.Industry;
import cn.jiangxin.org.OrgClosed;
import cn.jiangxin.org.OrgDraft;
import cn.jiangxin.org.OrgLevel;
import cn.jiangxin.org.OrgMembership;
import cn.jiangxin.org.OrgMoved;
import cn.jiangxin.org.OrgStatus;
import cn.jiangxin.org.UnitType;
import cn.jiangxin.shared.Actor;
import cn.jiangxin.shared.BusinessRuleException;
import cn.jiangxin.shared.CreditCode;
import cn.jiangxin.shared.NotFoundException;
import cn.jiangxin.shared.OrgScope;

/**
 * The rules of the union tree: who may create, edit, move, close and reopen a union, and
 * what keeps the tree sound (levels deepen downwards, no cycles, no closing with open
 * children or members). Every change is audited in its own transaction.
 */
@Service
@Transactional
class OrgService {

	static final String ENTITY = "org";

	static final String UNIT_ENTITY = "unit";

	private final OrgRepository orgs;

	private final EmployerUnitRepository units;

	private final OrgTree tree;

	private final OrgScope scope;

	private final AuditLog audit;

	private final List<OrgMembership> memberships;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	OrgService(OrgRepository orgs, EmployerUnitRepository units, OrgTree tree, OrgScope scope, AuditLog audit,
			List<OrgMembership> memberships, ApplicationEventPublisher events, Clock clock) {
		this.clock = clock;
		this.orgs = orgs;
		this.units = units;
		this.tree = tree;
		this.scope = scope;
		this.audit = audit;
		this.memberships = memberships;
		this.events = events;
	}

	long create(Actor actor, OrgDraft form) {
		Org parent = null;
		if (form.parentId() == null) {
			if (!actor.isSystemAdmin()) {
				throw BusinessRuleException.invalid("parentId", "org.parent.required");
			}
			if (form.level() != OrgLevel.CITY) {
				throw BusinessRuleException.invalid("level", "org.level.rootMustBeCity");
			}
		}
		else {
			parent = load(form.parentId());
			scope.require(actor, parent.id());
			if (!parent.isActive()) {
				throw BusinessRuleException.invalid("parentId", "org.parent.closed");
			}
			checkLevelUnder(form.level(), parent);
		}
		OrgDetails details = detailsOf(form);
		checkNameFree(form.parentId(), details.name(), -1);
		Long unitId = form.hasUnit() ? registerUnit(actor, form.parentId(), form.unitName(), form.creditCode(),
				form.industry(), form.unitType()) : null;
		Org org = orgs.save(Org.newChild(parent, details, form.level(), unitId, Instant.now(clock)));
		tree.attach(org.id(), form.parentId());
		audit.record(ENTITY, org.id(), org.id(), AuditAction.CREATE, null, org.snapshot());
		return org.id();
	}

	void update(Actor actor, long id, OrgDraft form) {
		Org org = load(id);
		scope.require(actor, id);
		checkVersion(org, form.version());
		if (form.parentId() != null && !form.parentId().equals(org.parentId())) {
			throw BusinessRuleException.invalid("parentId", "org.edit.parentByMove");
		}
		Map<String, Object> before = org.snapshot();
		applyDetails(org, detailsOf(form), form.level());
		if (form.hasUnit()) {
			org.linkUnit(registerUnit(actor, id, form.unitName(), form.creditCode(), form.industry(), form.unitType()),
					Instant.now(clock));
		}
		else {
			org.linkUnit(null, Instant.now(clock));
		}
		orgs.save(org);
		audit.record(ENTITY, id, id, AuditAction.UPDATE, before, org.snapshot());
	}

	void patch(Actor actor, long id, OrgPatch patch) {
		Org org = load(id);
		scope.require(actor, id);
		checkVersion(org, patch.version());
		if (patch.changesDetails()) {
			Map<String, Object> before = org.snapshot();
			OrgDetails current = org.details();
			OrgDetails changed = new OrgDetails(patch.name() != null ? patch.name() : current.name(),
					patch.shortName() != null ? patch.shortName() : current.shortName(),
					patch.address() != null ? patch.address() : current.address(),
					patch.contactName() != null ? patch.contactName() : current.contactName(),
					patch.contactPhone() != null ? patch.contactPhone() : current.contactPhone());
			applyDetails(org, changed, patch.level() != null ? patch.level() : org.level());
			if (patch.unitName() != null || patch.creditCode() != null || patch.industry() != null
					|| patch.unitType() != null) {
				UnitForm unit = currentUnit(org).merge(patch.unitName(), patch.creditCode(), patch.industry(),
						patch.unitType());
				org.linkUnit(registerUnit(actor, id, unit.name(), unit.creditCode(), unit.industry(), unit.unitType()),
						Instant.now(clock));
			}
			org = orgs.save(org);
			audit.record(ENTITY, id, id, AuditAction.UPDATE, before, org.snapshot());
		}
		if (patch.parentId() != null && !patch.parentId().equals(org.parentId())) {
			move(actor, id, patch.parentId(), null);
		}
		if (patch.status() == OrgStatus.CLOSED && load(id).isActive()) {
			close(actor, id, null);
		}
		else if (patch.status() == OrgStatus.ACTIVE && !load(id).isActive()) {
			reopen(actor, id, null);
		}
	}

	void move(Actor actor, long id, long newParentId, Integer version) {
		Org org = load(id);
		scope.require(actor, id);
		checkVersion(org, version);
		if (org.parentId() == null) {
			throw BusinessRuleException.invalid("parentId", "org.move.root");
		}
		Org parent = load(newParentId);
		scope.require(actor, newParentId);
		if (tree.within(id, newParentId)) {
			throw BusinessRuleException.invalid("parentId", "org.move.intoOwnSubtree");
		}
		if (!parent.isActive()) {
			throw BusinessRuleException.invalid("parentId", "org.parent.closed");
		}
		checkLevelUnder(org.level(), parent);
		checkNameFree(newParentId, org.name(), id);
		Map<String, Object> before = org.snapshot();
		long fromParent = org.parentId();
		int depthDelta = parent.depth() + 1 - org.depth();
		tree.move(id, newParentId, depthDelta);
		org.moveUnder(parent, Instant.now(clock));
		orgs.save(org);
		audit.record(ENTITY, id, id, AuditAction.UPDATE, before, org.snapshot());
		events.publishEvent(new OrgMoved(id, fromParent, newParentId));
	}

	void close(Actor actor, long id, Integer version) {
		Org org = load(id);
		scope.require(actor, id);
		checkVersion(org, version);
		if (!org.isActive()) {
			throw BusinessRuleException.conflict("org.close.alreadyClosed");
		}
		if (!actor.isSystemAdmin() && Objects.equals(actor.orgId(), org.id())) {
			throw BusinessRuleException.conflict("org.close.ownRoot");
		}
		int openChildren = orgs.countActiveChildren(id);
		if (openChildren > 0) {
			throw BusinessRuleException.conflict("org.close.openChildren", openChildren);
		}
		for (OrgMembership membership : memberships) {
			long count = membership.activeCount(id);
			if (count > 0) {
				throw BusinessRuleException.conflict(membership.messageKey(), count);
			}
		}
		Map<String, Object> before = org.snapshot();
		org.close(Instant.now(clock));
		orgs.save(org);
		audit.record(ENTITY, id, id, AuditAction.STATE_CHANGE, before, org.snapshot());
		events.publishEvent(new OrgClosed(id));
	}

	void reopen(Actor actor, long id, Integer version) {
		Org org = load(id);
		scope.require(actor, id);
		checkVersion(org, version);
		if (org.isActive()) {
			throw BusinessRuleException.conflict("org.reopen.alreadyActive");
		}
		if (org.parentId() != null && !load(org.parentId()).isActive()) {
			throw BusinessRuleException.conflict("org.reopen.parentClosed");
		}
		Map<String, Object> before = org.snapshot();
		org.reopen(Instant.now(clock));
		orgs.save(org);
		audit.record(ENTITY, id, id, AuditAction.STATE_CHANGE, before, org.snapshot());
	}

	private static OrgDetails detailsOf(OrgDraft draft) {
		return new OrgDetails(draft.name(), draft.shortName(), draft.address(), draft.contactName(),
				draft.contactPhone());
	}

	private void applyDetails(Org org, OrgDetails details, OrgLevel level) {
		if (details.name() == null) {
			throw BusinessRuleException.invalid("name", "org.name.required");
		}
		if (!details.name().equals(org.name())) {
			checkNameFree(org.parentId(), details.name(), org.id());
		}
		if (level != org.level()) {
			if (org.parentId() == null ? level != OrgLevel.CITY : !level.mayBeChildOf(load(org.parentId()).level())) {
				throw BusinessRuleException.invalid("level", "org.level.notUnderParent");
			}
			for (String childLevel : orgs.childLevels(org.id())) {
				if (!OrgLevel.valueOf(childLevel).mayBeChildOf(level)) {
					throw BusinessRuleException.invalid("level", "org.level.aboveChildren");
				}
			}
			org.changeLevel(level, Instant.now(clock));
		}
		org.apply(details, Instant.now(clock));
	}

	private UnitForm currentUnit(Org org) {
		if (org.employerUnitId() == null) {
			return new UnitForm(null, null, null, null);
		}
		EmployerUnit unit = units.findById(org.employerUnitId()).orElseThrow();
		return new UnitForm(unit.name(), unit.creditCode(), unit.industry(), unit.unitType());
	}

	/**
	 * Finds the unit by its credit code or registers it. Details of a unit already known
	 * are changed only when every union linked to it lies in the actor's reach; otherwise
	 * the code is reported as taken.
	 */
	private Long registerUnit(Actor actor, Long auditOrgId, String name, String code, Industry industry,
			UnitType type) {
		String creditCode = CreditCode.normalize(code);
		if (name == null || name.isBlank()) {
			throw BusinessRuleException.invalid("unitName", "org.unit.incomplete");
		}
		if (creditCode == null || creditCode.isEmpty()) {
			throw BusinessRuleException.invalid("creditCode", "org.unit.incomplete");
		}
		if (!CreditCode.isValid(creditCode)) {
			throw BusinessRuleException.invalid("creditCode", "validation.creditCode");
		}
		if (industry == null) {
			throw BusinessRuleException.invalid("industry", "org.unit.incomplete");
		}
		if (type == null) {
			throw BusinessRuleException.invalid("unitType", "org.unit.incomplete");
		}
		String unitName = name.strip();
		return units.findByCreditCode(creditCode).map(existing -> {
			if (!existing.name().equals(unitName) || existing.industry() != industry || existing.unitType() != type) {
				boolean allInReach = orgs.idsLinkedToUnit(existing.id())
					.stream()
					.allMatch(linked -> scope.covers(actor, linked));
				if (!allInReach) {
					throw BusinessRuleException.invalid("creditCode", "org.unit.codeTaken", existing.name());
				}
				Map<String, Object> before = existing.snapshot();
				existing.update(unitName, industry, type, Instant.now(clock));
				units.save(existing);
				audit.record(UNIT_ENTITY, existing.id(), auditOrgId, AuditAction.UPDATE, before, existing.snapshot());
			}
			return existing.id();
		}).orElseGet(() -> {
			EmployerUnit unit = units
				.save(EmployerUnit.register(unitName, creditCode, industry, type, Instant.now(clock)));
			audit.record(UNIT_ENTITY, unit.id(), auditOrgId, AuditAction.CREATE, null, unit.snapshot());
			return unit.id();
		});
	}

	private void checkLevelUnder(OrgLevel level, Org parent) {
		if (!level.mayBeChildOf(parent.level())) {
			throw BusinessRuleException.invalid("level", "org.level.notUnderParent");
		}
	}

	private void checkNameFree(Long parentId, String name, long excludeId) {
		if (name == null) {
			throw BusinessRuleException.invalid("name", "org.name.required");
		}
		int taken = parentId == null ? orgs.countRootsNamed(name, excludeId)
				: orgs.countSiblingsNamed(parentId, name, excludeId);
		if (taken > 0) {
			throw BusinessRuleException.invalid("name", "org.name.taken", name);
		}
	}

	private static void checkVersion(Org org, Integer expected) {
		if (expected != null && !expected.equals(org.version())) {
			throw new OptimisticLockingFailureException("org " + org.id() + " changed since version " + expected);
		}
	}

	private Org load(long id) {
		return orgs.findById(id).orElseThrow(() -> new NotFoundException(ENTITY, id));
	}

	/** The four fields of an employer unit, merged from a partial change. */
	private record UnitForm(String name, String creditCode, Industry industry, UnitType unitType) {

		UnitForm merge(String name, String creditCode, Industry industry, UnitType unitType) {
			return new UnitForm(name != null ? name : this.name, creditCode != null ? creditCode : this.creditCode,
					industry != null ? industry : this.industry, unitType != null ? unitType : this.unitType);
		}

	}

}
