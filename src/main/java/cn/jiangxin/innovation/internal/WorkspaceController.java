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

import cn.jiangxin.shared.Actor;
import cn.jiangxin.shared.Actors;
import cn.jiangxin.shared.Zones;
import cn.jiangxin.shared.web.FormErrors;

/**
 * A studio leader's own workspace, built for a phone: their studios, last year's report
 * when it is due (sent from here), the level calls open to each studio, the open problems
 * that fit each studio best (with the reasons), their applications and their joint
 * projects.
 */
@Controller
@PreAuthorize("hasRole('MEMBER')")
class WorkspaceController {

	private final StudioStore studios;

	private final ProblemService problems;

	private final ProblemStore problemStore;

	private final ProjectService projects;

	private final LevelService levels;

	private final ReviewService reviews;

	private final Reasons reasons;

	private final Clock clock;

	WorkspaceController(StudioStore studios, ProblemService problems, ProblemStore problemStore,
			ProjectService projects, LevelService levels, ReviewService reviews, Reasons reasons, Clock clock) {
		this.studios = studios;
		this.problems = problems;
		this.problemStore = problemStore;
		this.projects = projects;
		this.levels = levels;
		this.reviews = reviews;
		this.reasons = reasons;
		this.clock = clock;
	}

	/** One of the member's studios with what it may do now. */
	record Desk(Studio studio, boolean reportDue, List<LevelCall> levelCalls, List<Fit> problems,
			List<Problem.Application> applications, List<JointProject.Summary> projects) {
	}

	/** A problem open to the studio, how well it fits, and why. */
	record Fit(Problem problem, String callTitle, Reasons.View fit) {
	}

	@GetMapping("/me/studios")
	String workspace(Model model) {
		Actor actor = Actors.require();
		int lastYear = Zones.today(clock).getYear() - 1;
		List<LevelCall> open = levels.calls(actor).stream().filter(c -> c.openOn(Zones.today(clock))).toList();
		List<Desk> desks = actor.memberId() == null ? List.of()
				: studios.ledBy(actor.memberId())
					.stream()
					.map(s -> new Desk(s,
							s.level() != null && s.foundedOn().getYear() <= lastYear
									&& reviews.ofStudio(s.id()).stream().noneMatch(r -> r.year() == lastYear),
							open.stream().filter(c -> levels.applicants(actor, c).contains(s)).toList(),
							problems.problemsFor(s)
								.stream()
								.map(f -> new Fit(f.problem(), f.callTitle(), reasons.view(f.fit())))
								.toList(),
							problemStore.applicationsOf(List.of(s.id())), projects.ofStudio(s.id())))
					.toList();
		model.addAttribute("desks", desks);
		model.addAttribute("lastYear", lastYear);
		if (!model.containsAttribute("report")) {
			model.addAttribute("report", new LevelDrafts.Report(lastYear, null));
		}
		return "innovation/workspace";
	}

	@PostMapping("/me/studios/{id}/reviews")
	String report(@PathVariable long id, @Valid @ModelAttribute("report") LevelDrafts.Report report,
			BindingResult result, Model model, RedirectAttributes redirect) {
		return FormErrors.submit(result, workspace(model), () -> {
			reviews.report(Actors.require(), id, report);
			redirect.addFlashAttribute("success", "innovation.workspace.reported");
			return "redirect:/me/studios";
		});
	}

}
