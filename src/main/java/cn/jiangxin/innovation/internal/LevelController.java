package cn.jiangxin.innovation.internal;

import java.time.Clock;
import java.util.List;
import java.util.stream.IntStream;

import jakarta.validation.Valid;

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

import cn.jiangxin.innovation.StudioLevel;
import cn.jiangxin.shared.Actor;
import cn.jiangxin.shared.Actors;
import cn.jiangxin.shared.Zones;
import cn.jiangxin.shared.web.FormErrors;

/**
 * The pages of level applications and annual reviews: the level calls (with a form to
 * open one), a call's page with its applications and the apply form, an application's
 * page with its timeline and the step its reader may take; the year's reviews with the
 * studios that have not reported, and a review's page with its scores and decision.
 */
@Controller
@PreAuthorize("isAuthenticated()")
class LevelController {

	private final LevelService levels;

	private final ReviewService reviews;

	private final Clock clock;

	LevelController(LevelService levels, ReviewService reviews, Clock clock) {
		this.levels = levels;
		this.reviews = reviews;
		this.clock = clock;
	}

	@GetMapping("/level-calls")
	String calls(Model model) {
		Actor actor = Actors.require();
		model.addAttribute("calls", levels.calls(actor));
		model.addAttribute("today", Zones.today(clock));
		model.addAttribute("admin", actor.administers());
		model.addAttribute("levels", StudioLevel.values());
		if (!model.containsAttribute("call")) {
			int year = Zones.today(clock).getYear();
			model.addAttribute("call", new LevelDrafts.Call(actor.orgId(), null, year, null, Zones.today(clock),
					Zones.today(clock).plusMonths(1), 7));
		}
		return "innovation/level-calls";
	}

	@PostMapping("/level-calls")
	@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'UNION_ADMIN')")
	String open(@Valid @ModelAttribute("call") LevelDrafts.Call call, BindingResult result, Model model,
			RedirectAttributes redirect) {
		return FormErrors.submit(result, calls(model), () -> {
			long id = levels.open(Actors.require(), call);
			redirect.addFlashAttribute("success", "innovation.project.saved");
			return "redirect:/level-calls/" + id;
		});
	}

	@GetMapping("/level-calls/{id}")
	String call(@PathVariable long id, Model model) {
		Actor actor = Actors.require();
		LevelCall call = levels.call(actor, id);
		List<LevelCall.Application> applications = levels.applications(actor, id);
		model.addAttribute("call", call);
		model.addAttribute("today", Zones.today(clock));
		model.addAttribute("applications", applications);
		model.addAttribute("manages", call.status() == LevelCall.Status.OPEN && levels.conferrer(actor, call));
		model.addAttribute("applicants",
				call.openOn(Zones.today(clock)) ? levels.applicants(actor, call)
					.stream()
					.filter(s -> applications.stream().noneMatch(a -> a.studioId() == s.id()))
					.toList() : List.of());
		if (!model.containsAttribute("applying")) {
			model.addAttribute("applying", new LevelDrafts.Application(id, null, null));
		}
		return "innovation/level-call";
	}

	@PostMapping("/level-calls/{id}/applications")
	String apply(@PathVariable long id, @Valid @ModelAttribute("applying") LevelDrafts.Application application,
			BindingResult result, Model model, RedirectAttributes redirect) {
		return FormErrors.submit(result, call(id, model), () -> {
			long applied = levels.apply(Actors.require(),
					new LevelDrafts.Application(id, application.studioId(), application.summary()));
			redirect.addFlashAttribute("success", "innovation.application.submitted");
			return "redirect:/studio-applications/" + applied;
		});
	}

	@PostMapping("/level-calls/{id}/close")
	@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'UNION_ADMIN')")
	String close(@PathVariable long id, RedirectAttributes redirect) {
		return FormErrors.act(redirect, "innovation.project.saved", "redirect:/level-calls/" + id,
				() -> levels.close(Actors.require(), id));
	}

	@GetMapping("/studio-applications/{id}")
	String application(@PathVariable long id, Model model) {
		Actor actor = Actors.require();
		LevelCall.Application application = levels.application(actor, id);
		model.addAttribute("levelApplication", application);
		model.addAttribute("hostStep", levels.hostStep(actor, application));
		model.addAttribute("conferrerStep", levels.conferrerStep(actor, application));
		model.addAttribute("withdraws", levels.withdraws(actor, application));
		if (!model.containsAttribute("note")) {
			model.addAttribute("note", new LevelDrafts.Note(null));
		}
		if (!model.containsAttribute("refusal")) {
			model.addAttribute("refusal", new LevelDrafts.Refusal(null));
		}
		if (!model.containsAttribute("conferral")) {
			model.addAttribute("conferral", new LevelDrafts.Conferral(null, Zones.today(clock)));
		}
		return "innovation/application";
	}

	@PostMapping("/studio-applications/{id}/recommend")
	String recommend(@PathVariable long id, @Valid @ModelAttribute("note") LevelDrafts.Note note, BindingResult result,
			Model model, RedirectAttributes redirect) {
		return step(id, result, model, redirect, () -> levels.recommend(Actors.require(), id, note));
	}

	@PostMapping("/studio-applications/{id}/not-recommend")
	String notRecommend(@PathVariable long id, @Valid @ModelAttribute("refusal") LevelDrafts.Refusal refusal,
			BindingResult result, Model model, RedirectAttributes redirect) {
		return step(id, result, model, redirect, () -> levels.notRecommend(Actors.require(), id, refusal));
	}

	@PostMapping("/studio-applications/{id}/notice")
	String notice(@PathVariable long id, @Valid @ModelAttribute("note") LevelDrafts.Note note, BindingResult result,
			Model model, RedirectAttributes redirect) {
		return step(id, result, model, redirect, () -> levels.notice(Actors.require(), id, note));
	}

	@PostMapping("/studio-applications/{id}/refuse")
	String refuse(@PathVariable long id, @Valid @ModelAttribute("refusal") LevelDrafts.Refusal refusal,
			BindingResult result, Model model, RedirectAttributes redirect) {
		return step(id, result, model, redirect, () -> levels.refuse(Actors.require(), id, refusal));
	}

	@PostMapping("/studio-applications/{id}/confer")
	String confer(@PathVariable long id, @Valid @ModelAttribute("conferral") LevelDrafts.Conferral conferral,
			BindingResult result, Model model, RedirectAttributes redirect) {
		return step(id, result, model, redirect, () -> levels.confer(Actors.require(), id, conferral));
	}

	@PostMapping("/studio-applications/{id}/withdraw")
	String withdraw(@PathVariable long id, RedirectAttributes redirect) {
		return FormErrors.act(redirect, "innovation.project.saved", "redirect:/studio-applications/" + id,
				() -> levels.withdraw(Actors.require(), id));
	}

	private String step(long id, BindingResult result, Model model, RedirectAttributes redirect, Runnable action) {
		return FormErrors.submit(result, application(id, model), () -> {
			action.run();
			redirect.addFlashAttribute("success", "innovation.project.saved");
			return "redirect:/studio-applications/" + id;
		});
	}

	@GetMapping("/studio-reviews")
	@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'UNION_ADMIN')")
	String reviews(@RequestParam(required = false) Integer year, Model model) {
		Actor actor = Actors.require();
		int last = Zones.today(clock).getYear() - 1;
		int chosen = year == null || year < 2000 || year > last ? last : year;
		model.addAttribute("year", chosen);
		model.addAttribute("years", IntStream.rangeClosed(0, 4).map(i -> last - i).boxed().toList());
		model.addAttribute("reviews", reviews.ofYear(actor, chosen));
		model.addAttribute("missing", reviews.missing(actor, chosen));
		model.addAttribute("overdue", reviews.overdue(chosen));
		return "innovation/reviews";
	}

	@GetMapping("/studio-reviews/{id}")
	String review(@PathVariable long id, Model model) {
		Actor actor = Actors.require();
		Review review = reviews.review(actor, id);
		model.addAttribute("review", review);
		model.addAttribute("reviews", reviews.reviews(actor, review));
		model.addAttribute("scoredByMe", review.scores().stream().anyMatch(s -> s.reviewer().equals(actor.username())));
		model.addAttribute("outcomes", Review.Outcome.values());
		if (!model.containsAttribute("score")) {
			model.addAttribute("score", new LevelDrafts.Score(null, null, null, null, null));
		}
		if (!model.containsAttribute("decision")) {
			model.addAttribute("decision", new LevelDrafts.Decision(review.suggested(), null, null));
		}
		return "innovation/review";
	}

	@PostMapping("/studio-reviews/{id}/scores")
	@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'UNION_ADMIN')")
	String score(@PathVariable long id, @Valid @ModelAttribute("score") LevelDrafts.Score score, BindingResult result,
			Model model, RedirectAttributes redirect) {
		return reviewStep(id, result, model, redirect, () -> reviews.score(Actors.require(), id, score));
	}

	@PostMapping("/studio-reviews/{id}/decision")
	@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'UNION_ADMIN')")
	String decide(@PathVariable long id, @Valid @ModelAttribute("decision") LevelDrafts.Decision decision,
			BindingResult result, Model model, RedirectAttributes redirect) {
		return reviewStep(id, result, model, redirect, () -> reviews.decide(Actors.require(), id, decision));
	}

	private String reviewStep(long id, BindingResult result, Model model, RedirectAttributes redirect,
			Runnable action) {
		return FormErrors.submit(result, review(id, model), () -> {
			action.run();
			redirect.addFlashAttribute("success", "innovation.project.saved");
			return "redirect:/studio-reviews/" + id;
		});
	}

}
