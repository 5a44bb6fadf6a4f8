package cn.jiangxin.exam.internal.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.context.i18n.LocaleContextHolder;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.jiangxin.exam.internal.bank.AreaDraft;
import cn.jiangxin.exam.internal.bank.BankDraft;
import cn.jiangxin.exam.internal.bank.BankService;
import cn.jiangxin.exam.internal.bank.BankSheets;
import cn.jiangxin.exam.internal.bank.BankStore;
import cn.jiangxin.exam.internal.bank.BankView;
import cn.jiangxin.exam.internal.bank.QuestionDraft;
import cn.jiangxin.exam.internal.bank.QuestionType;
import cn.jiangxin.exam.internal.bank.QuestionView;
import cn.jiangxin.shared.Actor;
import cn.jiangxin.shared.Actors;
import cn.jiangxin.shared.BusinessRuleException;
import cn.jiangxin.shared.OrgDirectory;
import cn.jiangxin.shared.PageQuery;
import cn.jiangxin.shared.web.FormErrors;

/**
 * The question bank pages (题库): the banks an admin may use, a bank with its knowledge
 * areas and questions, writing and editing a question (each edit a new version), and the
 * template, import and export.
 */
@Controller
@RequestMapping("/manage")
@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'UNION_ADMIN')")
class BankController {

	private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private final BankService banks;

	private final BankStore store;

	private final BankSheets sheets;

	private final ExamImages images;

	private final OrgDirectory orgNames;

	BankController(BankService banks, BankStore store, BankSheets sheets, ExamImages images, OrgDirectory orgNames) {
		this.banks = banks;
		this.store = store;
		this.sheets = sheets;
		this.images = images;
		this.orgNames = orgNames;
	}

	@GetMapping("/question-banks")
	String list(Model model) {
		Actor actor = Actors.require();
		model.addAttribute("banks", banks.banks(actor));
		if (!model.containsAttribute("bankDraft")) {
			model.addAttribute("bankDraft", new BankDraft(null, null, actor.orgId()));
		}
		Object form = model.getAttribute("bankDraft");
		Long orgId = form instanceof BankDraft draft ? draft.orgId() : null;
		model.addAttribute("orgName", orgId == null ? null : orgNames.names(List.of(orgId)).get(orgId));
		return "exam/banks";
	}

	@PostMapping("/question-banks")
	String create(@Valid @ModelAttribute("bankDraft") BankDraft bankDraft, BindingResult result, Model model,
			RedirectAttributes redirect) {
		return FormErrors.submit(result, list(model), () -> {
			long id = banks.create(Actors.require(), bankDraft);
			redirect.addFlashAttribute("success", "exam.bank.created");
			return "redirect:/manage/question-banks/" + id;
		});
	}

	@GetMapping("/question-banks/{id}")
	String bank(@PathVariable long id, @RequestParam(required = false) Long areaId,
			@RequestParam(required = false) QuestionType type, @RequestParam(required = false) Integer difficulty,
			@RequestParam(required = false) String tag, @RequestParam(required = false) String q,
			@RequestParam(defaultValue = "false") boolean retired, @RequestParam(required = false) Integer page,
			Model model) {
		Actor actor = Actors.require();
		BankView bank = banks.usable(actor, id);
		model.addAttribute("bank", bank);
		model.addAttribute("manageable", banks.mayManage(actor, bank));
		model.addAttribute("areas", store.areas(id));
		model.addAttribute("tags", store.tags(id));
		model.addAttribute("types", QuestionType.values());
		model.addAttribute("filter", new Filter(areaId, type, difficulty, tag, q, retired));
		model.addAttribute("page", store.search(id, new BankStore.Search(areaId, type, difficulty, tag, q, retired),
				PageQuery.of(page, 20)));
		if (!model.containsAttribute("areaDraft")) {
			model.addAttribute("areaDraft", new AreaDraft(null, areaId));
		}
		if (!model.containsAttribute("renameDraft")) {
			model.addAttribute("renameDraft", new BankDraft(bank.name(), bank.description(), bank.orgId()));
		}
		return "exam/bank";
	}

	/** What the question list of a bank is filtered by. */
	record Filter(Long areaId, QuestionType type, Integer difficulty, String tag, String q, boolean retired) {
	}

	@PostMapping("/question-banks/{id}")
	String rename(@PathVariable long id, @Valid @ModelAttribute("renameDraft") BankDraft renameDraft,
			BindingResult result, Model model, RedirectAttributes redirect) {
		return FormErrors.submit(result, bank(id, null, null, null, null, null, false, null, model), () -> {
			banks.rename(Actors.require(), id, renameDraft);
			redirect.addFlashAttribute("success", "exam.bank.renamed");
			return "redirect:/manage/question-banks/" + id;
		});
	}

	@PostMapping("/question-banks/{id}/areas")
	String addArea(@PathVariable long id, @Valid @ModelAttribute("areaDraft") AreaDraft areaDraft, BindingResult result,
			Model model, RedirectAttributes redirect) {
		return FormErrors.submit(result, bank(id, null, null, null, null, null, false, null, model), () -> {
			long areaId = banks.addArea(Actors.require(), id, areaDraft);
			redirect.addFlashAttribute("success", "exam.area.added");
			return "redirect:/manage/question-banks/" + id + "?areaId=" + areaId;
		});
	}

	@GetMapping("/question-banks/{id}/questions/new")
	String newQuestion(@PathVariable long id, @RequestParam(defaultValue = "SINGLE") QuestionType type,
			@RequestParam(required = false) Long areaId, Model model) {
		BankView bank = banks.managed(Actors.require(), id);
		if (!model.containsAttribute("questionForm")) {
			model.addAttribute("questionForm", QuestionForm.blank(type, areaId));
		}
		return questionForm(bank, null, model);
	}

	@PostMapping("/question-banks/{id}/questions")
	String addQuestion(@PathVariable long id, @Valid @ModelAttribute("questionForm") QuestionForm questionForm,
			BindingResult result, HttpServletRequest request, Model model, RedirectAttributes redirect) {
		BankView bank = banks.managed(Actors.require(), id);
		return FormErrors.submit(result, questionForm(bank, null, model), () -> {
			long questionId = onForm(() -> banks.addQuestion(Actors.require(), id, draft(questionForm, request)));
			redirect.addFlashAttribute("success", "exam.question.added");
			return "redirect:/manage/questions/" + questionId;
		});
	}

	@GetMapping("/questions/{questionId}")
	String question(@PathVariable long questionId, Model model) {
		Actor actor = Actors.require();
		QuestionView question = banks.question(actor, questionId);
		BankView bank = banks.usable(actor, question.bankId());
		model.addAttribute("question", question);
		model.addAttribute("bank", bank);
		model.addAttribute("manageable", banks.mayManage(actor, bank));
		model.addAttribute("versions", store.history(questionId));
		return "exam/question";
	}

	@GetMapping("/questions/{questionId}/edit")
	String editForm(@PathVariable long questionId, Model model) {
		Actor actor = Actors.require();
		QuestionView question = banks.question(actor, questionId);
		BankView bank = banks.managed(actor, question.bankId());
		if (!model.containsAttribute("questionForm")) {
			model.addAttribute("questionForm", QuestionForm.of(question));
		}
		return questionForm(bank, question, model);
	}

	@PostMapping("/questions/{questionId}")
	String edit(@PathVariable long questionId, @Valid @ModelAttribute("questionForm") QuestionForm questionForm,
			BindingResult result, HttpServletRequest request, Model model, RedirectAttributes redirect) {
		Actor actor = Actors.require();
		QuestionView question = banks.question(actor, questionId);
		BankView bank = banks.managed(actor, question.bankId());
		return FormErrors.submit(result, questionForm(bank, question, model), () -> {
			onForm(() -> banks.edit(actor, questionId, draft(questionForm, request)));
			redirect.addFlashAttribute("success", "exam.question.edited");
			return "redirect:/manage/questions/" + questionId;
		});
	}

	@PostMapping("/questions/{questionId}/retire")
	String retire(@PathVariable long questionId, @RequestParam(defaultValue = "true") boolean retired,
			RedirectAttributes redirect) {
		return FormErrors.act(redirect, retired ? "exam.question.retired" : "exam.question.restored",
				"redirect:/manage/questions/" + questionId, () -> banks.retire(Actors.require(), questionId, retired));
	}

	/**
	 * Runs a write of a question form; a refusal naming one option is shown beside the
	 * options.
	 */
	private static long onForm(LongSupplier write) {
		try {
			return write.getAsLong();
		}
		catch (BusinessRuleException ex) {
			if (ex.field() != null && ex.field().startsWith("options[")) {
				throw BusinessRuleException.invalid("options", ex.code(), ex.args());
			}
			throw ex;
		}
	}

	private String questionForm(BankView bank, QuestionView question, Model model) {
		model.addAttribute("bank", bank);
		model.addAttribute("question", question);
		model.addAttribute("areas", store.areas(bank.id()));
		model.addAttribute("types", QuestionType.values());
		model.addAttribute("keys", List.of("A", "B", "C", "D", "E", "F", "G", "H"));
		return "exam/question-form";
	}

	/**
	 * The draft of a question form, with the pictures handed in with it (a new picture
	 * replaces the one kept; "remove" drops it).
	 */
	private QuestionDraft draft(QuestionForm form, HttpServletRequest request) {
		try {
			String stem = picture(request, "stemImageFile", "stemImage", form.stemImage(),
					request.getParameter("removeStemImage") != null);
			List<String> options = new ArrayList<>();
			for (int i = 0; i < QuestionForm.OPTION_ROWS; i++) {
				String kept = form.optionImages() != null && i < form.optionImages().size() ? form.optionImages().get(i)
						: null;
				options.add(picture(request, "optionImageFile" + i, "options[" + i + "].image", kept,
						request.getParameter("removeOptionImage" + i) != null));
			}
			return form.draft(stem, options);
		}
		catch (IOException ex) {
			throw BusinessRuleException.invalid("stemImage", "file.unreadable");
		}
	}

	private String picture(HttpServletRequest request, String part, String field, String kept, boolean remove)
			throws IOException {
		MultipartFile file = request instanceof MultipartHttpServletRequest multipart ? multipart.getFile(part) : null;
		if (file != null && !file.isEmpty()) {
			return images.store(field, file).hash();
		}
		if (remove || kept == null || kept.isBlank()) {
			return null;
		}
		return kept.strip();
	}

	@GetMapping("/question-banks/template.xlsx")
	void template(HttpServletResponse response) throws IOException {
		response.setContentType(XLSX);
		response.setHeader("Content-Disposition",
				"attachment; filename*=UTF-8''%E9%A2%98%E5%BA%93%E5%AF%BC%E5%85%A5" + "%E6%A8%A1%E6%9D%BF.xlsx");
		sheets.template(response.getOutputStream());
	}

	@GetMapping("/question-banks/{id}/export.xlsx")
	void export(@PathVariable long id, HttpServletResponse response) throws IOException {
		banks.usable(Actors.require(), id);
		response.setContentType(XLSX);
		response.setHeader("Content-Disposition", "attachment; filename=\"question-bank-" + id + ".xlsx\"");
		sheets.export(store.all(id), response.getOutputStream());
	}

	@GetMapping("/question-banks/{id}/import")
	String importForm(@PathVariable long id, Model model) {
		model.addAttribute("bank", banks.managed(Actors.require(), id));
		return "exam/bank-import";
	}

	@PostMapping("/question-banks/{id}/import")
	String importQuestions(@PathVariable long id, @RequestParam(required = false) MultipartFile file, Model model,
			RedirectAttributes redirect) throws IOException {
		Actor actor = Actors.require();
		model.addAttribute("bank", banks.managed(actor, id));
		if (file == null || file.isEmpty()) {
			model.addAttribute("importError", "file.empty");
			return "exam/bank-import";
		}
		try {
			BankSheets.Outcome outcome = sheets.load(actor, id, file.getInputStream());
			if (outcome.succeeded()) {
				redirect.addFlashAttribute("success", "exam.import.done");
				redirect.addFlashAttribute("imported", outcome.questionIds().size());
				return "redirect:/manage/question-banks/" + id;
			}
			model.addAttribute("rowErrors", outcome.errors()
				.stream()
				.map(e -> new Object[] { e.row(), e.column(), sheets.reason(e, LocaleContextHolder.getLocale()) })
				.toList());
			return "exam/bank-import";
		}
		catch (BusinessRuleException ex) {
			model.addAttribute("importError", ex.code());
			model.addAttribute("importErrorArgs", ex.args());
			return "exam/bank-import";
		}
	}

}
