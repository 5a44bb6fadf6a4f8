package cn.jiangxin.judging.internal.web;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import cn.jiangxin.contest.RoundView;
import cn.jiangxin.judging.AdvancePreview;
import cn.jiangxin.judging.AssignmentView;
import cn.jiangxin.judging.ExpertDraft;
import cn.jiangxin.judging.ExpertView;
import cn.jiangxin.judging.JudgingSettings;
import cn.jiangxin.judging.RoundResults;
import cn.jiangxin.judging.RubricDraft;
import cn.jiangxin.judging.ScoreDraft;
import cn.jiangxin.judging.internal.assignment.Assignments;
import cn.jiangxin.judging.internal.experts.ExpertPool;
import cn.jiangxin.judging.internal.experts.ExpertStore;
import cn.jiangxin.judging.internal.rounds.JudgingAccess;
import cn.jiangxin.judging.internal.rounds.Sheet;
import cn.jiangxin.judging.internal.scoring.JudgeDesk;
import cn.jiangxin.judging.internal.scoring.JudgeEntry;
import cn.jiangxin.judging.internal.scoring.ExamScores;
import cn.jiangxin.judging.internal.scoring.PartImport;
import cn.jiangxin.judging.internal.scoring.Scoring;
import cn.jiangxin.judging.internal.setup.Rerank;
import cn.jiangxin.judging.internal.setup.RoundPanel;
import cn.jiangxin.judging.internal.setup.RoundSettings;
import cn.jiangxin.judging.internal.standings.Results;
import cn.jiangxin.judging.internal.standings.RoundAdvance;
import cn.jiangxin.shared.Actor;
import cn.jiangxin.shared.Actors;
import cn.jiangxin.shared.NotFoundException;
import cn.jiangxin.shared.OrgScope;

/**
 * Judging over JSON: the expert pool, a round's settings, rubric, panel and assignment
 * for its organisers; a judge's own entries and score sheets; results and advancement.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "judging", description = "评审 · expert judging")
class JudgingRestController {

	private final ExpertPool pool;

	private final RoundSettings roundSettings;

	private final RoundPanel roundPanel;

	private final Assignments assignments;

	private final Scoring scoring;

	private final Results roundResults;

	private final RoundAdvance roundAdvance;

	private final JudgingAccess access;

	private final JudgeDesk desk;

	private final ExpertStore experts;

	private final OrgScope scope;

	private final PartImport imports;

	private final ExamScores examScores;

	JudgingRestController(ExpertPool pool, RoundSettings roundSettings, RoundPanel roundPanel, Assignments assignments,
			Scoring scoring, Results roundResults, RoundAdvance roundAdvance, JudgingAccess access, JudgeDesk desk,
			ExpertStore experts, OrgScope scope, PartImport imports, ExamScores examScores) {
		this.examScores = examScores;
		this.imports = imports;
		this.pool = pool;
		this.roundSettings = roundSettings;
		this.roundPanel = roundPanel;
		this.assignments = assignments;
		this.scoring = scoring;
		this.roundResults = roundResults;
		this.roundAdvance = roundAdvance;
		this.access = access;
		this.desk = desk;
		this.experts = experts;
		this.scope = scope;
	}

	@GetMapping("/experts")
	@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'UNION_ADMIN')")
	@Operation(summary = "The expert pool of the caller's subtree, optionally matching a name, tag or unit")
	List<ExpertView> experts(@RequestParam(required = false) String q) {
		return experts.pool(scope.filter(Actors.require(), "e.pool_org_id"), q, 500);
	}

	@PostMapping("/experts")
	@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'UNION_ADMIN')")
	@Operation(summary = "Add an expert: a judge account with affiliation and expertise tags")
	ResponseEntity<ExpertView> addExpert(@Valid @RequestBody ExpertDraft draft) {
		long id = pool.addExpert(Actors.require(), draft);
		return ResponseEntity.created(URI.create("/api/v1/experts/" + id)).body(experts.find(id).orElseThrow());
	}

	@PutMapping("/rounds/{rid}/settings")
	@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'UNION_ADMIN')")
	@Operation(summary = "Set judges per entry, load band, blind mode, aggregation, thresholds and tie-breaks")
	JudgingSettings settings(@PathVariable long rid, @Valid @RequestBody JudgingSettings settings) {
		roundSettings.configure(Actors.require(), rid, settings);
		return roundSettings.setup(rid).settings();
	}

	@GetMapping("/rounds/{rid}/settings")
	@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'UNION_ADMIN')")
	@Operation(summary = "The round's judging settings as its organisers set them (the defaults until they do)")
	JudgingSettings readSettings(@PathVariable long rid) {
		access.requireManage(Actors.require(), rid);
		return roundSettings.setup(rid).settings();
	}

	@PutMapping("/rounds/{rid}/rubric")
	@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'UNION_ADMIN')")
	@Operation(summary = "Set the round's weighted parts and rubric criteria (before any sheet exists)")
	RubricDraft rubric(@PathVariable long rid, @Valid @RequestBody RubricDraft rubric) {
		roundSettings.defineRubric(Actors.require(), rid, rubric);
		return roundSettings.rubric(rid);
	}

	@GetMapping("/rounds/{rid}/rubric")
	@Operation(summary = "The round's rubric: its organisers and its judges may read it")
	RubricDraft readRubric(@PathVariable long rid) {
		Actor actor = Actors.require();
		RoundView round = access.round(rid);
		if (!access.canManage(actor, round)) {
			desk.tasks(actor, rid);
		}
		RubricDraft rubric = roundSettings.rubric(rid);
		if (rubric == null) {
			throw new NotFoundException("rubric", rid);
		}
		return rubric;
	}

	@PutMapping("/rounds/{rid}/panel")
	@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'UNION_ADMIN')")
	@Operation(summary = "Set the experts who may be assigned the round's entries")
	List<ExpertView> panel(@PathVariable long rid, @Valid @RequestBody Panel panel) {
		roundPanel.setPanel(Actors.require(), rid, panel.expertIds());
		return roundPanel.panel(rid);
	}

	@GetMapping("/rounds/{rid}/panel")
	@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'UNION_ADMIN')")
	@Operation(summary = "The experts on the round's panel")
	List<ExpertView> readPanel(@PathVariable long rid) {
		access.requireManage(Actors.require(), rid);
		return roundPanel.panel(rid);
	}

	@PostMapping("/rounds/{rid}/conflicts")
	@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'UNION_ADMIN')")
	@Operation(summary = "Record a conflict between an expert and an entry; the expert loses the entry unless they "
			+ "submitted (reopen the sheet to take them off) or the round is closed (kept as published)")
	ResponseEntity<Void> conflict(@PathVariable long rid, @Valid @RequestBody AdminConflict conflict) {
		roundPanel.setConflict(Actors.require(), rid, conflict.expertId(), conflict.entryId(), conflict.reason());
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/rounds/{rid}/reranks")
	@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'UNION_ADMIN')")
	@Operation(
			summary = "Rank the round anew after scores came in: new method, basis, thresholds or tie-breaks, with a reason; "
					+ "refused once the round is closed")
	ResponseEntity<Rerank.Done> rerank(@PathVariable long rid, @Valid @RequestBody Rerank rerank) {
		Rerank.Done done = roundSettings.rerank(Actors.require(), rid, rerank);
		return ResponseEntity.created(URI.create("/api/v1/rounds/" + rid + "/reranks")).body(done);
	}

	@GetMapping("/rounds/{rid}/reranks")
	@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'UNION_ADMIN')")
	@Operation(
			summary = "The round's re-ranks, newest first: when, by whom, why, the rule before and after, entries that moved")
	List<Rerank.Done> reranks(@PathVariable long rid) {
		access.requireManage(Actors.require(), rid);
		return roundSettings.reranks(rid);
	}

	@PostMapping("/contests/{id}/rounds/{rid}/assignments")
	@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'UNION_ADMIN')")
	@Operation(summary = "Compute the assignment by min-cost flow; infeasible input answers 409 naming what to change")
	AssignmentView assign(@PathVariable long id, @PathVariable long rid) {
		roundOf(id, rid);
		return assignments.assign(Actors.require(), rid);
	}

	@GetMapping("/contests/{id}/rounds/{rid}/assignments")
	@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'UNION_ADMIN')")
	@Operation(summary = "The round's assignment: each entry's judges and each judge's load")
	AssignmentView assignment(@PathVariable long id, @PathVariable long rid) {
		roundOf(id, rid);
		access.requireManage(Actors.require(), rid);
		return assignments.assignment(rid);
	}

	@PostMapping("/contests/{id}/rounds/{rid}/assignments/overrides")
	@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'UNION_ADMIN')")
	@Operation(summary = "Add or remove one judge on one entry by hand")
	AssignmentView override(@PathVariable long id, @PathVariable long rid, @Valid @RequestBody Reassign override) {
		roundOf(id, rid);
		assignments.override(Actors.require(), rid, override.entryId(), override.expertId(), override.add());
		return assignments.assignment(rid);
	}

	@PostMapping("/rounds/{rid}/scoring")
	@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'UNION_ADMIN')")
	@Operation(summary = "Open the round for scoring")
	ResponseEntity<Void> startScoring(@PathVariable long rid) {
		scoring.startScoring(Actors.require(), rid);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/rounds/{rid}/entries")
	@PreAuthorize("hasRole('JUDGE')")
	@Operation(summary = "A judge's entries in the round with the state of their sheets")
	List<JudgeDesk.Task> myEntries(@PathVariable long rid) {
		return desk.tasks(Actors.require(), rid);
	}

	@GetMapping("/rounds/{rid}/entries/{entryId}")
	@PreAuthorize("hasRole('JUDGE')")
	@Operation(summary = "One assigned entry as its judge sees it (blind mode hides names and unit)")
	JudgeEntry myEntry(@PathVariable long rid, @PathVariable long entryId) {
		return desk.entry(Actors.require(), rid, entryId);
	}

	@PutMapping("/rounds/{rid}/scores")
	@PreAuthorize("hasRole('JUDGE')")
	@Operation(summary = "A judge saves their sheet for one entry as a draft, or submits it (then it is locked)")
	Sheet score(@PathVariable long rid, @Valid @RequestBody ScoreDraft draft) {
		Actor judge = Actors.require();
		scoring.score(judge, rid, draft);
		return scoring.sheet(rid, draft.entryId(), access.requireJudge(judge).id()).orElseThrow();
	}

	@GetMapping("/rounds/{rid}/scores")
	@PreAuthorize("hasRole('JUDGE')")
	@Operation(summary = "A judge's own sheets in the round")
	List<Sheet> myScores(@PathVariable long rid) {
		Actor judge = Actors.require();
		desk.tasks(judge, rid);
		return scoring.sheetsOf(rid, access.requireJudge(judge).id());
	}

	@PostMapping("/rounds/{rid}/scores/reopen")
	@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'UNION_ADMIN')")
	@Operation(summary = "Reopen a submitted sheet, with a reason; the reopening is audited")
	ResponseEntity<Void> reopen(@PathVariable long rid, @Valid @RequestBody Reopen reopen) {
		scoring.reopen(Actors.require(), rid, reopen.entryId(), reopen.expertId(), reopen.reason());
		return ResponseEntity.noContent().build();
	}

	@PutMapping("/rounds/{rid}/measurements")
	@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'UNION_ADMIN')")
	@Operation(summary = "Record a measured item or an imported part score (0–100) of one entry")
	ResponseEntity<Void> measure(@PathVariable long rid, @Valid @RequestBody Measurement measurement) {
		scoring.record(Actors.require(), rid, measurement.entryId(), measurement.code(), measurement.score());
		return ResponseEntity.noContent().build();
	}

	@PostMapping(value = "/rounds/{rid}/parts/{code}/scores", consumes = "multipart/form-data")
	@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'UNION_ADMIN')")
	@Operation(
			summary = "Import an imported part's scores (e.g. 理论) from xlsx/csv: card number or entry number, score; all or none")
	Map<String, Integer> importScores(@PathVariable long rid, @PathVariable String code,
			@RequestPart("file") MultipartFile file) throws IOException {
		access.requireManage(Actors.require(), rid);
		try (InputStream in = file.getInputStream()) {
			return Map.of("imported",
					imports.importScores(Actors.require(), rid, code, file.getOriginalFilename(), in));
		}
	}

	@PostMapping("/rounds/{rid}/parts/{code}/exam-scores")
	@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'UNION_ADMIN')")
	@Operation(summary = "Take an imported part's scores (e.g. 理论) from the final results of the exam it is set to "
			+ "take them from; an entry scores its people's mean result out of 100")
	Map<String, Integer> takeExamScores(@PathVariable long rid, @PathVariable String code) {
		return Map.of("recorded", examScores.take(Actors.require(), rid, code));
	}

	@PostMapping("/me/conflicts")
	@PreAuthorize("hasRole('JUDGE')")
	@Operation(
			summary = "A judge declares a conflict with an org's subtree, or with an entry of a round; they lose the "
					+ "entries not yet submitted in rounds still open, the rest stay for the organisers to see")
	ResponseEntity<Void> declare(@Valid @RequestBody Declaration declaration) {
		roundPanel.declareConflict(Actors.require(), declaration.orgId(), declaration.roundId(), declaration.entryId(),
				declaration.reason());
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/rounds/{rid}/results")
	@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'UNION_ADMIN')")
	@Operation(summary = "The round's standings: raw and normalised side by side, disagreement flags, ranks")
	RoundResults results(@PathVariable long rid) {
		access.requireManage(Actors.require(), rid);
		return roundResults.results(rid);
	}

	@GetMapping("/rounds/{rid}/advance")
	@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'UNION_ADMIN')")
	@Operation(summary = "Preview the cut: who goes on, with ties at the boundary marked")
	AdvancePreview preview(@PathVariable long rid) {
		access.requireManage(Actors.require(), rid);
		return roundAdvance.previewAdvance(rid);
	}

	@PostMapping("/rounds/{rid}/advance")
	@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'UNION_ADMIN')")
	@Operation(
			summary = "Confirm the cut: advancing entries start the next round with fresh scores; `confirm` false only previews")
	AdvancePreview advance(@PathVariable long rid, @Valid @RequestBody Advance advance) {
		if (!Boolean.TRUE.equals(advance.confirm())) {
			return preview(rid);
		}
		return roundAdvance.advance(Actors.require(), rid);
	}

	private RoundView roundOf(long contestId, long roundId) {
		RoundView round = access.round(roundId);
		if (round.contestId() != contestId) {
			throw new NotFoundException("round", roundId);
		}
		return round;
	}

	/** The experts a round's entries may be assigned to. */
	record Panel(@NotNull @Size(max = 1000) List<@NotNull Long> expertIds) {
	}

	/** A conflict an admin knows of between an expert and an entry. */
	record AdminConflict(@NotNull Long expertId, @NotNull Long entryId, @NotBlank @Size(max = 200) String reason) {
	}

	/** Adds a judge to, or removes one from, an entry. */
	record Reassign(@NotNull Long entryId, @NotNull Long expertId, @NotNull Boolean add) {
	}

	/** Reopens a judge's submitted sheet, with the reason. */
	record Reopen(@NotNull Long entryId, @NotNull Long expertId, @NotBlank @Size(max = 200) String reason) {
	}

	/** A measured criterion or imported part of one entry. */
	record Measurement(@NotNull Long entryId, @NotBlank @Size(max = 30) String code, @NotNull BigDecimal score) {
	}

	/** Confirms the cut when true; previews it otherwise. */
	record Advance(@NotNull Boolean confirm) {
	}

	/**
	 * A judge's own declaration of a conflict, with an org's subtree or with an entry.
	 */
	record Declaration(Long orgId, Long roundId, Long entryId, @NotBlank @Size(max = 200) String reason) {
	}

}
