package cn.jiangxin.contest;

import java.util.List;
import java.util.Optional;

import cn.jiangxin.shared.Actor;

/**
 * What other modules may ask of contests, and the setup calls demo data and judging build
 * on.
 */
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

	/**
	 * Whether the actor organises the contest: an admin of a host or organiser org, or a
	 * system admin.
	 */
	boolean canManage(Actor actor, long contestId);

	/** Moves the contest one step along its life. */
	void advance(Actor actor, long contestId, ContestStatus target);

	/** The newest version of what an entry handed in, if anything. */
	Optional<SubmissionView> latestSubmission(long entryId);

}
