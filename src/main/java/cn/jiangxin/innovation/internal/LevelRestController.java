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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.jiangxin.shared.Actor;
import cn.jiangxin.shared.Actors;

/**
 * Level calls and studios' applications over JSON: 申报 → 推荐 or 不予推荐 → 公示 or 不予命名 → 命名, and
 * withdrawing; each application with its timeline.
 */
@RestController
@RequestMapping("/api/v1")
@PreAuthorize("isAuthenticated()")
@Tag(name = "studio-applications", description = "工作室级别申报 · level calls and applications")
class LevelRestController {

	private final LevelService levels;

	LevelRestController(LevelService levels) {
		this.levels = levels;
	}

	@GetMapping("/level-calls")
	@Operation(summary = "The level calls the caller sees, latest first")
	List<LevelCall> calls() {
		return levels.calls(Actors.require());
	}

	@PostMapping("/level-calls")
	@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'UNION_ADMIN')")
	@Operation(summary = "Open a call for a level, by the union that confers it")
	ResponseEntity<LevelCall> open(@Valid @RequestBody LevelDrafts.Call call) {
		Actor actor = Actors.require();
		long id = levels.open(actor, call);
		return ResponseEntity.created(URI.create("/api/v1/level-calls/" + id)).body(levels.call(actor, id));
	}

	@GetMapping("/level-calls/{id}")
	@Operation(summary = "A level call")
	LevelCall call(@PathVariable long id) {
		return levels.call(Actors.require(), id);
	}

	@PostMapping("/level-calls/{id}/close")
	@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'UNION_ADMIN')")
	@Operation(summary = "Close a call: no more applications; those under way go on")
	LevelCall close(@PathVariable long id) {
		Actor actor = Actors.require();
		levels.close(actor, id);
		return levels.call(actor, id);
	}

	@GetMapping("/studio-applications")
	@Operation(summary = "A call's applications the caller may read")
	List<LevelCall.Application> applications(@RequestParam long callId) {
		return levels.applications(Actors.require(), callId);
	}

	@PostMapping("/studio-applications")
	@Operation(summary = "Apply for a studio (its leader or its host's admins), once per call")
	ResponseEntity<LevelCall.Application> apply(@Valid @RequestBody LevelDrafts.Application application) {
		Actor actor = Actors.require();
		long id = levels.apply(actor, application);
		return ResponseEntity.created(URI.create("/api/v1/studio-applications/" + id))
			.body(levels.application(actor, id));
	}

	@GetMapping("/studio-applications/{id}")
	@Operation(summary = "An application with its timeline")
	LevelCall.Application application(@PathVariable long id) {
		return levels.application(Actors.require(), id);
	}

	@PostMapping("/studio-applications/{id}/recommend")
	@Operation(summary = "推荐: the host's admins recommend a submitted application")
	LevelCall.Application recommend(@PathVariable long id, @Valid @RequestBody LevelDrafts.Note note) {
		Actor actor = Actors.require();
		levels.recommend(actor, id, note);
		return levels.application(actor, id);
	}

	@PostMapping("/studio-applications/{id}/not-recommend")
	@Operation(summary = "不予推荐, with a reason")
	LevelCall.Application notRecommend(@PathVariable long id, @Valid @RequestBody LevelDrafts.Refusal refusal) {
		Actor actor = Actors.require();
		levels.notRecommend(actor, id, refusal);
		return levels.application(actor, id);
	}

	@PostMapping("/studio-applications/{id}/notice")
	@Operation(summary = "公示: the conferring union puts a recommended application on notice")
	LevelCall.Application notice(@PathVariable long id, @Valid @RequestBody LevelDrafts.Note note) {
		Actor actor = Actors.require();
		levels.notice(actor, id, note);
		return levels.application(actor, id);
	}

	@PostMapping("/studio-applications/{id}/refuse")
	@Operation(summary = "不予命名, with a reason, before or during the notice")
	LevelCall.Application refuse(@PathVariable long id, @Valid @RequestBody LevelDrafts.Refusal refusal) {
		Actor actor = Actors.require();
		levels.refuse(actor, id, refusal);
		return levels.application(actor, id);
	}

	@PostMapping("/studio-applications/{id}/confer")
	@Operation(summary = "命名: after the notice, confer the level by decision (文号)")
	LevelCall.Application confer(@PathVariable long id, @Valid @RequestBody LevelDrafts.Conferral conferral) {
		Actor actor = Actors.require();
		levels.confer(actor, id, conferral);
		return levels.application(actor, id);
	}

	@PostMapping("/studio-applications/{id}/withdraw")
	@Operation(summary = "Withdraw an application before it is decided")
	LevelCall.Application withdraw(@PathVariable long id) {
		Actor actor = Actors.require();
		levels.withdraw(actor, id);
		return levels.application(actor, id);
	}

}
