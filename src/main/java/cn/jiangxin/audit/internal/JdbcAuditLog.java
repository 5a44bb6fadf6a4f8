package cn.jiangxin.audit.internal;

import java.time.Clock;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import cn.jiangxin.audit.AuditAction;
import cn.jiangxin.audit.AuditEntry;
import cn.jiangxin.audit.AuditFilter;
import cn.jiangxin.audit.AuditLog;
import cn.jiangxin.audit.AuditTrail;
import cn.jiangxin.shared.Actor;
import cn.jiangxin.shared.Actors;
import cn.jiangxin.shared.DataVersion;
import cn.jiangxin.shared.CursorPage;
import cn.jiangxin.shared.OrgScope;
import cn.jiangxin.shared.OrgScope.SqlFilter;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes audit rows with plain SQL in the caller's transaction, and reads them back
 * within scope.
 */
@Service
class JdbcAuditLog implements AuditLog, AuditTrail {

	private static final Logger log = LoggerFactory.getLogger("jiangxin.audit");

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final OrgScope scope;

	private final MessageSource messages;

	private final Clock clock;

	private final DataVersion versions;

	JdbcAuditLog(JdbcClient jdbc, JsonMapper json, OrgScope scope, MessageSource messages, Clock clock,
			DataVersion versions) {
		this.versions = versions;
		this.clock = clock;
		this.jdbc = jdbc;
		this.json = json;
		this.scope = scope;
		this.messages = messages;
	}

	@Override
	@Transactional
	public void record(String entityType, Object entityId, Long orgId, AuditAction action, Map<String, ?> before,
			Map<String, ?> after) {
		Actor actor = Actors.current().orElse(null);
		recordAs(actor == null ? null : actor.accountId(), actor == null ? "system" : actor.username(), entityType,
				entityId, orgId, action, before, after);
	}

	@Override
	@Transactional
	public void recordAs(Long actorId, String actorName, String entityType, Object entityId, Long orgId,
			AuditAction action, Map<String, ?> before, Map<String, ?> after) {
		String id = entityId == null ? null : entityId.toString();
		String ip = clientIp();
		versions.changed(entityType);
		jdbc.sql("""
				INSERT INTO audit_event (created_at, actor_id, actor_name, org_id, entity_type, entity_id, action,
				                         before_state, after_state, client_ip)
				VALUES (:at, :actorId, :actorName, :orgId, :entityType, :entityId, :action, :before, :after, :ip)
				""")
			.param("at", Timestamp.from(Instant.now(clock)))
			.param("actorId", actorId)
			.param("actorName", actorName)
			.param("orgId", orgId)
			.param("entityType", entityType)
			.param("entityId", id)
			.param("action", action.name())
			.param("before", toJson(before))
			.param("after", toJson(after))
			.param("ip", ip)
			.update();
		log.info("audit action={} entity={}#{} org={} actor={} ip={}", action, entityType, id, orgId, actorName, ip);
	}

	@Override
	@Transactional(readOnly = true)
	public CursorPage<AuditEntry> browse(Actor actor, AuditFilter filter) {
		List<String> where = new ArrayList<>();
		List<Object> params = new ArrayList<>();
		SqlFilter reach = scope.filter(actor, "a.org_id");
		if (actor.isSystemAdmin() && filter.orgId() == null) {
			reach = SqlFilter.ALL;
		}
		where.add(reach.sql());
		params.addAll(reach.params());
		if (filter.orgId() != null) {
			scope.require(actor, filter.orgId());
			SqlFilter subtree = scope.subtree(filter.orgId(), "a.org_id");
			where.add(subtree.sql());
			params.addAll(subtree.params());
		}
		if (filter.actor() != null && !filter.actor().isBlank()) {
			where.add("a.actor_name = ?");
			params.add(filter.actor().strip());
		}
		if (filter.entityType() != null && !filter.entityType().isBlank()) {
			where.add("a.entity_type = ?");
			params.add(filter.entityType());
		}
		if (filter.entityId() != null && !filter.entityId().isBlank()) {
			where.add("a.entity_id = ?");
			params.add(filter.entityId().strip());
		}
		if (filter.from() != null) {
			where.add("a.created_at >= ?");
			params.add(Timestamp.from(filter.from()));
		}
		if (filter.to() != null) {
			where.add("a.created_at < ?");
			params.add(Timestamp.from(filter.to()));
		}
		if (filter.before() != null) {
			where.add("a.id < ?");
			params.add(filter.before());
		}
		int size = filter.size();
		params.add(size + 1);
		List<AuditEntry> rows = jdbc.sql("""
				SELECT a.id, a.created_at, a.actor_id, a.actor_name, a.org_id, a.entity_type, a.entity_id, a.action,
				       a.before_state, a.after_state, a.client_ip
				FROM audit_event a
				WHERE %s
				ORDER BY a.id DESC
				FETCH FIRST ? ROWS ONLY
				""".formatted(String.join(" AND ", where)))
			.params(params)
			.query((rs, n) -> new AuditEntry(rs.getLong("id"), rs.getTimestamp("created_at").toInstant(),
					(Long) rs.getObject("actor_id", Long.class), rs.getString("actor_name"),
					rs.getObject("org_id", Long.class), rs.getString("entity_type"), rs.getString("entity_id"),
					AuditAction.valueOf(rs.getString("action")), rs.getString("before_state"),
					rs.getString("after_state"), rs.getString("client_ip")))
			.list();
		String next = null;
		if (rows.size() > size) {
			rows = rows.subList(0, size);
			next = Long.toString(rows.get(size - 1).id());
		}
		return new CursorPage<>(rows.stream().map(this::inWords).toList(), next);
	}

	@Override
	@Transactional(readOnly = true)
	public List<String> entityTypes() {
		return jdbc.sql("""
				SELECT DISTINCT entity_type FROM (
				  SELECT entity_type FROM audit_event ORDER BY id DESC FETCH FIRST 5000 ROWS ONLY) recent
				ORDER BY entity_type
				""").query(String.class).list();
	}

	/**
	 * A failed sign-in with its reason in the reader's words: rows carry a code
	 * ({@code BAD_PASSWORD}), older rows the name of an exception
	 * ({@code BadCredentialsException}); both are message keys under
	 * {@code audit.reason}.
	 */
	private AuditEntry inWords(AuditEntry entry) {
		if (entry.action() != AuditAction.LOGIN_FAILED || entry.after() == null) {
			return entry;
		}
		try {
			JsonNode after = json.readTree(entry.after());
			if (!(after instanceof ObjectNode state) || !after.path("reason").isString()) {
				return entry;
			}
			String reason = after.path("reason").asString();
			Locale locale = LocaleContextHolder.getLocale();
			String words = messages.getMessage("audit.reason." + reason, null, null, locale);
			if (words == null) {
				words = messages.getMessage("audit.reason.OTHER", null, reason, locale);
			}
			state.put("reason", words);
			return new AuditEntry(entry.id(), entry.at(), entry.actorId(), entry.actorName(), entry.orgId(),
					entry.entityType(), entry.entityId(), entry.action(), entry.before(),
					json.writeValueAsString(state), entry.clientIp());
		}
		catch (JacksonException unreadable) {
			return entry;
		}
	}

	private String toJson(Map<String, ?> state) {
		return state == null ? null : json.writeValueAsString(SensitiveValues.mask(state));
	}

	private static String clientIp() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			HttpServletRequest request = attributes.getRequest();
			return request.getRemoteAddr();
		}
		return null;
	}

}
