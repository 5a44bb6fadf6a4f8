package cn.jiangxin.innovation.internal;

import java.time.Clock;
import java.util.List;

import jakarta.validation.Valid;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.jiangxin.innovation.StudioField;
import cn.jiangxin.shared.Actor;
import cn.jiangxin.shared.Actors;
import cn.jiangxin.shared.Zones;
import cn.jiangxin.shared.web.FormErrors;

/**
 * The pages of problem calls: the list (with a form to open one), a call's page with its
 * problems (a form to post one, a button to close the call), and a problem's page with
 * the recommended studios and their reasons, the applications, the apply form for the
 * actor's own studios, and the owner's choice of lead and partners.
 */
@Controller
@PreAuthorize("isAuthenticated()")
class ProblemController {

	private final ProblemService problems;

	private final AllianceService alliances;

	private final Reasons reasons;

	private final Clock clock;

	ProblemController(ProblemService problems, AllianceService alliances, Reasons reasons, Clock clock) {
		this.problems = problems;
		this.alliances = alliances;
		this.reasons = reasons;
		this.clock = clock;
	}

	@GetMapping("/problem-calls")
	String calls(Model model) {
		Actor actor = Actors.require();
		model.addAttribute("calls", problems.calls(actor));
		model.addAttribute("today", Zones.today(clock));
		model.addAttribute("admin", actor.administers());
		model.addAttribute("alliances", actor.administers() ? alliances.managedBy(actor) : List.of());
		if (!model.containsAttribute("call")) {
			model.addAttribute("call", new ProjectDrafts.Call(null, null, null, null, Zones.today(clock),
					Zones.today(clock).plusMonths(2)));
		}
		return "innovation/problem-calls";
	}

	@PostMapping("/problem-calls")
	@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'UNION_ADMIN')")
	String open(@Valid @ModelAttribute("call") ProjectDrafts.Call call, BindingResult result, Model model,
			RedirectAttributes redirect) {
		return FormErrors.submit(result, calls(model), () -> {
			long id = problems.open(Actors.require(), call);
			redirect.addFlashAttribute("success", "innovation.project.saved");
			return "redirect:/problem-calls/" + id;
		});
	}

	@GetMapping("/problem-calls/{id}")
	String call(@PathVariable long id, Model model) {
		Actor actor = Actors.require();
		ProblemCall call = problems.call(actor, id);
		model.addAttribute("call", call);
		model.addAttribute("today", Zones.today(clock));
		model.addAttribute("problems", problems.problems(actor, id));
		model.addAttribute("manages", problems.manages(actor, call));
		model.addAttribute("admin", actor.administers());
		model.addAttribute("open", call.openOn(Zones.today(clock)));
		model.addAttribute("fields", StudioField.values());
		if (!model.containsAttribute("problem")) {
			model.addAttribute("problem", ProblemForms.ProblemForm.blank(call.closesOn()));
		}
		return "innovation/problem-call";
	}

	@PostMapping("/problem-calls/{id}/problems")
	@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'UNION_ADMIN')")
	String post(@PathVariable long id, @Valid @ModelAttribute("problem") ProblemForms.ProblemForm problem,
			BindingResult result, Model model, RedirectAttributes redirect) {
		return FormErrors.submit(result, call(id, model), () -> {
			long posted = problems.post(Actors.require(), id, problem.draft());
			redirect.addFlashAttribute("success", "innovation.problem.posted");
			return "redirect:/problems/" + posted;
		});
	}

	@PostMapping("/problem-calls/{id}/close")
	@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'UNION_ADMIN')")
	String close(@PathVariable long id, RedirectAttributes redirect) {
		return FormErrors.act(redirect, "innovation.call.closedNote", "redirect:/problem-calls/" + id,
				() -> problems.close(Actors.require(), id));
	}

	@GetMapping("/problems/{id}")
	String problem(@PathVariable long id, Model model) {
		Actor actor = Actors.require();
		Problem problem = problems.problem(actor, id);
		ProblemCall call = problems.call(actor, problem.callId());
		boolean owns = problems.owns(actor, problem);
		List<Problem.Application> applications = problems.applications(actor, id);
		model.addAttribute("problem", problem);
		model.addAttribute("call", call);
		model.addAttribute("owns", owns);
		model.addAttribute("admin", actor.administers());
		model.addAttribute("applications", applications);
		model.addAttribute("recommended",
				actor.administers() ? reasons.views(problems.recommendations(actor, id)) : List.of());
		boolean taking = problem.status() == Problem.Status.OPEN && call.openOn(Zones.today(clock))
				&& !Zones.today(clock).isAfter(problem.deadline());
		model.addAttribute("applicants",
				taking ? problems.applicants(actor, call)
					.stream()
					.filter(s -> applications.stream()
						.noneMatch(a -> a.studioId() == s.id() && a.status() != Problem.ApplicationStatus.WITHDRAWN))
					.toList() : List.of());
		model.addAttribute("choosable",
				owns && problem.status() == Problem.Status.OPEN && call.status() == ProblemCall.Status.OPEN
						? applications.stream().filter(a -> a.status() == Problem.ApplicationStatus.APPLIED).toList()
						: List.of());
		if (!model.containsAttribute("applying")) {
			model.addAttribute("applying", new ProjectDrafts.Application(null, null));
		}
		if (!model.containsAttribute("selection")) {
			model.addAttribute("selection", ProblemForms.SelectionForm.blank(Zones.today(clock)));
		}
		return "innovation/problem";
	}

	@PostMapping("/problems/{id}/applications")
	String apply(@PathVariable long id, @Valid @ModelAttribute("applying") ProjectDrafts.Application application,
			BindingResult result, Model model, RedirectAttributes redirect) {
		return FormErrors.submit(result, problem(id, model), () -> {
			problems.apply(Actors.require(), id, application);
			redirect.addFlashAttribute("success", "innovation.problem.applied");
			return "redirect:/problems/" + id;
		});
	}

	@PostMapping("/problems/{id}/applications/{studioId}/withdraw")
	String withdraw(@PathVariable long id, @PathVariable long studioId, RedirectAttributes redirect) {
		return FormErrors.act(redirect, "innovation.project.saved", "redirect:/problems/" + id,
				() -> problems.withdraw(Actors.require(), id, studioId));
	}

	@PostMapping("/problems/{id}/selection")
	@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'UNION_ADMIN')")
	String select(@PathVariable long id, @Valid @ModelAttribute("selection") ProblemForms.SelectionForm selection,
			BindingResult result, Model model, RedirectAttributes redirect) {
		return FormErrors.submit(result, problem(id, model), () -> {
			long project = problems.select(Actors.require(), id, selection.draft());
			redirect.addFlashAttribute("success", "innovation.problem.selected");
			return "redirect:/joint-projects/" + project;
		});
	}

}
