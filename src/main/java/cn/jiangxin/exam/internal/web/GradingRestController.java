package cn.jiangxin.exam.internal.web;

import java.math.BigDecimal;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
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
import org.springframework.web.bind.annotation.RestController;

import cn.jiangxin.exam.ExamView;
import cn.jiangxin.exam.internal.grading.Grading;
import cn.jiangxin.exam.internal.grading.MarkTask;
import cn.jiangxin.shared.Actors;

/**
 * Grading over JSON (阅卷): the exams a grader marks, each exam's queue of short-answer
 * questions, claiming the next answer to mark (blind), marking it, or giving it back.
 */
@RestController
@RequestMapping("/api/v1/grading")
@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'UNION_ADMIN', 'JUDGE')")
@Tag(name = "grading", description = "阅卷 · grading short answers")
class GradingRestController {

	private final Grading grading;

	private final GradingDesk desk;

	GradingRestController(Grading grading, GradingDesk desk) {
		this.grading = grading;
		this.desk = desk;
	}

	@GetMapping
	@Operation(summary = "The exams with short answers the caller grades (on their staff, or organised by them)")
	List<ExamView> exams() {
		return desk.exams(Actors.require());
	}

	@GetMapping("/exams/{examId}")
	@Operation(summary = "An exam's short-answer questions, each with its answers, those with a final score, and the "
			+ "caller's marks")
	List<Grading.QueueRow> queue(@PathVariable long examId) {
		return grading.queue(Actors.require(), examId);
	}

	@PostMapping("/exams/{examId}/questions/{questionId}/claim")
	@Operation(summary = "Claim the next answer of a question that needs the caller's mark (or the one they hold); "
			+ "204 when none is left for them")
	ResponseEntity<MarkTask> claim(@PathVariable long examId, @PathVariable long questionId) {
		return grading.claim(Actors.require(), examId, questionId)
			.map(ResponseEntity::ok)
			.orElseGet(() -> ResponseEntity.noContent().build());
	}

	@GetMapping("/marks/{markId}")
	@Operation(summary = "A claimed or marked answer, as its grader sees it (blind)")
	MarkTask task(@PathVariable long markId) {
		return grading.task(Actors.require(), markId);
	}

	/**
	 * A mark of an answer: a score within the question's points, in steps of a half; a
	 * comment.
	 */
	record MarkDraft(@NotNull @DecimalMin("0") @DecimalMax("1000") BigDecimal score, @Size(max = 1000) String comment) {
	}

	@PutMapping("/marks/{markId}")
	@Operation(summary = "Mark a claimed answer, once; the answer's final score follows when its marks are complete")
	MarkTask mark(@PathVariable long markId, @Valid @RequestBody MarkDraft draft) {
		return grading.mark(Actors.require(), markId, draft.score(), draft.comment());
	}

	@DeleteMapping("/marks/{markId}")
	@Operation(summary = "Give a claimed answer back unmarked, for another grader")
	ResponseEntity<Void> release(@PathVariable long markId) {
		grading.release(Actors.require(), markId);
		return ResponseEntity.noContent().build();
	}

}
