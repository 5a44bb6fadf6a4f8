package cn.jiangxin.honor;

import cn.jiangxin.shared.Actor;

/**
 * What other modules ask of honour. Titles of contest awards are conferred by honour
 * itself when it hears that a contest's awards are final ({@code AwardsFinalised}); every
 * title conferred, by either path, is announced as {@link TitleConferred}; a person's
 * titles reach their record through {@code MemberRecordSection}.
 */
public interface HonorApi {

	/**
	 * Confers a title by decision (文号), as an admin covering the holder's union; audited
	 * and announced. Returns the honour's id.
	 */
	long confer(Actor actor, HonorDraft draft);

}
