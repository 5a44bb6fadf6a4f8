package cn.jiangxin.contest.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import cn.jiangxin.contest.ContestKind;
import cn.jiangxin.contest.ContestStatus;
import cn.jiangxin.contest.ContestView;
import cn.jiangxin.contest.EntryView;
import cn.jiangxin.contest.TrackView;
import cn.jiangxin.member.MemberApi;
import cn.jiangxin.shared.Actor;
import cn.jiangxin.shared.Actors;
import cn.jiangxin.shared.OrgScope;
import cn.jiangxin.shared.PageQuery;
import cn.jiangxin.shared.web.PublicPage;

/**
 * The public portal: every contest past its draft, open ones first, and a page for each
 * with its hosts, window, tracks, rules, requirements, rounds and how many have entered.
 * Anyone may read them; a member who may enter sees the way in.
 */
@Controller
class ContestPortalController {

	private final ContestService service;

	private final ContestStore store;

	private final ContestQueries queries;

	private final ContestAccess access;

	private final EntryQueries entries;

	private final MemberApi members;

	private final OrgScope scope;

	private final Clock clock;

	ContestPortalController(ContestService service, ContestStore store, ContestQueries queries, ContestAccess access,
			EntryQueries entries, MemberApi members, OrgScope scope, Clock clock) {
		this.clock = clock;
		this.service = service;
		this.store = store;
		this.queries = queries;
		this.access = access;
		this.entries = entries;
		this.members = members;
		this.scope = scope;
	}

	@GetMapping("/contests")
	@PublicPage
	String portal(@RequestParam(required = false) ContestKind kind,
			@RequestParam(required = false) ContestStatus status, @RequestParam(required = false) String q,
			@RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("kind", kind);
		model.addAttribute("status", status);
		model.addAttribute("q", q);
		model.addAttribute("kinds", ContestKind.values());
		model.addAttribute("statuses",
				List.of(ContestStatus.OPEN, ContestStatus.JUDGING, ContestStatus.PUBLICIZING, ContestStatus.ARCHIVED));
		model.addAttribute("page",
				queries.portal(kind, status == ContestStatus.DRAFT ? null : status, q, new PageQuery(page, 12)));
		model.addAttribute("now", Instant.now(clock));
		return "contest/portal";
	}

	@GetMapping("/contests/{id}")
	@PublicPage
	String contest(@PathVariable long id, Model model) {
		ContestView contest = service.load(id);
		Actor actor = Actors.current().orElse(null);
		access.requireVisible(actor, contest);
		Instant now = Instant.now(clock);
		model.addAttribute("contest", contest);
		List<TrackView> tracks = store.tracks(id);
		model.addAttribute("tracks", tracks);
		model.addAttribute("trackNames", tracks.stream().collect(Collectors.toMap(TrackView::id, TrackView::name)));
		model.addAttribute("rounds", store.rounds(id));
		model.addAttribute("counts", queries.trackCounts(id));
		model.addAttribute("accepting", contest.acceptsEntries(now));
		model.addAttribute("manager", actor != null && access.canManage(actor, id));
		boolean member = actor != null && actor.memberId() != null;
		model.addAttribute("member", member);
		if (member) {
			boolean inScope = members.find(actor.memberId())
				.map(m -> scope.within(contest.scopeOrgId(), m.orgId()))
				.orElse(false);
			model.addAttribute("inScope", inScope);
			List<EntryView> mine = entries.ofMember(actor.memberId())
				.stream()
				.filter(e -> e.contestId() == id)
				.toList();
			model.addAttribute("mine", mine);
		}
		model.addAttribute("unitAdmin", actor != null && actor.administers());
		return "contest/show";
	}

}
