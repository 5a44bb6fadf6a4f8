package cn.jiangxin.member.internal.transfer;

/**
 * Where a transfer request stands: waiting for the receiving union, approved (the member
 * moved), rejected with a note, or cancelled by whoever asked. Stored as its name in
 * {@code transfer_request.status}.
 */
enum TransferStatus {

	PENDING, APPROVED, REJECTED, CANCELLED

}
