package cn.jiangxin.bench;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.csv;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.responseTimeInMillis;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.PauseType;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

/**
 * 10,000 candidates start the same exam within a minute, each then saves an answer every 10 s on average
 * (exponential pauses: about 1,000 saves/s in all) for ten minutes, and all hand in. Every save a candidate gets
 * acknowledged ({@code saved: true}) is written to {@code acks.csv} with its attempt, question and sequence number,
 * for the check against the database afterwards. Latencies are kept per request and per ten-second window so that
 * the run prints start p99, autosave p50/p99, submit p99, errors, and the largest save rate held in a window with
 * autosave p99 at or under 100 ms. Settings come from the environment (BENCH_BASE, BENCH_EXAM, BENCH_TOKENS,
 * BENCH_USERS, BENCH_RAMP_SECONDS, BENCH_MINUTES, BENCH_PAUSE_SECONDS, BENCH_OUT).
 */
public class ExamLoadSimulation extends Simulation {

	static final String BASE = env("BENCH_BASE", "http://127.0.0.1:18091");

	static final String EXAM = env("BENCH_EXAM", "1");

	static final int USERS = Integer.parseInt(env("BENCH_USERS", "10000"));

	static final int RAMP = Integer.parseInt(env("BENCH_RAMP_SECONDS", "60"));

	static final long ANSWERING = Long.parseLong(env("BENCH_MINUTES", "10")) * 60_000;

	static final int PAUSE = Integer.parseInt(env("BENCH_PAUSE_SECONDS", "10"));

	static final Path OUT = Paths.get(env("BENCH_OUT", "target/bench-exam"));

	static final String[] ANSWERS = { "A", "B", "C", "D" };

	/** Latencies in ms by kind of request, and the saves' by ten-second window. */
	static final Map<String, List<Integer>> LATENCIES = new ConcurrentHashMap<>();

	static final Map<Long, List<Integer>> SAVE_WINDOWS = new ConcurrentHashMap<>();

	/** Starts answered per ten-second window, and when the last one was answered. */
	static final Map<Long, AtomicLong> START_WINDOWS = new ConcurrentHashMap<>();

	static final AtomicLong LAST_START = new AtomicLong();

	static final Map<String, Long> ACKED = new ConcurrentHashMap<>();

	static final AtomicLong ACKS = new AtomicLong();

	static final Map<String, AtomicLong> ERRORS = new ConcurrentHashMap<>();

	static String env(String name, String otherwise) {
		String value = System.getenv(name);
		return value == null || value.isBlank() ? otherwise : value;
	}

	static void note(String kind, Session session) {
		if (session.isFailed() || !session.contains("rt")) {
			ERRORS.computeIfAbsent(kind, k -> new AtomicLong()).incrementAndGet();
			return;
		}
		int rt = session.getInt("rt");
		LATENCIES.computeIfAbsent(kind, k -> java.util.Collections.synchronizedList(new ArrayList<>())).add(rt);
		long now = System.currentTimeMillis();
		if (kind.equals("save")) {
			SAVE_WINDOWS.computeIfAbsent(now / 10_000, k -> java.util.Collections.synchronizedList(new ArrayList<>()))
				.add(rt);
		}
		if (kind.equals("start")) {
			START_WINDOWS.computeIfAbsent(now / 10_000, k -> new AtomicLong()).incrementAndGet();
			LAST_START.accumulateAndGet(now, Math::max);
		}
	}

	HttpProtocolBuilder protocol = http.baseUrl(BASE)
		.acceptHeader("application/json")
		.contentTypeHeader("application/json")
		// The phones reach the platform through the closed network's reverse proxy, which keeps a pool of
		// connections to it: shared connections model that pool
		.shareConnections();

	ChainBuilder start = exec(http("start").post("/api/v1/exams/" + EXAM + "/attempts")
		.header("Authorization", "Bearer #{token}")
		.body(StringBody("{}"))
		.check(status().is(200), jsonPath("$.attemptId").ofLong().saveAs("attempt"),
				jsonPath("$.device").saveAs("device"), jsonPath("$.items[*].questionId").ofLong().findAll().saveAs("questions"),
				jsonPath("$.items[*].type").findAll().saveAs("types"), responseTimeInMillis().saveAs("rt")))
		.exec(session -> {
			note("start", session);
			return session.remove("rt").set("seq", 0L).set("until", System.currentTimeMillis() + ANSWERING);
		})
		.exitHereIfFailed();

	ChainBuilder save = exec(session -> {
		List<Long> questions = session.getList("questions");
		List<String> types = session.getList("types");
		int at = ThreadLocalRandom.current().nextInt(questions.size());
		long seq = session.getLong("seq") + 1;
		String answer = switch (types.get(at)) {
			case "MULTIPLE" -> "[\"A\", \"" + ANSWERS[1 + ThreadLocalRandom.current().nextInt(3)] + "\"]";
			case "TRUE_FALSE" -> ThreadLocalRandom.current().nextBoolean() ? "[\"T\"]" : "[\"F\"]";
			case "FILL" -> "[\"" + ThreadLocalRandom.current().nextInt(10) + "\"]";
			default -> "[\"" + ANSWERS[ThreadLocalRandom.current().nextInt(4)] + "\"]";
		};
		return session.set("question", questions.get(at))
			.set("seq", seq)
			.set("body", "{\"answer\": " + answer + ", \"seq\": " + seq + ", \"device\": \"" + session.getString("device")
					+ "\"}");
	}).exec(http("save").put("/api/v1/attempts/#{attempt}/answers/#{question}")
		.header("Authorization", "Bearer #{token}")
		.body(StringBody("#{body}"))
		.check(status().is(200), jsonPath("$.saved").ofBoolean().is(true), responseTimeInMillis().saveAs("rt")))
		.exec(session -> {
			note("save", session);
			if (!session.isFailed()) {
				ACKS.incrementAndGet();
				ACKED.merge(session.getLong("attempt") + "," + session.getLong("question"), session.getLong("seq"),
						Math::max);
			}
			return session.remove("rt").markAsSucceeded();
		});

	ChainBuilder submit = exec(http("submit").post("/api/v1/attempts/#{attempt}/submit")
		.header("Authorization", "Bearer #{token}")
		.body(StringBody("{\"device\": \"#{device}\"}"))
		.check(status().is(200), responseTimeInMillis().saveAs("rt")))
		.exec(session -> {
			note("submit", session);
			return session;
		});

	ScenarioBuilder candidates = scenario("candidates").feed(csv(env("BENCH_TOKENS", "target/bench-exam/tokens.csv")).queue())
		.exec(start)
		.asLongAs(session -> System.currentTimeMillis() < session.getLong("until"))
		.on(exec(session -> session).pause(Duration.ofSeconds(PAUSE)).exec(save))
		.exec(submit);

	{
		setUp(candidates.injectOpen(rampUsers(USERS).during(Duration.ofSeconds(RAMP)))).protocols(protocol)
			.pauses(PauseType.Exponential);
	}

	@Override
	public void after() {
		try {
			Files.createDirectories(OUT);
			List<String> lines = new ArrayList<>(ACKED.size());
			ACKED.forEach((key, seq) -> lines.add(key + "," + seq));
			Files.write(OUT.resolve("acks.csv"), lines);
			List<String> results = new ArrayList<>();
			results.add(result("exam.start.count", count("start"), "requests"));
			results.add(result("exam.start.p99", percentile(LATENCIES.get("start"), 99), "ms"));
			results.add(result("exam.autosave.count", count("save"), "requests"));
			results.add(result("exam.autosave.p50", percentile(LATENCIES.get("save"), 50), "ms"));
			results.add(result("exam.autosave.p99", percentile(LATENCIES.get("save"), 99), "ms"));
			results.add(result("exam.submit.count", count("submit"), "requests"));
			results.add(result("exam.submit.p99", percentile(LATENCIES.get("submit"), 99), "ms"));
			long errors = ERRORS.values().stream().mapToLong(AtomicLong::get).sum();
			results.add(result("exam.errors", errors, "requests"));
			ERRORS.forEach((kind, n) -> results.add(result("exam.errors." + kind, n.get(), "requests")));
			results.add(result("exam.autosave.acknowledged", ACKS.get(), "saves"));
			results.add(result("exam.autosave.answers_acknowledged", ACKED.size(), "answers"));
			double heldRate = 0;
			double busiest = 0;
			double busiestP99 = 0;
			for (Map.Entry<Long, List<Integer>> window : SAVE_WINDOWS.entrySet()) {
				List<Integer> values = window.getValue();
				double rate = values.size() / 10.0;
				double p99 = percentile(values, 99);
				if (p99 <= 100 && rate > heldRate) {
					heldRate = rate;
				}
				if (rate > busiest) {
					busiest = rate;
					busiestP99 = p99;
				}
			}
			results.add(result("exam.autosave.max_rate_p99_under_100ms", heldRate, "saves/s"));
			// Once every candidate has started: the saves of the windows that begin after the last start was
			// answered, and the windows among them that held p99 <= 100 ms
			long firstWindow = SAVE_WINDOWS.keySet().stream().mapToLong(Long::longValue).min().orElse(0);
			long afterStarts = LAST_START.get() / 10_000 + 1;
			List<Integer> steady = new ArrayList<>();
			int steadyWindows = 0;
			int steadyHeld = 0;
			List<String> windows = new ArrayList<>();
			windows.add("second,starts,saves_per_s,save_p50_ms,save_p99_ms");
			for (Long window : new java.util.TreeSet<>(SAVE_WINDOWS.keySet())) {
				List<Integer> values = SAVE_WINDOWS.get(window);
				double p99 = percentile(values, 99);
				AtomicLong starts = START_WINDOWS.get(window);
				windows.add(String.format(Locale.ROOT, "%d,%d,%.1f,%.0f,%.0f", (window - firstWindow) * 10,
						starts == null ? 0 : starts.get(), values.size() / 10.0, percentile(values, 50), p99));
				if (window >= afterStarts) {
					steady.addAll(values);
					steadyWindows++;
					if (p99 <= 100) {
						steadyHeld++;
					}
				}
			}
			Files.write(OUT.resolve("windows.csv"), windows);
			results.add(result("exam.start.last_answered_after", (afterStarts - firstWindow) * 10, "s"));
			results.add(result("exam.autosave.after_starts.count", steady.size(), "requests"));
			results.add(result("exam.autosave.after_starts.rate", steadyWindows == 0 ? 0 : steady.size() / (steadyWindows * 10.0),
					"saves/s"));
			results.add(result("exam.autosave.after_starts.p50", percentile(steady, 50), "ms"));
			results.add(result("exam.autosave.after_starts.p99", percentile(steady, 99), "ms"));
			results.add(result("exam.autosave.after_starts.windows_p99_under_100ms",
					steadyWindows == 0 ? 0 : 100.0 * steadyHeld / steadyWindows, "%"));
			results.add(result("exam.autosave.busiest_window_rate", busiest, "saves/s"));
			results.add(result("exam.autosave.busiest_window_p99", busiestP99, "ms"));
			Files.write(OUT.resolve("results.txt"), results);
			results.forEach(System.out::println);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static long count(String kind) {
		List<Integer> values = LATENCIES.get(kind);
		return values == null ? 0 : values.size();
	}

	static double percentile(List<Integer> values, int p) {
		if (values == null || values.isEmpty()) {
			return Double.NaN;
		}
		int[] sorted;
		synchronized (values) {
			sorted = values.stream().mapToInt(Integer::intValue).toArray();
		}
		Arrays.sort(sorted);
		int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
		return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
	}

	static String result(String metric, double value, String unit) {
		return String.format(Locale.ROOT, "RESULT %s %.3f %s", metric, value, unit);
	}

}
