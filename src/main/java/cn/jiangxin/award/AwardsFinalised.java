package cn.jiangxin.award;

import java.time.LocalDate;
import java.util.List;

/**
 * A contest's awards became final (the notice period is over): what each award to an
 * entry went to, for the modules that keep titles and people's records. Revoked awards
 * and unit awards are not in it.
 *
 * @param contestId the contest
 * @param contestTitle its title, the source of the titles conferred
 * @param on the day the awards became final
 * @param actorId the account that finalised them, null for the platform itself
 * @param by that account's name
 * @param awards the awards to entries
 */
public record AwardsFinalised(long contestId, String contestTitle, LocalDate on, Long actorId, String by,
		List<EntryAward> awards) {

	/**
	 * An award to an entry.
	 *
	 * @param awardId the award
	 * @param name the award's name (一等奖)
	 * @param place the place within the award
	 * @param title the title its tier confers (技术能手), or null
	 * @param team whether the entry is a team's
	 * @param holder the holder as printed: the person, or the team with its people
	 * @param leaderMemberId the entry's leader (the holder of an individual entry)
	 * @param memberIds every member of the entry, the leader first
	 * @param unitOrgId the union the entry came through
	 */
	public record EntryAward(long awardId, String name, int place, String title, boolean team, String holder,
			long leaderMemberId, List<Long> memberIds, long unitOrgId) {
	}

}
