package cn.jiangxin.award.internal;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import cn.jiangxin.award.AwardView;
import cn.jiangxin.award.PublishDraft;
import cn.jiangxin.award.TierDraft;
import cn.jiangxin.award.TierView;
import cn.jiangxin.award.Verification;
import cn.jiangxin.contest.ContestApi;
import cn.jiangxin.contest.ContestStatus;
import cn.jiangxin.contest.ContestView;
import cn.jiangxin.shared.Actor;
import cn.jiangxin.shared.Actors;
import cn.jiangxin.shared.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Awards over JSON: tiers, publication for notice, finalisation, revocation, and public
 * certificate verification.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "awards", description = "奖项与证书 · awards and certificates")
class AwardRestController {

	private final AwardFacade service;

	private final ContestApi contests;

	AwardRestController(AwardFacade service, ContestApi contests) {
		this.service = service;
		this.contests = contests;
	}

	@GetMapping("/contests/{id}/awards")
	@Operation(summary = "A contest's awards: its organisers always; anyone signed in once they are on notice")
	List<AwardView> awards(@PathVariable long id) {
		Actor actor = Actors.require();
		ContestView contest = contests.find(id).orElseThrow(() -> new NotFoundException("contest", id));
		if (!contests.canManage(actor, id) && contest.status().ordinal() < ContestStatus.PUBLICIZING.ordinal()) {
			throw new NotFoundException("awards", id);
		}
		return service.awards(id);
	}

	@PostMapping("/contests/{id}/awards")
	@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'UNION_ADMIN')")
	@Operation(summary = "Compute the awards from the tiers and put them on public notice (公示)")
	ResponseEntity<List<AwardView>> publish(@PathVariable long id, @Valid @RequestBody PublishDraft draft) {
		List<AwardView> awards = service.publish(Actors.require(), id, draft);
		return ResponseEntity.created(URI.create("/api/v1/contests/" + id + "/awards")).body(awards);
	}

	@GetMapping("/contests/{id}/awards/tiers")
	@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'UNION_ADMIN')")
	@Operation(summary = "The contest's award tiers")
	List<TierView> tiers(@PathVariable long id) {
		service.manageable(Actors.require(), id);
		return service.tiers(id);
	}

	@PostMapping("/contests/{id}/awards/tiers")
	@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'UNION_ADMIN')")
	@Operation(summary = "Add an award tier: a count or a share of a round's ranked entries, per track or overall")
	ResponseEntity<List<TierView>> addTier(@PathVariable long id, @Valid @RequestBody TierDraft draft) {
		service.addTier(Actors.require(), id, draft);
		return ResponseEntity.created(URI.create("/api/v1/contests/" + id + "/awards/tiers")).body(service.tiers(id));
	}

	@PostMapping("/contests/{id}/awards/finalise")
	@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'UNION_ADMIN')")
	@Operation(summary = "After the notice period: results final, titles conferred, contest archived")
	List<AwardView> finalise(@PathVariable long id) {
		service.finalise(Actors.require(), id);
		return service.awards(id);
	}

	@PostMapping("/contests/{id}/awards/{awardId}/revoke")
	@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'UNION_ADMIN')")
	@Operation(summary = "Revoke an award; its certificate stops verifying")
	AwardView revoke(@PathVariable long id, @PathVariable long awardId, @Valid @RequestBody Revocation revocation) {
		service.revoke(Actors.require(), id, awardId, revocation.reason());
		return service.award(awardId).orElseThrow();
	}

	@GetMapping("/certificates/{number}/verify")
	@Operation(summary = "Public: whether a certificate number is genuine and in force; an unknown number is 404")
	Verification verify(@PathVariable String number) {
		return service.verify(number).orElseThrow(() -> new NotFoundException("certificate", number));
	}

	/** Why an award is revoked during its notice period. */
	record Revocation(@NotBlank @Size(max = 200) String reason) {
	}

}
