package cn.jiangxin.exam.internal.web;

import java.math.BigDecimal;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.jiangxin.exam.internal.grading.Grading;
import cn.jiangxin.exam.internal.grading.MarkTask;
import cn.jiangxin.exam.internal.setup.Exam;
import cn.jiangxin.exam.internal.setup.ExamService;
import cn.jiangxin.exam.internal.setup.StaffDuty;
import cn.jiangxin.shared.Actor;
import cn.jiangxin.shared.Actors;
import cn.jiangxin.shared.BusinessRuleException;
import cn.jiangxin.shared.Decimals;
import cn.jiangxin.shared.web.FormErrors;

/**
 * The grading pages (阅卷): the exams a grader marks, an exam's queue by question, and the
 * blind marking of one answer after another, each claimed so that no other grader takes
 * the same.
 */
@Controller
@RequestMapping("/manage")
@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'UNION_ADMIN', 'JUDGE')")
class GradingController {

	private final Grading grading;

	private final GradingDesk desk;

	private final ExamService exams;

	GradingController(Grading grading, GradingDesk desk, ExamService exams) {
		this.grading = grading;
		this.desk = desk;
		this.exams = exams;
	}

	@GetMapping("/grading")
	String exams(Model model) {
		model.addAttribute("exams", desk.exams(Actors.require()));
		return "exam/grading";
	}

	@GetMapping("/exams/{id}/grading")
	String queue(@PathVariable long id, Model model) {
		Actor actor = Actors.require();
		Exam exam = exams.staffed(actor, id, StaffDuty.GRADER);
		model.addAttribute("exam", exam);
		model.addAttribute("queue", grading.queue(actor, id));
		model.addAttribute("recent", grading.recent(actor, id));
		return "exam/grading-queue";
	}

	@PostMapping("/exams/{id}/grading/{questionId}/claim")
	String claim(@PathVariable long id, @PathVariable long questionId, RedirectAttributes redirect) {
		try {
			return grading.claim(Actors.require(), id, questionId)
				.map(task -> "redirect:/manage/marks/" + task.markId())
				.orElseGet(() -> {
					redirect.addFlashAttribute("success", "exam.grading.noneLeft");
					return "redirect:/manage/exams/" + id + "/grading";
				});
		}
		catch (BusinessRuleException ex) {
			FormErrors.flash(redirect, ex);
			return "redirect:/manage/exams/" + id + "/grading";
		}
	}

	@GetMapping("/marks/{markId}")
	String task(@PathVariable long markId, Model model) {
		MarkTask task = grading.task(Actors.require(), markId);
		model.addAttribute("task", task);
		model.addAttribute("exam", exams.exam(task.examId()));
		return "exam/mark";
	}

	@PostMapping("/marks/{markId}")
	String mark(@PathVariable long markId, @RequestParam(defaultValue = "") String score,
			@RequestParam(required = false) String comment, @RequestParam(defaultValue = "false") boolean next,
			Model model, RedirectAttributes redirect) {
		Actor actor = Actors.require();
		MarkTask task = grading.task(actor, markId);
		try {
			BigDecimal value;
			try {
				value = Decimals.parse(score.strip());
			}
			catch (NumberFormatException ex) {
				throw BusinessRuleException.invalid("score", "exam.grading.scoreRange", task.points());
			}
			grading.mark(actor, markId, value, comment);
		}
		catch (BusinessRuleException ex) {
			model.addAttribute("task", task);
			model.addAttribute("exam", exams.exam(task.examId()));
			model.addAttribute("markError", ex.code());
			model.addAttribute("markErrorArgs", ex.args());
			model.addAttribute("typedScore", score);
			model.addAttribute("typedComment", comment);
			return "exam/mark";
		}
		redirect.addFlashAttribute("success", "exam.grading.marked");
		if (next) {
			return claim(task.examId(), task.questionId(), redirect);
		}
		return "redirect:/manage/exams/" + task.examId() + "/grading";
	}

	@PostMapping("/marks/{markId}/release")
	String release(@PathVariable long markId, RedirectAttributes redirect) {
		Actor actor = Actors.require();
		MarkTask task = grading.task(actor, markId);
		return FormErrors.act(redirect, "exam.grading.released", "redirect:/manage/exams/" + task.examId() + "/grading",
				() -> grading.release(actor, markId));
	}

}
