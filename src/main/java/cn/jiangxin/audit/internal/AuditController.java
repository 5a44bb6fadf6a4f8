package cn.jiangxin.audit.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import cn.jiangxin.audit.AuditEntry;
import cn.jiangxin.audit.AuditFilter;
import cn.jiangxin.audit.AuditTrail;
import cn.jiangxin.shared.Actor;
import cn.jiangxin.shared.Actors;
import cn.jiangxin.shared.CursorPage;
import cn.jiangxin.shared.OrgDirectory;
import cn.jiangxin.shared.Zones;

/** The audit log page: filter by org subtree, actor, entity and time, newest first. */
@Controller
@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'UNION_ADMIN')")
class AuditController {

	private static final int PAGE_SIZE = 50;

	private final AuditTrail trail;

	private final OrgDirectory orgs;

	AuditController(AuditTrail trail, OrgDirectory orgs) {
		this.trail = trail;
		this.orgs = orgs;
	}

	@GetMapping("/audit")
	String browse(@RequestParam(required = false) Long org, @RequestParam(required = false) String actor,
			@RequestParam(required = false) String entity, @RequestParam(required = false) String entityId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) Long before, Model model) {
		Actor me = Actors.require();
		AuditFilter filter = new AuditFilter(org, actor, entity, entityId,
				from == null ? null : from.atStartOfDay(Zones.BEIJING).toInstant(),
				to == null ? null : to.plusDays(1).atStartOfDay(Zones.BEIJING).toInstant(), before, PAGE_SIZE);
		CursorPage<AuditEntry> page = trail.browse(me, filter);
		model.addAttribute("page", page);
		model.addAttribute("orgNames", orgs
			.names(page.items().stream().map(AuditEntry::orgId).filter(Objects::nonNull).collect(Collectors.toSet())));
		model.addAttribute("entityTypes", trail.entityTypes());
		model.addAttribute("org", org);
		model.addAttribute("orgName", org == null ? null : orgs.names(List.of(org)).get(org));
		model.addAttribute("actor", actor);
		model.addAttribute("entity", entity);
		model.addAttribute("entityId", entityId);
		model.addAttribute("from", from);
		model.addAttribute("to", to);
		return "audit/list";
	}

}
