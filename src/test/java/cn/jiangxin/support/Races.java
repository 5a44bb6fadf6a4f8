package cn.jiangxin.support;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import cn.jiangxin.shared.BusinessRuleException;

/**
 * Starts calls at the same moment on threads of their own, for tests of two people
 * racing.
 */
public final class Races {

	private Races() {
	}

	/** Each call's result, or the code of the rule it broke. */
	public static List<String> race(List<Callable<String>> calls) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(calls.size());
		CountDownLatch start = new CountDownLatch(1);
		List<Future<String>> futures = new ArrayList<>();
		for (Callable<String> call : calls) {
			futures.add(pool.submit(() -> {
				start.await();
				try {
					return call.call();
				}
				catch (BusinessRuleException ex) {
					return ex.code();
				}
			}));
		}
		start.countDown();
		List<String> results = new ArrayList<>();
		for (Future<String> future : futures) {
			results.add(future.get(30, TimeUnit.SECONDS));
		}
		pool.shutdown();
		return results;
	}

	/**
	 * Waits up to ten seconds for the latch, for a racer holding its transaction open
	 * until the other side has come this far.
	 */
	public static void await(CountDownLatch latch) {
		try {
			latch.await(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
