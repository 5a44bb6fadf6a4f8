package cn.jiangxin.member.internal.imports;

/**
 * How far an import job has got: queued, checking its rows, writing them, done; or failed
 * (refused as a whole, the reason shown) or ended by an unexpected error. Stored as its
 * name in {@code import_job.status}.
 */
enum ImportJobStatus {

	QUEUED, VALIDATING, IMPORTING, DONE, FAILED, ERROR;

	/** Still working: the page keeps polling. */
	public boolean running() {
		return this == QUEUED || this == VALIDATING || this == IMPORTING;
	}

}
