package cn.jiangxin.org.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.jiangxin.org.Industry;
import cn.jiangxin.org.OrgApi;
import cn.jiangxin.org.OrgDraft;
import cn.jiangxin.org.OrgLevel;
import cn.jiangxin.org.OrgMembership;
import cn.jiangxin.org.OrgRef;
import cn.jiangxin.org.OrgView;
import cn.jiangxin.org.UnitType;
import cn.jiangxin.org.internal.OrgQueries.OrgSearch;
import cn.jiangxin.shared.Actor;
import cn.jiangxin.shared.Actors;
import cn.jiangxin.shared.BusinessRuleException;
import cn.jiangxin.shared.OrgScope;
import cn.jiangxin.shared.PageQuery;
import cn.jiangxin.shared.PageResult;
import cn.jiangxin.shared.web.FormErrors;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;

/**
 * The union tree pages: browse with lazily expanding levels, search, view, create, edit,
 * move, close.
 */
@Controller
@RequestMapping("/orgs")
@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'UNION_ADMIN')")
class OrgController {

	private static final int CHILDREN_PAGE = 50;

	private final OrgService service;

	private final OrgQueries queries;

	private final OrgApi api;

	private final OrgScope scope;

	private final List<OrgMembership> memberships;

	OrgController(OrgService service, OrgQueries queries, OrgApi api, OrgScope scope, List<OrgMembership> memberships) {
		this.service = service;
		this.queries = queries;
		this.api = api;
		this.scope = scope;
		this.memberships = memberships;
	}

	/**
	 * How many people belong to each of these unions' subtrees, summed over whoever
	 * counts them.
	 */
	private Map<Long, Long> peopleCounts(List<OrgView> shown) {
		List<Long> ids = shown.stream().map(OrgView::id).toList();
		Map<Long, Long> counts = new HashMap<>();
		for (OrgMembership membership : memberships) {
			membership.subtreeCounts(ids).forEach((id, count) -> counts.merge(id, count, Long::sum));
		}
		return counts;
	}

	@ModelAttribute
	void choices(Model model) {
		model.addAttribute("levels", OrgLevel.values());
		model.addAttribute("industries", Industry.values());
		model.addAttribute("unitTypes", UnitType.values());
	}

	@GetMapping
	String tree(@RequestParam(required = false) String q, @RequestParam(required = false) Integer page, Model model) {
		Actor actor = Actors.require();
		model.addAttribute("q", q);
		if (q != null && !q.isBlank()) {
			addResults(actor, q, page, model);
		}
		else {
			List<OrgView> roots = roots(actor);
			model.addAttribute("roots", roots);
			model.addAttribute("memberCounts", peopleCounts(roots));
		}
		return "org/tree";
	}

	@HxRequest
	@GetMapping
	String searchFragment(@RequestParam(required = false) String q, @RequestParam(required = false) Integer page,
			Model model) {
		Actor actor = Actors.require();
		model.addAttribute("q", q);
		if (q == null || q.isBlank()) {
			List<OrgView> roots = roots(actor);
			model.addAttribute("roots", roots);
			model.addAttribute("memberCounts", peopleCounts(roots));
			return "org/tree :: tree";
		}
		addResults(actor, q, page, model);
		return "org/tree :: results";
	}

	@GetMapping("/{id}/children")
	String children(@PathVariable long id, @RequestParam(defaultValue = "0") int page, Model model) {
		Actor actor = Actors.require();
		api.get(id);
		scope.require(actor, id);
		model.addAttribute("parentId", id);
		PageResult<OrgView> children = queries.search(scope.filter(actor, "o.id"), OrgSearch.childrenOf(id),
				new PageQuery(page, CHILDREN_PAGE));
		model.addAttribute("children", children);
		model.addAttribute("memberCounts", peopleCounts(children.items()));
		return "org/tree :: children";
	}

	@GetMapping("/picker")
	String picker(@RequestParam(name = "pickerQ", required = false) String q,
			@RequestParam(defaultValue = "orgId") String field, Model model) {
		Actor actor = Actors.require();
		model.addAttribute("field", field);
		model.addAttribute("choices", q == null || q.isBlank() ? List.of()
				: queries.search(scope.filter(actor, "o.id"), OrgSearch.text(q), new PageQuery(0, 10)).items());
		return "org/picker :: choices";
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, @RequestParam(defaultValue = "0") int page, Model model) {
		Actor actor = Actors.require();
		OrgView org = api.get(id);
		scope.require(actor, id);
		model.addAttribute("org", org);
		List<OrgRef> path = api.path(id);
		model.addAttribute("path", path);
		model.addAttribute("reachable",
				path.stream().map(OrgRef::id).filter(step -> scope.covers(actor, step)).collect(Collectors.toSet()));
		PageResult<OrgView> children = queries.search(scope.filter(actor, "o.id"), OrgSearch.childrenOf(id),
				new PageQuery(page, 20));
		model.addAttribute("children", children);
		List<OrgView> counted = new ArrayList<>(children.items());
		counted.add(org);
		model.addAttribute("memberCounts", peopleCounts(counted));
		model.addAttribute("joinable",
				org.active() && org.level() != OrgLevel.CITY && org.level() != OrgLevel.INDUSTRY);
		model.addAttribute("canChangePlace", org.parentId() != null && scope.covers(actor, org.parentId()));
		return "org/show";
	}

	@GetMapping("/new")
	String createForm(@RequestParam(required = false) Long parent, Model model) {
		Actor actor = Actors.require();
		OrgLevel level = OrgLevel.CITY;
		if (parent != null) {
			OrgView parentOrg = api.get(parent);
			scope.require(actor, parent);
			level = defaultChildLevel(parentOrg.level());
			model.addAttribute("parent", parentOrg);
		}
		else if (!actor.isSystemAdmin()) {
			throw BusinessRuleException.invalid("parentId", "org.parent.required");
		}
		model.addAttribute("orgDraft", OrgDraft.of(parent, null, null, level));
		return "org/form";
	}

	@PostMapping("/new")
	String create(@Valid @ModelAttribute OrgDraft orgDraft, BindingResult result, Model model,
			RedirectAttributes redirect) {
		Actor actor = Actors.require();
		if (orgDraft.parentId() != null) {
			model.addAttribute("parent", api.get(orgDraft.parentId()));
			scope.require(actor, orgDraft.parentId());
		}
		return FormErrors.submit(result, "org/form", () -> {
			long id = service.create(actor, orgDraft);
			redirect.addFlashAttribute("success", "org.created");
			return "redirect:/orgs/" + id;
		});
	}

	@GetMapping("/{id}/edit")
	String editForm(@PathVariable long id, Model model) {
		Actor actor = Actors.require();
		OrgView org = api.get(id);
		scope.require(actor, id);
		model.addAttribute("org", org);
		var unit = org.employerUnit();
		model.addAttribute("orgDraft",
				new OrgDraft(org.parentId(), org.name(), org.shortName(), org.level(), org.address(), org.contactName(),
						org.contactPhone(), unit == null ? null : unit.name(), unit == null ? null : unit.creditCode(),
						unit == null ? null : unit.industry(), unit == null ? null : unit.unitType(), org.version()));
		return "org/form";
	}

	@PostMapping("/{id}/edit")
	String edit(@PathVariable long id, @Valid @ModelAttribute OrgDraft orgDraft, BindingResult result, Model model,
			RedirectAttributes redirect) {
		Actor actor = Actors.require();
		OrgView org = api.get(id);
		scope.require(actor, id);
		model.addAttribute("org", org);
		return FormErrors.submit(result, "org/form", () -> {
			service.update(actor, id, orgDraft);
			redirect.addFlashAttribute("success", "org.updated");
			return "redirect:/orgs/" + id;
		});
	}

	@GetMapping("/{id}/move")
	String moveForm(@PathVariable long id, Model model) {
		Actor actor = Actors.require();
		OrgView org = api.get(id);
		scope.require(actor, id);
		model.addAttribute("org", org);
		model.addAttribute("path", api.path(id));
		model.addAttribute("moveForm", new MoveForm(null, org.version()));
		return "org/move";
	}

	@PostMapping("/{id}/move")
	String move(@PathVariable long id, @Valid @ModelAttribute MoveForm moveForm, BindingResult result, Model model,
			RedirectAttributes redirect) {
		Actor actor = Actors.require();
		OrgView org = api.get(id);
		scope.require(actor, id);
		model.addAttribute("org", org);
		model.addAttribute("path", api.path(id));
		return FormErrors.submit(result, "org/move", () -> {
			service.move(actor, id, moveForm.parentId(), moveForm.version());
			redirect.addFlashAttribute("success", "org.moved");
			return "redirect:/orgs/" + id;
		});
	}

	@PostMapping("/{id}/close")
	String close(@PathVariable long id, @RequestParam(required = false) Integer version, RedirectAttributes redirect) {
		service.close(Actors.require(), id, version);
		redirect.addFlashAttribute("success", "org.closed");
		return "redirect:/orgs/" + id;
	}

	@PostMapping("/{id}/reopen")
	String reopen(@PathVariable long id, @RequestParam(required = false) Integer version, RedirectAttributes redirect) {
		service.reopen(Actors.require(), id, version);
		redirect.addFlashAttribute("success", "org.reopened");
		return "redirect:/orgs/" + id;
	}

	private List<OrgView> roots(Actor actor) {
		if (actor.isSystemAdmin()) {
			return queries
				.search(scope.filter(actor, "o.id"), new OrgSearch(null, null, true, null, null),
						new PageQuery(0, PageQuery.MAX_SIZE))
				.items();
		}
		return actor.orgId() == null ? List.of() : List.of(api.get(actor.orgId()));
	}

	private void addResults(Actor actor, String q, Integer page, Model model) {
		PageResult<OrgView> results = queries.search(scope.filter(actor, "o.id"), OrgSearch.text(q),
				PageQuery.of(page, 20));
		Map<Long, List<OrgRef>> paths = new HashMap<>();
		results.items().forEach(org -> paths.put(org.id(), api.path(org.id())));
		model.addAttribute("results", results);
		model.addAttribute("paths", paths);
		model.addAttribute("memberCounts", peopleCounts(results.items()));
	}

	private static OrgLevel defaultChildLevel(OrgLevel parent) {
		return switch (parent) {
			case CITY -> OrgLevel.DISTRICT;
			case DISTRICT, INDUSTRY -> OrgLevel.STREET;
			case STREET -> OrgLevel.GRASSROOTS;
			case GRASSROOTS, DEPARTMENT -> OrgLevel.DEPARTMENT;
		};
	}

	/** Where to move a union to. */
	record MoveForm(@NotNull Long parentId, Integer version) {
	}

}
