package cn.jiangxin.org.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.jiangxin.bench.Bench;
import cn.jiangxin.bench.Timings;
import cn.jiangxin.org.OrgLevel;
import cn.jiangxin.org.internal.OrgQueries.OrgSearch;
import cn.jiangxin.shared.Actor;
import cn.jiangxin.shared.OrgScope;
import cn.jiangxin.shared.PageQuery;
import cn.jiangxin.shared.Role;

/**
 * The union tree at 100,000 orgs (1 city, 36 district/industry unions, 360 streets, 90,000 grassroots
 * unions, 9,603 department unions): scope checks, subtree counts, child pages, name search and moves,
 * against a recursive-query baseline measured in the same run.
 */
public final class OrgTreeBench {

	static final int TIER1 = 36;

	static final int STREETS_PER_TIER1 = 10;

	static final int GRASSROOTS_PER_STREET = 250;

	static final int DEPARTMENTS = 9_603;

	private static final String[] WORDS = { "科技", "汽车", "物流", "建设", "医药", "电子", "能源", "食品", "金融", "软件",
			"材料", "机械", "环保", "文化", "传媒" };

	private OrgTreeBench() {
	}

	public static void run(ConfigurableApplicationContext context) {
		JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
		JdbcClient client = context.getBean(JdbcClient.class);
		Tree tree = generate(jdbc);
		client.sql("ANALYZE").update();
		Bench.result("orgtree_orgs", tree.total, "orgs");
		Bench.result("orgtree_closure_rows", client.sql("SELECT COUNT(*) FROM org_closure").query(Long.class).single(),
				"rows");

		OrgTree closure = context.getBean(OrgTree.class);
		OrgQueries queries = context.getBean(OrgQueries.class);
		OrgScope scope = context.getBean(OrgScope.class);
		OrgService service = context.getBean(OrgService.class);
		Random random = new Random(42);

		long tier1 = tree.tier1.get(7);
		Actor tier1Admin = new Actor(-1, "bench", "bench", java.util.Set.of(Role.UNION_ADMIN), tier1);
		List<Long> leaves = tree.grassroots;

		Timings.measure(500, 5_000, i -> scope.within(tree.tier1.get(i % TIER1), leaves.get(random.nextInt(leaves.size()))))
			.report("orgtree_scope_check_service");
		Timings.measure(500, 5_000, i -> client
			.sql("SELECT COUNT(*) FROM org_closure WHERE ancestor_id = ? AND descendant_id = ?")
			.params(tree.tier1.get(i % TIER1), leaves.get(random.nextInt(leaves.size())))
			.query(Long.class)
			.single()).report("orgtree_scope_check_closure_sql");
		Timings.measure(200, 2_000, i -> client.sql("""
				WITH RECURSIVE up(id, parent_id) AS (
				  SELECT id, parent_id FROM org WHERE id = ?
				  UNION ALL SELECT o.id, o.parent_id FROM org o JOIN up ON o.id = up.parent_id)
				SELECT COUNT(*) FROM up WHERE id = ?
				""").params(leaves.get(random.nextInt(leaves.size())), tree.tier1.get(i % TIER1)).query(Long.class).single())
			.report("orgtree_scope_check_recursive_baseline");

		Timings.measure(50, 500, i -> closure.subtreeSize(tree.tier1.get(i % TIER1))).report("orgtree_subtree_count_closure");
		Timings.measure(20, 200, i -> client.sql("""
				WITH RECURSIVE sub(id) AS (
				  SELECT id FROM org WHERE id = ?
				  UNION ALL SELECT o.id FROM org o JOIN sub ON o.parent_id = sub.id)
				SELECT COUNT(*) FROM sub
				""").params(tree.tier1.get(i % TIER1)).query(Long.class).single())
			.report("orgtree_subtree_count_recursive_baseline");

		Timings.measure(50, 500, i -> queries.search(scope.filter(tier1Admin, "o.id"),
				OrgSearch.childrenOf(tree.streets.get(70 + i % 10)), new PageQuery(0, 50)))
			.report("orgtree_children_page");
		Timings.measure(20, 200, i -> queries.search(scope.filter(tier1Admin, "o.id"), OrgSearch.text(WORDS[i % WORDS.length]),
				new PageQuery(0, 20)))
			.report("orgtree_name_search_in_subtree");
		Timings.measure(5, 50, i -> queries.search(scope.filter(Actor.system(), "o.id"),
				OrgSearch.text(WORDS[i % WORDS.length] + (i % 9)), new PageQuery(0, 20)))
			.report("orgtree_name_search_whole_city");

		long street = tree.streets.get(3);
		long subtree = closure.subtreeSize(street);
		Timings moves = Timings.measure(2, 20,
				i -> service.move(Actor.system(), street, tree.tier1.get(i % 2 == 0 ? 20 : 0), null));
		Bench.result("orgtree_move_subtree_size", subtree, "orgs");
		moves.report("orgtree_move_street");
	}

	/** Generates the 100,000-org tree into an empty database. */
	public static Tree generate(JdbcTemplate jdbc) {
		long started = System.nanoTime();
		Tree tree = new Tree();
		List<Object[]> orgs = new ArrayList<>();
		List<Object[]> closure = new ArrayList<>();
		Timestamp now = Timestamp.from(Instant.now());
		long[] next = { 1 };
		Random random = new Random(7);
		long city = add(orgs, closure, next, null, List.of(), "北京市总工会", OrgLevel.CITY, 0, now);
		int departments = 0;
		for (int t = 0; t < TIER1; t++) {
			OrgLevel level = t % 2 == 0 ? OrgLevel.DISTRICT : OrgLevel.INDUSTRY;
			long tier1 = add(orgs, closure, next, city, List.of(city), "区产业工会" + t, level, 1, now);
			tree.tier1.add(tier1);
			for (int s = 0; s < STREETS_PER_TIER1; s++) {
				long street = add(orgs, closure, next, tier1, List.of(city, tier1), "街道总工会" + t + "-" + s,
						OrgLevel.STREET, 2, now);
				tree.streets.add(street);
				for (int g = 0; g < GRASSROOTS_PER_STREET; g++) {
					String name = "北京" + WORDS[random.nextInt(WORDS.length)] + WORDS[random.nextInt(WORDS.length)]
							+ "有限公司工会" + t + "-" + s + "-" + g;
					long grassroots = add(orgs, closure, next, street, List.of(city, tier1, street), name,
							OrgLevel.GRASSROOTS, 3, now);
					tree.grassroots.add(grassroots);
					if (departments < DEPARTMENTS && g % 9 == 0) {
						add(orgs, closure, next, grassroots, List.of(city, tier1, street, grassroots), "二级工会" + departments,
								OrgLevel.DEPARTMENT, 4, now);
						departments++;
					}
				}
				flush(jdbc, orgs, closure);
			}
		}
		tree.total = next[0] - 1;
		jdbc.execute("ALTER TABLE org ALTER COLUMN id RESTART WITH " + next[0]);
		Bench.result("orgtree_generate", (System.nanoTime() - started) / 1e9, "s");
		return tree;
	}

	private static long add(List<Object[]> orgs, List<Object[]> closure, long[] next, Long parent, List<Long> ancestors,
			String name, OrgLevel level, int depth, Timestamp now) {
		long id = next[0]++;
		orgs.add(new Object[] { id, parent, name, level.name(), depth, now, now });
		closure.add(new Object[] { id, id, 0 });
		for (int i = 0; i < ancestors.size(); i++) {
			closure.add(new Object[] { ancestors.get(i), id, ancestors.size() - i });
		}
		return id;
	}

	private static void flush(JdbcTemplate jdbc, List<Object[]> orgs, List<Object[]> closure) {
		jdbc.batchUpdate("""
				INSERT INTO org (id, parent_id, name, level, status, depth, version, created_at, updated_at)
				VALUES (?, ?, ?, ?, 'ACTIVE', ?, 0, ?, ?)
				""", orgs);
		jdbc.batchUpdate("INSERT INTO org_closure (ancestor_id, descendant_id, depth) VALUES (?, ?, ?)", closure);
		orgs.clear();
		closure.clear();
	}

	/** The ids the measurements aim at. */
	public static final class Tree {

		public final List<Long> tier1 = new ArrayList<>();

		public final List<Long> streets = new ArrayList<>();

		public final List<Long> grassroots = new ArrayList<>();

		public long total;

	}

}
