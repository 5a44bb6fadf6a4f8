package cn.jiangxin.exam.internal.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.validation.Valid;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.jiangxin.exam.Audience;
import cn.jiangxin.exam.ExamCandidates;
import cn.jiangxin.exam.ExamStatus;
import cn.jiangxin.exam.internal.bank.BankService;
import cn.jiangxin.exam.internal.bank.BankStore;
import cn.jiangxin.exam.internal.bank.QuestionType;
import cn.jiangxin.exam.internal.setup.Exam;
import cn.jiangxin.exam.internal.setup.ExamService;
import cn.jiangxin.exam.internal.setup.ExamStore;
import cn.jiangxin.exam.internal.setup.FixedDraft;
import cn.jiangxin.exam.internal.setup.PaperKind;
import cn.jiangxin.exam.internal.setup.StaffDuty;
import cn.jiangxin.exam.internal.sitting.Sittings;
import cn.jiangxin.member.MemberApi;
import cn.jiangxin.member.MemberView;
import cn.jiangxin.shared.Actor;
import cn.jiangxin.shared.Actors;
import cn.jiangxin.shared.BusinessRuleException;
import cn.jiangxin.shared.OrgDirectory;
import cn.jiangxin.shared.OrgScope;
import cn.jiangxin.shared.OutOfScopeException;
import cn.jiangxin.shared.PageQuery;
import cn.jiangxin.shared.web.FormErrors;

/**
 * Setting exams up (考试管理): the exams an admin organises or works on, a new exam and its
 * setup, its paper (a blueprint checked against the bank as it is typed, or fixed
 * questions picked from the bank), a preview as a candidate would get it, its candidates
 * and staff, and publishing it.
 */
@Controller
@RequestMapping("/manage/exams")
class ExamController {

	private final ExamService exams;

	private final ExamStore store;

	private final ExamViews views;

	private final BankService banks;

	private final BankStore bankStore;

	private final Sittings sittings;

	private final GradingDesk desk;

	private final MemberApi members;

	private final OrgScope scope;

	private final OrgDirectory orgNames;

	private final Clock clock;

	ExamController(ExamService exams, ExamStore store, ExamViews views, BankService banks, BankStore bankStore,
			Sittings sittings, GradingDesk desk, MemberApi members, OrgScope scope, OrgDirectory orgNames,
			Clock clock) {
		this.exams = exams;
		this.store = store;
		this.views = views;
		this.banks = banks;
		this.bankStore = bankStore;
		this.sittings = sittings;
		this.desk = desk;
		this.members = members;
		this.scope = scope;
		this.orgNames = orgNames;
		this.clock = clock;
	}

	@GetMapping
	@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'UNION_ADMIN', 'JUDGE')")
	String list(@RequestParam(required = false) ExamStatus status, Model model) {
		Actor actor = Actors.require();
		List<Exam> organised = actor.administers() ? store.list(scope.filter(actor, "org_id"), status, 300) : List.of();
		List<Exam> duties = new ArrayList<>(desk.duty(actor, StaffDuty.INVIGILATOR));
		desk.duty(actor, StaffDuty.GRADER).forEach(e -> {
			if (duties.stream().noneMatch(d -> d.id() == e.id())) {
				duties.add(e);
			}
		});
		duties.removeIf(e -> organised.stream().anyMatch(o -> o.id() == e.id()));
		model.addAttribute("exams", views.views(organised));
		model.addAttribute("duties", views.views(duties));
		model.addAttribute("status", status);
		model.addAttribute("statuses", ExamStatus.values());
		model.addAttribute("administers", actor.administers());
		return "exam/exams";
	}

	@GetMapping("/new")
	@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'UNION_ADMIN')")
	String newForm(@RequestParam(required = false) Audience audience, @RequestParam(required = false) Long ref,
			Model model) {
		Actor actor = Actors.require();
		if (!model.containsAttribute("examForm")) {
			model.addAttribute("examForm", ExamForm.blank(actor.orgId(), audience, ref, clock));
		}
		return form(actor, null, model);
	}

	@PostMapping
	@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'UNION_ADMIN')")
	String create(@Valid @ModelAttribute("examForm") ExamForm examForm, BindingResult result, Model model,
			RedirectAttributes redirect) {
		Actor actor = Actors.require();
		return FormErrors.submit(result, form(actor, null, model), () -> {
			long id = exams.create(actor, examForm.draft());
			redirect.addFlashAttribute("success", "exam.created");
			return "redirect:/manage/exams/" + id + "/paper";
		});
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'UNION_ADMIN', 'JUDGE')")
	String exam(@PathVariable long id, Model model) {
		Actor actor = Actors.require();
		Exam exam = exams.exam(id);
		boolean organiser = exams.organises(actor, exam);
		boolean invigilator = exams.hasDuty(actor, exam, StaffDuty.INVIGILATOR);
		boolean grader = exams.hasDuty(actor, exam, StaffDuty.GRADER);
		if (!invigilator && !grader) {
			throw new OutOfScopeException("exam " + id);
		}
		model.addAttribute("exam", exam);
		model.addAttribute("detail", views.detail(exam));
		model.addAttribute("organiser", organiser);
		model.addAttribute("invigilator", invigilator);
		model.addAttribute("grader", grader);
		if (exam.paperKind() == PaperKind.BLUEPRINT) {
			model.addAttribute("blueprint", views.blueprint(exam));
		}
		else {
			model.addAttribute("fixed", views.fixed(exam));
		}
		model.addAttribute("staff", views.staff(exam));
		model.addAttribute("duties", StaffDuty.values());
		return "exam/exam";
	}

	@GetMapping("/{id}/edit")
	@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'UNION_ADMIN')")
	String editForm(@PathVariable long id, Model model) {
		Actor actor = Actors.require();
		Exam exam = exams.organised(actor, id);
		if (!model.containsAttribute("examForm")) {
			model.addAttribute("examForm", ExamForm.of(exam));
		}
		return form(actor, exam, model);
	}

	@PostMapping("/{id}")
	@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'UNION_ADMIN')")
	String update(@PathVariable long id, @Valid @ModelAttribute("examForm") ExamForm examForm, BindingResult result,
			Model model, RedirectAttributes redirect) {
		Actor actor = Actors.require();
		Exam exam = exams.organised(actor, id);
		return FormErrors.submit(result, form(actor, exam, model), () -> {
			exams.update(actor, id, examForm.draft(), examForm.version() == null ? -1 : examForm.version());
			redirect.addFlashAttribute("success", "exam.updated");
			return "redirect:/manage/exams/" + id;
		});
	}

	private String form(Actor actor, Exam exam, Model model) {
		model.addAttribute("exam", exam);
		model.addAttribute("audiences", Audience.values());
		model.addAttribute("paperKinds", PaperKind.values());
		model.addAttribute("banks", banks.banks(actor));
		model.addAttribute("rounds",
				exams.source(Audience.CONTEST_ROUND)
					.map(source -> source.choices(actor))
					.orElse(List.<ExamCandidates.Choice>of()));
		Object form = model.getAttribute("examForm");
		if (form instanceof ExamForm f) {
			List<Long> ids = new ArrayList<>();
			if (f.orgId() != null) {
				ids.add(f.orgId());
			}
			if (f.audienceOrgId() != null) {
				ids.add(f.audienceOrgId());
			}
			model.addAttribute("orgNames", orgNames.names(ids));
		}
		return "exam/exam-form";
	}

	// --- The paper
	// -------------------------------------------------------------------------

	@GetMapping("/{id}/paper")
	@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'UNION_ADMIN')")
	String paper(@PathVariable long id, @RequestParam(required = false) String q,
			@RequestParam(required = false) QuestionType type, @RequestParam(required = false) Long areaId,
			@RequestParam(required = false) Integer page, Model model) {
		Exam exam = exams.organised(Actors.require(), id);
		model.addAttribute("exam", exam);
		model.addAttribute("areas", bankStore.areas(exam.bankId()));
		model.addAttribute("types", QuestionType.values());
		if (exam.paperKind() == PaperKind.BLUEPRINT) {
			model.addAttribute("blueprint", views.blueprint(exam));
			if (!model.containsAttribute("blueprintForm")) {
				model.addAttribute("blueprintForm", BlueprintForm.of(store.blueprint(id)));
			}
		}
		else {
			model.addAttribute("fixed", views.fixed(exam));
			model.addAttribute("search", new BankController.Filter(areaId, type, null, null, q, false));
			model.addAttribute("found", bankStore.search(exam.bankId(),
					new BankStore.Search(areaId, type, null, null, q, false), PageQuery.of(page, 20)));
		}
		return "exam/paper";
	}

	@PostMapping("/{id}/blueprint")
	@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'UNION_ADMIN')")
	String blueprint(@PathVariable long id, @Valid @ModelAttribute("blueprintForm") BlueprintForm blueprintForm,
			BindingResult result, Model model, RedirectAttributes redirect) {
		Actor actor = Actors.require();
		Exam exam = exams.organised(actor, id);
		if (exam.status() != ExamStatus.DRAFT || exam.paperKind() != PaperKind.BLUEPRINT) {
			// No blueprint form on the page to show why: say it above the paper
			FormErrors.flash(redirect, BusinessRuleException
				.conflict(exam.status() != ExamStatus.DRAFT ? "exam.notDraft" : "exam.paper.notBlueprint"));
			return "redirect:/manage/exams/" + id + "/paper";
		}
		if (result.hasErrors()) {
			return paper(id, null, null, null, null, model);
		}
		List<Integer> places = new ArrayList<>();
		var draft = blueprintForm.draft(places);
		for (int i = 0; i < draft.rows().size(); i++) {
			var row = draft.rows().get(i);
			String field = "rows[" + places.get(i) + "]";
			if (row.type() == null || row.difficultyMin() == null || row.difficultyMax() == null || row.count() == null
					|| row.points() == null) {
				FormErrors.reject(result, BusinessRuleException.invalid(field + ".count", "exam.blueprint.incomplete"));
				return paper(id, null, null, null, null, model);
			}
		}
		try {
			exams.blueprint(actor, id, draft);
		}
		catch (BusinessRuleException ex) {
			FormErrors.reject(result, onForm(ex, places));
			return paper(id, null, null, null, null, model);
		}
		redirect.addFlashAttribute("success", "exam.blueprint.saved");
		return "redirect:/manage/exams/" + id + "/paper";
	}

	/** A refusal naming a row of the draft, named by the row's place on the form. */
	private static BusinessRuleException onForm(BusinessRuleException ex, List<Integer> places) {
		String field = ex.field();
		if (field != null && field.startsWith("rows[")) {
			int end = field.indexOf(']');
			int index = Integer.parseInt(field.substring(5, end));
			if (index < places.size()) {
				return BusinessRuleException.invalid("rows[" + places.get(index) + "]" + field.substring(end + 1),
						ex.code(), ex.args());
			}
		}
		return ex;
	}

	@PostMapping("/{id}/fixed/add")
	@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'UNION_ADMIN')")
	String addFixed(@PathVariable long id, @RequestParam long questionId,
			@RequestParam(required = false) BigDecimal points, RedirectAttributes redirect) {
		return FormErrors.act(redirect, "exam.fixed.added", "redirect:/manage/exams/" + id + "/paper", () -> {
			Actor actor = Actors.require();
			Exam exam = exams.organised(actor, id);
			List<FixedDraft.Question> questions = new ArrayList<>(current(exam));
			questions.add(new FixedDraft.Question(questionId, points));
			exams.fixed(actor, id, new FixedDraft(questions));
		});
	}

	@PostMapping("/{id}/fixed/remove")
	@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'UNION_ADMIN')")
	String removeFixed(@PathVariable long id, @RequestParam long questionId, RedirectAttributes redirect) {
		return FormErrors.act(redirect, "exam.fixed.removed", "redirect:/manage/exams/" + id + "/paper", () -> {
			Actor actor = Actors.require();
			Exam exam = exams.organised(actor, id);
			List<FixedDraft.Question> questions = new ArrayList<>(current(exam));
			if (!questions.removeIf(q -> q.questionId() == questionId)) {
				throw BusinessRuleException.invalid("questionId", "exam.fixed.notOnPaper");
			}
			if (questions.isEmpty()) {
				throw BusinessRuleException.invalid("questions", "exam.fixed.lastOne");
			}
			exams.fixed(actor, id, new FixedDraft(questions));
		});
	}

	private List<FixedDraft.Question> current(Exam exam) {
		return store.fixed(exam.id())
			.stream()
			.map(f -> new FixedDraft.Question(f.question().questionId(), f.points()))
			.toList();
	}

	@GetMapping("/{id}/preview")
	@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'UNION_ADMIN')")
	String preview(@PathVariable long id, @RequestParam(required = false) Long seed,
			@RequestParam(defaultValue = "false") boolean keys, Model model) {
		Exam exam = exams.organised(Actors.require(), id);
		long drawn = seed == null ? Math.abs(System.nanoTime() % 1_000_000) : seed;
		model.addAttribute("exam", exam);
		model.addAttribute("seed", drawn);
		model.addAttribute("keys", keys);
		try {
			model.addAttribute("items", sittings.preview(exam, drawn));
		}
		catch (BusinessRuleException ex) {
			model.addAttribute("items", List.of());
			model.addAttribute("failure", ex.code());
			model.addAttribute("failureArgs", ex.args());
		}
		return "exam/preview";
	}

	@PostMapping("/{id}/publish")
	@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'UNION_ADMIN')")
	String publish(@PathVariable long id, @RequestParam(defaultValue = "-1") int version, RedirectAttributes redirect) {
		return FormErrors.act(redirect, "exam.published", "redirect:/manage/exams/" + id,
				() -> exams.publish(Actors.require(), id, version));
	}

	// --- Candidates and staff
	// --------------------------------------------------------------

	@GetMapping("/{id}/candidates")
	@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'UNION_ADMIN', 'JUDGE')")
	String candidates(@PathVariable long id, Model model) {
		Exam exam = exams.staffed(Actors.require(), id, StaffDuty.INVIGILATOR);
		model.addAttribute("exam", exam);
		model.addAttribute("organiser", exams.organises(Actors.require(), exam));
		model.addAttribute("candidates", views.candidates(exam));
		return "exam/candidates";
	}

	@PostMapping("/{id}/candidates")
	@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'UNION_ADMIN')")
	String addCandidates(@PathVariable long id, @RequestParam(defaultValue = "") String cardNos,
			RedirectAttributes redirect) {
		return FormErrors.act(redirect, "exam.candidates.added", "redirect:/manage/exams/" + id + "/candidates", () -> {
			List<String> cards = Arrays.stream(cardNos.split("[\\s,，；;、]+")).filter(s -> !s.isBlank()).toList();
			if (cards.isEmpty() || cards.size() > 5000) {
				throw BusinessRuleException.invalid("cardNos", "exam.candidates.cardsRequired");
			}
			List<Long> ids = new ArrayList<>();
			for (String card : cards) {
				MemberView member = members.findByCardNo(card.strip())
					.orElseThrow(() -> BusinessRuleException.invalid("cardNos", "exam.candidates.unknownCard", card));
				ids.add(member.id());
			}
			try {
				exams.addCandidates(Actors.require(), id, ids);
			}
			catch (BusinessRuleException ex) {
				if (ex.field() != null && ex.field().startsWith("memberIds[")) {
					int index = Integer.parseInt(ex.field().substring(10, ex.field().indexOf(']')));
					throw BusinessRuleException.invalid("cardNos", ex.code() + "Card", cards.get(index));
				}
				throw ex;
			}
		});
	}

	@PostMapping("/{id}/candidates/refresh")
	@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'UNION_ADMIN')")
	String refresh(@PathVariable long id, RedirectAttributes redirect) {
		return FormErrors.act(redirect, "exam.candidates.refreshed", "redirect:/manage/exams/" + id + "/candidates",
				() -> exams.refreshCandidates(Actors.require(), id));
	}

	@PostMapping("/{id}/candidates/remove")
	@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'UNION_ADMIN')")
	String removeCandidate(@PathVariable long id, @RequestParam long memberId, RedirectAttributes redirect) {
		return FormErrors.act(redirect, "exam.candidates.removed", "redirect:/manage/exams/" + id + "/candidates",
				() -> exams.removeCandidate(Actors.require(), id, memberId));
	}

	@PostMapping("/{id}/check-in")
	@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'UNION_ADMIN', 'JUDGE')")
	String checkIn(@PathVariable long id, @RequestParam(defaultValue = "") String ticketNo,
			RedirectAttributes redirect) {
		return FormErrors.act(redirect, "exam.checkIn.done", "redirect:/manage/exams/" + id + "/candidates", () -> {
			var candidate = store.ticket(ticketNo.strip())
				.filter(c -> c.examId() == id)
				.orElseThrow(() -> BusinessRuleException.invalid("ticketNo", "exam.checkIn.unknown", ticketNo));
			exams.checkIn(Actors.require(), candidate.ticketNo());
		});
	}

	@PostMapping("/{id}/staff")
	@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'UNION_ADMIN')")
	String addStaff(@PathVariable long id, @RequestParam(defaultValue = "") String username,
			@RequestParam StaffDuty duty, RedirectAttributes redirect) {
		return FormErrors.act(redirect, "exam.staff.added", "redirect:/manage/exams/" + id + "#staff",
				() -> exams.addStaff(Actors.require(), id, username, duty));
	}

	@PostMapping("/{id}/staff/remove")
	@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'UNION_ADMIN')")
	String removeStaff(@PathVariable long id, @RequestParam long accountId, @RequestParam StaffDuty duty,
			RedirectAttributes redirect) {
		return FormErrors.act(redirect, "exam.staff.removed", "redirect:/manage/exams/" + id + "#staff",
				() -> exams.removeStaff(Actors.require(), id, accountId, duty));
	}

}
