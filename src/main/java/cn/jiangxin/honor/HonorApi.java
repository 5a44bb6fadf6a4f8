package cn.jiangxin.honor;

import java.time.LocalDate;
import java.util.List;


/** Confers titles and reads the registry. */
public interface HonorApi {

	/**
	 * Confers a title for a contest award, once: a second call for the same award and title changes nothing.
	 * Returns the honour's id.
	 */
	long conferForAward(long contestId, long awardId, String contestTitle, String title, HolderKind kind,
			String holderName, Long memberId, long orgId, LocalDate on, String by);

	List<HonorView> ofMember(long memberId);

	List<HonorView> ofContest(long contestId);

}
