package cn.jiangxin.innovation.internal;

import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import cn.jiangxin.shared.Actor;
import cn.jiangxin.shared.Actors;

/**
 * A studio leader's own workspace, built for a phone: their studios, the open problems
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

	private final Reasons reasons;

	WorkspaceController(StudioStore studios, ProblemService problems, ProblemStore problemStore,
			ProjectService projects, Reasons reasons) {
		this.studios = studios;
		this.problems = problems;
		this.problemStore = problemStore;
		this.projects = projects;
		this.reasons = reasons;
	}

	/** One of the member's studios with what it may do now. */
	record Desk(Studio studio, List<Fit> problems, List<Problem.Application> applications,
			List<JointProject.Summary> projects) {
	}

	/** A problem open to the studio, how well it fits, and why. */
	record Fit(Problem problem, String callTitle, Reasons.View fit) {
	}

	@GetMapping("/me/studios")
	String workspace(Model model) {
		Actor actor = Actors.require();
		List<Desk> desks = actor.memberId() == null ? List.of()
				: studios.ledBy(actor.memberId())
					.stream()
					.map(s -> new Desk(s,
							problems.problemsFor(s)
								.stream()
								.map(f -> new Fit(f.problem(), f.callTitle(), reasons.view(f.fit())))
								.toList(),
							problemStore.applicationsOf(List.of(s.id())), projects.ofStudio(s.id())))
					.toList();
		model.addAttribute("desks", desks);
		return "innovation/workspace";
	}

}
