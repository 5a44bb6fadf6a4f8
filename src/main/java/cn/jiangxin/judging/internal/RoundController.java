package cn.jiangxin.judging.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

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

import cn.jiangxin.contest.ContestApi;
import cn.jiangxin.contest.ContestView;
import cn.jiangxin.contest.RoundView;
import cn.jiangxin.judging.AggregationMethod;
import cn.jiangxin.judging.CriterionKind;
import cn.jiangxin.judging.JudgingSettings;
import cn.jiangxin.judging.PartSource;
import cn.jiangxin.judging.RankingBasis;
import cn.jiangxin.judging.RubricDraft;
import cn.jiangxin.shared.Actor;
import cn.jiangxin.shared.Actors;
import cn.jiangxin.shared.BusinessRuleException;
import cn.jiangxin.shared.Decimals;
import cn.jiangxin.shared.NotFoundException;
import cn.jiangxin.shared.OrgScope;
import cn.jiangxin.shared.OutOfScopeException;
import cn.jiangxin.shared.web.FormErrors;

/**
 * The organisers' pages for judging a contest: its rounds, and for each round the settings, rubric, panel,
 * assignment with manual changes, progress, measurements, results side by side, and the cut.
 */
@Controller
@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'UNION_ADMIN')")
class RoundController {

	private final JudgingService service;

	private final JudgingAccess access;

	private final ContestApi contests;

	private final ExpertStore experts;

	private final OrgScope scope;

	private final Validator validator;

	private final PartImport imports;

	RoundController(JudgingService service, JudgingAccess access, ContestApi contests, ExpertStore experts,
			OrgScope scope, Validator validator, PartImport imports) {
		this.imports = imports;
		this.service = service;
		this.access = access;
		this.contests = contests;
		this.experts = experts;
		this.scope = scope;
		this.validator = validator;
	}

	@GetMapping("/manage/contests/{id}/judging")
	String contest(@PathVariable long id, Model model) {
		Actor actor = Actors.require();
		ContestView contest = contests.find(id).orElseThrow(() -> new NotFoundException("contest", id));
		if (!contests.canManage(actor, id)) {
			throw new OutOfScopeException("contest " + id);
		}
		List<RoundView> rounds = contests.rounds(id);
		model.addAttribute("contest", contest);
		model.addAttribute("rounds", rounds);
		model.addAttribute("setups", rounds.stream().collect(java.util.stream.Collectors.toMap(RoundView::id,
				r -> service.setup(r.id()))));
		model.addAttribute("counts", rounds.stream().collect(java.util.stream.Collectors.toMap(RoundView::id,
				r -> service.entriesOf(r.id()).size())));
		return "judging/contest-rounds";
	}

	@GetMapping("/manage/rounds/{rid}")
	String round(@PathVariable long rid, Model model) {
		RoundView round = access.requireManage(Actors.require(), rid);
		RoundSetup setup = service.setup(rid);
		model.addAttribute("settings", setup.settings());
		model.addAttribute("rubricForm", RubricForm.of(service.rubric(rid), 1, 3));
		return show(round, model);
	}

	private String show(RoundView round, Model model) {
		long rid = round.id();
		Actor actor = Actors.require();
		model.addAttribute("round", round);
		model.addAttribute("contest", contests.find(round.contestId()).orElseThrow());
		model.addAttribute("setup", service.setup(rid));
		model.addAttribute("rubric", service.rubric(rid));
		model.addAttribute("panel", service.panel(rid));
		model.addAttribute("pool", experts.pool(scope.filter(actor, "e.pool_org_id"), null, 500));
		model.addAttribute("assignment", service.assignment(rid));
		model.addAttribute("results", service.results(rid));
		model.addAttribute("preview", service.previewAdvance(rid));
		model.addAttribute("next", service.nextRound(round).orElse(null));
		model.addAttribute("statuses", service.entryStatuses(rid));
		model.addAttribute("measurements", service.measurements(rid));
		model.addAttribute("methods", AggregationMethod.values());
		model.addAttribute("bases", RankingBasis.values());
		model.addAttribute("sources", PartSource.values());
		model.addAttribute("kinds", CriterionKind.values());
		return "judging/round";
	}

	@PostMapping("/manage/rounds/{rid}/settings")
	String settings(@PathVariable long rid, @jakarta.validation.Valid @ModelAttribute("settings") JudgingSettings settings,
			BindingResult result, Model model) {
		RoundView round = access.requireManage(Actors.require(), rid);
		model.addAttribute("rubricForm", RubricForm.of(service.rubric(rid), 1, 3));
		return FormErrors.submit(result, show(round, model), () -> {
			service.configure(Actors.require(), rid, settings);
			return "redirect:/manage/rounds/" + rid + "?saved=settings#settings";
		});
	}

	@PostMapping("/manage/rounds/{rid}/rubric")
	String rubric(@PathVariable long rid, @ModelAttribute("rubricForm") RubricForm form, BindingResult result,
			Model model) {
		RoundView round = access.requireManage(Actors.require(), rid);
		model.addAttribute("settings", service.setup(rid).settings());
		return FormErrors.submit(result, show(round, model), () -> {
			RubricDraft draft = form.toDraft();
			Set<ConstraintViolation<RubricDraft>> violations = validator.validate(draft);
			if (!violations.isEmpty()) {
				ConstraintViolation<RubricDraft> first = violations.iterator().next();
				result.rejectValue(first.getPropertyPath().toString(), "judging.rubric.invalid", first.getMessage());
				return show(round, model);
			}
			service.defineRubric(Actors.require(), rid, draft);
			return "redirect:/manage/rounds/" + rid + "?saved=rubric#rubric";
		});
	}

	@PostMapping("/manage/rounds/{rid}/panel")
	String panel(@PathVariable long rid, @RequestParam(name = "expertIds", required = false) List<Long> expertIds,
			RedirectAttributes redirect) {
		return FormErrors.act(redirect, "judging.panel.saved", "redirect:/manage/rounds/" + rid + "#panel",
				() -> service.setPanel(Actors.require(), rid, expertIds == null ? List.of() : expertIds));
	}

	@PostMapping("/manage/rounds/{rid}/assign")
	String assign(@PathVariable long rid, RedirectAttributes redirect) {
		return FormErrors.act(redirect, "judging.assign.done", "redirect:/manage/rounds/" + rid + "#assignment",
				() -> service.assign(Actors.require(), rid));
	}

	@PostMapping("/manage/rounds/{rid}/override")
	String override(@PathVariable long rid, @RequestParam long entryId, @RequestParam long expertId,
			@RequestParam boolean add, RedirectAttributes redirect) {
		return FormErrors.act(redirect, "judging.assign.changed", "redirect:/manage/rounds/" + rid + "#assignment",
				() -> service.override(Actors.require(), rid, entryId, expertId, add));
	}

	@PostMapping("/manage/rounds/{rid}/conflicts")
	String conflict(@PathVariable long rid, @RequestParam long entryId, @RequestParam long expertId,
			@RequestParam(required = false) String reason, RedirectAttributes redirect) {
		return FormErrors.act(redirect, "judging.conflict.saved", "redirect:/manage/rounds/" + rid + "#assignment",
				() -> service.addConflict(Actors.require(), rid, expertId, entryId, reason));
	}

	@PostMapping("/manage/rounds/{rid}/start")
	String start(@PathVariable long rid, RedirectAttributes redirect) {
		return FormErrors.act(redirect, "judging.round.started", "redirect:/manage/rounds/" + rid,
				() -> service.startScoring(Actors.require(), rid));
	}

	@PostMapping("/manage/rounds/{rid}/reopen")
	String reopen(@PathVariable long rid, @RequestParam long entryId, @RequestParam long expertId,
			@RequestParam(required = false) String reason, RedirectAttributes redirect) {
		return FormErrors.act(redirect, "judging.score.reopened", "redirect:/manage/rounds/" + rid + "#assignment",
				() -> service.reopen(Actors.require(), rid, entryId, expertId, reason));
	}

	@PostMapping("/manage/rounds/{rid}/measurements")
	String measure(@PathVariable long rid, @RequestParam long entryId, @RequestParam String code,
			@RequestParam(required = false) String score, RedirectAttributes redirect) {
		return FormErrors.act(redirect, "judging.record.saved", "redirect:/manage/rounds/" + rid + "#results", () -> {
			BigDecimal value;
			try {
				value = score == null || score.isBlank() ? null : Decimals.parse(score);
			}
			catch (NumberFormatException ex) {
				throw BusinessRuleException.invalid("score", "judging.record.scoreRequired");
			}
			service.record(Actors.require(), rid, entryId, code, value);
		});
	}

	@PostMapping("/manage/rounds/{rid}/import")
	String importPart(@PathVariable long rid, @RequestParam String part,
			@RequestParam("file") org.springframework.web.multipart.MultipartFile file, RedirectAttributes redirect) {
		return FormErrors.act(redirect, "judging.import.done", "redirect:/manage/rounds/" + rid + "#results", () -> {
			try (java.io.InputStream in = file.getInputStream()) {
				imports.importScores(Actors.require(), rid, part, file.getOriginalFilename(), in);
			}
			catch (java.io.IOException ex) {
				throw BusinessRuleException.invalid("file", "judging.import.unreadable");
			}
		});
	}

	@PostMapping("/manage/rounds/{rid}/advance")
	String advance(@PathVariable long rid, RedirectAttributes redirect) {
		return FormErrors.act(redirect, "judging.advance.done", "redirect:/manage/rounds/" + rid + "#advance",
				() -> service.advance(Actors.require(), rid));
	}

	@GetMapping("/manage/rounds/{rid}/leaderboard")
	String leaderboard(@PathVariable long rid, Model model) {
		RoundView round = access.requireManage(Actors.require(), rid);
		model.addAttribute("round", round);
		model.addAttribute("contest", contests.find(round.contestId()).orElseThrow());
		model.addAttribute("results", service.results(rid));
		return "judging/leaderboard";
	}

	@GetMapping("/manage/rounds/{rid}/leaderboard/rows")
	String leaderboardRows(@PathVariable long rid, Model model) {
		access.requireManage(Actors.require(), rid);
		model.addAttribute("results", service.results(rid));
		return "judging/leaderboard :: rows";
	}


}
