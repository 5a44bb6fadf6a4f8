package cn.jiangxin.bench;

import java.io.IOException;
import java.util.Map;
import java.util.function.Consumer;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;

import cn.jiangxin.JiangxinApplication;

/** Starts the platform on the benchmark database (its server on a free port, unused) and runs one named benchmark. */
public final class Bench {

	private static final Map<String, Consumer<ConfigurableApplicationContext>> CASES = Map.of("orgtree",
			cn.jiangxin.org.internal.OrgTreeBench::run, "import", cn.jiangxin.member.internal.imports.MemberImportBench::run,
			"search", cn.jiangxin.member.internal.MemberSearchBench::run, "judging", context -> {
				cn.jiangxin.judging.internal.assignment.JudgingAssignmentBench.run();
				cn.jiangxin.judging.internal.standings.JudgingAggregationBench.run();
			}, "exam-setup", cn.jiangxin.exam.internal.ExamLoadSetup::run, "coupons-setup",
			cn.jiangxin.benefit.internal.CouponLoadSetup::run);

	private Bench() {
	}

	public static void main(String[] args) {
		Consumer<ConfigurableApplicationContext> benchmark = CASES.get(args[0]);
		if (benchmark == null) {
			System.err.println("unknown benchmark " + args[0] + "; known: " + CASES.keySet());
			System.exit(2);
		}
		// The exam and coupon load tests lay their ground beside a running platform on the demo's data: it keeps the demo's keys
		boolean beside = args[0].endsWith("-setup");
		String[] keys = beside ? new String[] { "--spring.profiles.active=postgres,demo" }
				: new String[] { "--spring.profiles.active=postgres", "--jiangxin.crypto.data-key=" + randomKey(),
						"--jiangxin.crypto.lookup-key=" + randomKey() };
		String[] common = { "--jiangxin.demo.enabled=false", "--server.port=0",
				"--jiangxin.import.directory=" + System.getProperty("java.io.tmpdir") + "/jiangxin-bench-imports",
				"--logging.level.root=WARN", "--logging.level.jiangxin.audit=WARN",
				"--spring.datasource.hikari.maximum-pool-size=8" };
		String[] all = java.util.stream.Stream.concat(java.util.Arrays.stream(keys), java.util.Arrays.stream(common))
			.toArray(String[]::new);
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(JiangxinApplication.class)
			// The bench runs from the test classes' folder (its sources are compiled with the tests): the tests'
			// own components (fixtures that need MockMvc) are not part of the platform
			.initializers(starting -> starting.getBeanFactory().registerSingleton("benchLeavesOutTests", new TestClasses()))
			// The web layer's beans are part of the application (page caches read its mappings): a server on a
			// free port that nothing calls
			.web(WebApplicationType.SERVLET)
			.run(all)) {
			benchmark.accept(context);
		}
	}

	/** Leaves the classes compiled into the tests' folder out of component scanning. */
	static final class TestClasses extends TypeExcludeFilter {

		@Override
		public boolean match(MetadataReader reader, MetadataReaderFactory factory) throws IOException {
			return reader.getResource().getURL().toString().contains("/test-classes/");
		}

	}

	private static String randomKey() {
		byte[] key = new byte[32];
		new java.security.SecureRandom().nextBytes(key);
		return java.util.Base64.getEncoder().encodeToString(key);
	}

	/** Prints one figure in the form the benchmark records expect. */
	public static void result(String metric, double value, String unit) {
		System.out.printf(java.util.Locale.ROOT, "RESULT %s %.3f %s%n", metric, value, unit);
	}

}
