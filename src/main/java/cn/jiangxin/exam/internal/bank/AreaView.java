package cn.jiangxin.exam.internal.bank;

/**
 * A knowledge area with its place in the bank's tree: its full path ("工业机器人基础理论/机械结构"),
 * its ancestors' ids as a lineage ("/3/7/"), its depth from 0, and how many current
 * questions it and the areas below it hold.
 */
public record AreaView(long id, long bankId, Long parentId, String name, String path, String lineage, int position,
		long questions) {

	public int depth() {
		return (int) lineage.chars().filter(c -> c == '/').count() - 2;
	}

}
