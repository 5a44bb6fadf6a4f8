package cn.jiangxin.exam.internal.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import cn.jiangxin.exam.ExamStatus;
import cn.jiangxin.exam.internal.setup.Exam;
import cn.jiangxin.exam.internal.setup.ExamService;
import cn.jiangxin.exam.internal.setup.ExamStore;
import cn.jiangxin.exam.internal.sitting.Sittings;
import cn.jiangxin.member.MemberApi;
import cn.jiangxin.shared.Actor;
import cn.jiangxin.shared.Actors;
import cn.jiangxin.shared.NotFoundException;
import cn.jiangxin.shared.files.QrCodes;
import cn.jiangxin.shared.web.PublicUrls;

/**
 * A member's exam pages, built for a phone: their exams, one exam with its rules and
 * their attempts, the sitting itself (one question a screen with a map of all, answers
 * saved as given, a countdown by the server's clock), the admission ticket with its QR
 * code, a result with its review, and an open quiz's leaderboard.
 */
@Controller
@PreAuthorize("isAuthenticated()")
class CandidateController {

	private final ExamService exams;

	private final ExamStore store;

	private final CandidateViews candidates;

	private final ExamViews views;

	private final Sittings sittings;

	private final MemberApi members;

	private final QrCodes qr;

	private final PublicUrls urls;

	CandidateController(ExamService exams, ExamStore store, CandidateViews candidates, ExamViews views,
			Sittings sittings, MemberApi members, QrCodes qr, PublicUrls urls) {
		this.exams = exams;
		this.store = store;
		this.candidates = candidates;
		this.views = views;
		this.sittings = sittings;
		this.members = members;
		this.qr = qr;
		this.urls = urls;
	}

	@GetMapping("/me/exams")
	@PreAuthorize("hasRole('MEMBER')")
	String mine(Model model) {
		model.addAttribute("exams", candidates.myExams(Actors.require()));
		return "exam/my";
	}

	@GetMapping("/me/exams/{id}")
	@PreAuthorize("hasRole('MEMBER')")
	String exam(@PathVariable long id, Model model) {
		return withMine(id, model, "exam/mine");
	}

	@GetMapping("/me/exams/{id}/sit")
	@PreAuthorize("hasRole('MEMBER')")
	String sit(@PathVariable long id, Model model) {
		return withMine(id, model, "exam/sit");
	}

	/** A page of one of the member's exams, with where they stand in it. */
	private String withMine(long id, Model model, String view) {
		Actor actor = Actors.require();
		Exam exam = own(actor, id);
		model.addAttribute("exam", exam);
		model.addAttribute("mine", candidates.myExam(exam, actor.memberId()));
		return view;
	}

	@GetMapping("/me/exams/{id}/ticket")
	@PreAuthorize("hasRole('MEMBER')")
	String ticket(@PathVariable long id, Model model) {
		Actor actor = Actors.require();
		Exam exam = own(actor, id);
		ExamStore.Candidate ticket = store.candidate(id, actor.memberId())
			.orElseThrow(() -> new NotFoundException("examTicket", id));
		model.addAttribute("exam", exam);
		model.addAttribute("view", views.view(exam));
		model.addAttribute("ticket", ticket);
		model.addAttribute("member", members.find(actor.memberId()).orElseThrow());
		model.addAttribute("qr", qr.dataUri(urls.of("/exams/tickets/" + ticket.ticketNo()), 240));
		return "exam/ticket";
	}

	@GetMapping("/me/attempts/{aid}")
	@PreAuthorize("hasRole('MEMBER')")
	String attempt(@PathVariable long aid, Model model) {
		Actor actor = Actors.require();
		CandidateViews.AttemptResult result = candidates.result(actor, aid);
		if (result.candidate() != null) {
			throw new NotFoundException("examAttempt", aid);
		}
		model.addAttribute("attempt", result);
		model.addAttribute("exam", exams.exam(result.examId()));
		return "exam/review";
	}

	@GetMapping("/exams/{id}/leaderboard")
	String leaderboard(@PathVariable long id, Model model) {
		Actor actor = Actors.require();
		Exam exam = exams.exam(id);
		boolean member = actor.memberId() != null && exams.eligible(exam, actor.memberId());
		if (!ExamViews.hasLeaderboard(exam) || !(member || exams.organises(actor, exam))) {
			throw new NotFoundException("exam", id);
		}
		model.addAttribute("exam", exam);
		model.addAttribute("places", views.leaderboard(exam, 100));
		model.addAttribute("member", member);
		return "exam/leaderboard";
	}

	/**
	 * An exam the member is a candidate of (named, in the quiz's subtree, or having sat
	 * it).
	 */
	private Exam own(Actor actor, long id) {
		Exam exam = exams.exam(id);
		boolean sat = !sittings.attempts(id, actor.memberId()).isEmpty();
		if (exam.status() == ExamStatus.DRAFT || !(sat || exams.eligible(exam, actor.memberId()))) {
			throw new NotFoundException("exam", id);
		}
		return exam;
	}

}
