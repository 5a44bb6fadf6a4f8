package cn.jiangxin.contest;

import java.util.Map;

/**
 * How many entries are in each judged round of a contest, as judging keeps them; rounds
 * not yet judged are absent.
 */
public interface RoundRoster {

	Map<Long, Long> entriesPerRound(long contestId);

}
