package cn.jiangxin.judging.internal.experts;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

import cn.jiangxin.contest.EntryView;
import cn.jiangxin.judging.ExpertView;
import cn.jiangxin.org.OrgApi;
import cn.jiangxin.org.OrgLevel;
import cn.jiangxin.org.OrgRef;
import cn.jiangxin.shared.OrgScope;

/**
 * Finds conflicts of interest between experts and entries, from three sources: automatic
 * (the expert's union lies on the entrant's own branch from the grassroots union down, or
 * the expert is on the team), declared by the expert, and set by an admin. A conflicted
 * expert is never assigned and never sees the entry.
 */
@Component
public class Conflicts {

	private final OrgApi orgs;

	private final OrgScope scope;

	private final ExpertStore experts;

	Conflicts(OrgApi orgs, OrgScope scope, ExpertStore experts) {
		this.orgs = orgs;
		this.scope = scope;
		this.experts = experts;
	}

	/** Why an expert may not judge an entry: a message code and its argument. */
	public record Reason(String code, String detail) {
	}

	/** Every conflicted (entry, expert) pair among these, with the first reason found. */
	public Map<Long, Map<Long, Reason>> find(Collection<EntryView> entries, Collection<ExpertView> panel) {
		Map<Long, Set<Long>> branches = new HashMap<>();
		List<ExpertStore.Conflict> declared = experts.conflicts(panel.stream().map(ExpertView::id).toList());
		Map<Long, Map<Long, Reason>> found = new LinkedHashMap<>();
		for (EntryView entry : entries) {
			Set<Long> entryBranch = branches.computeIfAbsent(entry.unitOrgId(), this::branch);
			Set<Long> team = new HashSet<>();
			entry.team().forEach(p -> team.add(p.memberId()));
			for (ExpertView expert : panel) {
				reason(entry, entryBranch, team, expert, branches, declared)
					.ifPresent(r -> found.computeIfAbsent(entry.id(), k -> new LinkedHashMap<>()).put(expert.id(), r));
			}
		}
		return found;
	}

	public Optional<Reason> between(EntryView entry, ExpertView expert) {
		Map<Long, Set<Long>> branches = new HashMap<>();
		Set<Long> team = new HashSet<>();
		entry.team().forEach(p -> team.add(p.memberId()));
		return reason(entry, branches.computeIfAbsent(entry.unitOrgId(), this::branch), team, expert, branches,
				experts.conflicts(List.of(expert.id())));
	}

	private Optional<Reason> reason(EntryView entry, Set<Long> entryBranch, Set<Long> team, ExpertView expert,
			Map<Long, Set<Long>> branches, List<ExpertStore.Conflict> declared) {
		if (expert.memberId() != null && team.contains(expert.memberId())) {
			return Optional.of(new Reason("judging.conflict.team", entry.title()));
		}
		Set<Long> expertBranch = branches.computeIfAbsent(expert.orgId(), this::branch);
		for (Long org : expertBranch) {
			if (entryBranch.contains(org)) {
				return Optional.of(new Reason("judging.conflict.org", entry.unitName()));
			}
		}
		for (ExpertStore.Conflict c : declared) {
			if (c.expertId() != expert.id()) {
				continue;
			}
			boolean hit = c.entryId() != null ? c.entryId() == entry.id() : scope.within(c.orgId(), entry.unitOrgId());
			if (hit) {
				return Optional.of(new Reason("judging.conflict." + c.source(), c.reason()));
			}
		}
		return Optional.empty();
	}

	/**
	 * An org's own branch: the org and its ancestors down from the nearest grassroots
	 * union (基层工会) — the same employer. Above grassroots level (a district or industry
	 * union) it is the org alone.
	 */
	Set<Long> branch(long orgId) {
		List<OrgRef> path = orgs.path(orgId);
		Set<Long> branch = new HashSet<>();
		for (OrgRef ref : path) {
			if (ref.level().tier() >= OrgLevel.GRASSROOTS.tier()) {
				branch.add(ref.id());
			}
		}
		if (branch.isEmpty()) {
			branch.add(orgId);
		}
		return branch;
	}

}
