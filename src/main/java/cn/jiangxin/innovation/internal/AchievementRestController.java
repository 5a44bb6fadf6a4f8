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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.jiangxin.innovation.AchievementKind;
import cn.jiangxin.shared.Actor;
import cn.jiangxin.shared.Actors;

/**
 * Achievements over JSON: a studio's list and recording one, a search across the studios
 * within the caller's reach, and counts per union or member.
 */
@RestController
@Tag(name = "achievements", description = "成果 · studio achievements")
class AchievementRestController {

	private final AchievementService achievements;

	AchievementRestController(AchievementService achievements) {
		this.achievements = achievements;
	}

	@GetMapping("/api/v1/studios/{id}/achievements")
	@Operation(summary = "A studio's achievements, latest first, with contributors, partner studios and adoptions")
	List<Achievement> ofStudio(@PathVariable long id) {
		return achievements.ofStudio(Actors.require(), id);
	}

	@PostMapping("/api/v1/studios/{id}/achievements")
	@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'UNION_ADMIN')")
	@Operation(summary = "Record an achievement of the studio and of any partner studios it names; a patent once")
	ResponseEntity<List<Achievement>> record(@PathVariable long id, @Valid @RequestBody AchievementDraft draft) {
		Actor actor = Actors.require();
		long recorded = achievements.record(actor, id, draft);
		return ResponseEntity.created(URI.create("/api/v1/studios/" + id + "/achievements#" + recorded))
			.body(achievements.ofStudio(actor, id));
	}

	@GetMapping("/api/v1/achievements")
	@Operation(summary = "Achievements of studios within reach, latest first, by kind and a text in the title or "
			+ "the patent number (q); at most 200")
	List<Achievement> search(@RequestParam(required = false) AchievementKind kind,
			@RequestParam(required = false) String q) {
		return achievements.search(Actors.require(), kind, q);
	}

	@GetMapping("/api/v1/achievements/counts")
	@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'UNION_ADMIN')")
	@Operation(summary = "How many achievements the studios within reach have, per host union or per contributing "
			+ "member (by), most first; at most 100")
	List<AchievementStore.Count> counts(@RequestParam(defaultValue = "UNION") AchievementStore.CountBy by) {
		return achievements.counts(Actors.require(), by);
	}

}
