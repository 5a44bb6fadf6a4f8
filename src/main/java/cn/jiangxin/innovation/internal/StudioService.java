package cn.jiangxin.innovation.internal;

import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.jiangxin.audit.AuditAction;
import cn.jiangxin.audit.AuditLog;
import cn.jiangxin.honor.HolderKind;
import cn.jiangxin.honor.HonorApi;
import cn.jiangxin.honor.HonorDraft;
import cn.jiangxin.member.MemberApi;
import cn.jiangxin.member.MemberView;
import cn.jiangxin.org.OrgApi;
import cn.jiangxin.org.OrgLevel;
import cn.jiangxin.org.OrgRef;
import cn.jiangxin.shared.Actor;
import cn.jiangxin.shared.BusinessRuleException;
import cn.jiangxin.shared.NotFoundException;
import cn.jiangxin.shared.OrgScope;
import cn.jiangxin.shared.OrgScope.SqlFilter;
import cn.jiangxin.shared.OutOfScopeException;
import cn.jiangxin.shared.Zones;

/**
 * The studio registry's rules: who may register a studio and change it (admins covering
 * its host union), who may lead and join it (active members within the host's subtree),
 * and how a level is conferred (by a union above the host, one level up at a time,
 * recorded in the honour registry). Every change is audited in its transaction.
 */
@Service
class StudioService {

	/** The most studios one list answers. */
	static final int LIST_LIMIT = 500;

	/** The most tags a studio carries. */
	static final int MAX_TAGS = 12;

	private final StudioStore store;

	private final MemberApi members;

	private final HonorApi honors;

	private final OrgScope scope;

	private final OrgApi orgs;

	private final AuditLog audit;

	private final Clock clock;

	StudioService(StudioStore store, MemberApi members, HonorApi honors, OrgScope scope, OrgApi orgs, AuditLog audit,
			Clock clock) {
		this.store = store;
		this.orgs = orgs;
		this.members = members;
		this.honors = honors;
		this.scope = scope;
		this.audit = audit;
		this.clock = clock;
	}

	/** Registers a studio, its leader its first member; its id. */
	@Transactional
	public long register(Actor actor, StudioDraft draft) {
		requireAdmin(actor, draft.hostOrgId());
		String name = draft.name().strip();
		MemberView leader = memberWithin(draft.leaderCardNo(), draft.hostOrgId(), "leaderCardNo");
		List<String> tags = tags(draft.tags());
		long id;
		try {
			id = store.insert(draft, name, leader.id(), tags, actor.username(), Instant.now(clock));
		}
		catch (DuplicateKeyException taken) {
			throw BusinessRuleException.invalid("name", "innovation.studio.nameTaken", name);
		}
		audit.record("studio", id, draft.hostOrgId(), AuditAction.CREATE, null,
				Map.of("name", name, "leader", leader.name(), "field", draft.field().name()));
		return id;
	}

	/** A studio within the actor's reach. */
	public Studio studio(Actor actor, long id) {
		Studio studio = store.find(id).orElseThrow(() -> new NotFoundException("studio", id));
		if (!scope.covers(actor, studio.hostOrgId())) {
			throw new NotFoundException("studio", id);
		}
		return studio;
	}

	/**
	 * The studios hosted within the actor's reach, by name, as asked; a union asked for
	 * must be within reach.
	 */
	public List<Studio> list(Actor actor, StudioQuery query) {
		if (query.text() != null && query.text().length() > StudioQuery.MAX_TEXT) {
			throw BusinessRuleException.invalid("q", "innovation.studio.query", StudioQuery.MAX_TEXT);
		}
		SqlFilter within = SqlFilter.ALL;
		if (query.orgId() != null) {
			scope.require(actor, query.orgId());
			within = scope.subtree(query.orgId(), "host_org_id");
		}
		return store.list(scope.filter(actor, "host_org_id"), within, query, LIST_LIMIT);
	}

	/**
	 * How many active studios each union directly under {@code orgId} (the actor's own
	 * union if null; the city for the platform's admins) hosts in its subtree, by level.
	 */
	public StudioCounts counts(Actor actor, Long orgId) {
		long rootId = orgId != null ? orgId
				: actor.orgId() != null ? actor.orgId() : orgs.activeAtLevel(OrgLevel.CITY).get(0).id();
		scope.require(actor, rootId);
		OrgRef root = orgs.path(rootId).get(orgs.path(rootId).size() - 1);
		List<StudioCounts.Row> rows = new ArrayList<>();
		for (OrgRef child : orgs.children(rootId)) {
			StudioCounts.Row row = new StudioCounts.Row(child,
					store.levelCounts(scope.subtree(child.id(), "host_org_id")));
			if (row.total() > 0) {
				rows.add(row);
			}
		}
		StudioCounts.Row whole = new StudioCounts.Row(root, store.levelCounts(scope.subtree(rootId, "host_org_id")));
		return new StudioCounts(root, rows, whole);
	}

	/** A studio's current members, leader first. */
	public List<StudioStore.StudioMember> members(Actor actor, long studioId) {
		studio(actor, studioId);
		return store.members(studioId);
	}

	/**
	 * Adds a core member or a deputy (the leader is changed, not added), who joined on
	 * the day given (today if null): not before the studio was founded, not in the
	 * future.
	 */
	@Transactional
	public void addMember(Actor actor, long studioId, String cardNo, StudioRole role, LocalDate joinedOn) {
		Studio studio = open(actor, studioId);
		if (role == null || role == StudioRole.LEADER) {
			throw BusinessRuleException.invalid("role", "innovation.studio.role");
		}
		LocalDate today = Zones.today(clock);
		LocalDate joined = joinedOn == null ? today : joinedOn;
		if (joined.isBefore(studio.foundedOn()) || joined.isAfter(today)) {
			throw BusinessRuleException.invalid("joinedOn", "innovation.studio.joinedOn", studio.foundedOn());
		}
		MemberView member = memberWithin(cardNo, studio.hostOrgId(), "cardNo");
		if (!store.addMember(studioId, member.id(), role, joined)) {
			throw BusinessRuleException.conflict("innovation.studio.alreadyMember", member.name());
		}
		audit.record("studio", studioId, studio.hostOrgId(), AuditAction.UPDATE, null,
				Map.of("member", member.name(), "role", role.name()));
	}

	/**
	 * Confers a level on a studio, as an admin of the conferring union (the host or a
	 * union above it): one above its current level, recorded in the honour registry under
	 * the level's title, with the decision and its date.
	 */
	@Transactional
	public void confer(Actor actor, long studioId, LevelDraft draft) {
		Studio studio = open(actor, studioId);
		requireAdmin(actor, draft.conferringOrgId());
		if (!scope.within(draft.conferringOrgId(), studio.hostOrgId())) {
			throw BusinessRuleException.invalid("conferringOrgId", "innovation.level.notAbove");
		}
		if (!draft.level().above(studio.level())) {
			throw BusinessRuleException.invalid("level", "innovation.level.notHigher");
		}
		String decision = draft.decision().strip();
		long honorId = honors.confer(actor, new HonorDraft(draft.level().title(), HolderKind.TEAM, studio.name(), null,
				studio.hostOrgId(), decision, draft.conferredOn()));
		store.addLevel(studioId, draft.level(), draft.conferringOrgId(), decision, draft.conferredOn(), honorId,
				actor.username(), Instant.now(clock));
		audit.record("studio", studioId, studio.hostOrgId(), AuditAction.UPDATE,
				studio.level() == null ? null : Map.of("level", studio.level().name()),
				Map.of("level", draft.level().name(), "decision", decision));
	}

	/**
	 * Dissolves a studio (撤销), not before it was founded: it keeps its members, levels
	 * and achievements and changes no more.
	 */
	@Transactional
	public void dissolve(Actor actor, long studioId, Dissolution dissolution) {
		Studio studio = open(actor, studioId);
		if (dissolution.dissolvedOn().isBefore(studio.foundedOn())
				|| dissolution.dissolvedOn().isAfter(Zones.today(clock))) {
			throw BusinessRuleException.invalid("dissolvedOn", "innovation.studio.dissolvedOn", studio.foundedOn());
		}
		store.dissolve(studioId, dissolution);
		audit.record("studio", studioId, studio.hostOrgId(), AuditAction.STATE_CHANGE, Map.of("status", "ACTIVE"),
				Map.of("status", "DISSOLVED", "reason", dissolution.reason().strip(), "on",
						dissolution.dissolvedOn().toString()));
	}

	/** A studio the actor may change: in reach, and not dissolved; its row locked. */
	Studio open(Actor actor, long studioId) {
		Studio studio = store.lock(studioId).orElseThrow(() -> new NotFoundException("studio", studioId));
		if (!scope.covers(actor, studio.hostOrgId())) {
			throw new NotFoundException("studio", studioId);
		}
		requireAdmin(actor, studio.hostOrgId());
		if (!studio.active()) {
			throw BusinessRuleException.conflict("innovation.studio.dissolved");
		}
		return studio;
	}

	private void requireAdmin(Actor actor, long orgId) {
		if (!actor.administers() || !scope.covers(actor, orgId)) {
			throw new OutOfScopeException("org " + orgId);
		}
	}

	/** An active member, by card number, of a union within {@code rootId}'s subtree. */
	private MemberView memberWithin(String cardNo, long rootId, String field) {
		String card = cardNo == null ? "" : cardNo.strip();
		return members.findByCardNo(card)
			.filter(m -> m.status().isActive())
			.filter(m -> scope.within(rootId, m.orgId()))
			.orElseThrow(() -> BusinessRuleException.invalid(field, "innovation.studio.memberUnknown", card));
	}

	/**
	 * Tags as kept: NFKC, stripped, Latin letters in lower case, each once, in the order
	 * given; at most {@value #MAX_TAGS}.
	 */
	static List<String> tags(List<String> given) {
		if (given == null) {
			return List.of();
		}
		Set<String> tags = new LinkedHashSet<>();
		for (String tag : given) {
			String kept = tag == null ? ""
					: Normalizer.normalize(tag, Normalizer.Form.NFKC).strip().toLowerCase(Locale.ROOT);
			if (kept.isEmpty() || kept.length() > 20) {
				throw BusinessRuleException.invalid("tags", "innovation.studio.tag", 20);
			}
			tags.add(kept);
		}
		if (tags.size() > MAX_TAGS) {
			throw BusinessRuleException.invalid("tags", "innovation.studio.tags", MAX_TAGS);
		}
		return new ArrayList<>(tags);
	}

}
