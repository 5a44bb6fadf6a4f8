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
 * Problem calls over JSON: opening and closing a call, posting problems, studios applying
 * and withdrawing, the recommended studios, and the owner's selection that starts a joint
 * project.
 */
@RestController
@RequestMapping("/api/v1")
@PreAuthorize("isAuthenticated()")
@Tag(name = "problem-calls", description = "创新项目征集 · problem calls, problems and applications")
class ProblemRestController {

	private final ProblemService problems;

	private final Reasons reasons;

	ProblemRestController(ProblemService problems, Reasons reasons) {
		this.problems = problems;
		this.reasons = reasons;
	}

	@GetMapping("/problem-calls")
	@Operation(summary = "The calls the caller sees, latest first")
	List<ProblemCall> calls() {
		return problems.calls(Actors.require());
	}

	@PostMapping("/problem-calls")
	@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'UNION_ADMIN')")
	@Operation(summary = "Open a call by an alliance the caller manages, or by a union within reach")
	ResponseEntity<ProblemCall> open(@Valid @RequestBody ProjectDrafts.Call draft) {
		Actor actor = Actors.require();
		long id = problems.open(actor, draft);
		return ResponseEntity.created(URI.create("/api/v1/problem-calls/" + id)).body(problems.call(actor, id));
	}

	@GetMapping("/problem-calls/{id}")
	@Operation(summary = "A call")
	ProblemCall call(@PathVariable long id) {
		return problems.call(Actors.require(), id);
	}

	@PostMapping("/problem-calls/{id}/close")
	@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'UNION_ADMIN')")
	@Operation(summary = "Close a call: its open problems are left unmatched")
	ProblemCall close(@PathVariable long id) {
		Actor actor = Actors.require();
		problems.close(actor, id);
		return problems.call(actor, id);
	}

	@GetMapping("/problem-calls/{id}/problems")
	@Operation(summary = "A call's problems, in the order posted")
	List<Problem> problems(@PathVariable long id) {
		return problems.problems(Actors.require(), id);
	}

	@PostMapping("/problem-calls/{id}/problems")
	@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'UNION_ADMIN')")
	@Operation(summary = "Post a problem for an owner union within reach")
	ResponseEntity<Problem> post(@PathVariable long id, @Valid @RequestBody ProjectDrafts.ProblemDraft draft) {
		Actor actor = Actors.require();
		long problem = problems.post(actor, id, draft);
		return ResponseEntity.created(URI.create("/api/v1/problems/" + problem)).body(problems.problem(actor, problem));
	}

	@GetMapping("/problems/{id}")
	@Operation(summary = "A problem")
	Problem problem(@PathVariable long id) {
		return problems.problem(Actors.require(), id);
	}

	@GetMapping("/problems/{id}/applications")
	@Operation(summary = "A problem's applications (the owner's and the call's admins see all; others their own)")
	List<Problem.Application> applications(@PathVariable long id) {
		return problems.applications(Actors.require(), id);
	}

	@PostMapping("/problems/{id}/applications")
	@Operation(summary = "Apply for a studio of the call's pool: by its host's admins or its own leader; once")
	ResponseEntity<List<Problem.Application>> apply(@PathVariable long id,
			@Valid @RequestBody ProjectDrafts.Application application) {
		Actor actor = Actors.require();
		problems.apply(actor, id, application);
		return ResponseEntity.created(URI.create("/api/v1/problems/" + id + "/applications"))
			.body(problems.applications(actor, id));
	}

	@PostMapping("/problems/{id}/applications/{studioId}/withdraw")
	@Operation(summary = "Withdraw a studio's application while the problem is open")
	List<Problem.Application> withdraw(@PathVariable long id, @PathVariable long studioId) {
		Actor actor = Actors.require();
		problems.withdraw(actor, id, studioId);
		return problems.applications(actor, id);
	}

	@GetMapping("/problems/{id}/recommendations")
	@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'UNION_ADMIN')")
	@Operation(summary = "The studios recommended for a problem, ranked, each with its reasons and points")
	List<Reasons.View> recommendations(@PathVariable long id) {
		return reasons.views(problems.recommendations(Actors.require(), id));
	}

	@PostMapping("/problems/{id}/selection")
	@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'UNION_ADMIN')")
	@Operation(summary = "The owner picks the lead and partners among the applicants; starts the joint project")
	ResponseEntity<Problem> select(@PathVariable long id, @Valid @RequestBody ProjectDrafts.Selection selection) {
		Actor actor = Actors.require();
		long project = problems.select(actor, id, selection);
		return ResponseEntity.created(URI.create("/api/v1/joint-projects/" + project))
			.body(problems.problem(actor, id));
	}

}
