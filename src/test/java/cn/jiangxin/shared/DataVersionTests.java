package cn.jiangxin.shared;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The data version moves on after a commit, for every kind of entity changed in the
 * transaction, and a value kept for one kind is read again only when that kind changes.
 */
class DataVersionTests {

	@Test
	void aChangeMovesTheNumberAndItsKindsCountOnceItCommits() {
		DataVersion versions = new DataVersion();
		TransactionSynchronizationManager.initSynchronization();
		try {
			versions.changed("account");
			versions.changed("examAttempt");
			versions.changed("account");
			assertThat(versions.current()).isZero();
			assertThat(versions.current(Set.of("account"))).isZero();
			List<TransactionSynchronization> synchronizations = TransactionSynchronizationManager.getSynchronizations();
			assertThat(synchronizations).hasSize(1);
			synchronizations.forEach(TransactionSynchronization::afterCommit);
			synchronizations.forEach(s -> s.afterCompletion(TransactionSynchronization.STATUS_COMMITTED));
		}
		finally {
			TransactionSynchronizationManager.clearSynchronization();
		}
		assertThat(versions.current()).isEqualTo(1);
		assertThat(versions.current(Set.of("account"))).isEqualTo(1);
		assertThat(versions.current(Set.of("examAttempt"))).isEqualTo(1);
		assertThat(versions.current(Set.of("contest"))).isZero();
		assertThat(TransactionSynchronizationManager.hasResource(versions)).isFalse();
	}

	@Test
	void aValueKeptForOneKindOutlivesTheChangesOfOthers() {
		DataVersion versions = new DataVersion();
		KeptValues<String, Integer> accounts = new KeptValues<>(versions, Set.of("account"), 10, Duration.ofMinutes(1));
		KeptValues<String, Integer> anything = new KeptValues<>(versions, 10, Duration.ofMinutes(1));
		AtomicInteger reads = new AtomicInteger();
		accounts.get("a", k -> reads.incrementAndGet());
		anything.get("a", k -> reads.incrementAndGet());
		versions.changed("examAttempt");
		assertThat(accounts.get("a", k -> reads.incrementAndGet())).isEqualTo(1);
		assertThat(anything.get("a", k -> reads.incrementAndGet())).isEqualTo(3);
		versions.changed("account");
		assertThat(accounts.get("a", k -> reads.incrementAndGet())).isEqualTo(4);
	}

}
