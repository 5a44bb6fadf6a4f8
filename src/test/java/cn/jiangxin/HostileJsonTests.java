package cn.jiangxin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import cn.jiangxin.support.Demo;
import cn.jiangxin.support.IntegrationTest;
import cn.jiangxin.support.Logins;
import cn.jiangxin.support.People;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sends every JSON body of the API, endpoint by endpoint and field by field, the shapes
 * found from outside to break it: a value of the wrong JSON type, an enum as its ordinal,
 * a fraction into an integer, a boolean from 1 or "true", numbers with huge exponents or
 * too many digits, an unpaired surrogate or NUL in a text, null in a list, and JSON that
 * breaks off. Signed in as the system admin, against real paths of the demo. Each must be
 * a 400 problem naming the field (the whole body where it is broken), and nothing may
 * change. The endpoints and their body records are read from the request mappings, so a
 * new endpoint is covered as soon as it exists.
 */
@IntegrationTest
class HostileJsonTests {

	/**
	 * One hostile value for a field: the JSON to send and the path the problem must name.
	 */
	record Shape(String path, String json, String what) {
	}

	private static final Pattern VARIABLE = Pattern.compile("\\{(\\w+)}");

	@Autowired
	MockMvc mvc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	Logins logins;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	@Test
	void everyJsonBodyRefusesEveryHostileShapeNamingTheFieldAndChangingNothing() throws Exception {
		Map<String, Class<?>> bodies = bodies();
		assertThat(bodies).as("endpoints that take a JSON body").hasSizeGreaterThan(25);
		List<String> failures = new ArrayList<>();
		int sent = 0;
		for (Map.Entry<String, Class<?>> endpoint : bodies.entrySet()) {
			String[] methodAndPattern = endpoint.getKey().split(" ", 2);
			String url = url(methodAndPattern[1]);
			Map<String, Object> baseline = sample(endpoint.getValue());
			long auditBefore = auditRows();
			List<Shape> shapes = new ArrayList<>();
			shapes(endpoint.getValue(), "", shapes);
			for (Shape shape : shapes) {
				String body = withValue(baseline, shape.path(), shape.json());
				MvcResult result = send(methodAndPattern[0], url, body);
				sent++;
				String problem = check(result, shape.path());
				if (problem != null) {
					failures.add(endpoint.getKey() + " " + shape.what() + " " + shape.path() + "=" + shape.json() + ": "
							+ problem);
				}
			}
			String broken = json.writeValueAsString(baseline);
			MvcResult cut = send(methodAndPattern[0], url, broken.substring(0, broken.length() / 2));
			sent++;
			String problem = check(cut, null);
			if (problem != null) {
				failures.add(endpoint.getKey() + " broken JSON: " + problem);
			}
			if (auditRows() != auditBefore) {
				failures.add(endpoint.getKey() + ": the audit log changed");
			}
		}
		assertThat(failures).as("of " + sent + " hostile requests").isEmpty();
	}

	/**
	 * Every endpoint of Jiangxin's API with a {@code @RequestBody}, by "METHOD /pattern",
	 * with its body type.
	 */
	private Map<String, Class<?>> bodies() {
		Map<String, Class<?>> bodies = new TreeMap<>();
		for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mappings.getHandlerMethods().entrySet()) {
			Method method = entry.getValue().getMethod();
			if (!entry.getValue().getBeanType().getPackageName().startsWith("cn.jiangxin")) {
				continue;
			}
			for (Parameter parameter : method.getParameters()) {
				if (parameter.isAnnotationPresent(RequestBody.class)) {
					for (String pattern : entry.getKey().getPatternValues()) {
						for (RequestMethod verb : entry.getKey().getMethodsCondition().getMethods()) {
							bodies.put(verb.name() + " " + pattern, parameter.getType());
						}
					}
				}
			}
		}
		return bodies;
	}

	/**
	 * The hostile shapes for every field of a body record, nested records and list items
	 * included.
	 */
	private static void shapes(Class<?> record, String prefix, List<Shape> shapes) {
		if (!record.isRecord()) {
			fail("request body " + record.getName() + " is not a record; teach this test its shapes");
		}
		for (RecordComponent component : record.getRecordComponents()) {
			String path = prefix + component.getName();
			shapesOf(component.getGenericType(), path, shapes);
		}
	}

	private static void shapesOf(Type type, String path, List<Shape> shapes) {
		Class<?> raw = raw(type);
		shapes.add(new Shape(path, "{\"x\":1}", "object for a " + raw.getSimpleName()));
		if (raw == String.class) {
			shapes.add(new Shape(path, "12", "number for a text"));
			shapes.add(new Shape(path, "true", "boolean for a text"));
			shapes.add(new Shape(path, "\"\\ud800x\"", "unpaired surrogate"));
			shapes.add(new Shape(path, "\"\\udc00\"", "lone low surrogate"));
			shapes.add(new Shape(path, "\"a\\u0000b\"", "NUL"));
		}
		else if (raw == Integer.class || raw == int.class || raw == Long.class || raw == long.class) {
			shapes.add(new Shape(path, "1.5", "fraction for an integer"));
			shapes.add(new Shape(path, "1e999999999", "huge exponent"));
			shapes.add(new Shape(path, "99999999999999999999999", "too large an integer"));
			shapes.add(new Shape(path, "\"1\"", "text for a number"));
			shapes.add(new Shape(path, "true", "boolean for a number"));
		}
		else if (raw == BigDecimal.class || raw == Double.class || raw == double.class) {
			shapes.add(new Shape(path, "1e999999999", "huge exponent"));
			shapes.add(new Shape(path, "1e-999999999", "huge negative exponent"));
			shapes.add(new Shape(path, "123456789012345678901234567890", "too many digits"));
			shapes.add(new Shape(path, "\"1\"", "text for a number"));
			shapes.add(new Shape(path, "true", "boolean for a number"));
		}
		else if (raw == Boolean.class || raw == boolean.class) {
			shapes.add(new Shape(path, "1", "number for a boolean"));
			shapes.add(new Shape(path, "2", "number for a boolean"));
			shapes.add(new Shape(path, "\"true\"", "text for a boolean"));
		}
		else if (raw.isEnum()) {
			shapes.add(new Shape(path, "1", "enum as a number"));
			shapes.add(new Shape(path, "0.5", "enum as a fraction"));
		}
		else if (raw == Instant.class || raw == LocalDate.class || raw == LocalDateTime.class
				|| raw == LocalTime.class) {
			shapes.add(new Shape(path, "1e999999999", "huge exponent for a time"));
			shapes.add(new Shape(path, "99999999999999999999999", "too large a number for a time"));
			shapes.add(new Shape(path, "\"\\ud800\"", "unpaired surrogate for a time"));
		}
		else if (Collection.class.isAssignableFrom(raw)) {
			Type item = ((ParameterizedType) type).getActualTypeArguments()[0];
			shapes.add(new Shape(path, "\"x\"", "text for a list"));
			shapes.add(new Shape(path, "[null]", "null list item"));
			List<Shape> items = new ArrayList<>();
			shapesOf(item, "", items);
			for (Shape shape : items) {
				String itemPath = shape.path().isEmpty() ? path + "[0]" : path + "[0]." + shape.path();
				shapes.add(new Shape(itemPath, shape.json(), shape.what() + " in a list"));
			}
		}
		else if (raw.isRecord()) {
			shapes.add(new Shape(path, "\"x\"", "text for an object"));
			List<Shape> nested = new ArrayList<>();
			shapes(raw, "", nested);
			nested.forEach(shape -> shapes
				.add(new Shape(path.isEmpty() ? shape.path() : path + "." + shape.path(), shape.json(), shape.what())));
		}
		else {
			fail("no hostile shapes for " + type + " at " + path + "; teach this test its shapes");
		}
	}

	/** A plausible value of every field, so that only the hostile one is wrong. */
	private static Map<String, Object> sample(Class<?> record) {
		Map<String, Object> values = new LinkedHashMap<>();
		for (RecordComponent component : record.getRecordComponents()) {
			values.put(component.getName(), sampleOf(component.getGenericType()));
		}
		return values;
	}

	private static Object sampleOf(Type type) {
		Class<?> raw = raw(type);
		if (raw == String.class) {
			return "x";
		}
		if (raw == Integer.class || raw == int.class || raw == Long.class || raw == long.class) {
			return 1;
		}
		if (raw == BigDecimal.class || raw == Double.class || raw == double.class) {
			return 1;
		}
		if (raw == Boolean.class || raw == boolean.class) {
			return true;
		}
		if (raw.isEnum()) {
			return ((Enum<?>) raw.getEnumConstants()[0]).name();
		}
		if (raw == Instant.class) {
			return "2026-01-01T00:00:00Z";
		}
		if (raw == LocalDate.class) {
			return "2025-01-01";
		}
		if (raw == LocalDateTime.class) {
			return "2025-01-01T10:00";
		}
		if (raw == LocalTime.class) {
			return "10:00";
		}
		if (Collection.class.isAssignableFrom(raw)) {
			return List.of(sampleOf(((ParameterizedType) type).getActualTypeArguments()[0]));
		}
		if (raw.isRecord()) {
			return sample(raw);
		}
		throw new AssertionError("no sample value for " + type);
	}

	private static Class<?> raw(Type type) {
		return type instanceof ParameterizedType parameterized ? (Class<?>) parameterized.getRawType()
				: (Class<?>) type;
	}

	/**
	 * The baseline body as JSON text with the value at {@code path} replaced by the raw
	 * JSON {@code value}.
	 */
	private String withValue(Map<String, Object> baseline, String path, String value) {
		String marker = "\u0001HOSTILE\u0001";
		Object copy = json.readValue(json.writeValueAsString(baseline), Object.class);
		put(copy, path, marker);
		return json.writeValueAsString(copy).replace("\"" + marker.replace("\u0001", "\\u0001") + "\"", value);
	}

	@SuppressWarnings("unchecked")
	private static void put(Object node, String path, Object value) {
		int dot = path.indexOf('.');
		String head = dot < 0 ? path : path.substring(0, dot);
		String rest = dot < 0 ? null : path.substring(dot + 1);
		Object child;
		if (head.endsWith("[0]")) {
			List<Object> list = (List<Object>) ((Map<String, Object>) node).get(head.substring(0, head.length() - 3));
			if (rest == null) {
				list.set(0, value);
				return;
			}
			child = list.get(0);
		}
		else {
			if (rest == null) {
				((Map<String, Object>) node).put(head, value);
				return;
			}
			child = ((Map<String, Object>) node).get(head);
		}
		put(child, rest, value);
	}

	/**
	 * What is wrong with an answer: not a 400 problem, or not naming the field; null if
	 * nothing is.
	 */
	private String check(MvcResult result, String path) throws Exception {
		int status = result.getResponse().getStatus();
		String type = result.getResponse().getContentType();
		String body = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		if (status != 400) {
			return "status " + status + " " + body;
		}
		if (type == null || !type.startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE)) {
			return "content type " + type;
		}
		if (path == null) {
			return null;
		}
		JsonNode errors = json.readTree(body).get("errors");
		if (errors != null) {
			for (JsonNode error : errors) {
				String field = error.get("field").asString();
				if (field.equals(path) || field.startsWith(path + "[") || field.startsWith(path + ".")) {
					return null;
				}
			}
		}
		return "the field is not named: " + body;
	}

	private MvcResult send(String method, String url, String body) throws Exception {
		return mvc.perform(MockMvcRequestBuilders.request(HttpMethod.valueOf(method), url)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body.getBytes(StandardCharsets.UTF_8))
			.with(logins.as(Demo.ADMIN))
			.with(csrf())
			.with(request -> {
				request.setRemoteAddr(People.clientAddress());
				return request;
			})).andReturn();
	}

	private long auditRows() {
		return jdbc.sql("SELECT COUNT(*) FROM audit_event").query(Long.class).single();
	}

	/**
	 * A real path of the demo for a pattern: each variable filled with the id of what the
	 * segment before names.
	 */
	private String url(String pattern) {
		Matcher variables = VARIABLE.matcher(pattern);
		StringBuilder url = new StringBuilder();
		int last = 0;
		while (variables.find()) {
			String before = pattern.substring(0, variables.start());
			String segment = before.substring(before.lastIndexOf('/', before.length() - 2) + 1, before.length() - 1);
			url.append(pattern, last, variables.start()).append(idFor(segment, pattern));
			last = variables.end();
		}
		return url.append(pattern.substring(last)).toString();
	}

	private String idFor(String segment, String pattern) {
		String table = switch (segment) {
			case "orgs" -> "org";
			case "accounts" -> "account";
			case "members" -> "member";
			case "join-applications" -> "join_application";
			case "transfers" -> "transfer_request";
			case "contests" -> "contest";
			case "rounds" -> "contest_round";
			case "entries" -> "entry";
			case "experts" -> "expert";
			case "awards" -> "award";
			case "tiers" -> "award_tier";
			case "imports" -> "import_job";
			case "question-banks" -> "question_bank";
			case "questions", "answers" -> "question";
			case "exams" -> "exam";
			case "attempts" -> "exam_attempt";
			case "marks" -> "grading_mark";
			case "studios" -> "studio";
			case "mentorships" -> "mentorship";
			case "alliances" -> "alliance";
			case "problem-calls" -> "problem_call";
			case "level-calls" -> "level_call";
			case "studio-applications" -> "studio_application";
			case "studio-reviews" -> "studio_review";
			case "problems" -> "problem";
			case "applications" -> "studio";
			case "joint-projects" -> "joint_project";
			case "milestones" -> "project_milestone";
			case "issues" -> "project_issue";
			case "merchants" -> "merchant";
			case "coupon-campaigns" -> "coupon_campaign";
			case "coupons" -> "coupon";
			case "markets" -> "market";
			case "parts" -> null;
			default -> throw new AssertionError(
					"no demo id for {" + segment + "} in " + pattern + "; teach this test where to find one");
		};
		if (table == null) {
			return "theory";
		}
		if (table.equals("coupon")) {
			return jdbc.sql("SELECT MIN(code) FROM coupon").query(String.class).single();
		}
		// An empty table (no transfer in the demo): any id, since the body is refused
		// before the path is looked up.
		return String.valueOf(jdbc.sql("SELECT COALESCE(MIN(id), 1) FROM " + table).query(Long.class).single());
	}

}
