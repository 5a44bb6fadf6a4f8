package cn.jiangxin.exam.internal.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import cn.jiangxin.exam.internal.sitting.EventKind;
import cn.jiangxin.exam.internal.sitting.SaveOutcome;
import cn.jiangxin.exam.internal.sitting.Sittings;
import cn.jiangxin.shared.Actor;
import cn.jiangxin.shared.Actors;

/**
 * A candidate's attempt over JSON: saving one answer as it is given (the later of two by
 * the client's sequence number), the page's reports and the clock it counts down by,
 * handing in; an invigilator's extra time and collection (收卷); the attempt as its
 * candidate or its exam's staff may see it; and a member's own exams.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "attempts", description = "作答 · exam attempts")
class AttemptRestController {

	private final Sittings sittings;

	private final CandidateViews candidates;

	AttemptRestController(Sittings sittings, CandidateViews candidates) {
		this.sittings = sittings;
		this.candidates = candidates;
	}

	/** A device token as a start answered it. */
	static final String DEVICE = "[A-Za-z0-9_-]{16,64}";

	/**
	 * One answer as given: the option keys chosen, "T" or "F", one text per blank, or the
	 * short answer; the client's sequence number (rising with each answer it gives); the
	 * device that holds the attempt.
	 */
	record AnswerDraft(@NotNull @Size(max = 10) List<@NotNull @Size(max = 5000) String> answer,
			@NotNull @Min(1) @Max(1_000_000_000_000L) Long seq, @NotNull @Pattern(regexp = DEVICE) String device) {
	}

	@PutMapping("/attempts/{id}/answers/{questionId}")
	@PreAuthorize("hasRole('MEMBER')")
	@Operation(summary = "Save one answer before the deadline, from the device that holds the attempt; a save with a "
			+ "lower sequence number than the one kept is passed over (`saved`: false)")
	SaveOutcome save(@PathVariable long id, @PathVariable long questionId, @Valid @RequestBody AnswerDraft draft) {
		return sittings.save(Actors.require(), id, questionId, draft.answer(), draft.seq(), draft.device());
	}

	/** What the page reports (none for a plain heartbeat), from which device. */
	record Report(EventKind kind, @Size(max = 200) String detail, @NotNull @Pattern(regexp = DEVICE) String device) {
	}

	@PostMapping("/attempts/{id}/events")
	@PreAuthorize("hasRole('MEMBER')")
	@Operation(summary = "The page's heartbeat and reports (FOCUS_LOST, HIDDEN, OFFLINE) for the invigilator; answers "
			+ "the server's time, the deadline and whether this device still holds the attempt")
	Sittings.Pulse report(@PathVariable long id, @Valid @RequestBody Report report, HttpServletRequest request) {
		return sittings.report(Actors.require(), id, report.device(), report.kind(), report.detail(),
				request.getRemoteAddr());
	}

	/** The device handing in. */
	record HandIn(@NotNull @Pattern(regexp = DEVICE) String device) {
	}

	@PostMapping("/attempts/{id}/submit")
	@PreAuthorize("hasRole('MEMBER')")
	@Operation(summary = "Hand the attempt in from the device that holds it; handing in again answers it as handed in")
	CandidateViews.AttemptResult submit(@PathVariable long id, @Valid @RequestBody HandIn handIn) {
		Actor actor = Actors.require();
		sittings.submit(actor, id, handIn.device());
		return candidates.result(actor, id);
	}

	@GetMapping("/attempts/{id}")
	@Operation(summary = "An attempt as its candidate sees it (the score once shown, the paper once reviewable) or as "
			+ "its exam's invigilators see it (with its log)")
	CandidateViews.AttemptResult attempt(@PathVariable long id) {
		return candidates.result(Actors.require(), id);
	}

	/** Extra minutes for one attempt, and why. */
	record ExtraTime(@NotNull @Min(1) @Max(120) Integer minutes, @NotBlank @Size(max = 200) String reason) {
	}

	@PostMapping("/attempts/{id}/extra-time")
	@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'UNION_ADMIN', 'JUDGE')")
	@Operation(summary = "Give one candidate's attempt extra minutes (after a power cut, say), as the exam's "
			+ "invigilator; audited")
	CandidateViews.AttemptResult extend(@PathVariable long id, @Valid @RequestBody ExtraTime extra) {
		Actor actor = Actors.require();
		sittings.extend(actor, id, extra.minutes(), extra.reason());
		return candidates.result(actor, id);
	}

	/** Why an attempt is collected. */
	record Collection(@NotBlank @Size(max = 200) String reason) {
	}

	@PostMapping("/attempts/{id}/collect")
	@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'UNION_ADMIN', 'JUDGE')")
	@Operation(summary = "Collect an attempt (收卷) with what was saved, as the exam's invigilator; audited")
	CandidateViews.AttemptResult collect(@PathVariable long id, @Valid @RequestBody Collection collection) {
		Actor actor = Actors.require();
		sittings.collect(actor, id, collection.reason());
		return candidates.result(actor, id);
	}

	@GetMapping("/me/exams")
	@PreAuthorize("hasRole('MEMBER')")
	@Operation(summary = "The caller's exams: those naming them, the open quizzes of their union's subtree, and any "
			+ "they sat, each with their attempts and whether they may start")
	List<CandidateViews.MyExam> myExams() {
		return candidates.myExams(Actors.require());
	}

}
