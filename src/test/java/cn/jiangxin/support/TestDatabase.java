package cn.jiangxin.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Which database the tests of this JVM run on, chosen by the system property
 * {@code jiangxin.test.db} ({@code h2}, the default, or {@code postgres}). For PostgreSQL
 * the tests use the empty database named by {@code JIANGXIN_TEST_PG_DB_URL} (CI creates
 * one per run); without it a scratch database is created once per JVM on the server of
 * {@code JIANGXIN_TEST_PG_URL} (default the local server) and dropped at exit.
 */
public final class TestDatabase {

	private static final String ADMIN_URL = env("JIANGXIN_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/postgres");

	private static final String USER = env("JIANGXIN_TEST_PG_USER", "postgres");

	private static final String PASSWORD = env("JIANGXIN_TEST_PG_PASSWORD", "");

	private static volatile Map<String, Object> postgresProperties;

	private TestDatabase() {
	}

	public static boolean isPostgres() {
		return "postgres".equals(System.getProperty("jiangxin.test.db", "h2"));
	}

	/**
	 * {@code auto}, {@code required} or {@code off}: how the PostgreSQL leg treats a
	 * missing server.
	 */
	public static String postgresMode() {
		return System.getProperty("jiangxin.test.postgres", "auto");
	}

	/** Whether the PostgreSQL server answers; the reason it does not, otherwise. */
	public static String postgresUnreachableReason() {
		try (Connection connection = DriverManager.getConnection(ADMIN_URL, USER, PASSWORD)) {
			return null;
		}
		catch (SQLException ex) {
			return ADMIN_URL + ": " + ex.getMessage();
		}
	}

	/** The Spring properties that point a test context at this JVM's database. */
	public static Map<String, Object> properties() {
		if (!isPostgres()) {
			Map<String, Object> h2 = new LinkedHashMap<>();
			h2.put("spring.datasource.url", "jdbc:h2:mem:jiangxin-test;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
					+ "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
			h2.put("spring.datasource.username", "sa");
			h2.put("spring.datasource.password", "");
			return h2;
		}
		if (postgresProperties == null) {
			synchronized (TestDatabase.class) {
				if (postgresProperties == null) {
					postgresProperties = createScratchDatabase();
				}
			}
		}
		return postgresProperties;
	}

	private static Map<String, Object> createScratchDatabase() {
		String given = System.getenv("JIANGXIN_TEST_PG_DB_URL");
		if (given != null && !given.isBlank()) {
			return connection(given);
		}
		String name = "jiangxin_test_" + ProcessHandle.current().pid() + "_"
				+ Integer.toHexString(ThreadLocalRandom.current().nextInt(0x10000));
		execute("CREATE DATABASE " + name);
		Runtime.getRuntime()
			.addShutdownHook(new Thread(() -> execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)")));
		return connection(ADMIN_URL.substring(0, ADMIN_URL.lastIndexOf('/') + 1) + name);
	}

	private static Map<String, Object> connection(String url) {
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("spring.datasource.url", url);
		properties.put("spring.datasource.username", USER);
		properties.put("spring.datasource.password", PASSWORD);
		properties.put("spring.datasource.hikari.maximum-pool-size", "12");
		return properties;
	}

	private static void execute(String sql) {
		try (Connection connection = DriverManager.getConnection(ADMIN_URL, USER, PASSWORD);
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("could not run '" + sql + "' on " + ADMIN_URL, ex);
		}
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return value == null || value.isBlank() ? fallback : value;
	}

}
