package cn.jiangxin.bench;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.csv;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.repeat;
import static io.gatling.javaapi.core.CoreDsl.responseTimeInMillis;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

/**
 * A coupon rush: 100,000 members with live tokens claim from one campaign of 10,000 coupons the moment it is open,
 * through a fixed number of concurrent clients (each takes the next member and claims, as fast as answers come).
 * Every member claims once; one in ten taps twice with the same key (a double tap, which must get the same coupon)
 * and one in twenty tries again with a new key (over their limit of one). Every claim acknowledged with a coupon
 * (201, or 200 for a repeated key) is written to {@code acks.csv} as member and code, for the check against the
 * database afterwards. Prints claims/s over the whole rush, p50/p99, the answers by status, and the errors. Settings
 * from the environment: BENCH_BASE, BENCH_CAMPAIGN, BENCH_TOKENS, BENCH_MEMBERS, BENCH_CLIENTS, BENCH_OUT.
 */
public class CouponRushSimulation extends Simulation {

	static final String BASE = env("BENCH_BASE", "http://127.0.0.1:18092");

	static final String CAMPAIGN = env("BENCH_CAMPAIGN", "1");

	static final int MEMBERS = Integer.parseInt(env("BENCH_MEMBERS", "100000"));

	static final int CLIENTS = Integer.parseInt(env("BENCH_CLIENTS", "128"));

	static final Path OUT = Paths.get(env("BENCH_OUT", "target/bench-coupons"));

	static final List<Integer> LATENCIES = java.util.Collections.synchronizedList(new ArrayList<>());

	static final Map<String, AtomicLong> ANSWERS = new ConcurrentHashMap<>();

	static final Map<String, String> ACKED = new ConcurrentHashMap<>();

	static final AtomicLong FIRST = new AtomicLong(Long.MAX_VALUE);

	static final AtomicLong LAST = new AtomicLong();

	static String env(String name, String otherwise) {
		String value = System.getenv(name);
		return value == null || value.isBlank() ? otherwise : value;
	}

	HttpProtocolBuilder protocol = http.baseUrl(BASE)
		.acceptHeader("application/json")
		.contentTypeHeader("application/json")
		.shareConnections();

	static ChainBuilder claim(String name) {
		return exec(session -> {
			FIRST.accumulateAndGet(System.currentTimeMillis(), Math::min);
			return session;
		}).exec(http(name).post("/api/v1/coupon-campaigns/" + CAMPAIGN + "/claims")
			.header("Authorization", "Bearer #{token}")
			.header("Idempotency-Key", "#{key}")
			.body(StringBody("{}"))
			.check(status().in(200, 201, 409).saveAs("status"), jsonPath("$.code").optional().saveAs("code"),
					responseTimeInMillis().saveAs("rt")))
			.exec(CouponRushSimulation::note);
	}

	static Session note(Session session) {
		LAST.accumulateAndGet(System.currentTimeMillis(), Math::max);
		if (session.isFailed() || !session.contains("status")) {
			ANSWERS.computeIfAbsent("error", k -> new AtomicLong()).incrementAndGet();
			return session.markAsSucceeded().remove("code");
		}
		int status = session.getInt("status");
		LATENCIES.add(session.getInt("rt"));
		ANSWERS.computeIfAbsent(String.valueOf(status), k -> new AtomicLong()).incrementAndGet();
		if ((status == 200 || status == 201) && session.contains("code")) {
			ACKED.put(session.getString("member") + "," + session.getString("code"), "");
		}
		return session.remove("status").remove("code").remove("rt");
	}

	ChainBuilder member = feed(csv(env("BENCH_TOKENS", "target/bench-coupons/tokens.csv")).queue())
		.exec(session -> session.set("key", UUID.randomUUID().toString())
			.set("again", ThreadLocalRandom.current().nextInt(100)))
		.exec(claim("claim"))
		// one in ten taps twice with the same key
		.doIf(session -> session.getInt("again") < 10)
		.then(claim("double tap"))
		// one in twenty tries again with a new key
		.doIf(session -> session.getInt("again") >= 90 && session.getInt("again") < 95)
		.then(exec(session -> session.set("key", UUID.randomUUID().toString())).exec(claim("second try")));

	ScenarioBuilder clients = scenario("clients").exec(repeat(MEMBERS / CLIENTS).on(member));

	{
		setUp(clients.injectOpen(atOnceUsers(CLIENTS))).protocols(protocol);
	}

	@Override
	public void after() {
		try {
			Files.createDirectories(OUT);
			List<String> acks = new ArrayList<>(ACKED.keySet());
			Files.write(OUT.resolve("acks.csv"), acks);
			long requests = ANSWERS.values().stream().mapToLong(AtomicLong::get).sum();
			double seconds = (LAST.get() - FIRST.get()) / 1000.0;
			List<String> results = new ArrayList<>();
			results.add(result("coupons.http.requests", requests, "claims"));
			results.add(result("coupons.http.seconds", seconds, "s"));
			results.add(result("coupons.http.claims_per_s", requests / seconds, "claims/s"));
			results.add(result("coupons.http.p50", percentile(50), "ms"));
			results.add(result("coupons.http.p99", percentile(99), "ms"));
			results.add(result("coupons.http.acknowledged", acks.size(), "coupons"));
			ANSWERS.forEach((key, count) -> results.add(result("coupons.http.answers." + key, count.get(), "claims")));
			Files.write(OUT.resolve("results.txt"), results);
			results.forEach(System.out::println);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static double percentile(int p) {
		int[] sorted;
		synchronized (LATENCIES) {
			sorted = LATENCIES.stream().mapToInt(Integer::intValue).toArray();
		}
		if (sorted.length == 0) {
			return Double.NaN;
		}
		Arrays.sort(sorted);
		int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
		return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
	}

	static String result(String metric, double value, String unit) {
		return String.format(Locale.ROOT, "RESULT %s %.3f %s", metric, value, unit);
	}

}
