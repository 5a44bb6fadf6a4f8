package cn.jiangxin.innovation.internal;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import cn.jiangxin.shared.Actor;
import cn.jiangxin.shared.Actors;

/**
 * Joint projects over JSON: recording one signed at a forum, the plan's advisers and
 * milestones, progress reports, issues, outcomes (achievements of every participant),
 * closing with a rating, and cancelling.
 */
@RestController
@RequestMapping("/api/v1/joint-projects")
@PreAuthorize("isAuthenticated()")
@Tag(name = "joint-projects", description = "联合攻关 · joint projects")
class ProjectRestController {

	private final ProjectService projects;

	ProjectRestController(ProjectService projects) {
		this.projects = projects;
	}

	@PostMapping
	@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'UNION_ADMIN')")
	@Operation(summary = "Record a project signed at a forum of an alliance the caller manages")
	ResponseEntity<JointProject> sign(@Valid @RequestBody ProjectDrafts.Signing signing) {
		Actor actor = Actors.require();
		long id = projects.sign(actor, signing);
		return ResponseEntity.created(URI.create("/api/v1/joint-projects/" + id)).body(projects.project(actor, id));
	}

	@GetMapping("/{id}")
	@Operation(summary = "A project with its studios, advisers, milestones, reports and issues")
	JointProject project(@PathVariable long id) {
		return projects.project(Actors.require(), id);
	}

	@PostMapping("/{id}/advisers")
	@Operation(summary = "Add an adviser from a university or institute (the owner's admins)")
	JointProject adviser(@PathVariable long id, @Valid @RequestBody ProjectDrafts.Adviser adviser) {
		Actor actor = Actors.require();
		projects.addAdviser(actor, id, adviser);
		return projects.project(actor, id);
	}

	@GetMapping("/{id}/milestones")
	@Operation(summary = "The plan's milestones by due day")
	List<JointProject.Milestone> milestones(@PathVariable long id) {
		return projects.project(Actors.require(), id).milestones();
	}

	@PostMapping("/{id}/milestones")
	@Operation(summary = "Add a milestone to the plan (the owner's admins)")
	ResponseEntity<List<JointProject.Milestone>> milestone(@PathVariable long id,
			@Valid @RequestBody ProjectDrafts.Milestone milestone) {
		Actor actor = Actors.require();
		projects.addMilestone(actor, id, milestone);
		return ResponseEntity.created(URI.create("/api/v1/joint-projects/" + id + "/milestones"))
			.body(projects.project(actor, id).milestones());
	}

	@PostMapping("/{id}/milestones/{milestoneId}/done")
	@Operation(summary = "Mark a milestone reached (the owner's admins)")
	List<JointProject.Milestone> done(@PathVariable long id, @PathVariable long milestoneId,
			@Valid @RequestBody ProjectDrafts.Done done) {
		Actor actor = Actors.require();
		projects.done(actor, id, milestoneId, done);
		return projects.project(actor, id).milestones();
	}

	@GetMapping("/{id}/reports")
	@Operation(summary = "Progress reports, first first")
	List<JointProject.Report> reports(@PathVariable long id) {
		return projects.project(Actors.require(), id).reports();
	}

	@PostMapping("/{id}/reports")
	@Operation(summary = "Report progress (participants and the owner's admins)")
	ResponseEntity<List<JointProject.Report>> report(@PathVariable long id,
			@Valid @RequestBody ProjectDrafts.Report report) {
		Actor actor = Actors.require();
		projects.report(actor, id, report);
		return ResponseEntity.created(URI.create("/api/v1/joint-projects/" + id + "/reports"))
			.body(projects.project(actor, id).reports());
	}

	@PostMapping("/{id}/issues")
	@Operation(summary = "Raise an issue (participants and the owner's admins)")
	ResponseEntity<List<JointProject.Issue>> issue(@PathVariable long id,
			@Valid @RequestBody ProjectDrafts.Issue issue) {
		Actor actor = Actors.require();
		projects.raise(actor, id, issue);
		return ResponseEntity.created(URI.create("/api/v1/joint-projects/" + id))
			.body(projects.project(actor, id).issues());
	}

	@PostMapping("/{id}/issues/{issueId}/resolve")
	@Operation(summary = "Resolve an open issue")
	List<JointProject.Issue> resolve(@PathVariable long id, @PathVariable long issueId,
			@Valid @RequestBody ProjectDrafts.Resolution resolution) {
		Actor actor = Actors.require();
		projects.resolve(actor, id, issueId, resolution);
		return projects.project(actor, id).issues();
	}

	@GetMapping("/{id}/outcomes")
	@Operation(summary = "The outcomes: achievements of every participating studio")
	List<Achievement> outcomes(@PathVariable long id) {
		return projects.outcomes(Actors.require(), id);
	}

	@PostMapping("/{id}/outcomes")
	@Operation(summary = "Record an outcome, an achievement of every active participating studio")
	ResponseEntity<List<Achievement>> outcome(@PathVariable long id, @Valid @RequestBody AchievementDraft draft) {
		Actor actor = Actors.require();
		projects.outcome(actor, id, draft);
		return ResponseEntity.created(URI.create("/api/v1/joint-projects/" + id + "/outcomes"))
			.body(projects.outcomes(actor, id));
	}

	@PostMapping("/{id}/close")
	@Operation(summary = "Close a running project with a rating and an evaluation (the owner's admins)")
	JointProject close(@PathVariable long id, @Valid @RequestBody ProjectDrafts.Closing closing) {
		Actor actor = Actors.require();
		projects.close(actor, id, closing);
		return projects.project(actor, id);
	}

	@PostMapping("/{id}/cancel")
	@Operation(summary = "Cancel a running project, for a reason (the owner's admins)")
	JointProject cancel(@PathVariable long id, @Valid @RequestBody ProjectDrafts.Cancelling cancelling) {
		Actor actor = Actors.require();
		projects.cancel(actor, id, cancelling);
		return projects.project(actor, id);
	}

}
