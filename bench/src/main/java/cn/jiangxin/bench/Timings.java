package cn.jiangxin.bench;

import java.util.Arrays;

/** Latencies of repeated calls, and their percentiles in milliseconds. */
public final class Timings {

	private final long[] nanos;

	private int count;

	public Timings(int capacity) {
		this.nanos = new long[capacity];
	}

	/** Runs {@code work} {@code warmup} times unmeasured, then {@code nanos.length} times measured. */
	public static Timings measure(int warmup, int runs, IntWork work) {
		for (int i = 0; i < warmup; i++) {
			work.run(i);
		}
		Timings timings = new Timings(runs);
		for (int i = 0; i < runs; i++) {
			long start = System.nanoTime();
			work.run(i);
			timings.nanos[timings.count++] = System.nanoTime() - start;
		}
		return timings;
	}

	public double percentileMillis(double p) {
		long[] sorted = Arrays.copyOf(nanos, count);
		Arrays.sort(sorted);
		int index = (int) Math.ceil(p / 100.0 * count) - 1;
		return sorted[Math.max(0, Math.min(count - 1, index))] / 1_000_000.0;
	}

	/** Prints p50, p95 and p99 as RESULT lines. */
	public void report(String metric) {
		Bench.result(metric + "_p50", percentileMillis(50), "ms");
		Bench.result(metric + "_p95", percentileMillis(95), "ms");
		Bench.result(metric + "_p99", percentileMillis(99), "ms");
	}

	/** Work measured once per run, given the run's index. */
	@FunctionalInterface
	public interface IntWork {

		void run(int index);

	}

}
