package cn.jiangxin.member;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** What other modules may ask about members. */
public interface MemberApi {

	Optional<MemberView> find(long id);

	/**
	 * A member's union, standing, kind of work and tags, in one light read (for a check
	 * made on every request, such as a coupon claim).
	 */
	Optional<MemberStanding> standing(long id);

	/** The member holding a card number, if any. */
	Optional<MemberView> findByCardNo(String cardNo);

	/** Members by id, in the order given; ids that do not exist are left out. */
	List<MemberView> findAll(Collection<Long> ids);

	/**
	 * The members whose mobile phone this is (a phone may be shared, e.g. within a
	 * family), in good standing first.
	 */
	List<MemberView> findByPhone(String phone);

	/**
	 * The member whose ID number (any form the member module accepts) this is, if any.
	 */
	Optional<MemberView> findByIdNumber(IdType type, String idNumber);

	/** The members in good standing (在会 or 保留会籍) of the subtree of an org. */
	long countActiveInSubtree(long orgId);

}
