package cn.jiangxin.exam.internal.bank;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.dhatim.fastexcel.DataValidationErrorStyle;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import cn.jiangxin.shared.Actor;
import cn.jiangxin.shared.BusinessRuleException;
import cn.jiangxin.shared.files.SpreadsheetLimits;
import cn.jiangxin.shared.files.SpreadsheetReader;
import cn.jiangxin.shared.files.SpreadsheetReader.Format;
import cn.jiangxin.shared.files.SpreadsheetReader.SheetRow;

/**
 * The question bank as a spreadsheet (题库导入模板): the template with its dropdowns, an import
 * that takes every row or none and names each bad row, and an export in the same columns
 * so that a bank can be edited offline and read back.
 */
@Component
public class BankSheets {

	/** The columns of the template, in order. */
	enum Column {

		TYPE("题型", true), AREA("知识点", true), DIFFICULTY("难度", true), STEM("题干", true), A("选项A", false), B("选项B", false),
		C("选项C", false), D("选项D", false), E("选项E", false), F("选项F", false), G("选项G", false), H("选项H", false),
		ANSWER("答案", false), SCORING("多选计分", false), REFERENCE("参考答案", false), POINTS("分值", false),
		EXPLANATION("解析", false), TAGS("标签", false);

		final String header;

		final boolean required;

		Column(String header, boolean required) {
			this.header = header;
			this.required = required;
		}

	}

	/** How many questions one file may bring. */
	static final int MAX_ROWS = 5_000;

	static final String PARTIAL = "按比例得分";

	static final String ALL_OR_NOTHING = "全对得分";

	/** A bad row: its number in the file, the column at fault, and why. */
	public record RowError(long row, String column, String code, Object[] args) {
	}

	/**
	 * What an import did: the questions it added, or every row's reason and none added.
	 */
	public record Outcome(List<Long> questionIds, List<RowError> errors) {

		public boolean succeeded() {
			return errors.isEmpty();
		}

	}

	private final BankService banks;

	private final SpreadsheetLimits limits;

	private final MessageSource messages;

	private final TransactionTemplate whole;

	private final TransactionTemplate row;

	BankSheets(BankService banks, SpreadsheetLimits limits, MessageSource messages,
			PlatformTransactionManager transactions) {
		this.banks = banks;
		this.limits = limits;
		this.messages = messages;
		this.whole = new TransactionTemplate(transactions);
		this.row = new TransactionTemplate(transactions);
		this.row.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
	}

	/** Reads a file into a bank as {@code actor}, all rows or none. */
	public Outcome load(Actor actor, long bankId, InputStream content) {
		banks.managed(actor, bankId);
		Path file = null;
		try {
			file = Files.createTempFile("jiangxin-questions-", ".upload");
			Files.copy(content, file, StandardCopyOption.REPLACE_EXISTING);
			Format format = Files.size(file) == 0 ? null : Format.sniff(file);
			if (format == null) {
				throw BusinessRuleException.invalid("file",
						Files.size(file) == 0 ? "file.empty" : "exam.import.notSheet");
			}
			try (SpreadsheetReader reader = SpreadsheetReader.open(file, format, limits)) {
				Iterator<SheetRow> rows = reader.rows().iterator();
				if (!rows.hasNext()) {
					throw BusinessRuleException.invalid("file", "file.empty");
				}
				Map<Column, Integer> at = header(rows.next());
				return whole.execute(status -> {
					List<Long> ids = new ArrayList<>();
					List<RowError> errors = new ArrayList<>();
					int count = 0;
					while (rows.hasNext()) {
						SheetRow sheetRow = rows.next();
						if (sheetRow.isBlank()) {
							continue;
						}
						if (++count > MAX_ROWS) {
							errors.add(new RowError(sheetRow.number(), null, "exam.import.tooManyRows",
									new Object[] { MAX_ROWS }));
							break;
						}
						try {
							ids.add(row.execute(nested -> {
								QuestionDraft draft = draft(actor, bankId, sheetRow, at);
								return banks.addQuestion(actor, bankId, draft);
							}));
						}
						catch (BusinessRuleException ex) {
							errors.add(new RowError(sheetRow.number(), column(ex.field()), ex.code(), ex.args()));
						}
					}
					if (count == 0) {
						errors.add(new RowError(1, null, "exam.import.noRows", new Object[0]));
					}
					if (!errors.isEmpty()) {
						status.setRollbackOnly();
						return new Outcome(List.of(), errors);
					}
					return new Outcome(ids, errors);
				});
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (BusinessRuleException ex) {
			throw ex;
		}
		catch (Exception ex) {
			throw BusinessRuleException.invalid("file", "exam.import.notSheet");
		}
		finally {
			if (file != null) {
				try {
					Files.deleteIfExists(file);
				}
				catch (IOException ignored) {
					// a leftover temporary file is harmless
				}
			}
		}
	}

	/** The message of a row error in the given language. */
	public String reason(RowError error, Locale locale) {
		return messages.getMessage(error.code(), error.args(), error.code(), locale);
	}

	private static Map<Column, Integer> header(SheetRow header) {
		Map<Column, Integer> at = new HashMap<>();
		for (int i = 0; i < header.cells().size(); i++) {
			String cell = header.cell(i);
			if (cell == null) {
				continue;
			}
			String name = cell.strip().replace("*", "").replace("\uFEFF", "");
			for (Column column : Column.values()) {
				if (column.header.equals(name)) {
					at.putIfAbsent(column, i);
				}
			}
		}
		for (Column column : Column.values()) {
			if (column.required && !at.containsKey(column)) {
				throw BusinessRuleException.invalid("file", "exam.import.missingColumn", column.header);
			}
		}
		return at;
	}

	private static String column(String field) {
		if (field == null) {
			return null;
		}
		return switch (field) {
			case "type" -> Column.TYPE.header;
			case "areaId", "area" -> Column.AREA.header;
			case "difficulty" -> Column.DIFFICULTY.header;
			case "stem" -> Column.STEM.header;
			case "options" -> "选项";
			case "answers" -> Column.ANSWER.header;
			case "partialCredit" -> Column.SCORING.header;
			case "referenceAnswer" -> Column.REFERENCE.header;
			case "points" -> Column.POINTS.header;
			case "explanation" -> Column.EXPLANATION.header;
			case "tags" -> Column.TAGS.header;
			default -> null;
		};
	}

	private QuestionDraft draft(Actor actor, long bankId, SheetRow sheetRow, Map<Column, Integer> at) {
		QuestionType type = QuestionType.fromSheet(cell(sheetRow, at, Column.TYPE));
		if (type == null) {
			throw BusinessRuleException.invalid("type", "exam.import.type");
		}
		String areaPath = cell(sheetRow, at, Column.AREA);
		if (areaPath == null || areaPath.length() > 300
				|| Arrays.stream(areaPath.split("/"))
					.map(String::strip)
					.anyMatch(s -> s.isEmpty() || s.length() > 60)) {
			throw BusinessRuleException.invalid("area", "exam.import.area");
		}
		Integer difficulty = integer(cell(sheetRow, at, Column.DIFFICULTY));
		if (difficulty == null || difficulty < 1 || difficulty > 5) {
			throw BusinessRuleException.invalid("difficulty", "exam.import.difficulty");
		}
		String stem = bounded(cell(sheetRow, at, Column.STEM), 4000, "stem");
		if (stem == null) {
			throw BusinessRuleException.invalid("stem", "exam.question.stemBlank");
		}
		List<QuestionDraft.Option> options = new ArrayList<>();
		Column[] optionColumns = { Column.A, Column.B, Column.C, Column.D, Column.E, Column.F, Column.G, Column.H };
		boolean gap = false;
		for (Column column : optionColumns) {
			String text = bounded(cell(sheetRow, at, column), 1000, "options");
			if (text == null) {
				gap = true;
				continue;
			}
			if (gap) {
				throw BusinessRuleException.invalid("options", "exam.import.optionGap");
			}
			options.add(new QuestionDraft.Option(text, null));
		}
		String answer = bounded(cell(sheetRow, at, Column.ANSWER), 2000, "answers");
		List<String> answers = switch (type) {
			case SINGLE, MULTIPLE -> answer == null ? List.of()
					: Answers.letters(Answers.normalise(answer).toUpperCase(Locale.ROOT).replaceAll("[\\s,，、]", ""));
			case TRUE_FALSE -> {
				String key = answer == null ? null : BankService.trueFalse(answer);
				if (key == null) {
					throw BusinessRuleException.invalid("answers", "exam.question.trueFalseKey");
				}
				yield List.of(key);
			}
			case FILL -> answer == null ? List.of() : Arrays.stream(answer.split("[；;]"))
				.map(String::strip)
				.map(s -> String.join(Answers.ALTERNATIVES, Arrays.stream(s.split("[|｜]")).map(String::strip).toList()))
				.toList();
			case SHORT -> List.of();
		};
		String scoring = cell(sheetRow, at, Column.SCORING);
		Boolean partial = null;
		if (type == QuestionType.MULTIPLE && scoring != null) {
			if (PARTIAL.equals(scoring)) {
				partial = true;
			}
			else if (ALL_OR_NOTHING.equals(scoring)) {
				partial = false;
			}
			else {
				throw BusinessRuleException.invalid("partialCredit", "exam.import.scoring");
			}
		}
		String pointsText = cell(sheetRow, at, Column.POINTS);
		BigDecimal points;
		if (pointsText == null) {
			points = defaultPoints(type);
		}
		else {
			try {
				points = new BigDecimal(pointsText.strip());
			}
			catch (NumberFormatException ex) {
				throw BusinessRuleException.invalid("points", "exam.import.points");
			}
			if (points.scale() > 2 || points.compareTo(new BigDecimal("0.5")) < 0
					|| points.compareTo(BigDecimal.valueOf(100)) > 0) {
				throw BusinessRuleException.invalid("points", "exam.import.points");
			}
		}
		String tagsText = cell(sheetRow, at, Column.TAGS);
		List<String> tags = tagsText == null ? List.of()
				: Arrays.stream(tagsText.split("[；;,，、]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
		if (tags.size() > 10 || tags.stream().anyMatch(t -> t.length() > 30)) {
			throw BusinessRuleException.invalid("tags", "exam.import.tags");
		}
		long areaId = banks.areaFor(actor, bankId, areaPath);
		return new QuestionDraft(type, areaId, difficulty, stem, null, options, answers, partial,
				bounded(cell(sheetRow, at, Column.REFERENCE), 4000, "referenceAnswer"), points,
				bounded(cell(sheetRow, at, Column.EXPLANATION), 2000, "explanation"), tags);
	}

	/** The points a question is worth when the sheet leaves them out. */
	static BigDecimal defaultPoints(QuestionType type) {
		return switch (type) {
			case MULTIPLE -> BigDecimal.valueOf(2);
			case SHORT -> BigDecimal.valueOf(5);
			default -> BigDecimal.ONE;
		};
	}

	private static String cell(SheetRow row, Map<Column, Integer> at, Column column) {
		Integer index = at.get(column);
		String value = index == null ? null : row.cell(index);
		return value == null || value.isBlank() ? null : value.strip();
	}

	private static String bounded(String value, int max, String field) {
		if (value != null && value.length() > max) {
			throw BusinessRuleException.invalid(field, "exam.import.tooLong", max);
		}
		return value;
	}

	private static Integer integer(String text) {
		if (text == null) {
			return null;
		}
		String value = text.strip();
		if (value.endsWith(".0")) {
			value = value.substring(0, value.length() - 2);
		}
		if (!value.matches("[0-9]{1,2}")) {
			return null;
		}
		return Integer.valueOf(value);
	}

	/**
	 * The template: the columns, dropdowns for type, difficulty and scoring, and help.
	 */
	public void template(OutputStream out) throws IOException {
		write(List.of(), out);
	}

	/** A bank's current questions in the template's columns. */
	public void export(List<QuestionView> questions, OutputStream out) throws IOException {
		write(questions, out);
	}

	private void write(List<QuestionView> questions, OutputStream out) throws IOException {
		Workbook workbook = new Workbook(out, "Jiangxin", "1.0");
		Worksheet sheet = workbook.newWorksheet("题库");
		Worksheet lists = workbook.newWorksheet("选项");
		Worksheet help = workbook.newWorksheet("填写说明");
		Column[] columns = Column.values();
		for (int c = 0; c < columns.length; c++) {
			sheet.value(0, c, columns[c].header);
			sheet.style(0, c).bold().fillColor(columns[c].required ? "F8D7DA" : "E9ECEF").set();
			sheet.width(c, columns[c] == Column.STEM || columns[c] == Column.REFERENCE ? 40
					: columns[c] == Column.AREA ? 28 : 12);
		}
		sheet.range(1, Column.ANSWER.ordinal(), 10_000, Column.POINTS.ordinal()).style().format("@").set();
		int rows = Math.max(10_000, questions.size() + 1000);
		dropdown(sheet, lists, 0, Column.TYPE,
				Arrays.stream(QuestionType.values()).map(t -> t.sheetName() + "题").toList(), rows);
		dropdown(sheet, lists, 1, Column.DIFFICULTY, List.of("1", "2", "3", "4", "5"), rows);
		dropdown(sheet, lists, 2, Column.SCORING, List.of(ALL_OR_NOTHING, PARTIAL), rows);
		int r = 1;
		for (QuestionView q : questions) {
			sheet.value(r, Column.TYPE.ordinal(), q.type().sheetName() + "题");
			sheet.value(r, Column.AREA.ordinal(), q.areaPath());
			sheet.value(r, Column.DIFFICULTY.ordinal(), q.difficulty());
			sheet.inlineString(r, Column.STEM.ordinal(), q.stem());
			for (int o = 0; o < q.options().size() && o < 8; o++) {
				sheet.inlineString(r, Column.A.ordinal() + o, q.options().get(o).text());
			}
			String answer = switch (q.type()) {
				case SINGLE, MULTIPLE -> String.join("", q.answers());
				case TRUE_FALSE -> q.answers().contains("T") ? "对" : "错";
				case FILL -> String.join("；", q.answers());
				case SHORT -> "";
			};
			sheet.inlineString(r, Column.ANSWER.ordinal(), answer);
			if (q.type() == QuestionType.MULTIPLE) {
				sheet.value(r, Column.SCORING.ordinal(), q.partialCredit() ? PARTIAL : ALL_OR_NOTHING);
			}
			if (q.referenceAnswer() != null) {
				sheet.inlineString(r, Column.REFERENCE.ordinal(), q.referenceAnswer());
			}
			sheet.value(r, Column.POINTS.ordinal(), q.points().stripTrailingZeros().toPlainString());
			if (q.explanation() != null) {
				sheet.inlineString(r, Column.EXPLANATION.ordinal(), q.explanation());
			}
			sheet.inlineString(r, Column.TAGS.ordinal(), String.join("；", q.tags()));
			r++;
		}
		List<String> lines = List.of("红色列必须填写；每行一道题，第一行是列名，请勿修改列名。", "题型：单选题、多选题、判断题、填空题、简答题；难度 1（易）至 5（难）。",
				"知识点写完整路径，层级之间用 / 分隔，如：工业机器人基础理论/机械结构；没有的知识点会自动建立。",
				"单选、多选题的选项依次填在选项A、选项B……中，最多 8 个，中间不留空；答案写选项字母，如 B 或 ACD。",
				"多选计分：全对得分（漏选、错选不得分），或按比例得分（每选对一项得相应分数，有错选不得分）；留空为全对得分。", "判断题答案写 对 或 错（也可写 √、×）。",
				"填空题在题干中用（  ）标出空位；答案按空位顺序以 ； 分隔，一空有多个可接受答案时以 | 分隔，如：6|六；示教器。不区分大小写和全角半角。", "简答题由阅卷人评分，请在参考答案中写明得分要点。",
				"分值留空时：单选、判断、填空 1 分，多选 2 分，简答 5 分；组卷时以试卷蓝图的分值为准。", "标签可填多个，以 ； 分隔，如：安全；示教器。整个文件中有一行有误时，全部不导入，并逐行说明原因。");
		for (int i = 0; i < lines.size(); i++) {
			help.value(i, 0, lines.get(i));
		}
		help.width(0, 110);
		workbook.setActiveTab(0);
		workbook.finish();
	}

	private static void dropdown(Worksheet sheet, Worksheet lists, int listColumn, Column column, List<String> labels,
			int rows) {
		for (int i = 0; i < labels.size(); i++) {
			lists.value(i, listColumn, labels.get(i));
		}
		sheet.range(1, column.ordinal(), rows, column.ordinal())
			.validateWithList(lists.range(0, listColumn, labels.size() - 1, listColumn))
			.allowBlank(true)
			.showDropdown(true)
			.showErrorMessage(true)
			.errorStyle(DataValidationErrorStyle.STOP)
			.errorTitle("输入有误")
			.error("请从下拉列表中选择");
	}

}
