package cn.jiangxin.shared;

import java.util.concurrent.atomic.AtomicLong;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A number that goes up whenever a change commits: every change is audited, and the audit
 * log moves this on after its transaction commits. What is computed from the data
 * (standings, public pages) is kept with the number it was computed at and served until
 * the number moves on. It is this server's own count: several servers would share it
 * through the database or a broker, which the work on running beyond one server adds.
 */
@Component
public class DataVersion {

	private final AtomicLong version = new AtomicLong();

	/**
	 * The number now. Read it before computing something to be kept, and keep it with the
	 * result.
	 */
	public long current() {
		return version.get();
	}

	/**
	 * Moves the number on once the current transaction commits (at once, outside a
	 * transaction).
	 */
	public void changed() {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			if (TransactionSynchronizationManager.hasResource(this)) {
				return;
			}
			TransactionSynchronizationManager.bindResource(this, Boolean.TRUE);
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					version.incrementAndGet();
				}

				@Override
				public void afterCompletion(int status) {
					TransactionSynchronizationManager.unbindResourceIfPossible(DataVersion.this);
				}
			});
		}
		else {
			version.incrementAndGet();
		}
	}

	/**
	 * Whether a value read now may be kept: not inside a transaction that writes, whose
	 * changes may still roll back or have not yet moved the number on.
	 */
	public static boolean mayKeepWhatIsReadNow() {
		return !TransactionSynchronizationManager.isActualTransactionActive()
				|| TransactionSynchronizationManager.isCurrentTransactionReadOnly();
	}

}
