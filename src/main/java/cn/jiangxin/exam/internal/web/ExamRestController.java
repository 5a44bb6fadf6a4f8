package cn.jiangxin.exam.internal.web;

import java.net.URI;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.jiangxin.exam.ExamStatus;
import cn.jiangxin.exam.ExamView;
import cn.jiangxin.exam.internal.analysis.ExamAnalysis;
import cn.jiangxin.exam.internal.results.ExamResults;
import cn.jiangxin.exam.internal.setup.BlueprintDraft;
import cn.jiangxin.exam.internal.setup.Exam;
import cn.jiangxin.exam.internal.setup.ExamDraft;
import cn.jiangxin.exam.internal.setup.ExamService;
import cn.jiangxin.exam.internal.setup.ExamStore;
import cn.jiangxin.exam.internal.setup.FixedDraft;
import cn.jiangxin.exam.internal.setup.StaffDuty;
import cn.jiangxin.exam.internal.sitting.CandidatePaper;
import cn.jiangxin.exam.internal.sitting.Sittings;
import cn.jiangxin.shared.Actor;
import cn.jiangxin.shared.Actors;
import cn.jiangxin.shared.BusinessRuleException;
import cn.jiangxin.shared.NotFoundException;
import cn.jiangxin.shared.OrgScope;
import cn.jiangxin.shared.PageQuery;
import cn.jiangxin.shared.PageResult;

/**
 * Exams over JSON: setting one up (window, rules, who sits it, its paper), publishing,
 * closing and finalising it, its candidates with their tickets and its staff, the
 * invigilator's live view, results, item analysis and an open quiz's leaderboard; and a
 * candidate starting or resuming their attempt.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "exams", description = "理论考试 · exams")
class ExamRestController {

	private final ExamService exams;

	private final ExamStore store;

	private final ExamViews views;

	private final ExamResults results;

	private final ExamAnalysis analysis;

	private final Sittings sittings;

	private final OrgScope scope;

	ExamRestController(ExamService exams, ExamStore store, ExamViews views, ExamResults results, ExamAnalysis analysis,
			Sittings sittings, OrgScope scope) {
		this.exams = exams;
		this.store = store;
		this.views = views;
		this.results = results;
		this.analysis = analysis;
		this.sittings = sittings;
		this.scope = scope;
	}

	@GetMapping("/exams")
	@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'UNION_ADMIN')")
	@Operation(summary = "The exams of the caller's subtree, newest window first, optionally in one status")
	List<ExamView> list(@RequestParam(required = false) ExamStatus status) {
		return views.views(store.list(scope.filter(Actors.require(), "org_id"), status, 500));
	}

	@PostMapping("/exams")
	@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'UNION_ADMIN')")
	@Operation(summary = "Set an exam up as a draft: its union, who sits it, window, duration, rules and bank")
	ResponseEntity<ExamViews.ExamDetail> create(@Valid @RequestBody ExamDraft draft) {
		long id = exams.create(Actors.require(), draft);
		return ResponseEntity.created(URI.create("/api/v1/exams/" + id)).body(views.detail(exams.exam(id)));
	}

	@GetMapping("/exams/{id}")
	@Operation(summary = "An exam as its organisers and staff see it")
	ExamViews.ExamDetail exam(@PathVariable long id) {
		return views.detail(staffed(id));
	}

	/** An exam's new setup and the version it was read at. */
	record ExamUpdate(@NotNull @Valid ExamDraft exam, @NotNull Integer version) {
	}

	@PutMapping("/exams/{id}")
	@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'UNION_ADMIN')")
	@Operation(summary = "Change a draft exam's setup; `version` must be the one last read (a new bank or kind of "
			+ "paper clears the paper)")
	ExamViews.ExamDetail update(@PathVariable long id, @Valid @RequestBody ExamUpdate update) {
		exams.update(Actors.require(), id, update.exam(), update.version());
		return views.detail(exams.exam(id));
	}

	@GetMapping("/exams/{id}/blueprint")
	@Operation(summary = "A drawn paper's blueprint, its full marks, and how many questions each row's pool holds "
			+ "and misses")
	ExamViews.BlueprintView blueprint(@PathVariable long id) {
		return views.blueprint(organised(id));
	}

	@PutMapping("/exams/{id}/blueprint")
	@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'UNION_ADMIN')")
	@Operation(summary = "Write a draft exam's blueprint: rows of (area, type, difficulty range, count, points each)")
	ExamViews.BlueprintView writeBlueprint(@PathVariable long id, @Valid @RequestBody BlueprintDraft draft) {
		Actor actor = Actors.require();
		exams.blueprint(actor, id, draft);
		return views.blueprint(exams.exam(id));
	}

	@GetMapping("/exams/{id}/fixed-paper")
	@Operation(summary = "A fixed paper's questions at their versions, and its full marks")
	ExamViews.FixedView fixedPaper(@PathVariable long id) {
		return views.fixed(organised(id));
	}

	@PutMapping("/exams/{id}/fixed-paper")
	@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'UNION_ADMIN')")
	@Operation(summary = "Write a draft exam's fixed paper: its questions in order, each at its current version")
	ExamViews.FixedView writeFixedPaper(@PathVariable long id, @Valid @RequestBody FixedDraft draft) {
		exams.fixed(Actors.require(), id, draft);
		return views.fixed(exams.exam(id));
	}

	@GetMapping("/exams/{id}/preview")
	@Operation(summary = "A paper as a candidate would get it from a seed (random without one): a draft from the bank "
			+ "as it is now, a published exam from its pools")
	List<Sittings.Previewed> preview(@PathVariable long id, @RequestParam(required = false) Long seed) {
		Exam exam = organised(id);
		return sittings.preview(exam, seed == null ? System.nanoTime() : seed);
	}

	/** The version of an exam a step is taken from. */
	record Version(@NotNull Integer version) {
	}

	@PostMapping("/exams/{id}/publish")
	@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'UNION_ADMIN')")
	@Operation(summary = "Publish a draft: the paper is checked against the bank and its pools fixed, the candidates "
			+ "named with their tickets; nothing of the setup changes after")
	ExamViews.ExamDetail publish(@PathVariable long id, @Valid @RequestBody Version version) {
		exams.publish(Actors.require(), id, version.version());
		return views.detail(exams.exam(id));
	}

	@PostMapping("/exams/{id}/close")
	@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'UNION_ADMIN')")
	@Operation(summary = "Close a published exam now: the window ends and open attempts are handed in as saved")
	ExamViews.ExamDetail close(@PathVariable long id) {
		results.close(Actors.require(), id);
		return views.detail(exams.exam(id));
	}

	@PostMapping("/exams/{id}/finalise")
	@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'UNION_ADMIN')")
	@Operation(summary = "Confirm a closed exam's results (every short answer marked); nothing changes after, and a "
			+ "contest round set to take them does")
	ExamViews.ExamDetail finalise(@PathVariable long id) {
		results.finalise(Actors.require(), id);
		return views.detail(exams.exam(id));
	}

	@GetMapping("/exams/{id}/candidates")
	@Operation(summary = "The named candidates with their admission tickets (准考证) and check-in")
	List<ExamViews.CandidateRow> candidates(@PathVariable long id) {
		return views.candidates(staffed(id));
	}

	/** Members to name as candidates. */
	record CandidatesDraft(@NotNull @Size(min = 1, max = 5000) List<@NotNull Long> memberIds) {
	}

	@PostMapping("/exams/{id}/candidates")
	@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'UNION_ADMIN')")
	@Operation(summary = "Name members of the caller's subtree as candidates of a member-list exam")
	List<ExamViews.CandidateRow> addCandidates(@PathVariable long id, @Valid @RequestBody CandidatesDraft draft) {
		exams.addCandidates(Actors.require(), id, draft.memberIds());
		return views.candidates(exams.exam(id));
	}

	@PostMapping("/exams/{id}/candidates/refresh")
	@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'UNION_ADMIN')")
	@Operation(summary = "Take in the entrants added to the round (or course) since the exam was published")
	List<ExamViews.CandidateRow> refreshCandidates(@PathVariable long id) {
		exams.refreshCandidates(Actors.require(), id);
		return views.candidates(exams.exam(id));
	}

	@DeleteMapping("/exams/{id}/candidates/{memberId}")
	@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'UNION_ADMIN')")
	@Operation(summary = "Take a candidate off a draft exam")
	ResponseEntity<Void> removeCandidate(@PathVariable long id, @PathVariable long memberId) {
		exams.removeCandidate(Actors.require(), id, memberId);
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/exam-tickets/{ticketNo}/check-in")
	@Operation(summary = "Check a candidate in on site by their admission ticket, as the exam's invigilator")
	ExamStore.Candidate checkIn(@PathVariable String ticketNo) {
		return exams.checkIn(Actors.require(), ticketNo);
	}

	@GetMapping("/exams/{id}/staff")
	@Operation(summary = "Who invigilates and grades the exam")
	List<ExamViews.StaffRow> staff(@PathVariable long id) {
		return views.staff(organised(id));
	}

	/** An account to put on an exam's staff, and what they do. */
	record StaffDraft(@NotBlank @Size(max = 100) String username, @NotNull StaffDuty duty) {
	}

	@PostMapping("/exams/{id}/staff")
	@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'UNION_ADMIN')")
	@Operation(summary = "Put an admin of the exam's subtree or an expert on its staff, to invigilate or to grade")
	List<ExamViews.StaffRow> addStaff(@PathVariable long id, @Valid @RequestBody StaffDraft draft) {
		exams.addStaff(Actors.require(), id, draft.username(), draft.duty());
		return views.staff(exams.exam(id));
	}

	@DeleteMapping("/exams/{id}/staff/{accountId}")
	@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'UNION_ADMIN')")
	@Operation(summary = "Take someone off the exam's staff for one duty")
	ResponseEntity<Void> removeStaff(@PathVariable long id, @PathVariable long accountId,
			@RequestParam StaffDuty duty) {
		exams.removeStaff(Actors.require(), id, accountId, duty);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/exams/{id}/attempts")
	@Operation(summary = "The invigilator's live view: each candidate's latest attempt, its progress and what was "
			+ "logged (focus lost, take-overs, new addresses)")
	PageResult<ExamViews.LiveRow> live(@PathVariable long id,
			@RequestParam(defaultValue = "ALL") ExamViews.LiveFilter filter,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		Exam exam = exams.staffed(Actors.require(), id, StaffDuty.INVIGILATOR);
		PageQuery query = PageQuery.of(page, size);
		long[] total = new long[1];
		List<ExamViews.LiveRow> rows = views.live(exam, filter, query.page(), query.size(), total);
		return new PageResult<>(rows, total[0], query.page(), query.size());
	}

	/** The device token the page kept from its last start, if any. */
	record StartRequest(@Pattern(regexp = "[A-Za-z0-9_-]{16,64}") String device) {
	}

	@PostMapping("/exams/{id}/attempts")
	@PreAuthorize("hasRole('MEMBER')")
	@Operation(summary = "Start the caller's next attempt, or resume the one in progress: on the device that holds "
			+ "it (its token in `device`) or, taking it over, on another")
	CandidatePaper start(@PathVariable long id, @Valid @RequestBody(required = false) StartRequest start,
			HttpServletRequest request) {
		return sittings.start(Actors.require(), id, start == null ? null : start.device(), request.getRemoteAddr());
	}

	@GetMapping("/exams/{id}/results")
	@Operation(summary = "Each candidate's best graded attempt, best first, with subtotals by knowledge area")
	List<ExamViews.ResultRow> results(@PathVariable long id) {
		Exam exam = staffed(id);
		return views.results(exam, results.withAreas(results.standings(exam)));
	}

	@GetMapping("/exams/{id}/analysis")
	@Operation(summary = "Item analysis: per item facility, point-biserial and upper–lower discrimination, option "
			+ "choice rates with flagged distractors; per paper and area KR-20 or alpha and the SEM")
	ExamAnalysis.Report analysis(@PathVariable long id) {
		Exam exam = organised(id);
		if (exam.status() == ExamStatus.DRAFT) {
			throw BusinessRuleException.conflict("exam.notPublished");
		}
		return analysis.report(exam);
	}

	@GetMapping("/exams/{id}/leaderboard")
	@Operation(summary = "An open quiz's leaderboard: best score, then the time taken (names masked)")
	List<ExamViews.PlaceRow> leaderboard(@PathVariable long id, @RequestParam(defaultValue = "50") int limit) {
		Exam exam = exams.exam(id);
		Actor actor = Actors.require();
		boolean member = actor.memberId() != null && exams.eligible(exam, actor.memberId());
		if (!ExamViews.hasLeaderboard(exam) || !(member || exams.organises(actor, exam))) {
			throw new NotFoundException("exam", id);
		}
		if (limit < 1 || limit > 200) {
			throw BusinessRuleException.invalid("limit", "validation.size.range", 200);
		}
		return views.leaderboard(exam, limit);
	}

	private Exam organised(long id) {
		return exams.organised(Actors.require(), id);
	}

	/** An exam the caller organises, invigilates or grades. */
	private Exam staffed(long id) {
		Actor actor = Actors.require();
		Exam exam = exams.exam(id);
		if (!exams.hasDuty(actor, exam, StaffDuty.INVIGILATOR) && !exams.hasDuty(actor, exam, StaffDuty.GRADER)) {
			throw new NotFoundException("exam", id);
		}
		return exam;
	}

}
