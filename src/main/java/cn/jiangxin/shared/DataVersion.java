package cn.jiangxin.shared;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A number that goes up whenever a change commits: every change is audited, and the audit
 * log moves this on after its transaction commits. What is computed from the data
 * (standings, public pages) is kept with the number it was computed at and served until
 * the number moves on. A value that depends on one kind of entity only (an account, as
 * the audit log names it) may follow that kind's own count, so that the changes of a
 * crowd elsewhere do not throw it away. It is this server's own count: several servers
 * would share it through the database or a broker, which the work on running beyond one
 * server adds.
 */
@Component
public class DataVersion {

	private final AtomicLong version = new AtomicLong();

	private final ConcurrentMap<String, AtomicLong> byKind = new ConcurrentHashMap<>();

	/**
	 * The number now. Read it before computing something to be kept, and keep it with the
	 * result.
	 */
	public long current() {
		return version.get();
	}

	/**
	 * The number of committed changes to these kinds of entity (as the audit log names
	 * them): it moves on only when one of them changes.
	 */
	public long current(Collection<String> kinds) {
		long sum = 0;
		for (String kind : kinds) {
			AtomicLong count = byKind.get(kind);
			sum += count == null ? 0 : count.get();
		}
		return sum;
	}

	/**
	 * Moves the number on once the current transaction commits (at once, outside a
	 * transaction).
	 */
	public void changed() {
		changed(null);
	}

	/**
	 * Moves the number, and the count of this kind of entity, on once the current
	 * transaction commits (at once, outside a transaction).
	 */
	public void changed(String kind) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			moveOn(kind == null ? Set.of() : Set.of(kind));
			return;
		}
		@SuppressWarnings("unchecked")
		Set<String> kinds = (Set<String>) TransactionSynchronizationManager.getResource(this);
		if (kinds == null) {
			Set<String> changedKinds = new HashSet<>();
			TransactionSynchronizationManager.bindResource(this, changedKinds);
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					moveOn(changedKinds);
				}

				@Override
				public void afterCompletion(int status) {
					TransactionSynchronizationManager.unbindResourceIfPossible(DataVersion.this);
				}
			});
			kinds = changedKinds;
		}
		if (kind != null) {
			kinds.add(kind);
		}
	}

	private void moveOn(Set<String> kinds) {
		for (String kind : kinds) {
			byKind.computeIfAbsent(kind, k -> new AtomicLong()).incrementAndGet();
		}
		version.incrementAndGet();
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
