package cn.jiangxin.award;

import java.util.List;
import java.util.Optional;

/**
 * Award tiers, publication with a notice period, finalisation, and certificate
 * verification.
 */
public interface AwardApi {

	List<AwardView> awards(long contestId);

	Optional<Verification> verify(String number);

}
