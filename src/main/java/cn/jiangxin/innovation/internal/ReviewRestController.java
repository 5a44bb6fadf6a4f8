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
 * Annual reviews over JSON: a studio's report of its year, the reviewers' scores, the
 * decision on its level, and the year's reviews and missing reports within reach.
 */
@RestController
@RequestMapping("/api/v1")
@PreAuthorize("isAuthenticated()")
@Tag(name = "studio-reviews", description = "工作室年度考核 · annual reviews")
class ReviewRestController {

	private final ReviewService reviews;

	private final StudioService studios;

	ReviewRestController(ReviewService reviews, StudioService studios) {
		this.reviews = reviews;
		this.studios = studios;
	}

	@GetMapping("/studios/{id}/reviews")
	@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'UNION_ADMIN')")
	@Operation(summary = "A studio's reviews, latest year first")
	List<Review> ofStudio(@PathVariable long id) {
		studios.studio(Actors.require(), id);
		return reviews.ofStudio(id);
	}

	@PostMapping("/studios/{id}/reviews")
	@Operation(summary = "Report a past year (the studio's leader or its host's admins), once a year")
	ResponseEntity<Review> report(@PathVariable long id, @Valid @RequestBody LevelDrafts.Report report) {
		Actor actor = Actors.require();
		long review = reviews.report(actor, id, report);
		return ResponseEntity.created(URI.create("/api/v1/studio-reviews/" + review))
			.body(reviews.review(actor, review));
	}

	@GetMapping("/studio-reviews")
	@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'UNION_ADMIN')")
	@Operation(summary = "A year's reviews of studios within reach")
	List<Review> ofYear(@RequestParam int year) {
		return reviews.ofYear(Actors.require(), year);
	}

	@GetMapping("/studio-reviews/missing")
	@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'UNION_ADMIN')")
	@Operation(summary = "Studios within reach that held a level and have not reported the year")
	List<Studio.Ref> missing(@RequestParam int year) {
		return reviews.missing(Actors.require(), year);
	}

	@GetMapping("/studio-reviews/{id}")
	@Operation(summary = "A review with its scores")
	Review review(@PathVariable long id) {
		return reviews.review(Actors.require(), id);
	}

	@PostMapping("/studio-reviews/{id}/scores")
	@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'UNION_ADMIN')")
	@Operation(summary = "Score a submitted review on its four parts, once per reviewer")
	Review score(@PathVariable long id, @Valid @RequestBody LevelDrafts.Score score) {
		Actor actor = Actors.require();
		reviews.score(actor, id, score);
		return reviews.review(actor, id);
	}

	@PostMapping("/studio-reviews/{id}/decision")
	@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'UNION_ADMIN')")
	@Operation(summary = "Decide: keep, raise, lower or withdraw the level")
	Review decide(@PathVariable long id, @Valid @RequestBody LevelDrafts.Decision decision) {
		Actor actor = Actors.require();
		reviews.decide(actor, id, decision);
		return reviews.review(actor, id);
	}

}
