package cn.jiangxin.member.internal.imports;

import java.time.Instant;

/** An import job and how far it has got. */
record ImportJobView(long id, long orgId, String orgName, String actorName, String fileName, String format, String mode,
		ImportJobStatus status, long totalRows, long processedRows, long inserted, long updated, long errorCount,
		String message, Instant startedAt, Instant finishedAt, Instant createdAt) {

	public boolean running() {
		return status.running();
	}

	/** Percent done, where the total is known. */
	public int percent() {
		if (!running()) {
			return 100;
		}
		return totalRows == 0 ? 0 : (int) Math.min(99, processedRows * 100 / totalRows);
	}

}
