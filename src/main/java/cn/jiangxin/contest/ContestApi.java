package cn.jiangxin.contest;

import java.util.List;
import java.util.Optional;

import cn.jiangxin.shared.Actor;

/** What other modules may ask of contests, and the setup calls demo data and judging build on. */
public interface ContestApi {

	Optional<ContestView> find(long contestId);

	List<TrackView> tracks(long contestId);

	List<RoundView> rounds(long contestId);

	Optional<RoundView> round(long roundId);

	/** The entries of a contest that are not withdrawn, in order of registration. */
	List<EntryView> entries(long contestId);

	Optional<EntryView> entry(long entryId);

	/** The entries a member is in (as leader or a member who accepted), newest first. */
	List<EntryView> entriesOfMember(long memberId);

	/** Whether the actor organises the contest: an admin of a host or organiser org, or a system admin. */
	boolean canManage(Actor actor, long contestId);

	long create(Actor actor, ContestDraft draft);

	/** Changes a contest's setup while it is a draft or open; {@code version} guards against lost updates. */
	void update(Actor actor, long contestId, ContestDraft draft, int version);

	long addTrack(Actor actor, long contestId, TrackDraft draft);

	long addRound(Actor actor, long contestId, RoundDraft draft);

	/** Moves the contest one step along its life. */
	void advance(Actor actor, long contestId, ContestStatus target);

	/** Registers an entry on behalf of a unit; its people must be members of the actor's subtree. */
	long register(Actor actor, long contestId, EntryDraft draft);

	/**
	 * Registers many entries at once under the same rules as one at a time, all or none: the first that
	 * breaks a rule fails the whole batch. Returns the new entries' ids in the drafts' order.
	 */
	List<Long> registerAll(Actor actor, long contestId, List<EntryDraft> drafts);

	/** The unit's union confirms (推荐) an entry. */
	void confirm(Actor actor, long entryId);

	/** Hands in a new version of an entry's materials; returns its version number. */
	int submit(Actor actor, long entryId, SubmissionDraft draft);

	/** The newest version of what an entry handed in, if anything. */
	Optional<SubmissionView> latestSubmission(long entryId);

}
