package cn.jiangxin.innovation.internal;

import java.time.Clock;

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

import cn.jiangxin.innovation.AchievementKind;
import cn.jiangxin.innovation.PatentKind;
import cn.jiangxin.shared.Actor;
import cn.jiangxin.shared.Actors;
import cn.jiangxin.shared.Zones;
import cn.jiangxin.shared.web.FormErrors;

/**
 * A joint project's page: its studios and advisers, the milestones as a timeline,
 * progress reports, issues, outcomes and the closing evaluation; the owner's admins keep
 * the plan and close it, the participants report and record outcomes.
 */
@Controller
@PreAuthorize("isAuthenticated()")
class ProjectController {

	private final ProjectService projects;

	private final Clock clock;

	ProjectController(ProjectService projects, Clock clock) {
		this.projects = projects;
		this.clock = clock;
	}

	@GetMapping("/joint-projects/{id}")
	String project(@PathVariable long id, Model model) {
		Actor actor = Actors.require();
		JointProject project = projects.project(actor, id);
		model.addAttribute("project", project);
		model.addAttribute("outcomes", projects.outcomes(actor, id));
		model.addAttribute("manages", project.running() && projects.manages(actor, project));
		model.addAttribute("takesPart", project.running() && projects.takesPart(actor, project));
		model.addAttribute("kinds", AchievementKind.values());
		model.addAttribute("patentKinds", PatentKind.values());
		model.addAttribute("ratings", JointProject.Rating.values());
		var today = Zones.today(clock);
		if (!model.containsAttribute("milestone")) {
			model.addAttribute("milestone", new ProjectDrafts.Milestone(null, today.plusMonths(1)));
		}
		if (!model.containsAttribute("report")) {
			model.addAttribute("report", new ProjectDrafts.Report(today, null, project.percent()));
		}
		if (!model.containsAttribute("issue")) {
			model.addAttribute("issue", new ProjectDrafts.Issue(null, today));
		}
		if (!model.containsAttribute("outcome")) {
			model.addAttribute("outcome", ProblemForms.OutcomeForm.blank(today));
		}
		if (!model.containsAttribute("closing")) {
			model.addAttribute("closing", new ProjectDrafts.Closing(null, null, today));
		}
		return "innovation/project";
	}

	@PostMapping("/joint-projects/{id}/milestones")
	String milestone(@PathVariable long id, @Valid @ModelAttribute("milestone") ProjectDrafts.Milestone milestone,
			BindingResult result, Model model, RedirectAttributes redirect) {
		return save(result, id, model, redirect, () -> projects.addMilestone(Actors.require(), id, milestone));
	}

	@PostMapping("/joint-projects/{id}/milestones/{milestoneId}/done")
	String done(@PathVariable long id, @PathVariable long milestoneId, RedirectAttributes redirect) {
		return FormErrors.act(redirect, "innovation.project.saved", "redirect:/joint-projects/" + id,
				() -> projects.done(Actors.require(), id, milestoneId, new ProjectDrafts.Done(Zones.today(clock))));
	}

	@PostMapping("/joint-projects/{id}/reports")
	String report(@PathVariable long id, @Valid @ModelAttribute("report") ProjectDrafts.Report report,
			BindingResult result, Model model, RedirectAttributes redirect) {
		return save(result, id, model, redirect, () -> projects.report(Actors.require(), id, report));
	}

	@PostMapping("/joint-projects/{id}/issues")
	String issue(@PathVariable long id, @Valid @ModelAttribute("issue") ProjectDrafts.Issue issue, BindingResult result,
			Model model, RedirectAttributes redirect) {
		return save(result, id, model, redirect, () -> projects.raise(Actors.require(), id, issue));
	}

	@PostMapping("/joint-projects/{id}/outcomes")
	String outcome(@PathVariable long id, @Valid @ModelAttribute("outcome") ProblemForms.OutcomeForm outcome,
			BindingResult result, Model model, RedirectAttributes redirect) {
		return save(result, id, model, redirect, () -> projects.outcome(Actors.require(), id, outcome.draft()));
	}

	@PostMapping("/joint-projects/{id}/close")
	String close(@PathVariable long id, @Valid @ModelAttribute("closing") ProjectDrafts.Closing closing,
			BindingResult result, Model model, RedirectAttributes redirect) {
		return save(result, id, model, redirect, () -> projects.close(Actors.require(), id, closing));
	}

	private String save(BindingResult result, long id, Model model, RedirectAttributes redirect, Runnable action) {
		return FormErrors.submit(result, project(id, model), () -> {
			action.run();
			redirect.addFlashAttribute("success", "innovation.project.saved");
			return "redirect:/joint-projects/" + id;
		});
	}

}
