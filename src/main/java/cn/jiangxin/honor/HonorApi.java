package cn.jiangxin.honor;

import cn.jiangxin.shared.Actor;

/**
 * Confers titles by decision. Titles of contest awards are conferred by honour itself when a contest's awards
 * become final ({@code AwardsFinalised}).
 */
public interface HonorApi {

	/** Confers a title by decision, without a contest; returns its id. */
	long confer(Actor actor, HonorDraft draft);

}
