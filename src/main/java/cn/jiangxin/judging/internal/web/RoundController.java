package cn.jiangxin.judging.internal.web;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Valid;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.jiangxin.contest.ContestApi;
import cn.jiangxin.contest.ContestStatus;
import cn.jiangxin.contest.ContestView;
import cn.jiangxin.contest.RoundView;
import cn.jiangxin.exam.Audience;
import cn.jiangxin.exam.ExamApi;
import cn.jiangxin.judging.AggregationMethod;
import cn.jiangxin.judging.CriterionKind;
import cn.jiangxin.judging.JudgingSettings;
import cn.jiangxin.judging.PartSource;
import cn.jiangxin.judging.RankingBasis;
import cn.jiangxin.judging.RubricDraft;
import cn.jiangxin.judging.internal.assignment.Assignments;
import cn.jiangxin.judging.internal.experts.ExpertStore;
import cn.jiangxin.judging.internal.rounds.JudgingAccess;
import cn.jiangxin.judging.internal.rounds.RoundEntries;
import cn.jiangxin.judging.internal.rounds.RoundSetup;
import cn.jiangxin.judging.internal.rounds.RoundState;
import cn.jiangxin.judging.internal.scoring.ExamScores;
import cn.jiangxin.judging.internal.scoring.PartImport;
import cn.jiangxin.judging.internal.scoring.Scoring;
import cn.jiangxin.judging.internal.setup.RankingRule;
import cn.jiangxin.judging.internal.setup.Rerank;
import cn.jiangxin.judging.internal.setup.RoundPanel;
import cn.jiangxin.judging.internal.setup.RoundSettings;
import cn.jiangxin.judging.internal.standings.Results;
import cn.jiangxin.judging.internal.standings.RoundAdvance;
import cn.jiangxin.shared.Actor;
import cn.jiangxin.shared.Actors;
import cn.jiangxin.shared.BusinessRuleException;
import cn.jiangxin.shared.Decimals;
import cn.jiangxin.shared.NotFoundException;
import cn.jiangxin.shared.OrgScope;
import cn.jiangxin.shared.OutOfScopeException;
import cn.jiangxin.shared.web.FormErrors;

/**
 * The organisers' pages for judging a contest: its rounds, and for each round the
 * settings, rubric, panel, assignment with manual changes, progress, measurements,
 * results side by side, and the cut.
 */
@Controller
@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'UNION_ADMIN')")
class RoundController {

	private final RoundSettings roundSettings;

	private final RoundEntries entries;

	private final RoundPanel roundPanel;

	private final Assignments assignments;

	private final Results roundResults;

	private final RoundAdvance roundAdvance;

	private final Scoring scoring;

	private final JudgingAccess access;

	private final ContestApi contests;

	private final ExpertStore experts;

	private final OrgScope scope;

	private final Validator validator;

	private final PartImport imports;

	private final RoundPages pages;

	private final ExamScores examScores;

	private final ExamApi exams;

	RoundController(RoundSettings roundSettings, RoundEntries entries, RoundPanel roundPanel, Assignments assignments,
			Results roundResults, RoundAdvance roundAdvance, Scoring scoring, JudgingAccess access, ContestApi contests,
			ExpertStore experts, OrgScope scope, Validator validator, PartImport imports, RoundPages pages,
			ExamScores examScores, ExamApi exams) {
		this.examScores = examScores;
		this.exams = exams;
		this.imports = imports;
		this.pages = pages;
		this.roundSettings = roundSettings;
		this.entries = entries;
		this.roundPanel = roundPanel;
		this.assignments = assignments;
		this.roundResults = roundResults;
		this.roundAdvance = roundAdvance;
		this.scoring = scoring;
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
		model.addAttribute("setups",
				rounds.stream().collect(Collectors.toMap(RoundView::id, r -> roundSettings.setup(r.id()))));
		model.addAttribute("counts",
				rounds.stream().collect(Collectors.toMap(RoundView::id, r -> entries.entriesOf(r.id()).size())));
		return "judging/contest-rounds";
	}

	/**
	 * The tabs of a round's page, each its own URL ({@code ?tab=rubric}), so that none is
	 * a page 28,000 px tall.
	 */
	enum Tab {

		SETTINGS, RUBRIC, PANEL, SCORING, RESULTS, ADVANCE;

		public String slug() {
			return name().toLowerCase(Locale.ROOT);
		}

		public String messageKey() {
			return "judging.tab." + slug();
		}

		/**
		 * The tab asked for, or the one that matters now: settings while being set up,
		 * results after.
		 */
		static Tab of(String param, RoundSetup setup) {
			for (Tab tab : values()) {
				if (tab.slug().equals(param)) {
					return tab;
				}
			}
			return setup.state() == RoundState.SETUP ? SETTINGS : RESULTS;
		}

	}

	@GetMapping("/manage/rounds/{rid}")
	String round(@PathVariable long rid, @RequestParam(required = false) String tab, Model model) {
		RoundView round = access.requireManage(Actors.require(), rid);
		RoundSetup setup = roundSettings.setup(rid);
		Tab shown = Tab.of(tab, setup);
		model.addAttribute("settings", setup.settings());
		model.addAttribute("rerank", Rerank.of(RankingRule.of(setup.settings())));
		model.addAttribute("rubricForm", RubricForm.of(roundSettings.rubric(rid), 1, 3));
		return show(round, shown, model);
	}

	private String show(RoundView round, Tab tab, Model model) {
		long rid = round.id();
		Actor actor = Actors.require();
		RoundSetup setup = roundSettings.setup(rid);
		RubricDraft rubric = roundSettings.rubric(rid);
		ContestView contest = contests.find(round.contestId()).orElseThrow();
		model.addAttribute("round", round);
		model.addAttribute("contest", contest);
		model.addAttribute("setup", setup);
		model.addAttribute("rubric", rubric);
		model.addAttribute("tab", tab.slug());
		model.addAttribute("tabs", Tab.values());
		model.addAttribute("frozen", frozenReason(contest, setup));
		model.addAttribute("editable", frozenReason(contest, setup) == null);
		model.addAttribute("roundExams", exams.examsFor(Audience.CONTEST_ROUND, rid));
		switch (tab) {
			case SETTINGS -> {
				model.addAttribute("methods", AggregationMethod.values());
				model.addAttribute("bases", RankingBasis.values());
				model.addAttribute("scored", roundSettings.scored(rid));
				model.addAttribute("choices", pages.choices(rubric, typedChains(setup, model)));
				model.addAttribute("reranks", roundSettings.reranks(rid));
			}
			case RUBRIC -> {
				model.addAttribute("sources", PartSource.values());
				model.addAttribute("kinds", CriterionKind.values());
				model.addAttribute("rubricLocked", roundSettings.rubricLocked(rid));
			}
			case PANEL -> {
				model.addAttribute("panel", roundPanel.panel(rid));
				model.addAttribute("pool", experts.pool(scope.filter(actor, "e.pool_org_id"), null, 500));
			}
			case SCORING -> {
				model.addAttribute("panel", roundPanel.panel(rid));
				model.addAttribute("assignment", assignments.assignment(rid));
				model.addAttribute("kept", roundPanel.keptConflicts(rid));
			}
			case RESULTS -> {
				model.addAttribute("results", roundResults.results(rid));
				model.addAttribute("entries", entries.entriesOf(rid));
			}
			case ADVANCE -> {
				model.addAttribute("results", roundResults.results(rid));
				model.addAttribute("preview", roundAdvance.previewAdvance(rid));
				model.addAttribute("next", entries.nextRound(round).orElse(null));
			}
		}
		return "judging/round";
	}

	/**
	 * The chains stored and typed (a form shown again), so that the picker offers every
	 * step it is to show.
	 */
	private static String typedChains(RoundSetup setup, Model model) {
		StringBuilder chains = new StringBuilder(
				setup.settings().tieBreaks() == null ? "" : setup.settings().tieBreaks());
		if (model.getAttribute("settings") instanceof JudgingSettings typed && typed.tieBreaks() != null) {
			chains.append(',').append(typed.tieBreaks());
		}
		if (model.getAttribute("rerank") instanceof Rerank typed && typed.tieBreaks() != null) {
			chains.append(',').append(typed.tieBreaks());
		}
		return chains.toString();
	}

	/** Why the round is read-only (a message key), or null while it takes changes. */
	private static String frozenReason(ContestView contest, RoundSetup setup) {
		if (contest.status() == ContestStatus.ARCHIVED) {
			return "judging.contest.final";
		}
		if (contest.status() == ContestStatus.PUBLICIZING) {
			return "judging.contest.onNotice";
		}
		return setup.state() == RoundState.CLOSED ? "judging.round.closedReadOnly" : null;
	}

	@PostMapping("/manage/rounds/{rid}/settings")
	String settings(@PathVariable long rid, @Valid @ModelAttribute("settings") JudgingSettings settings,
			BindingResult result, Model model, RedirectAttributes redirect) {
		RoundView round = access.requireManage(Actors.require(), rid);
		RoundSetup setup = roundSettings.setup(rid);
		model.addAttribute("rerank", Rerank.of(RankingRule.of(setup.settings())));
		model.addAttribute("rubricForm", RubricForm.of(roundSettings.rubric(rid), 1, 3));
		return FormErrors.submit(result, show(round, Tab.SETTINGS, model), () -> {
			roundSettings.configure(Actors.require(), rid,
					withChain(settings, String.join(",", pages.steps(settings.tieBreaks()))));
			redirect.addFlashAttribute("success", "judging.settings.saved");
			return "redirect:/manage/rounds/" + rid + "?tab=settings";
		});
	}

	@PostMapping("/manage/rounds/{rid}/rerank")
	String rerank(@PathVariable long rid, @Valid @ModelAttribute("rerank") Rerank rerank, BindingResult result,
			Model model, RedirectAttributes redirect) {
		RoundView round = access.requireManage(Actors.require(), rid);
		model.addAttribute("settings", roundSettings.setup(rid).settings());
		model.addAttribute("rubricForm", RubricForm.of(roundSettings.rubric(rid), 1, 3));
		return FormErrors.submit(result, show(round, Tab.SETTINGS, model), () -> {
			roundSettings.rerank(Actors.require(), rid,
					new Rerank(rerank.method(), rerank.trimFrom(), rerank.basis(), rerank.spreadThreshold(),
							rerank.stdDevThreshold(), String.join(",", pages.steps(rerank.tieBreaks())),
							rerank.reason()));
			redirect.addFlashAttribute("success", "judging.rerank.done");
			return "redirect:/manage/rounds/" + rid + "?tab=settings";
		});
	}

	private static JudgingSettings withChain(JudgingSettings s, String chain) {
		return new JudgingSettings(s.judgesPerEntry(), s.minLoad(), s.maxLoad(), s.blind(), s.method(), s.trimFrom(),
				s.basis(), s.spreadThreshold(), s.stdDevThreshold(), chain, s.live());
	}

	@PostMapping("/manage/rounds/{rid}/rubric")
	String rubric(@PathVariable long rid, @ModelAttribute("rubricForm") RubricForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		RoundView round = access.requireManage(Actors.require(), rid);
		RoundSetup setup = roundSettings.setup(rid);
		model.addAttribute("settings", setup.settings());
		model.addAttribute("rerank", Rerank.of(RankingRule.of(setup.settings())));
		return FormErrors.submit(result, show(round, Tab.RUBRIC, model), () -> {
			RubricDraft draft = form.toDraft();
			Set<ConstraintViolation<RubricDraft>> violations = validator.validate(draft);
			if (!violations.isEmpty()) {
				ConstraintViolation<RubricDraft> first = violations.iterator().next();
				result.rejectValue(first.getPropertyPath().toString(), "judging.rubric.invalid", first.getMessage());
				return show(round, Tab.RUBRIC, model);
			}
			roundSettings.defineRubric(Actors.require(), rid, draft);
			redirect.addFlashAttribute("success", "judging.rubric.saved");
			return "redirect:/manage/rounds/" + rid + "?tab=rubric";
		});
	}

	@PostMapping("/manage/rounds/{rid}/panel")
	String panel(@PathVariable long rid, @RequestParam(name = "expertIds", required = false) List<Long> expertIds,
			RedirectAttributes redirect) {
		return FormErrors.act(redirect, "judging.panel.saved", "redirect:/manage/rounds/" + rid + "?tab=panel",
				() -> roundPanel.setPanel(Actors.require(), rid, expertIds == null ? List.of() : expertIds));
	}

	@PostMapping("/manage/rounds/{rid}/assign")
	String assign(@PathVariable long rid, RedirectAttributes redirect) {
		return FormErrors.act(redirect, "judging.assign.done", "redirect:/manage/rounds/" + rid + "?tab=scoring",
				() -> assignments.assign(Actors.require(), rid));
	}

	@PostMapping("/manage/rounds/{rid}/override")
	String override(@PathVariable long rid, @RequestParam long entryId, @RequestParam long expertId,
			@RequestParam boolean add, RedirectAttributes redirect) {
		return FormErrors.act(redirect, "judging.assign.changed", "redirect:/manage/rounds/" + rid + "?tab=scoring",
				() -> assignments.override(Actors.require(), rid, entryId, expertId, add));
	}

	@PostMapping("/manage/rounds/{rid}/conflicts")
	String conflict(@PathVariable long rid, @RequestParam long entryId, @RequestParam long expertId,
			@RequestParam(required = false) String reason, RedirectAttributes redirect) {
		String back = "redirect:/manage/rounds/" + rid + "?tab=scoring";
		try {
			boolean kept = roundPanel.setConflict(Actors.require(), rid, expertId, entryId, reason);
			redirect.addFlashAttribute("success", kept ? "judging.conflict.savedKept" : "judging.conflict.saved");
		}
		catch (BusinessRuleException ex) {
			FormErrors.flash(redirect, ex);
		}
		return back;
	}

	@PostMapping("/manage/rounds/{rid}/start")
	String start(@PathVariable long rid, RedirectAttributes redirect) {
		return FormErrors.act(redirect, "judging.round.started", "redirect:/manage/rounds/" + rid + "?tab=scoring",
				() -> scoring.startScoring(Actors.require(), rid));
	}

	@PostMapping("/manage/rounds/{rid}/reopen")
	String reopen(@PathVariable long rid, @RequestParam long entryId, @RequestParam long expertId,
			@RequestParam(required = false) String reason, RedirectAttributes redirect) {
		try {
			boolean takenOff = scoring.reopen(Actors.require(), rid, entryId, expertId, reason);
			redirect.addFlashAttribute("success", takenOff ? "judging.score.takenOff" : "judging.score.reopened");
		}
		catch (BusinessRuleException ex) {
			FormErrors.flash(redirect, ex);
		}
		return "redirect:/manage/rounds/" + rid + "?tab=scoring";
	}

	@PostMapping("/manage/rounds/{rid}/measurements")
	String measure(@PathVariable long rid, @RequestParam long entryId, @RequestParam String code,
			@RequestParam(required = false) String score, RedirectAttributes redirect) {
		return FormErrors.act(redirect, "judging.record.saved", "redirect:/manage/rounds/" + rid + "?tab=results",
				() -> {
					BigDecimal value;
					try {
						value = score == null || score.isBlank() ? null : Decimals.parse(score);
					}
					catch (NumberFormatException ex) {
						throw BusinessRuleException.invalid("score", "judging.record.scoreRequired");
					}
					scoring.record(Actors.require(), rid, entryId, code, value);
				});
	}

	@PostMapping("/manage/rounds/{rid}/import")
	String importPart(@PathVariable long rid, @RequestParam String part, @RequestParam("file") MultipartFile file,
			RedirectAttributes redirect) {
		return FormErrors.act(redirect, "judging.import.done", "redirect:/manage/rounds/" + rid + "?tab=results",
				() -> {
					try (InputStream in = file.getInputStream()) {
						imports.importScores(Actors.require(), rid, part, file.getOriginalFilename(), in);
					}
					catch (IOException ex) {
						throw BusinessRuleException.invalid("file", "judging.import.unreadable");
					}
				});
	}

	@PostMapping("/manage/rounds/{rid}/exam-scores")
	String examScores(@PathVariable long rid, @RequestParam(defaultValue = "") String part,
			RedirectAttributes redirect) {
		return FormErrors.act(redirect, "judging.exam.taken", "redirect:/manage/rounds/" + rid + "?tab=results",
				() -> examScores.take(Actors.require(), rid, part));
	}

	@PostMapping("/manage/rounds/{rid}/advance")
	String advance(@PathVariable long rid, RedirectAttributes redirect) {
		return FormErrors.act(redirect, "judging.advance.done", "redirect:/manage/rounds/" + rid + "?tab=advance",
				() -> roundAdvance.advance(Actors.require(), rid));
	}

	@GetMapping("/manage/rounds/{rid}/leaderboard")
	String leaderboard(@PathVariable long rid, Model model) {
		RoundView round = access.requireManage(Actors.require(), rid);
		model.addAttribute("round", round);
		model.addAttribute("contest", contests.find(round.contestId()).orElseThrow());
		model.addAttribute("results", roundResults.results(rid));
		return "judging/leaderboard";
	}

	@GetMapping("/manage/rounds/{rid}/leaderboard/rows")
	String leaderboardRows(@PathVariable long rid, Model model) {
		access.requireManage(Actors.require(), rid);
		model.addAttribute("results", roundResults.results(rid));
		return "judging/leaderboard :: rows";
	}

}
