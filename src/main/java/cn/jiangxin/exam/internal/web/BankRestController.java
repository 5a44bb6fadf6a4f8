package cn.jiangxin.exam.internal.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import cn.jiangxin.exam.internal.bank.AreaDraft;
import cn.jiangxin.exam.internal.bank.AreaView;
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
import cn.jiangxin.shared.PageQuery;
import cn.jiangxin.shared.PageResult;
import cn.jiangxin.shared.files.StoredBlob;
import cn.jiangxin.shared.web.Downloads;

/**
 * Question banks over JSON: the banks an admin may use, their knowledge areas and
 * questions with every version, the import and export of the template, and pictures for
 * stems and options.
 */
@RestController
@RequestMapping("/api/v1")
@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'UNION_ADMIN')")
@Tag(name = "question-banks", description = "题库 · question banks")
class BankRestController {

	private static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final BankService banks;

	private final BankStore store;

	private final BankSheets sheets;

	private final ExamImages images;

	private final MessageSource messages;

	BankRestController(BankService banks, BankStore store, BankSheets sheets, ExamImages images,
			MessageSource messages) {
		this.banks = banks;
		this.store = store;
		this.sheets = sheets;
		this.images = images;
		this.messages = messages;
	}

	/** A bank with its knowledge areas (in tree order) and the tags its questions use. */
	record BankDetail(BankView bank, List<AreaView> areas, List<String> tags, boolean manageable) {
	}

	@GetMapping("/question-banks")
	@Operation(summary = "The banks the caller may use: those of their subtree and of the unions above them")
	List<BankView> list() {
		return banks.banks(Actors.require());
	}

	@PostMapping("/question-banks")
	@Operation(summary = "Create a bank owned by a union in the caller's subtree")
	ResponseEntity<BankDetail> create(@Valid @RequestBody BankDraft draft) {
		Actor actor = Actors.require();
		long id = banks.create(actor, draft);
		return ResponseEntity.created(URI.create("/api/v1/question-banks/" + id)).body(detail(actor, id));
	}

	@GetMapping("/question-banks/{id}")
	@Operation(summary = "A bank with its knowledge areas and tags")
	BankDetail bank(@PathVariable long id) {
		return detail(Actors.require(), id);
	}

	@PutMapping("/question-banks/{id}")
	@Operation(summary = "Rename a bank or change what it is for (its union stays)")
	BankDetail rename(@PathVariable long id, @Valid @RequestBody BankDraft draft) {
		Actor actor = Actors.require();
		banks.rename(actor, id, draft);
		return detail(actor, id);
	}

	@PostMapping("/question-banks/{id}/areas")
	@Operation(summary = "Add a knowledge area, at the top or under another (at most five levels)")
	ResponseEntity<AreaView> addArea(@PathVariable long id, @Valid @RequestBody AreaDraft draft) {
		long areaId = banks.addArea(Actors.require(), id, draft);
		return ResponseEntity.status(HttpStatus.CREATED).body(store.area(areaId).orElseThrow());
	}

	@GetMapping("/question-banks/{id}/questions")
	@Operation(summary = "A page of a bank's questions at their current versions, newest first, by area (and below), "
			+ "type, difficulty, tag and text")
	PageResult<QuestionView> questions(@PathVariable long id, @RequestParam(required = false) Long areaId,
			@RequestParam(required = false) QuestionType type, @RequestParam(required = false) Integer difficulty,
			@RequestParam(required = false) String tag, @RequestParam(required = false) String q,
			@RequestParam(defaultValue = "false") boolean retired, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		banks.usable(Actors.require(), id);
		return store.search(id, new BankStore.Search(areaId, type, difficulty, tag, q, retired),
				PageQuery.of(page, size));
	}

	@PostMapping("/question-banks/{id}/questions")
	@Operation(summary = "Add a question; its key, options and points are checked against its type")
	ResponseEntity<QuestionView> addQuestion(@PathVariable long id, @Valid @RequestBody QuestionDraft draft) {
		Actor actor = Actors.require();
		long questionId = banks.addQuestion(actor, id, draft);
		return ResponseEntity.created(URI.create("/api/v1/questions/" + questionId))
			.body(banks.question(actor, questionId));
	}

	@PostMapping(value = "/question-banks/{id}/images", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Keep a picture (PNG or JPEG, up to 2 MB) for a stem or an option; answers its hash")
	ResponseEntity<StoredBlob> image(@PathVariable long id, @RequestParam(required = false) MultipartFile file)
			throws IOException {
		banks.managed(Actors.require(), id);
		return ResponseEntity.status(HttpStatus.CREATED).body(images.store("file", file));
	}

	@PostMapping(value = "/question-banks/{id}/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Add questions from the template (xlsx or csv), every row or none; a bad row answers 400 "
			+ "naming each row, its column and why")
	ResponseEntity<Object> importQuestions(@PathVariable long id, @RequestParam(required = false) MultipartFile file)
			throws IOException {
		Actor actor = Actors.require();
		banks.managed(actor, id);
		if (file == null || file.isEmpty()) {
			throw BusinessRuleException.invalid("file", "file.empty");
		}
		BankSheets.Outcome outcome = sheets.load(actor, id, file.getInputStream());
		if (outcome.succeeded()) {
			return ResponseEntity.status(HttpStatus.CREATED)
				.body(Map.of("imported", outcome.questionIds().size(), "questionIds", outcome.questionIds()));
		}
		Locale locale = LocaleContextHolder.getLocale();
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				messages.getMessage("exam.import.rejected", new Object[] { outcome.errors().size() }, locale));
		problem.setTitle(messages.getMessage("problem.title.400", null, "Bad Request", locale));
		problem.setType(URI.create("urn:jiangxin:problem:validation"));
		problem.setProperty("code", "exam.import.rejected");
		problem.setProperty("rows",
				outcome.errors()
					.stream()
					.map(e -> new RowProblem(e.row(), e.column(), sheets.reason(e, locale)))
					.toList());
		return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	/** A bad row of an import: its number in the file, the column at fault, why. */
	record RowProblem(long row, String column, String message) {
	}

	@GetMapping("/question-banks/{id}/export")
	@Operation(summary = "A bank's current questions in the template's columns (xlsx)")
	ResponseEntity<byte[]> export(@PathVariable long id) throws IOException {
		BankView bank = banks.usable(Actors.require(), id);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		sheets.export(store.all(id), out);
		return Downloads.of(out.toByteArray(), XLSX, bank.name() + ".xlsx", false);
	}

	@GetMapping("/question-banks/template")
	@Operation(summary = "The template of a bank's questions (题库导入模板), with its dropdowns and help")
	ResponseEntity<byte[]> template() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		sheets.template(out);
		return Downloads.of(out.toByteArray(), XLSX, "题库导入模板.xlsx", false);
	}

	/** A question now and every version it had. */
	record QuestionDetail(QuestionView question, List<QuestionView> versions) {
	}

	@GetMapping("/questions/{questionId}")
	@Operation(summary = "A question at its current version, with every earlier version")
	QuestionDetail question(@PathVariable long questionId) {
		QuestionView question = banks.question(Actors.require(), questionId);
		return new QuestionDetail(question, store.history(questionId));
	}

	@PutMapping("/questions/{questionId}")
	@Operation(summary = "Edit a question: its next version; papers drawn before keep theirs (the type stays)")
	QuestionView edit(@PathVariable long questionId, @Valid @RequestBody QuestionDraft draft) {
		Actor actor = Actors.require();
		banks.edit(actor, questionId, draft);
		return banks.question(actor, questionId);
	}

	/** Whether a question is retired (drawn into no new paper). */
	record Retirement(@NotNull Boolean retired) {
	}

	@PostMapping("/questions/{questionId}/retire")
	@Operation(summary = "Retire a question (no new paper draws it) or bring it back")
	QuestionView retire(@PathVariable long questionId, @Valid @RequestBody Retirement retirement) {
		Actor actor = Actors.require();
		banks.retire(actor, questionId, retirement.retired());
		return banks.question(actor, questionId);
	}

	private BankDetail detail(Actor actor, long bankId) {
		BankView bank = banks.usable(actor, bankId);
		return new BankDetail(bank, store.areas(bankId), store.tags(bankId), banks.mayManage(actor, bank));
	}

}
