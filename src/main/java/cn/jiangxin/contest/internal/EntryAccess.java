package cn.jiangxin.contest.internal;

import org.springframework.stereotype.Component;

import cn.jiangxin.contest.EntryView;
import cn.jiangxin.shared.Actor;
import cn.jiangxin.shared.OrgScope;
import cn.jiangxin.shared.OutOfScopeException;

/**
 * Who may see and act on an entry: the contest's organisers, the admins of the entry's
 * unit (its union, or one above it), and the people of the entry, invitees included.
 */
@Component
class EntryAccess {

	private final ContestAccess contests;

	private final OrgScope scope;

	EntryAccess(ContestAccess contests, OrgScope scope) {
		this.contests = contests;
		this.scope = scope;
	}

	boolean canSee(Actor actor, EntryView entry) {
		return isUnitAdmin(actor, entry) || isPerson(actor, entry) || contests.canManage(actor, entry.contestId());
	}

	void requireSee(Actor actor, EntryView entry) {
		if (!canSee(actor, entry)) {
			throw new OutOfScopeException("entry " + entry.id());
		}
	}

	/** An admin whose subtree holds the entry's unit. */
	boolean isUnitAdmin(Actor actor, EntryView entry) {
		return actor.administers() && scope.covers(actor, entry.unitOrgId());
	}

	void requireUnitAdmin(Actor actor, EntryView entry) {
		if (!isUnitAdmin(actor, entry)) {
			throw new OutOfScopeException("entry " + entry.id());
		}
	}

	/** The member who leads the entry. */
	static boolean isLeader(Actor actor, EntryView entry) {
		return actor.memberId() != null && actor.memberId() == entry.leaderMemberId();
	}

	/** The leader, a member who accepted, or one invited. */
	static boolean isPerson(Actor actor, EntryView entry) {
		return actor.memberId() != null
				&& entry.person(actor.memberId()).filter(p -> p.accepted() || p.invited()).isPresent();
	}

	/** Someone of the team: the leader or a member who accepted. */
	static boolean isTeamMember(Actor actor, EntryView entry) {
		return actor.memberId() != null && entry.person(actor.memberId()).filter(p -> p.accepted()).isPresent();
	}

}
