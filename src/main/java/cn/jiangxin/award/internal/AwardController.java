package cn.jiangxin.award.internal;

import java.time.Clock;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.jiangxin.award.AwardView;
import cn.jiangxin.award.PublishDraft;
import cn.jiangxin.award.TierDraft;
import cn.jiangxin.award.UnitTies;
import cn.jiangxin.contest.ContestApi;
import cn.jiangxin.contest.ContestView;
import cn.jiangxin.shared.Actor;
import cn.jiangxin.shared.Actors;
import cn.jiangxin.shared.NotFoundException;
import cn.jiangxin.shared.web.Downloads;
import cn.jiangxin.shared.web.FormErrors;
import cn.jiangxin.shared.web.PublicUrls;

/**
 * The organisers' awards page: tiers, a preview of who would win, publication for notice
 * (公示), finalisation, revocation, certificates singly or zipped, and the case collection.
 */
@Controller
@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'UNION_ADMIN')")
class AwardController {

	private final AwardFacade service;

	private final Certificates certificates;

	private final CaseCollections cases;

	private final ContestApi contests;

	private final PublicUrls urls;

	private final Clock clock;

	AwardController(AwardFacade service, Certificates certificates, CaseCollections cases, ContestApi contests,
			PublicUrls urls, Clock clock) {
		this.clock = clock;
		this.urls = urls;
		this.service = service;
		this.certificates = certificates;
		this.cases = cases;
		this.contests = contests;
	}

	@GetMapping("/manage/contests/{id}/awards")
	String page(@PathVariable long id, Model model) {
		model.addAttribute("tier", new TierDraft(null, null, false, null, null, null));
		model.addAttribute("publish", new PublishDraft(7, 0, 0, BigDecimal.ONE, new BigDecimal("3")));
		return show(id, model);
	}

	private String show(long id, Model model) {
		ContestView contest = service.manageable(Actors.require(), id);
		model.addAttribute("contest", contest);
		model.addAttribute("rounds", contests.rounds(id));
		model.addAttribute("unitTies", UnitTies.values());
		model.addAttribute("tiers", service.tiers(id));
		model.addAttribute("awards", service.awards(id));
		AwardStore.Notice notice = service.notice(id).orElse(null);
		model.addAttribute("notice", notice);
		model.addAttribute("noticeOver",
				notice != null && notice.finalisedAt() == null && !notice.running(Instant.now(clock)));
		model.addAttribute("book", cases.book(id).orElse(null));
		model.addAttribute("tied", tied(service.awards(id)));
		Object publish = model.getAttribute("publish");
		if (notice == null && !service.tiers(id).isEmpty() && publish instanceof PublishDraft draft) {
			try {
				AwardFacade.Outcome outcome = service.outcome(id, draft);
				model.addAttribute("preview", outcome.awards());
				model.addAttribute("ties", outcome.ties());
				model.addAttribute("tied", tied(outcome.awards()));
			}
			catch (RuntimeException notYet) {
				model.addAttribute("preview", List.of());
			}
		}
		return "award/manage";
	}

	/**
	 * For each award in order, whether another award of the same kind, tier and track
	 * shares its place.
	 */
	static List<Boolean> tied(List<AwardView> awards) {
		Map<String, Integer> places = new HashMap<>();
		awards.forEach(a -> places.merge(placeKey(a), 1, Integer::sum));
		return awards.stream().map(a -> places.get(placeKey(a)) > 1).toList();
	}

	private static String placeKey(AwardView a) {
		return a.kind() + "|" + a.tierId() + "|" + a.trackId() + "|" + a.place();
	}

	@PostMapping("/manage/contests/{id}/awards/tiers")
	String addTier(@PathVariable long id, @Valid @ModelAttribute("tier") TierDraft tier, BindingResult result,
			Model model, RedirectAttributes redirect) {
		model.addAttribute("publish", new PublishDraft(7, 0, 0, BigDecimal.ONE, new BigDecimal("3")));
		return FormErrors.submit(result, show(id, model), () -> {
			service.addTier(Actors.require(), id, tier);
			redirect.addFlashAttribute("success", "award.tierAdded");
			return "redirect:/manage/contests/" + id + "/awards";
		});
	}

	@PostMapping("/manage/contests/{id}/awards/tiers/{tierId}/delete")
	String removeTier(@PathVariable long id, @PathVariable long tierId, RedirectAttributes redirect) {
		return FormErrors.act(redirect, "award.tierRemoved", "redirect:/manage/contests/" + id + "/awards",
				() -> service.removeTier(Actors.require(), id, tierId));
	}

	@PostMapping("/manage/contests/{id}/awards/publish")
	String publish(@PathVariable long id, @Valid @ModelAttribute("publish") PublishDraft publish, BindingResult result,
			Model model, RedirectAttributes redirect) {
		model.addAttribute("tier", new TierDraft(null, null, false, null, null, null));
		return FormErrors.submit(result, show(id, model), () -> {
			service.publish(Actors.require(), id, publish);
			redirect.addFlashAttribute("success", "award.published");
			return "redirect:/manage/contests/" + id + "/awards";
		});
	}

	@PostMapping("/manage/contests/{id}/awards/finalise")
	String finalise(@PathVariable long id, RedirectAttributes redirect) {
		return FormErrors.act(redirect, "award.finalised", "redirect:/manage/contests/" + id + "/awards",
				() -> service.finalise(Actors.require(), id));
	}

	@PostMapping("/manage/contests/{id}/awards/{awardId}/revoke")
	String revoke(@PathVariable long id, @PathVariable long awardId, @RequestParam(required = false) String reason,
			RedirectAttributes redirect) {
		return FormErrors.act(redirect, "award.revoked", "redirect:/manage/contests/" + id + "/awards",
				() -> service.revoke(Actors.require(), id, awardId, reason));
	}

	@GetMapping("/manage/contests/{id}/awards/{awardId}/certificate.pdf")
	ResponseEntity<byte[]> certificate(@PathVariable long id, @PathVariable long awardId) {
		ContestView contest = service.manageable(Actors.require(), id);
		AwardView award = service.award(awardId)
			.filter(a -> a.contestId() == id && a.certificateNumber() != null)
			.orElseThrow(() -> new NotFoundException("award", awardId));
		return Downloads.of(certificates.render(contest, award, urls.base()), MediaType.APPLICATION_PDF,
				Certificates.fileName(award), true);
	}

	@GetMapping("/manage/contests/{id}/certificates.zip")
	ResponseEntity<byte[]> certificates(@PathVariable long id) {
		ContestView contest = service.manageable(Actors.require(), id);
		return Downloads.of(certificates.zip(contest, service.awards(id), urls.base()),
				MediaType.parseMediaType("application/zip"), "certificates-" + id + ".zip", false);
	}

	@PostMapping("/manage/contests/{id}/cases")
	String compile(@PathVariable long id, @RequestParam(required = false) String title,
			@RequestParam(required = false) String preface, @RequestParam(required = false) List<Long> entryIds,
			@RequestParam(defaultValue = "false") boolean publish, RedirectAttributes redirect) {
		Actor actor = Actors.require();
		return FormErrors.act(redirect, "award.cases.saved", "redirect:/manage/contests/" + id + "/awards#cases",
				() -> cases.compile(actor, id, title, preface, entryIds, publish));
	}

}
