package cn.jiangxin.award;

import java.util.List;
import java.util.Optional;

import cn.jiangxin.shared.Actor;

/** Award tiers, publication with a notice period, finalisation, and certificate verification. */
public interface AwardApi {

	long addTier(Actor actor, long contestId, TierDraft draft);

	/** Computes the awards from the tiers' rounds and puts them on public notice (公示); the contest moves on. */
	List<AwardView> publish(Actor actor, long contestId, PublishDraft draft);

	/** Ends the notice period: results are final and announced ({@link AwardsFinalised}); the contest is archived. */
	void finalise(Actor actor, long contestId);

	List<AwardView> awards(long contestId);

	Optional<Verification> verify(String number);

	/**
	 * Compiles the contest's case collection (案例集) from the chosen entries, or from every awarded entry
	 * when none are chosen; {@code publish} puts it on its public page. Returns the collection's id.
	 */
	long compileCases(Actor actor, long contestId, String title, String preface, List<Long> entryIds, boolean publish);

}
