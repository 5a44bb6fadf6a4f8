package cn.jiangxin.audit.internal;

import java.time.Instant;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.jiangxin.audit.AuditEntry;
import cn.jiangxin.audit.AuditFilter;
import cn.jiangxin.audit.AuditTrail;
import cn.jiangxin.shared.Actors;
import cn.jiangxin.shared.CursorPage;
import cn.jiangxin.shared.PageQuery;

/**
 * The audit log for other systems: {@code GET /api/v1/audit-events}, keyset-paginated by
 * {@code cursor}.
 */
@RestController
@RequestMapping("/api/v1/audit-events")
@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'UNION_ADMIN')")
class AuditRestController {

	private final AuditTrail trail;

	AuditRestController(AuditTrail trail) {
		this.trail = trail;
	}

	@GetMapping
	CursorPage<AuditEntry> list(@RequestParam(required = false) Long org, @RequestParam(required = false) String actor,
			@RequestParam(required = false) String entity, @RequestParam(required = false) String entityId,
			@RequestParam(required = false) Instant from, @RequestParam(required = false) Instant to,
			@RequestParam(required = false) Long cursor, @RequestParam(required = false) Integer size) {
		PageQuery query = PageQuery.of(0, size == null ? 50 : size);
		return trail.browse(Actors.require(),
				new AuditFilter(org, actor, entity, entityId, from, to, cursor, query.size()));
	}

}
