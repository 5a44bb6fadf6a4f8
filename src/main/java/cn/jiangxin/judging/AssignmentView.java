package cn.jiangxin.judging;

import java.util.List;

/**
 * A round's assignment: for each entry the judges who score it, and each judge's load.
 */
public record AssignmentView(long roundId, int judgesPerEntry, List<Row> entries, List<Load> loads) {

	public AssignmentView {
		entries = List.copyOf(entries);
		loads = List.copyOf(loads);
	}

	/** An entry and its judges; {@code manual} names the judges set by hand. */
	public record Row(long entryId, String title, String unitName, List<Judge> judges) {

		public Row {
			judges = List.copyOf(judges);
		}

	}

	/** A judge on an entry, and whether they were set by hand and have submitted. */
	public record Judge(long expertId, String name, boolean manual, String sheetStatus) {
	}

	/** A judge's load in the round. */
	public record Load(long expertId, String name, int assigned, int submitted) {
	}

}
