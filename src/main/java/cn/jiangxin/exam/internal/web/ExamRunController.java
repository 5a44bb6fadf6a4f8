package cn.jiangxin.exam.internal.web;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.jiangxin.audit.AuditAction;
import cn.jiangxin.audit.AuditLog;
import cn.jiangxin.exam.ExamStatus;
import cn.jiangxin.exam.internal.analysis.ExamAnalysis;
import cn.jiangxin.exam.internal.results.ExamResults;
import cn.jiangxin.exam.internal.setup.Exam;
import cn.jiangxin.exam.internal.setup.ExamService;
import cn.jiangxin.exam.internal.setup.ExamStore;
import cn.jiangxin.exam.internal.setup.StaffDuty;
import cn.jiangxin.exam.internal.sitting.Sittings;
import cn.jiangxin.shared.Actor;
import cn.jiangxin.shared.Actors;
import cn.jiangxin.shared.BusinessRuleException;
import cn.jiangxin.shared.NotFoundException;
import cn.jiangxin.shared.Zones;
import cn.jiangxin.shared.web.FormErrors;

/**
 * Running an exam and after: the invigilator's live view (who started, how far, what the
 * log holds), one attempt with its log, extra time and collection (收卷), a ticket's check
 * in from its QR code; closing and finalising; results with their export, and the item
 * analysis with its charts.
 */
@Controller
class ExamRunController {

	private static final int LIVE_PAGE = 50;

	private final ExamService exams;

	private final ExamStore store;

	private final ExamViews views;

	private final CandidateViews candidates;

	private final ExamResults results;

	private final ExamAnalysis analysis;

	private final ExamCharts charts;

	private final Sittings sittings;

	private final AuditLog audit;

	private final Clock clock;

	ExamRunController(ExamService exams, ExamStore store, ExamViews views, CandidateViews candidates,
			ExamResults results, ExamAnalysis analysis, ExamCharts charts, Sittings sittings, AuditLog audit,
			Clock clock) {
		this.clock = clock;
		this.exams = exams;
		this.store = store;
		this.views = views;
		this.candidates = candidates;
		this.results = results;
		this.analysis = analysis;
		this.charts = charts;
		this.sittings = sittings;
		this.audit = audit;
	}

	@GetMapping("/manage/exams/{id}/live")
	@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'UNION_ADMIN', 'JUDGE')")
	String live(@PathVariable long id, @RequestParam(defaultValue = "ALL") ExamViews.LiveFilter filter,
			@RequestParam(defaultValue = "0") int page, Model model) {
		liveModel(id, filter, page, model);
		return "exam/live";
	}

	@GetMapping("/manage/exams/{id}/live/rows")
	@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'UNION_ADMIN', 'JUDGE')")
	String liveRows(@PathVariable long id, @RequestParam(defaultValue = "ALL") ExamViews.LiveFilter filter,
			@RequestParam(defaultValue = "0") int page, Model model) {
		liveModel(id, filter, page, model);
		return "exam/live :: board";
	}

	private void liveModel(long id, ExamViews.LiveFilter filter, int page, Model model) {
		Exam exam = exams.staffed(Actors.require(), id, StaffDuty.INVIGILATOR);
		if (page < 0 || page > 100_000) {
			throw BusinessRuleException.invalid("page", "validation.page.min");
		}
		long[] total = new long[1];
		model.addAttribute("exam", exam);
		model.addAttribute("detail", views.detail(exam));
		model.addAttribute("rows", views.live(exam, filter, page, LIVE_PAGE, total));
		model.addAttribute("total", total[0]);
		model.addAttribute("page", page);
		model.addAttribute("pages", (total[0] + LIVE_PAGE - 1) / LIVE_PAGE);
		model.addAttribute("filter", filter);
		model.addAttribute("filters", ExamViews.LiveFilter.values());
	}

	@GetMapping("/manage/attempts/{aid}")
	@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'UNION_ADMIN', 'JUDGE')")
	String attempt(@PathVariable long aid, Model model) {
		Actor actor = Actors.require();
		CandidateViews.AttemptResult result = candidates.result(actor, aid);
		Exam exam = exams.exam(result.examId());
		model.addAttribute("exam", exam);
		model.addAttribute("attempt", result);
		model.addAttribute("ticket", store.candidate(exam.id(), result.memberId()).orElse(null));
		return "exam/attempt";
	}

	@PostMapping("/manage/attempts/{aid}/extra-time")
	@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'UNION_ADMIN', 'JUDGE')")
	String extend(@PathVariable long aid, @RequestParam(required = false) Integer minutes,
			@RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
		return FormErrors.act(redirect, "exam.extra.given", "redirect:/manage/attempts/" + aid, () -> {
			if (minutes == null) {
				throw BusinessRuleException.invalid("minutes", "exam.extra.range", 1, 120);
			}
			sittings.extend(Actors.require(), aid, minutes, reason);
		});
	}

	@PostMapping("/manage/attempts/{aid}/collect")
	@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'UNION_ADMIN', 'JUDGE')")
	String collect(@PathVariable long aid, @RequestParam(defaultValue = "") String reason,
			RedirectAttributes redirect) {
		return FormErrors.act(redirect, "exam.collected", "redirect:/manage/attempts/" + aid,
				() -> sittings.collect(Actors.require(), aid, reason));
	}

	@GetMapping("/exams/tickets/{ticketNo}")
	@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'UNION_ADMIN', 'JUDGE')")
	String ticket(@PathVariable String ticketNo, Model model) {
		ExamStore.Candidate candidate = store.ticket(ticketNo)
			.orElseThrow(() -> new NotFoundException("examTicket", ticketNo));
		Exam exam = exams.staffed(Actors.require(), candidate.examId(), StaffDuty.INVIGILATOR);
		model.addAttribute("exam", exam);
		model.addAttribute("candidate",
				views.candidates(exam).stream().filter(c -> c.ticketNo().equals(ticketNo)).findFirst().orElseThrow());
		return "exam/ticket-check";
	}

	@PostMapping("/manage/exams/{id}/close")
	@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'UNION_ADMIN')")
	String close(@PathVariable long id, RedirectAttributes redirect) {
		return FormErrors.act(redirect, "exam.closed", "redirect:/manage/exams/" + id,
				() -> results.close(Actors.require(), id));
	}

	@PostMapping("/manage/exams/{id}/finalise")
	@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'UNION_ADMIN')")
	String finalise(@PathVariable long id, RedirectAttributes redirect) {
		return FormErrors.act(redirect, "exam.finalised", "redirect:/manage/exams/" + id + "/results",
				() -> results.finalise(Actors.require(), id));
	}

	@GetMapping("/manage/exams/{id}/results")
	@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'UNION_ADMIN', 'JUDGE')")
	String results(@PathVariable long id, Model model) {
		Actor actor = Actors.require();
		Exam exam = exams.staffed(actor, id, StaffDuty.INVIGILATOR);
		model.addAttribute("exam", exam);
		model.addAttribute("organiser", exams.organises(actor, exam));
		model.addAttribute("detail", views.detail(exam));
		model.addAttribute("rows", views.results(exam, results.withAreas(results.standings(exam))));
		return "exam/results";
	}

	@GetMapping("/manage/exams/{id}/results.xlsx")
	@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'UNION_ADMIN')")
	void export(@PathVariable long id, HttpServletResponse response) throws IOException {
		Exam exam = exams.organised(Actors.require(), id);
		List<ExamViews.ResultRow> rows = views.results(exam, results.withAreas(results.standings(exam)));
		List<String> areas = new ArrayList<>();
		rows.forEach(r -> r.result().areas().forEach(a -> {
			if (!areas.contains(a.area())) {
				areas.add(a.area());
			}
		}));
		audit.record("exam", id, exam.orgId(), AuditAction.EXPORT, null, Map.of("results", rows.size()));
		response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		response.setHeader("Content-Disposition", "attachment; filename=\"exam-" + id + "-results.xlsx\"");
		Workbook workbook = new Workbook(response.getOutputStream(), "Jiangxin", "1.0");
		Worksheet sheet = workbook.newWorksheet("成绩");
		List<String> header = new ArrayList<>(
				List.of("名次", "姓名", "所在工会", "准考证号", "作答次数", "成绩", "百分制", "是否合格", "用时（分钟）"));
		header.addAll(areas);
		for (int c = 0; c < header.size(); c++) {
			sheet.value(0, c, header.get(c));
			sheet.style(0, c).bold().set();
		}
		int r = 1;
		for (ExamViews.ResultRow row : rows) {
			var result = row.result();
			if (row.rank() > 0) {
				sheet.value(r, 0, row.rank());
			}
			sheet.value(r, 1, row.name());
			sheet.value(r, 2, row.orgName());
			sheet.value(r, 3, result.ticketNo());
			sheet.value(r, 4, result.attempts());
			if (result.score() != null) {
				sheet.value(r, 5, result.score());
				sheet.value(r, 6, row.outOf100());
				sheet.value(r, 7, Boolean.TRUE.equals(result.passed()) ? "合格" : "不合格");
				sheet.value(r, 8, result.timeUsed().toSeconds() / 60.0);
			}
			for (var area : result.areas()) {
				sheet.value(r, 9 + areas.indexOf(area.area()), area.score());
			}
			r++;
		}
		sheet.value(r + 1, 0, "导出时间：" + Zones.minute(Instant.now(clock)));
		workbook.finish();
	}

	@GetMapping("/manage/exams/{id}/analysis")
	@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'UNION_ADMIN')")
	String analysis(@PathVariable long id, Model model) {
		Exam exam = exams.organised(Actors.require(), id);
		model.addAttribute("exam", exam);
		if (exam.status() == ExamStatus.DRAFT) {
			model.addAttribute("report", null);
			return "exam/analysis";
		}
		ExamAnalysis.Report report = analysis.report(exam);
		model.addAttribute("report", report);
		model.addAttribute("charts", charts.of(report));
		return "exam/analysis";
	}

}
