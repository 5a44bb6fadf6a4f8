package cn.jiangxin.judging.internal.web;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.jiangxin.contest.SubmissionFiles;
import cn.jiangxin.contest.SubmissionView;
import cn.jiangxin.judging.ExpertView;
import cn.jiangxin.judging.RubricDraft;
import cn.jiangxin.judging.ScoreDraft;
import cn.jiangxin.judging.internal.rounds.JudgingAccess;
import cn.jiangxin.judging.internal.rounds.Rubrics;
import cn.jiangxin.judging.internal.rounds.Sheet;
import cn.jiangxin.judging.internal.rounds.SheetStatus;
import cn.jiangxin.judging.internal.scoring.JudgeDesk;
import cn.jiangxin.judging.internal.scoring.JudgeEntry;
import cn.jiangxin.judging.internal.scoring.Scoring;
import cn.jiangxin.judging.internal.setup.RoundPanel;
import cn.jiangxin.judging.internal.setup.RoundSettings;
import cn.jiangxin.shared.Actor;
import cn.jiangxin.shared.Actors;
import cn.jiangxin.shared.BusinessRuleException;
import cn.jiangxin.shared.Decimals;
import cn.jiangxin.shared.NotFoundException;
import cn.jiangxin.shared.files.BlobStore;
import cn.jiangxin.shared.web.FormErrors;

/**
 * The judge's pages, made for a phone: their rounds, their entries with progress, and one
 * entry at a time with its materials and a score sheet to save as a draft or submit.
 */
@Controller
@PreAuthorize("hasRole('JUDGE')")
class JudgeController {

	private final JudgeDesk desk;

	private final RoundPanel roundPanel;

	private final RoundSettings roundSettings;

	private final Scoring scoring;

	private final JudgingAccess access;

	private final BlobStore blobs;

	private final MessageSource messages;

	JudgeController(JudgeDesk desk, RoundPanel roundPanel, RoundSettings roundSettings, Scoring scoring,
			JudgingAccess access, BlobStore blobs, MessageSource messages) {
		this.desk = desk;
		this.roundPanel = roundPanel;
		this.roundSettings = roundSettings;
		this.scoring = scoring;
		this.access = access;
		this.blobs = blobs;
		this.messages = messages;
	}

	@GetMapping("/judge")
	String home(Model model) {
		Actor judge = Actors.require();
		ExpertView expert = access.requireJudge(judge);
		model.addAttribute("expert", expert);
		model.addAttribute("rounds", desk.rounds(judge));
		model.addAttribute("conflicts", roundPanel.declaredConflicts(expert.id()));
		return "judging/judge-home";
	}

	@GetMapping("/judge/rounds/{rid}")
	String round(@PathVariable long rid, Model model) {
		Actor judge = Actors.require();
		List<JudgeDesk.Task> tasks = desk.tasks(judge, rid);
		model.addAttribute("round", access.round(rid));
		model.addAttribute("tasks", tasks);
		model.addAttribute("done",
				tasks.stream().filter(t -> SheetStatus.SUBMITTED.name().equals(t.sheetStatus())).count());
		model.addAttribute("setup", roundSettings.setup(rid));
		return "judging/judge-round";
	}

	@GetMapping("/judge/rounds/{rid}/entries/{eid}")
	String entry(@PathVariable long rid, @PathVariable long eid, Model model) {
		Actor judge = Actors.require();
		ExpertView expert = access.requireAssigned(judge, rid, eid);
		Map<String, String> scores = new LinkedHashMap<>();
		Map<String, String> comments = new LinkedHashMap<>();
		Sheet sheet = scoring.sheet(rid, eid, expert.id()).orElse(null);
		if (sheet != null) {
			sheet.items().forEach((code, item) -> {
				scores.put(code, item.score() == null ? "" : item.score().stripTrailingZeros().toPlainString());
				comments.put(code, item.comment() == null ? "" : item.comment());
			});
		}
		return show(judge, rid, eid, sheet, scores, comments, Map.of(), model);
	}

	@PostMapping("/judge/rounds/{rid}/entries/{eid}")
	String score(@PathVariable long rid, @PathVariable long eid, @RequestParam Map<String, String> form,
			@RequestParam(defaultValue = "draft") String action, Model model, RedirectAttributes redirect) {
		Actor judge = Actors.require();
		ExpertView expert = access.requireAssigned(judge, rid, eid);
		RubricDraft rubric = roundSettings.rubric(rid);
		if (rubric == null) {
			throw new NotFoundException("rubric", rid);
		}
		Map<String, String> scores = new LinkedHashMap<>();
		Map<String, String> comments = new LinkedHashMap<>();
		List<ScoreDraft.Item> items = new ArrayList<>();
		Map<String, String> errors = new LinkedHashMap<>();
		List<String> codes = new ArrayList<>();
		for (RubricDraft.Criterion c : rubric.criteria()) {
			if (!Rubrics.judged(c)) {
				continue;
			}
			String typed = form.getOrDefault("score." + c.code(), "").strip();
			String comment = form.getOrDefault("comment." + c.code(), "").strip();
			scores.put(c.code(), typed);
			comments.put(c.code(), comment);
			BigDecimal value = null;
			if (!typed.isEmpty()) {
				try {
					value = Decimals.parse(typed);
				}
				catch (NumberFormatException ex) {
					errors.put(c.code(),
							messages.getMessage("judging.score.range",
									new Object[] { c.label(), c.min().stripTrailingZeros().toPlainString(),
											c.max().stripTrailingZeros().toPlainString() },
									LocaleContextHolder.getLocale()));
				}
			}
			if (comment.length() > 1000) {
				errors.put(c.code(), messages.getMessage("judging.reasonTooLong", new Object[] { 1000 },
						LocaleContextHolder.getLocale()));
			}
			codes.add(c.code());
			items.add(new ScoreDraft.Item(c.code(), value, comment));
		}
		boolean submit = "submit".equals(action);
		if (errors.isEmpty()) {
			try {
				scoring.score(judge, rid, new ScoreDraft(eid, items, submit));
				redirect.addFlashAttribute("success", submit ? "judging.score.submitted" : "judging.score.saved");
				return submit ? next(judge, rid, eid) : "redirect:/judge/rounds/" + rid + "/entries/" + eid;
			}
			catch (BusinessRuleException ex) {
				String field = ex.field() == null ? "" : ex.field();
				String code = field.startsWith("items[")
						? codes.get(Integer.parseInt(field.substring(6, field.indexOf(']')))) : "";
				errors.put(code, messages.getMessage(ex.code(), ex.args(), LocaleContextHolder.getLocale()));
			}
		}
		return show(judge, rid, eid, scoring.sheet(rid, eid, expert.id()).orElse(null), scores, comments, errors,
				model);
	}

	@PostMapping("/judge/rounds/{rid}/entries/{eid}/conflict")
	String declare(@PathVariable long rid, @PathVariable long eid, @RequestParam(required = false) String reason,
			RedirectAttributes redirect) {
		try {
			int kept = roundPanel.declareConflict(Actors.require(), null, rid, eid, reason);
			redirect.addFlashAttribute("success",
					kept > 0 ? "judging.conflict.declaredKept" : "judging.conflict.declared");
			return "redirect:/judge/rounds/" + rid;
		}
		catch (BusinessRuleException ex) {
			FormErrors.flash(redirect, ex);
			return "redirect:/judge/rounds/" + rid + "/entries/" + eid;
		}
	}

	@GetMapping("/judge/rounds/{rid}/entries/{eid}/files/{itemId}")
	ResponseEntity<InputStreamResource> file(@PathVariable long rid, @PathVariable long eid, @PathVariable long itemId,
			@RequestParam(defaultValue = "false") boolean download) throws IOException {
		JudgeEntry entry = desk.entry(Actors.require(), rid, eid);
		SubmissionView.Item item = entry.items()
			.stream()
			.filter(i -> i.id() == itemId && i.file())
			.findFirst()
			.orElseThrow(() -> new NotFoundException("file", itemId));
		return SubmissionFiles.stream(blobs, item, download);
	}

	private String show(Actor judge, long rid, long eid, Sheet sheet, Map<String, String> scores,
			Map<String, String> comments, Map<String, String> errors, Model model) {
		List<JudgeDesk.Task> tasks = desk.tasks(judge, rid);
		int index = 0;
		for (int i = 0; i < tasks.size(); i++) {
			if (tasks.get(i).entryId() == eid) {
				index = i;
			}
		}
		model.addAttribute("round", access.round(rid));
		model.addAttribute("setup", roundSettings.setup(rid));
		model.addAttribute("entry", desk.entry(judge, rid, eid));
		model.addAttribute("rubric", roundSettings.rubric(rid));
		model.addAttribute("sheet", sheet);
		model.addAttribute("scores", scores);
		model.addAttribute("comments", comments);
		model.addAttribute("errors", errors);
		model.addAttribute("position", index + 1);
		model.addAttribute("count", tasks.size());
		model.addAttribute("previous", index > 0 ? tasks.get(index - 1).entryId() : null);
		model.addAttribute("next", index + 1 < tasks.size() ? tasks.get(index + 1).entryId() : null);
		return "judging/judge-entry";
	}

	/** After a submit: the next entry not yet submitted, or back to the list. */
	private String next(Actor judge, long rid, long eid) {
		return desk.tasks(judge, rid)
			.stream()
			.filter(t -> !SheetStatus.SUBMITTED.name().equals(t.sheetStatus()) && t.entryId() != eid)
			.findFirst()
			.map(t -> "redirect:/judge/rounds/" + rid + "/entries/" + t.entryId())
			.orElse("redirect:/judge/rounds/" + rid);
	}

}
