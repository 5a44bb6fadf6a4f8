package cn.jiangxin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.net.ssl.SSLSession;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.jiangxin.support.Demo;
import cn.jiangxin.support.DemoOrgs;
import cn.jiangxin.support.WholeApplication;

/**
 * Bad requests sent to a real Tomcat (MockMvc does not go through it): malformed
 * multipart bodies on every upload, uploads past the size limit, a wrong content type or
 * method, unknown paths, an encoded slash, over-long URLs and headers, an unpaired
 * surrogate in a sign-in. The API answers each with a problem detail, pages with the
 * localized error page, never with Tomcat's page or a 500, and the platform answers
 * normally afterwards. Runs in the browser suite's server context, so it adds no context
 * of its own.
 */
@WholeApplication
class HostileRequestTests {

	private static final String PROBLEM = "application/problem+json";

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DemoOrgs orgs;

	HttpClient client;

	String token;

	@BeforeEach
	void signIn() throws Exception {
		client = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.cookieHandler(new CookieManager())
			.connectTimeout(Duration.ofSeconds(10))
			.build();
		HttpResponse<String> issued = send(request("/api/v1/auth/token").header("Content-Type", "application/json")
			.POST(BodyPublishers.ofString("{\"username\":\"admin\",\"password\":\"" + Demo.PASSWORD + "\"}")));
		assertThat(issued.statusCode()).isEqualTo(200);
		token = issued.body().replaceAll(".*\"token\":\"([^\"]+)\".*", "$1");
		String login = send(request("/login").GET()).body();
		HttpResponse<String> signedIn = send(request("/login")
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(BodyPublishers.ofString("username=admin&password=" + Demo.PASSWORD + "&_csrf=" + csrf(login))));
		assertThat(signedIn.statusCode()).isEqualTo(302);
	}

	@Test
	void malformedMultipartOnEveryUploadIsA400ProblemOrErrorPage() throws Exception {
		long org = orgs.id(Demo.JINGKAI);
		long contest = id("SELECT MIN(id) FROM contest WHERE status = 'OPEN'");
		long round = id("SELECT MIN(round_id) FROM round_part WHERE source = 'IMPORTED'");
		long entry = id("SELECT MIN(id) FROM entry");
		long achievement = id("SELECT MIN(id) FROM achievement");
		Map<String, Boolean> uploads = Map.of("/api/v1/imports/members?org=" + org, true, "/members/import?org=" + org,
				false, "/api/v1/contests/" + contest + "/entries/import", true,
				"/manage/entries/import?contest=" + contest, false, "/api/v1/rounds/" + round + "/parts/theory/scores",
				true, "/manage/rounds/" + round + "/import?part=theory", false,
				"/api/v1/entries/" + entry + "/submissions", true, "/entries/" + entry + "/submissions", false,
				"/api/v1/achievements/" + achievement + "/files", true, "/achievements/" + achievement + "/files",
				false);
		String truncated = "--XYZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.csv\"\r\n"
				+ "Content-Type: text/csv\r\n\r\n卡号,成绩\n1,2\n";
		for (Map.Entry<String, Boolean> upload : uploads.entrySet()) {
			boolean api = upload.getValue();
			HttpResponse<String> noBoundary = send(
					authorized(upload.getKey(), api).header("Content-Type", "multipart/form-data")
						.POST(BodyPublishers.ofString("file=whatever")));
			refused(noBoundary, 400, api, upload.getKey() + " without boundary");
			HttpResponse<String> cut = send(
					authorized(upload.getKey(), api).header("Content-Type", "multipart/form-data; boundary=XYZ")
						.POST(BodyPublishers.ofString(truncated)));
			refused(cut, 400, api, upload.getKey() + " cut short");
			if (api) {
				assertThat(cut.body()).contains("multipart/form-data");
			}
		}
		stillAnswers();
	}

	@Test
	void anUploadPastTheLimitIsA413() throws Exception {
		long org = orgs.id(Demo.JINGKAI);
		for (boolean api : List.of(true, false)) {
			String path = api ? "/api/v1/imports/members?org=" + org : "/members/import?org=" + org;
			// Declared, not sent: Tomcat refuses on the length, and a body it will not
			// read would reset the connection.
			String head = "POST " + path + " HTTP/1.1\r\nHost: localhost\r\n"
					+ (api ? "Authorization: Bearer " + token : "Cookie: " + sessionCookie()) + "\r\n"
					+ "Content-Type: multipart/form-data; boundary=XYZ\r\nContent-Length: " + ((100L << 20) + (1 << 20))
					+ "\r\nConnection: close\r\n\r\n";
			refused(raw(head), 413, api, path + " past the limit");
		}
		stillAnswers();
	}

	@Test
	void wrongContentTypesMethodsAndPathsAreProblemsOrErrorPages() throws Exception {
		long entry = id("SELECT MIN(id) FROM entry");
		long achievement = id("SELECT MIN(id) FROM achievement");
		String csrf = csrf(send(request("/members/import").GET()).body());
		refused(send(authorized("/api/v1/rounds/1/settings", true).header("Content-Type", "text/plain")
			.PUT(BodyPublishers.ofString("x"))), 415, true, "text to a JSON body");
		refused(send(authorized("/entries/" + entry + "/submissions?_csrf=" + csrf, false)
			.header("Content-Type", "text/plain")
			.POST(BodyPublishers.ofString("x"))), 415, false, "text to an upload page");
		refused(send(authorized("/api/v1/orgs", true).DELETE()), 405, true, "DELETE on the API");
		refused(send(authorized("/orgs/1/close", false).GET()), 405, false, "GET on a POST-only page");
		HttpResponse<String> unknown = send(
				authorized("/api/v1/no-such-thing", true).header("Accept-Language", "en").GET());
		refused(unknown, 404, true, "an unknown API path");
		assertThat(unknown.body()).contains("There is no such address");
		refused(send(authorized("/no-such-page", false).GET()), 404, false, "an unknown page");
		stillAnswers();
	}

	@Test
	void urlsAndHeadersTomcatRefusesAreProblemsOrErrorPages() throws Exception {
		String twenty = "a".repeat(20_000);
		String forty = "a".repeat(40_000);
		refused(send(authorized("/api/v1/orgs%2F1", true).GET()), 400, true, "an encoded slash on the API");
		refused(send(authorized("/contests%2F1", false).GET()), 400, false, "an encoded slash on a page");
		refused(send(authorized("/api/v1/orgs?q=" + twenty, true).GET()), 414, true, "a long URL on the API");
		refused(send(authorized("/contests?q=" + twenty, false).GET()), 414, false, "a long URL on a page");
		refused(send(authorized("/api/v1/orgs?q=" + forty, true).GET()), 400, true, "a URL Tomcat cannot read, API");
		refused(send(authorized("/contests?q=" + forty, false).GET()), 400, false, "a URL Tomcat cannot read, page");
		refused(send(authorized("/api/v1/orgs", true).header("X-Filler", forty).GET()), 400, true,
				"a long header, API");
		refused(send(authorized("/contests", false).header("X-Filler", forty).GET()), 400, false,
				"a long header, page");
		stillAnswers();
	}

	@Test
	void anUnpairedSurrogateInASignInIsAFieldError() throws Exception {
		HttpClient anonymous = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
		HttpResponse<String> answer = anonymous
			.send(request("/api/v1/auth/token").header("Content-Type", "application/json")
				.header("Accept-Language", "en")
				.POST(BodyPublishers.ofString("{\"username\":\"admin\",\"password\":\"\\ud800x\"}"))
				.build(), BodyHandlers.ofString());
		refused(answer, 400, true, "a surrogate in a password");
		assertThat(answer.body()).contains("\"field\":\"password\"").contains("unpaired surrogate");
		stillAnswers();
	}

	/** The platform answers as usual after all this. */
	private void stillAnswers() throws Exception {
		assertThat(send(authorized("/api/v1/me", true).GET()).statusCode()).isEqualTo(200);
		assertThat(send(authorized("/", false).GET()).statusCode()).isEqualTo(200);
		assertThat(send(request("/actuator/health").GET()).statusCode()).isEqualTo(200);
	}

	/**
	 * A 4xx in Jiangxin's voice: a problem detail for the API, the localized error page
	 * for a page.
	 */
	private static void refused(HttpResponse<String> answer, int status, boolean api, String what) {
		assertThat(answer.statusCode()).as(what + ": " + answer.body()).isEqualTo(status);
		String type = answer.headers().firstValue("Content-Type").orElse("");
		if (api) {
			assertThat(type).as(what).startsWith(PROBLEM);
			assertThat(answer.body()).as(what).contains("\"status\":" + status).contains("\"title\"");
		}
		else {
			assertThat(type).as(what).startsWith("text/html");
			assertThat(answer.body()).as(what)
				.contains("出错了")
				.contains(String.valueOf(status))
				.doesNotContain("Tomcat");
		}
	}

	/**
	 * Sends bytes as they are over a socket and reads the answer: its head and a body of
	 * the length it declares (Tomcat may keep the connection open, waiting for the body
	 * it refused).
	 */
	private HttpResponse<String> raw(String request) throws IOException {
		try (Socket socket = new Socket("localhost", port)) {
			socket.setSoTimeout(30_000);
			socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
			socket.getOutputStream().flush();
			ByteArrayOutputStream answer = new ByteArrayOutputStream();
			byte[] buffer = new byte[8192];
			for (int read; !complete(answer.toString(StandardCharsets.ISO_8859_1))
					&& (read = socket.getInputStream().read(buffer)) > 0;) {
				answer.write(buffer, 0, read);
			}
			return new RawResponse(answer.toString(StandardCharsets.UTF_8));
		}
	}

	private static boolean complete(String answer) {
		int head = answer.indexOf("\r\n\r\n");
		if (head < 0) {
			return false;
		}
		Matcher length = Pattern.compile("(?i)content-length: *(\\d+)").matcher(answer.substring(0, head));
		if (length.find()) {
			return answer.length() - head - 4 >= Integer.parseInt(length.group(1));
		}
		return answer.endsWith("\r\n0\r\n\r\n");
	}

	private String sessionCookie() {
		return ((CookieManager) client.cookieHandler().orElseThrow()).getCookieStore()
			.getCookies()
			.stream()
			.filter(cookie -> cookie.getName().equals("JSESSIONID"))
			.map(cookie -> cookie.getName() + "=" + cookie.getValue())
			.findFirst()
			.orElseThrow();
	}

	private HttpRequest.Builder authorized(String path, boolean api) {
		HttpRequest.Builder builder = request(path);
		return api ? builder.header("Authorization", "Bearer " + token) : builder;
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).timeout(Duration.ofSeconds(60));
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
		return client.send(request.build(), BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	private long id(String sql) {
		return jdbc.sql(sql).query(Long.class).single();
	}

	private static String csrf(String page) {
		Matcher token = CSRF.matcher(page);
		assertThat(token.find()).as("a form with a CSRF token").isTrue();
		return token.group(1);
	}

	/**
	 * An HTTP/1.1 answer read off a socket (status line, headers, a body that is not
	 * chunked).
	 */
	private record RawResponse(String text) implements HttpResponse<String> {

		@Override
		public int statusCode() {
			return Integer.parseInt(text.substring(9, 12));
		}

		@Override
		public HttpHeaders headers() {
			Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
			for (String line : text.substring(0, text.indexOf("\r\n\r\n")).split("\r\n")) {
				int colon = line.indexOf(':');
				if (colon > 0) {
					headers.computeIfAbsent(line.substring(0, colon).strip(), key -> new ArrayList<>())
						.add(line.substring(colon + 1).strip());
				}
			}
			return HttpHeaders.of(headers, (name, value) -> true);
		}

		@Override
		public String body() {
			String body = text.substring(text.indexOf("\r\n\r\n") + 4);
			if (!headers().firstValue("Transfer-Encoding").orElse("").equalsIgnoreCase("chunked")) {
				return body;
			}
			StringBuilder joined = new StringBuilder();
			byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
			int at = 0;
			while (true) {
				int end = indexOf(bytes, at);
				int size = Integer.parseInt(new String(bytes, at, end - at, StandardCharsets.US_ASCII).strip(), 16);
				if (size == 0) {
					return joined.toString();
				}
				joined.append(new String(bytes, end + 2, size, StandardCharsets.UTF_8));
				at = end + 2 + size + 2;
			}
		}

		private static int indexOf(byte[] bytes, int from) {
			for (int i = from; i + 1 < bytes.length; i++) {
				if (bytes[i] == '\r' && bytes[i + 1] == '\n') {
					return i;
				}
			}
			return bytes.length;
		}

		@Override
		public HttpRequest request() {
			return null;
		}

		@Override
		public Optional<HttpResponse<String>> previousResponse() {
			return Optional.empty();
		}

		@Override
		public Optional<SSLSession> sslSession() {
			return Optional.empty();
		}

		@Override
		public URI uri() {
			return null;
		}

		@Override
		public HttpClient.Version version() {
			return HttpClient.Version.HTTP_1_1;
		}

	}

}
