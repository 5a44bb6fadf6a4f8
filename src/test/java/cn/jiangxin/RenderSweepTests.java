package cn.jiangxin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import cn.jiangxin.support.IntegrationTest;
import cn.jiangxin.support.Logins;

/**
 * Signs in as each kind of user of the demo, follows every link and every htmx GET of the
 * pages they see, and fails on a server error, on a message key left unresolved
 * ({@code ??key??}) and on a link that answers 4xx. Besides what the links reach, it
 * visits the pages of the demo's judging in every state it holds (draft and submitted
 * sheets; rounds in setup, scoring and closed; contests in judging, on notice and
 * archived), so a page that only fails once its data moves on is found here, not by a
 * user.
 */
@IntegrationTest
class RenderSweepTests {

	private static final Logger log = LoggerFactory.getLogger(RenderSweepTests.class);

	/** Distinct URLs of one shape (the same path with other ids) requested per user. */
	private static final int PER_SHAPE = 6;

	private static final Pattern UNRESOLVED = Pattern.compile("\\?\\?[A-Za-z0-9_.\\-]+\\?\\?");

	private static final Pattern NUMBER = Pattern.compile("(?<=/)\\d+(?=/|$|\\.)");

	private static final List<String> NOT_FOLLOWED = List.of("/logout", "/webjars/", "/css/", "/js/", "/img/",
			"/fonts/", "/favicon", "/actuator", "/swagger-ui", "/v3/api-docs");

	/** GET routes no page links to, with the reason they need no visit of the sweep. */
	private static final Map<String, String> UNLINKED = Map.of("/join/submitted",
			"where a sent join form redirects (JoinFlowTests)", "/orgs/{id}/children",
			"the tree's 'more' under a union with more children than a page (OrgPagesTests)", "/join-applications/{id}",
			"an application waiting for approval; the demo holds none yet (JoinFlowTests)", "/members/import/{id}",
			"an import job; the demo imports none (ImportExportTests)", "/members/import/{id}/progress",
			"an import job's progress (ImportExportTests)", "/members/import/{id}/errors.xlsx",
			"an import job's rejected rows (ImportExportTests)");

	@Autowired
	MockMvc mvc;

	@Autowired
	Logins logins;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	/**
	 * One user of the sweep: who signs in (null for anonymous), in which language, and
	 * where their walk starts.
	 */
	record Walker(String role, String username, String lang, List<String> starts) {

		Walker(String role, String username, List<String> starts) {
			this(role, username, "zh-CN", starts);
		}

	}

	/** What went wrong on one URL, and the page that linked to it. */
	record Failure(String who, String url, int status, String what, String from) {

		@Override
		public String toString() {
			return who + " " + url + " → " + status + " " + what + (from == null ? "" : " (linked from " + from + ")");
		}

	}

	@Test
	void everyPageEveryRoleReachesRendersWithoutErrors() throws Exception {
		List<Failure> failures = new ArrayList<>();
		Set<String> routesVisited = new TreeSet<>();
		int requests = 0;
		for (Walker walker : walkers()) {
			Sweep sweep = new Sweep(walker);
			long started = System.nanoTime();
			sweep.run();
			log.info("render sweep as {} {}: {} requests in {} ms, {} failures", walker.role(), walker.username(),
					sweep.visited.size(), (System.nanoTime() - started) / 1_000_000, sweep.failures.size());
			failures.addAll(sweep.failures);
			routesVisited.addAll(sweep.routes);
			requests += sweep.visited.size();
		}
		assertThat(failures).as("pages that failed in the sweep of %d requests", requests).isEmpty();
		Set<String> unvisited = new TreeSet<>(getRoutes());
		unvisited.removeAll(routesVisited);
		unvisited.removeAll(UNLINKED.keySet());
		assertThat(unvisited).as("GET routes no user of the demo reached by a link").isEmpty();
	}

	private List<Walker> walkers() {
		long financeContest = contest("2025北京市金融职工大模型技术应用创新能力职业技能大赛");
		List<String> states = stateUrls();
		List<String> adminStarts = new ArrayList<>(List.of("/", "/contests", "/certificates", "/honors"));
		adminStarts.addAll(states);
		String member = jdbc.sql("SELECT username FROM account WHERE member_id IS NOT NULL ORDER BY id")
			.query(String.class)
			.list()
			.get(0);
		List<Walker> walkers = new ArrayList<>();
		walkers.add(new Walker("system admin", "admin", adminStarts));
		walkers.add(new Walker("system admin", "admin", "en", adminStarts));
		walkers.add(new Walker("city admin", "bjzgh", adminStarts));
		walkers.add(new Walker("district admin", "jingkai", List.of("/", "/contests")));
		walkers.add(new Walker("industry admin", "jinrong", List.of("/", "/contests")));
		walkers.add(new Walker("grassroots admin", "jiuzhu", List.of("/", "/contests")));
		walkers.add(new Walker("judge", "fin-judge1", judgeStarts("fin-judge1")));
		walkers.add(new Walker("judge", "robot-judge1", judgeStarts("robot-judge1")));
		walkers.add(new Walker("member", member, List.of("/", "/me", "/me/entries", "/contests")));
		walkers.add(new Walker("merchant clerk", "xiangcun", List.of("/", "/merchant-desk")));
		walkers.add(new Walker("anonymous", null,
				List.of("/", "/login", "/contests", "/contests/" + financeContest, "/certificates", "/join")));
		return walkers;
	}

	/**
	 * The organisers' and public pages of every round and contest of the demo's judging,
	 * whatever its state.
	 */
	private List<String> stateUrls() {
		List<String> urls = new ArrayList<>();
		for (Map<String, Object> row : jdbc.sql("""
				SELECT DISTINCT r.id AS round_id, r.contest_id, COALESCE(j.state, 'NONE') AS state, c.status
				FROM contest_round r JOIN contest c ON c.id = r.contest_id
				LEFT JOIN round_judging j ON j.round_id = r.id
				WHERE c.status IN ('JUDGING', 'PUBLICIZING', 'ARCHIVED')
				ORDER BY r.id""").query().listOfRows()) {
			long round = ((Number) row.get("round_id")).longValue();
			long contest = ((Number) row.get("contest_id")).longValue();
			urls.add("/manage/rounds/" + round);
			urls.add("/manage/rounds/" + round + "/leaderboard");
			urls.add("/manage/contests/" + contest + "/judging");
			urls.add("/manage/contests/" + contest + "/awards");
			if (!"JUDGING".equals(row.get("status"))) {
				urls.add("/contests/" + contest + "/results");
			}
		}
		return List.copyOf(new LinkedHashSet<>(urls));
	}

	/**
	 * A judge's home and one entry page per sheet state they hold (none, draft,
	 * submitted) in each round.
	 */
	private List<String> judgeStarts(String username) {
		List<String> urls = new ArrayList<>(List.of("/", "/judge"));
		urls.addAll(jdbc
			.sql("""
					SELECT MIN(a.round_id) AS round_id, MIN(a.entry_id) AS entry_id, COALESCE(s.status, 'NONE') AS status
					FROM assignment a JOIN expert e ON e.id = a.expert_id JOIN account acc ON acc.id = e.account_id
					LEFT JOIN score_sheet s ON s.round_id = a.round_id AND s.entry_id = a.entry_id AND s.expert_id = a.expert_id
					WHERE acc.username = ?
					GROUP BY a.round_id, COALESCE(s.status, 'NONE')""")
			.params(username)
			.query((rs, n) -> "/judge/rounds/" + rs.getLong("round_id") + "/entries/" + rs.getLong("entry_id"))
			.list());
		return urls;
	}

	private long contest(String title) {
		return jdbc.sql("SELECT id FROM contest WHERE title = ?").params(title).query(Long.class).single();
	}

	private Set<String> getRoutes() {
		Set<String> routes = new TreeSet<>();
		for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mappings.getHandlerMethods().entrySet()) {
			if (!entry.getValue().getBeanType().getPackageName().startsWith("cn.jiangxin")) {
				continue;
			}
			RequestMappingInfo info = entry.getKey();
			if (info.getMethodsCondition().getMethods().stream().noneMatch(m -> m.name().equals("GET"))) {
				continue;
			}
			for (String pattern : info.getPatternValues()) {
				if (!pattern.startsWith("/api/")) {
					routes.add(pattern);
				}
			}
		}
		return routes;
	}

	/**
	 * One user's walk: a breadth-first crawl from their starting pages, a few URLs per
	 * shape.
	 */
	private final class Sweep {

		private final Walker walker;

		private final Deque<String[]> queue = new ArrayDeque<>();

		private final Set<String> visited = new LinkedHashSet<>();

		private final Map<String, Integer> shapes = new HashMap<>();

		private final List<Failure> failures = new ArrayList<>();

		private final Set<String> routes = new TreeSet<>();

		Sweep(Walker walker) {
			this.walker = walker;
			walker.starts().forEach(start -> queue.add(new String[] { start, null }));
		}

		void run() throws Exception {
			while (!queue.isEmpty()) {
				String[] next = queue.poll();
				String url = next[0];
				if (!visited.add(url)) {
					continue;
				}
				visit(url, next[1]);
			}
		}

		private void visit(String url, String from) throws Exception {
			MockHttpServletRequestBuilder request = MockMvcRequestBuilders.get(URI.create(url));
			request.param("lang", walker.lang());
			if (walker.username() != null) {
				request.with(logins.as(walker.username()));
			}
			String who = walker.role() + " " + (walker.username() == null ? "" : walker.username()) + " ["
					+ walker.lang() + "]";
			MvcResult result;
			try {
				result = mvc.perform(request).andReturn();
			}
			catch (Exception ex) {
				Throwable cause = ex.getCause() == null ? ex : ex.getCause();
				failures.add(new Failure(who, url, 500, cause.getMessage(), from));
				return;
			}
			int status = result.getResponse().getStatus();
			Object pattern = result.getRequest().getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
			if (pattern != null && status < 400) {
				routes.add(pattern.toString());
			}
			if (status >= 500) {
				Throwable error = result.getResolvedException();
				failures.add(new Failure(who, url, status, error == null ? "" : error.toString(), from));
				return;
			}
			if (status >= 400) {
				failures.add(new Failure(who, url, status, "a link that answers " + status, from));
				return;
			}
			if (status >= 300) {
				String location = result.getResponse().getRedirectedUrl();
				if (location != null) {
					enqueue(location, url);
				}
				return;
			}
			String type = result.getResponse().getContentType();
			if (type == null || !type.startsWith("text/html")) {
				return;
			}
			String html = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
			Set<String> keys = new TreeSet<>();
			Matcher unresolved = UNRESOLVED.matcher(html);
			while (unresolved.find()) {
				keys.add(unresolved.group());
			}
			if (!keys.isEmpty()) {
				failures.add(new Failure(who, url, status, "unresolved messages " + keys, from));
			}
			Document page = Jsoup.parse(html, "http://localhost" + url);
			for (Element link : page.select("a[href]")) {
				enqueue(link.attr("href"), url);
			}
			for (Element image : page.select("img[src]")) {
				enqueue(image.attr("src"), url);
			}
			for (Element htmx : page.select("[hx-get]")) {
				enqueue(htmx.attr("hx-get"), url);
			}
			for (Element form : page.select("form")) {
				if (form.attr("method").equalsIgnoreCase("get") || form.attr("method").isEmpty()) {
					enqueue(form.attr("action").isEmpty() ? url : form.attr("action"), url);
				}
			}
		}

		private void enqueue(String href, String from) {
			String url = local(href, from);
			if (url == null || visited.contains(url) || NOT_FOLLOWED.stream().anyMatch(url::startsWith)) {
				return;
			}
			String shape = NUMBER.matcher(url.replaceAll("=[^&]*", "=")).replaceAll("#");
			int seen = shapes.merge(shape, 1, Integer::sum);
			if (seen <= PER_SHAPE) {
				queue.add(new String[] { url, from });
			}
		}

		/**
		 * A link's path and query on this platform, or null for one that leaves it or
		 * stays on the page.
		 */
		private static String local(String href, String from) {
			if (href == null || href.isBlank() || href.startsWith("#") || href.startsWith("javascript:")
					|| href.startsWith("mailto:") || href.startsWith("tel:")) {
				return null;
			}
			URI uri;
			try {
				uri = URI.create("http://localhost" + from).resolve(href.replace(" ", "%20"));
			}
			catch (IllegalArgumentException ex) {
				return href;
			}
			if (!"localhost".equals(uri.getHost()) || uri.getPort() != -1) {
				return null;
			}
			String path = uri.getRawPath();
			String query = uri.getRawQuery() == null ? "" : uri.getRawQuery().replaceAll("(^|&)lang=[^&]*", "");
			query = query.startsWith("&") ? query.substring(1) : query;
			return query.isEmpty() ? path : path + "?" + query;
		}

	}

}
