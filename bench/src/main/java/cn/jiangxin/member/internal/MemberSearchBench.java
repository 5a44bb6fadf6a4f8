package cn.jiangxin.member.internal;

import java.io.IOException;
import java.io.PipedReader;
import java.io.PipedWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.sql.Connection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import javax.sql.DataSource;

import org.postgresql.PGConnection;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.jiangxin.bench.Bench;
import cn.jiangxin.bench.BenchPeople;
import cn.jiangxin.bench.Timings;
import cn.jiangxin.org.internal.OrgTreeBench;
import cn.jiangxin.shared.Actor;
import cn.jiangxin.shared.Masking;
import cn.jiangxin.shared.PersonalData;
import cn.jiangxin.shared.Role;

/**
 * Finds members among 5,000,000 spread over the 100,000-org tree, as a city federation admin (whose
 * scope filter covers the whole tree): exact ID number, exact phone, full name, two-character name
 * infix, and the active members of a subtree.
 */
public final class MemberSearchBench {

	static final int MEMBERS = Integer.getInteger("bench.members", 5_000_000);

	private static final String COLUMNS = MemberStore.COLUMNS.replace("\n", " ");

	private MemberSearchBench() {
	}

	public static void run(ConfigurableApplicationContext context) {
		try {
			measure(context);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void measure(ConfigurableApplicationContext context) throws Exception {
		JdbcTemplate template = context.getBean(JdbcTemplate.class);
		JdbcClient jdbc = context.getBean(JdbcClient.class);
		DataSource dataSource = context.getBean(DataSource.class);
		PersonalData data = context.getBean(PersonalData.class);
		MemberQueries queries = context.getBean(MemberQueries.class);
		MemberCounts counts = context.getBean(MemberCounts.class);

		OrgTreeBench.Tree tree = OrgTreeBench.generate(template);
		Samples samples = new Samples();
		long started = System.nanoTime();
		dropIndexes(jdbc);
		load(dataSource, data, tree, samples);
		Bench.result("search_load_rows", MEMBERS, "rows");
		Bench.result("search_load_seconds", (System.nanoTime() - started) / 1e9, "s");
		started = System.nanoTime();
		createIndexes(jdbc);
		jdbc.sql("""
				INSERT INTO org_member_count (org_id, active)
				SELECT org_id, COUNT(*) FROM member GROUP BY org_id
				""").update();
		jdbc.sql("ANALYZE").update();
		Bench.result("search_index_seconds", (System.nanoTime() - started) / 1e9, "s");

		long city = tree.tier1.isEmpty() ? 1 : jdbc.sql("SELECT id FROM org WHERE parent_id IS NULL").query(Long.class).single();
		Actor cityAdmin = new Actor(-1, "bench", "bench", Set.of(Role.UNION_ADMIN), city);
		Actor districtAdmin = new Actor(-2, "bench2", "bench2", Set.of(Role.UNION_ADMIN), tree.tier1.get(5));
		Random random = new Random(3);

		Timings.measure(200, 2_000, i -> require(queries.search(cityAdmin, search(null, samples.ids.get(random.nextInt(samples.ids.size())), null),
				null, 30).items().size() == 1, "exact id")).report("search_exact_id");
		Timings.measure(200, 2_000, i -> require(!queries.search(cityAdmin,
				search(null, null, samples.phones.get(random.nextInt(samples.phones.size()))), null, 30).items().isEmpty(),
				"exact phone")).report("search_exact_phone");
		Timings.measure(50, 1_000, i -> require(!queries.search(cityAdmin,
				search(samples.names.get(random.nextInt(samples.names.size())), null, null), null, 30).items().isEmpty(),
				"full name")).report("search_full_name");
		Timings.measure(50, 1_000, i -> require(!queries.search(cityAdmin,
				search(samples.infixes.get(random.nextInt(samples.infixes.size())), null, null), null, 30).items().isEmpty(),
				"infix")).report("search_name_infix_2_chars");
		Timings.measure(50, 500, i -> queries.search(districtAdmin,
				search(samples.infixes.get(random.nextInt(samples.infixes.size())), null, null), null, 30))
			.report("search_name_infix_2_chars_district_scope");
		Timings.measure(20, 500, i -> counts.subtreeCount(tree.tier1.get(i % tree.tier1.size())))
			.report("search_subtree_count_district");
		Timings.measure(5, 100, i -> counts.subtreeCount(city)).report("search_subtree_count_city");
		Timings.measure(5, 50, i -> jdbc.sql("""
				SELECT COUNT(*) FROM member m WHERE m.status IN ('ACTIVE', 'RETAINED')
				AND m.org_id IN (SELECT descendant_id FROM org_closure WHERE ancestor_id = ?)
				""").params(tree.tier1.get(i % tree.tier1.size())).query(Long.class).single())
			.report("search_subtree_count_district_by_scan_baseline");
	}

	private static MemberSearch search(String q, String id, String phone) {
		return new MemberSearch(q, id, phone, null, null, null, null, null);
	}

	private static void require(boolean found, String what) {
		if (!found) {
			throw new IllegalStateException("benchmark query found nothing: " + what);
		}
	}

	/** Writes the members as CSV on one thread while COPY reads them on this one. */
	private static void load(DataSource dataSource, PersonalData data, OrgTreeBench.Tree tree, Samples samples)
			throws Exception {
		PipedWriter pipe = new PipedWriter();
		PipedReader reader = new PipedReader(pipe, 1 << 20);
		CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> write(pipe, data, tree, samples));
		try (Connection connection = dataSource.getConnection()) {
			connection.unwrap(PGConnection.class)
				.getCopyAPI()
				.copyIn("COPY member (" + COLUMNS + ") FROM STDIN WITH (FORMAT csv)", reader);
		}
		writer.join();
	}

	private static void write(Writer pipe, PersonalData data, OrgTreeBench.Tree tree, Samples samples) {
		BenchPeople people = new BenchPeople(5);
		String now = Instant.now().toString();
		String[] employment = { "EMPLOYEE", "EMPLOYEE", "EMPLOYEE", "COURIER", "FOOD_DELIVERY", "RIDE_HAILING" };
		try (Writer out = new java.io.BufferedWriter(pipe, 1 << 16)) {
			StringBuilder row = new StringBuilder(512);
			for (int i = 0; i < MEMBERS; i++) {
				String id = BenchPeople.idNumber(i);
				String phone = people.phone();
				String name = people.name();
				long org = tree.grassroots.get(i % tree.grassroots.size());
				if (i % 2_500 == 0) {
					samples.ids.add(id);
					samples.phones.add(phone);
					samples.names.add(name);
					if (name.length() == 3) {
						samples.infixes.add(name.substring(1));
					}
				}
				row.setLength(0);
				row.append(org).append(",\"").append(name).append("\",")
					.append(cn.jiangxin.shared.IdNumbers.isMale(id) ? "MALE" : "FEMALE").append(",RESIDENT_ID,")
					.append(data.encrypt(id)).append(',').append(Sealed.idHash(data, cn.jiangxin.member.IdType.RESIDENT_ID, id))
					.append(',').append(Masking.idNumber(id)).append(',')
					.append(cn.jiangxin.shared.IdNumbers.birthDate(id)).append(',').append(data.encrypt(phone)).append(',')
					.append(Sealed.phoneHash(data, phone)).append(',').append(Masking.phone(phone)).append(",,BACHELOR,")
					.append(employment[i % employment.length]).append(",,2020-01-01,ACTIVE,").append(CardNumbers.format(i))
					.append(",IMPORT,,,0,").append(now).append(',').append(now).append('\n');
				out.write(row.toString());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static final String[] INDEXES = { "member_org_idx", "member_phone_hash_idx", "member_name_idx",
			"member_name_bigrams_idx", "member_name_prefix_idx" };

	private static void dropIndexes(JdbcClient jdbc) {
		jdbc.sql("ALTER TABLE member DROP CONSTRAINT member_id_hash_uk").update();
		jdbc.sql("ALTER TABLE member DROP CONSTRAINT member_card_no_uk").update();
		for (String index : INDEXES) {
			jdbc.sql("DROP INDEX " + index).update();
		}
	}

	/** The same indexes the migrations create, built after the load. */
	private static void createIndexes(JdbcClient jdbc) {
		jdbc.sql("SET maintenance_work_mem = '512MB'").update();
		jdbc.sql("ALTER TABLE member ADD CONSTRAINT member_id_hash_uk UNIQUE (id_hash)").update();
		jdbc.sql("ALTER TABLE member ADD CONSTRAINT member_card_no_uk UNIQUE (card_no)").update();
		jdbc.sql("CREATE INDEX member_org_idx ON member (org_id, id)").update();
		jdbc.sql("CREATE INDEX member_phone_hash_idx ON member (phone_hash)").update();
		jdbc.sql("CREATE INDEX member_name_idx ON member (name, id)").update();
		jdbc.sql("CREATE INDEX member_name_bigrams_idx ON member USING gin (jx_bigrams(name))").update();
		jdbc.sql("CREATE INDEX member_name_prefix_idx ON member (name varchar_pattern_ops)").update();
	}

	/** What the measurements look for: values that exist. */
	private static final class Samples {

		final List<String> ids = new ArrayList<>();

		final List<String> phones = new ArrayList<>();

		final List<String> names = new ArrayList<>();

		final List<String> infixes = new ArrayList<>();

	}

}
