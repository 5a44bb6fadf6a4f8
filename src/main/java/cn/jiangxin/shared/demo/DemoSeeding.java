package cn.jiangxin.shared.demo;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs the modules' demo seeders, each an {@code ApplicationModuleInitializer} that
 * Spring Modulith calls in module dependency order (org, identity, member, honor,
 * contest, judging, award). Each seeder writes its module's part in one transaction
 * together with a row in {@code demo_seed}, so a module's part is there whole or not at
 * all. The demo is loaded only into an empty database: when no module has been seeded yet
 * and the first seeder finds its module holding data, nothing is loaded. When a start
 * failed half-way, the next start carries on with the modules that are missing, so a half
 * demo is never kept. All demo logins share the password {@value #PASSWORD}.
 */
public final class DemoSeeding {

	/** The password of every demo login. */
	public static final String PASSWORD = "jiangxin-demo";

	private static final Logger log = LoggerFactory.getLogger(DemoSeeding.class);

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final DemoStory story;

	private final List<String> logins = new CopyOnWriteArrayList<>();

	private volatile boolean declined;

	private volatile long loadedNanos;

	DemoSeeding(JdbcClient jdbc, TransactionTemplate transactions, DemoStory story) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.story = story;
	}

	/**
	 * Writes {@code module}'s demo data with {@code seed}, unless it is there already or
	 * the database held other data before any demo was loaded ({@code holdsData} tells
	 * whether the module holds data, asked only then).
	 */
	public void seed(String module, BooleanSupplier holdsData, Runnable seed) {
		Set<String> seeded = Set.copyOf(jdbc.sql("SELECT module FROM demo_seed").query(String.class).list());
		if (seeded.contains(module) || declined) {
			return;
		}
		if (seeded.isEmpty() && holdsData.getAsBoolean()) {
			declined = true;
			log.info("The database already holds {} data and no demo; leaving it as it is.", module);
			return;
		}
		long started = System.nanoTime();
		try {
			transactions.executeWithoutResult(status -> {
				seed.run();
				jdbc.sql("INSERT INTO demo_seed (module, created_at) VALUES (?, CURRENT_TIMESTAMP)")
					.param(module)
					.update();
			});
		}
		finally {
			story.end();
		}
		long nanos = System.nanoTime() - started;
		loadedNanos += nanos;
		log.info("Demo data of {} loaded in {} ms.", module, nanos / 1_000_000);
	}

	/** A line for the start-up announcement: who may sign in (in module order). */
	public void announce(String line) {
		logins.add(line);
	}

	/**
	 * Tells how long the demo took, and whoever started the platform where it is and how
	 * to sign in.
	 */
	@EventListener
	void ready(ApplicationReadyEvent event) {
		if (loadedNanos > 0) {
			log.info("Demo data loaded in {} ms.", loadedNanos / 1_000_000);
			loadedNanos = 0;
		}
		String port = event.getApplicationContext().getEnvironment().getProperty("local.server.port");
		if (port != null) {
			log.info("""

					  匠心 Jiangxin is running at http://localhost:{}/
					{}
					""", port, String.join("\n", logins));
		}
	}

}
