package cn.jiangxin.portal;

import java.util.Comparator;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import cn.jiangxin.audit.AuditEntry;
import cn.jiangxin.audit.AuditFilter;
import cn.jiangxin.audit.AuditTrail;
import cn.jiangxin.identity.AccountApi;
import cn.jiangxin.org.OrgApi;
import cn.jiangxin.shared.Actor;
import cn.jiangxin.shared.Actors;
import cn.jiangxin.shared.CursorPage;
import cn.jiangxin.shared.OrgDirectory;
import cn.jiangxin.shared.web.DashboardTile;
import cn.jiangxin.shared.web.DashboardTiles;
import cn.jiangxin.shared.web.Shortcut;
import cn.jiangxin.shared.web.Shortcuts;

/**
 * The dashboard: for admins their subtree at a glance (the figures every module
 * contributes) and its latest changes; for others their account and org.
 */
@Controller
class HomeController {

	private final OrgApi orgs;

	private final AccountApi accounts;

	private final AuditTrail audit;

	private final OrgDirectory orgNames;

	private final ObjectProvider<DashboardTiles> tiles;

	private final ObjectProvider<Shortcuts> shortcuts;

	HomeController(OrgApi orgs, AccountApi accounts, AuditTrail audit, OrgDirectory orgNames,
			ObjectProvider<DashboardTiles> tiles, ObjectProvider<Shortcuts> shortcuts) {
		this.shortcuts = shortcuts;
		this.orgs = orgs;
		this.accounts = accounts;
		this.audit = audit;
		this.orgNames = orgNames;
		this.tiles = tiles;
	}

	@GetMapping("/")
	String home(Model model) {
		Actor actor = Actors.require();
		if (actor.memberId() != null && !actor.administers()) {
			return "redirect:/me";
		}
		model.addAttribute("actor", actor);
		if (actor.orgId() != null) {
			model.addAttribute("org", orgs.find(actor.orgId()).orElse(null));
			model.addAttribute("orgPath", orgs.path(actor.orgId()));
		}
		accounts.find(actor.accountId()).ifPresent(account -> model.addAttribute("account", account));
		if (actor.administers()) {
			model.addAttribute("tiles",
					this.tiles.stream()
						.flatMap(module -> module.tilesFor(actor).stream())
						.sorted(Comparator.comparingInt(DashboardTile::order))
						.toList());
			model.addAttribute("shortcuts",
					this.shortcuts.stream()
						.flatMap(module -> module.shortcutsFor(actor).stream())
						.sorted(Comparator.comparingInt(Shortcut::order))
						.toList());
			CursorPage<AuditEntry> recent = audit.browse(actor, AuditFilter.latest(8));
			model.addAttribute("recent", recent.items());
			Set<Long> ids = recent.items()
				.stream()
				.map(AuditEntry::orgId)
				.filter(Objects::nonNull)
				.collect(Collectors.toSet());
			model.addAttribute("orgNames", orgNames.names(ids));
			return "portal/admin-home";
		}
		return "portal/home";
	}

}
