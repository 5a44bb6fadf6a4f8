package cn.jiangxin.contest.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.dhatim.fastexcel.DataValidationErrorStyle;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import cn.jiangxin.contest.EntryDraft;
import cn.jiangxin.contest.TrackView;
import cn.jiangxin.member.MemberApi;
import cn.jiangxin.member.MemberView;
import cn.jiangxin.shared.Actor;
import cn.jiangxin.shared.BusinessRuleException;
import cn.jiangxin.shared.files.SpreadsheetLimits;
import cn.jiangxin.shared.files.SpreadsheetReader;
import cn.jiangxin.shared.files.SpreadsheetReader.Format;
import cn.jiangxin.shared.files.SpreadsheetReader.SheetRow;

/**
 * Registers a unit's entries in bulk from a spreadsheet keyed by member card number (one
 * row per entry: track, title, leader's card, team members' cards, declaration), all or
 * nothing: every row is checked under the same rules as one entry at a time, and one bad
 * row keeps the whole file out, with a message per bad row.
 */
@Component
class EntryImport {

	/** The columns of the sheet, by their Chinese header (English accepted too). */
	enum Column {

		TRACK("赛道", "track", "trackId"), TITLE("作品/队伍名称", "title", "title"),
		LEADER("负责人会员卡号", "leaderCardNo", "leaderCardNo"), TEAM("队员会员卡号", "teamCardNos", "teamCardNos"),
		DECLARATION("已阅读并同意承诺", "declaration", "declarationAccepted");

		final String header;

		final String english;

		final String field;

		Column(String header, String english, String field) {
			this.header = header;
			this.english = english;
			this.field = field;
		}

		static Optional<Column> ofField(String field) {
			for (Column column : values()) {
				if (column.field.equals(field)) {
					return Optional.of(column);
				}
			}
			return Optional.empty();
		}

	}

	/**
	 * A row that broke a rule: its number in the sheet, the column, and the message code
	 * with arguments.
	 */
	record RowError(long row, String column, String code, Object[] args) {
	}

	/**
	 * What an import did: the entries it registered, or (when any row failed) none and
	 * the reasons.
	 */
	record Outcome(List<Long> entryIds, List<RowError> errors) {

		boolean succeeded() {
			return errors.isEmpty();
		}

	}

	private final EntryService entries;

	private final ContestStore contests;

	private final MemberApi members;

	private final TransactionTemplate whole;

	private final TransactionTemplate row;

	private final MessageSource messages;

	private final int maxRows;

	private final SpreadsheetLimits limits;

	EntryImport(EntryService entries, ContestStore contests, MemberApi members, PlatformTransactionManager transactions,
			MessageSource messages, @Value("${jiangxin.contest.import.max-rows:2000}") int maxRows,
			SpreadsheetLimits limits) {
		this.entries = entries;
		this.contests = contests;
		this.members = members;
		this.messages = messages;
		this.maxRows = maxRows;
		this.limits = limits;
		this.whole = new TransactionTemplate(transactions);
		this.row = new TransactionTemplate(transactions);
		this.row.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
	}

	/**
	 * Reads the file and registers its entries for the contest as {@code actor}, all or
	 * none.
	 */
	Outcome run(Actor actor, long contestId, InputStream content) {
		Path file = null;
		try {
			file = Files.createTempFile("jiangxin-entries-", ".upload");
			Files.copy(content, file, StandardCopyOption.REPLACE_EXISTING);
			Format format = Files.size(file) == 0 ? null : Format.sniff(file);
			if (format == null) {
				throw BusinessRuleException.invalid("file",
						Files.size(file) == 0 ? "file.empty" : "entryImport.notSheet");
			}
			List<TrackView> tracks = contests.tracks(contestId);
			try (SpreadsheetReader reader = SpreadsheetReader.open(file, format, limits)) {
				Iterator<SheetRow> rows = reader.rows().iterator();
				if (!rows.hasNext()) {
					throw BusinessRuleException.invalid("file", "file.empty");
				}
				int[] at = header(rows.next());
				return whole.execute(status -> {
					List<Long> ids = new ArrayList<>();
					List<RowError> errors = new ArrayList<>();
					int count = 0;
					while (rows.hasNext()) {
						SheetRow sheetRow = rows.next();
						if (sheetRow.isBlank()) {
							continue;
						}
						if (++count > maxRows) {
							errors.add(new RowError(sheetRow.number(), null, "entryImport.tooManyRows",
									new Object[] { maxRows }));
							break;
						}
						try {
							EntryDraft draft = draft(sheetRow, at, tracks);
							ids.add(row.execute(nested -> entries.register(actor, contestId, draft)));
						}
						catch (BusinessRuleException ex) {
							errors.add(new RowError(sheetRow.number(),
									Column.ofField(ex.field()).map(c -> c.header).orElse(null), ex.code(), ex.args()));
						}
					}
					if (count == 0) {
						errors.add(new RowError(1, null, "entryImport.noRows", new Object[0]));
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
			throw BusinessRuleException.invalid("file", "entryImport.notSheet");
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
	String reason(RowError error, Locale locale) {
		return messages.getMessage(error.code(), error.args(), error.code(), locale);
	}

	/**
	 * The template for a contest: the columns, a dropdown of its track names, and how to
	 * fill it in.
	 */
	void template(long contestId, OutputStream out) throws IOException {
		List<TrackView> tracks = contests.tracks(contestId);
		Workbook workbook = new Workbook(out, "Jiangxin", "1.0");
		Worksheet sheet = workbook.newWorksheet("报名");
		Worksheet options = workbook.newWorksheet("赛道");
		Worksheet help = workbook.newWorksheet("填写说明");
		Column[] columns = Column.values();
		for (int c = 0; c < columns.length; c++) {
			sheet.value(0, c, columns[c].header);
			sheet.style(0, c).bold().fillColor("F8D7DA").set();
			sheet.width(c, c == Column.TEAM.ordinal() ? 48 : 24);
		}
		sheet.range(1, Column.LEADER.ordinal(), 5_000, Column.TEAM.ordinal()).style().format("@").set();
		for (int i = 0; i < tracks.size(); i++) {
			TrackView track = tracks.get(i);
			options.value(i, 0, track.name());
			options.value(i, 1, track.team() ? "团体 " + track.teamMin() + "–" + track.teamMax() + " 人" : "个人");
		}
		if (!tracks.isEmpty()) {
			sheet.range(1, Column.TRACK.ordinal(), 5_000, Column.TRACK.ordinal())
				.validateWithList(options.range(0, 0, tracks.size() - 1, 0))
				.allowBlank(false)
				.showDropdown(true)
				.showErrorMessage(true)
				.errorStyle(DataValidationErrorStyle.STOP)
				.errorTitle("输入有误")
				.error("请从下拉列表中选择赛道");
		}
		List<String> lines = List.of("每行一项报名，第一行是列名，请勿修改列名。", "赛道从下拉列表中选择；个人赛道可不填作品/队伍名称（默认为负责人姓名），团体赛道必须填写队伍名称。",
				"负责人与队员均填写 12 位会员卡号（互助服务卡号），且须为本单位（含下级工会）的在会会员。", "队员会员卡号可填多个，以逗号、顿号或空格分隔；个人赛道不填。",
				"赛道设有参赛承诺的，“已阅读并同意承诺”一列填“是”，表示已告知参赛者并征得同意。", "整份文件全部通过校验才会导入；任何一行有误都不会导入，请按错误提示改正后重新上传。");
		for (int i = 0; i < lines.size(); i++) {
			help.value(i, 0, lines.get(i));
		}
		help.width(0, 100);
		workbook.setActiveTab(0);
		workbook.finish();
	}

	private int[] header(SheetRow header) {
		int[] at = new int[Column.values().length];
		Arrays.fill(at, -1);
		for (int i = 0; i < header.cells().size(); i++) {
			String cell = header.cell(i) == null ? "" : header.cell(i).strip().replace("*", "");
			for (Column column : Column.values()) {
				if (cell.equals(column.header) || cell.equalsIgnoreCase(column.english)) {
					at[column.ordinal()] = i;
				}
			}
		}
		for (Column required : List.of(Column.TRACK, Column.LEADER)) {
			if (at[required.ordinal()] < 0) {
				throw BusinessRuleException.invalid("file", "entryImport.missingColumn", required.header);
			}
		}
		return at;
	}

	private EntryDraft draft(SheetRow sheetRow, int[] at, List<TrackView> tracks) {
		String trackName = cell(sheetRow, at, Column.TRACK);
		TrackView track = tracks.stream()
			.filter(t -> t.name().equals(trackName))
			.findFirst()
			.orElseThrow(() -> BusinessRuleException.invalid("trackId", "entryImport.unknownTrack",
					trackName == null ? "" : trackName));
		MemberView leader = card(cell(sheetRow, at, Column.LEADER), "leaderCardNo");
		List<Long> team = cards(cell(sheetRow, at, Column.TEAM), "teamCardNos");
		String declaration = cell(sheetRow, at, Column.DECLARATION);
		boolean declared = declaration != null
				&& declaration.strip().toLowerCase(Locale.ROOT).matches("是|y|yes|true|1|√|✓");
		return new EntryDraft(track.id(), cell(sheetRow, at, Column.TITLE), leader.id(), team, declared);
	}

	/**
	 * The members holding the card numbers of a text (separated by commas, 、, spaces or
	 * lines), in order.
	 */
	List<Long> cards(String text, String field) {
		List<Long> ids = new ArrayList<>();
		if (text != null) {
			for (String card : text.split("[,，、;；\\s]+")) {
				if (!card.isBlank()) {
					ids.add(card(card, field).id());
				}
			}
		}
		return ids;
	}

	/** The member holding a card number typed into {@code field}, or a field error. */
	MemberView card(String card, String field) {
		String value = card == null ? "" : card.strip();
		if (!value.matches("\\d{12}")) {
			throw BusinessRuleException.invalid(field, "entryImport.cardFormat", value);
		}
		return members.findByCardNo(value)
			.orElseThrow(() -> BusinessRuleException.invalid(field, "entryImport.unknownCard", value));
	}

	private static String cell(SheetRow row, int[] at, Column column) {
		String value = row.cell(at[column.ordinal()]);
		return value == null || value.isBlank() ? null : value.strip();
	}

	static Map<String, String> headers() {
		Map<String, String> headers = new LinkedHashMap<>();
		for (Column column : Column.values()) {
			headers.put(column.field, column.header);
		}
		return headers;
	}

}
