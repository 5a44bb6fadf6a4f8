package cn.jiangxin.innovation.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.Valid;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.jiangxin.shared.Actor;
import cn.jiangxin.shared.Actors;
import cn.jiangxin.shared.OrgScope;
import cn.jiangxin.shared.Zones;
import cn.jiangxin.shared.web.FormErrors;

/**
 * The alliances' pages: the list, and an alliance's page with its member studios, the
 * chair history, working groups, forums and signings; a studio's admins apply for it
 * there, and the managers admit or refuse applications and hand the chair over; its
 * problem calls and joint projects are listed; the managers form working groups and
 * record forums and signings.
 */
@Controller
@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'UNION_ADMIN')")
class AllianceController {

	private final AllianceService alliances;

	private final StudioService studios;

	private final ProblemService problems;

	private final ProjectService projects;

	private final OrgScope scope;

	private final Clock clock;

	AllianceController(AllianceService alliances, StudioService studios, ProblemService problems,
			ProjectService projects, OrgScope scope, Clock clock) {
		this.alliances = alliances;
		this.problems = problems;
		this.projects = projects;
		this.studios = studios;
		this.scope = scope;
		this.clock = clock;
	}

	@GetMapping("/alliances")
	String list(Model model) {
		Actor actor = Actors.require();
		List<Alliance> all = alliances.list(actor).stream().map(h -> alliances.alliance(actor, h.id())).toList();
		model.addAttribute("alliances", all);
		return "innovation/alliances";
	}

	@GetMapping("/alliances/{id}")
	String alliance(@PathVariable long id, Model model) {
		Actor actor = Actors.require();
		Alliance alliance = alliances.alliance(actor, id);
		Set<Long> taken = alliance.members()
			.stream()
			.filter(m -> m.status() == Alliance.MemberStatus.MEMBER || m.status() == Alliance.MemberStatus.APPLIED)
			.map(Alliance.Member::studioId)
			.collect(Collectors.toSet());
		model.addAttribute("alliance", alliance);
		model.addAttribute("calls", problems.callsOf(id));
		model.addAttribute("today", Zones.today(clock));
		model.addAttribute("projects", projects.ofAlliance(id));
		model.addAttribute("manages", actor.administers() && scope.covers(actor, alliance.foundingOrgId()));
		model.addAttribute("candidates",
				studios.list(actor, StudioQuery.all())
					.stream()
					.filter(Studio::active)
					.filter(s -> !taken.contains(s.id()))
					.toList());
		if (!model.containsAttribute("application")) {
			model.addAttribute("application", new AllianceDrafts.Application(null, null));
		}
		if (!model.containsAttribute("group")) {
			model.addAttribute("group", new AllianceDrafts.Group(null, null, List.of(), null));
		}
		if (!model.containsAttribute("event")) {
			model.addAttribute("event",
					new AllianceDrafts.EventForm(Alliance.EventKind.FORUM, null, Zones.today(clock), null, null));
		}
		model.addAttribute("eventKinds", Alliance.EventKind.values());
		if (!model.containsAttribute("handover")) {
			model.addAttribute("handover", new AllianceDrafts.Handover(null, null, null, LocalDate.now(clock)));
		}
		return "innovation/alliance";
	}

	@PostMapping("/alliances/{id}/applications")
	String apply(@PathVariable long id, @Valid @ModelAttribute("application") AllianceDrafts.Application application,
			BindingResult result, Model model, RedirectAttributes redirect) {
		return FormErrors.submit(result, alliance(id, model), () -> {
			alliances.apply(Actors.require(), id, application);
			redirect.addFlashAttribute("success", "innovation.alliance.applied");
			return "redirect:/alliances/" + id;
		});
	}

	@PostMapping("/alliances/{id}/members/{studioId}/decision")
	String decide(@PathVariable long id, @PathVariable long studioId, @RequestParam boolean approve,
			RedirectAttributes redirect) {
		return FormErrors.act(redirect, approve ? "innovation.alliance.admitted" : "innovation.alliance.refused",
				"redirect:/alliances/" + id,
				() -> alliances.decide(Actors.require(), id, studioId, new AllianceDrafts.Decision(approve, null)));
	}

	@PostMapping("/alliances/{id}/chairs")
	String handover(@PathVariable long id, @Valid @ModelAttribute("handover") AllianceDrafts.Handover handover,
			BindingResult result, Model model, RedirectAttributes redirect) {
		return FormErrors.submit(result, alliance(id, model), () -> {
			alliances.handover(Actors.require(), id, handover);
			redirect.addFlashAttribute("success", "innovation.alliance.handedOver");
			return "redirect:/alliances/" + id;
		});
	}

	@PostMapping("/alliances/{id}/groups")
	String group(@PathVariable long id, @Valid @ModelAttribute("group") AllianceDrafts.Group group,
			BindingResult result, Model model, RedirectAttributes redirect) {
		return FormErrors.submit(result, alliance(id, model), () -> {
			alliances.group(Actors.require(), id, group);
			redirect.addFlashAttribute("success", "innovation.project.saved");
			return "redirect:/alliances/" + id;
		});
	}

	@PostMapping("/alliances/{id}/events")
	String event(@PathVariable long id, @Valid @ModelAttribute("event") AllianceDrafts.EventForm event,
			BindingResult result, Model model, RedirectAttributes redirect) {
		return FormErrors.submit(result, alliance(id, model), () -> {
			alliances.event(Actors.require(), id, event.draft());
			redirect.addFlashAttribute("success", "innovation.project.saved");
			return "redirect:/alliances/" + id;
		});
	}

}
