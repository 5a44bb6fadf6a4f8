package cn.jiangxin.member.internal.imports;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;

import org.dhatim.fastexcel.DataValidationErrorStyle;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import cn.jiangxin.member.Education;
import cn.jiangxin.member.EmploymentType;
import cn.jiangxin.member.Gender;
import cn.jiangxin.member.IdType;
import cn.jiangxin.member.internal.imports.ImportJobs.RowError;
import cn.jiangxin.member.internal.imports.MemberColumns.Column;

/**
 * The spreadsheets unions exchange with Jiangxin: the import template (Chinese headers,
 * text-formatted number columns so Excel keeps ID numbers whole, and dropdowns for the
 * coded columns) and the error report of an import.
 */
@Component
class MemberSheets {

	private final MessageSource messages;

	MemberSheets(MessageSource messages) {
		this.messages = messages;
	}

	void template(OutputStream out) throws IOException {
		Workbook workbook = new Workbook(out, "Jiangxin", "1.0");
		Worksheet sheet = workbook.newWorksheet("会员");
		Worksheet options = workbook.newWorksheet("选项");
		Worksheet help = workbook.newWorksheet("填写说明");
		Column[] columns = Column.values();
		for (int c = 0; c < columns.length; c++) {
			sheet.value(0, c, columns[c].header + (columns[c].required ? "*" : ""));
			sheet.style(0, c).bold().fillColor("F8D7DA").set();
			sheet.width(c, columns[c] == Column.ID_NUMBER || columns[c] == Column.EMPLOYER || columns[c] == Column.ORG
					? 24 : 14);
		}
		for (Column text : List.of(Column.ID_NUMBER, Column.PHONE, Column.BIRTH_DATE, Column.JOIN_DATE)) {
			sheet.range(1, text.ordinal(), 10_000, text.ordinal()).style().format("@").set();
		}
		dropdown(sheet, options, 0, Column.GENDER,
				MemberColumns.chineseLabels(messages, Gender.values(), Gender::messageKey));
		dropdown(sheet, options, 1, Column.ID_TYPE,
				MemberColumns.chineseLabels(messages, IdType.values(), IdType::messageKey));
		dropdown(sheet, options, 2, Column.EDUCATION,
				MemberColumns.chineseLabels(messages, Education.values(), Education::messageKey));
		dropdown(sheet, options, 3, Column.EMPLOYMENT_TYPE,
				MemberColumns.chineseLabels(messages, EmploymentType.values(), EmploymentType::messageKey));
		List<String> lines = List.of("带 * 的列必须填写；每行一名会员，第一行是列名，请勿修改列名。", "证件类型留空即为居民身份证；15 位老身份证号会自动转换为 18 位。",
				"手机号码为 11 位大陆手机号；日期写作 2024-05-01。", "所属工会填写本次导入所选工会或其下级工会的全称；留空即为所选工会。",
				"同一证件号码再次导入时更新该会员，不会重复建档；已是其他单位会员的，请办理转会。", "标签可填多个，以逗号分隔，如：劳模,困难职工。");
		for (int i = 0; i < lines.size(); i++) {
			help.value(i, 0, lines.get(i));
		}
		help.width(0, 90);
		workbook.setActiveTab(0);
		workbook.finish();
	}

	void errorReport(List<RowError> errors, Locale locale, OutputStream out) throws IOException {
		Workbook workbook = new Workbook(out, "Jiangxin", "1.0");
		Worksheet sheet = workbook.newWorksheet(text("import.report.sheet", locale));
		sheet.value(0, 0, text("import.report.row", locale));
		sheet.value(0, 1, text("import.report.column", locale));
		sheet.value(0, 2, text("import.report.reason", locale));
		sheet.range(0, 0, 0, 2).style().bold().set();
		sheet.width(0, 10);
		sheet.width(1, 16);
		sheet.width(2, 80);
		int r = 1;
		for (RowError error : errors) {
			sheet.value(r, 0, error.row());
			sheet.inlineString(r, 1, error.column() == null ? "" : error.column());
			sheet.inlineString(r, 2, error.reason());
			r++;
		}
		workbook.finish();
	}

	private static void dropdown(Worksheet sheet, Worksheet options, int optionColumn, Column column,
			List<String> labels) {
		for (int i = 0; i < labels.size(); i++) {
			options.value(i, optionColumn, labels.get(i));
		}
		sheet.range(1, column.ordinal(), 10_000, column.ordinal())
			.validateWithList(options.range(0, optionColumn, labels.size() - 1, optionColumn))
			.allowBlank(true)
			.showDropdown(true)
			.showErrorMessage(true)
			.errorStyle(DataValidationErrorStyle.STOP)
			.errorTitle("输入有误")
			.error("请从下拉列表中选择");
	}

	private String text(String code, Locale locale) {
		return messages.getMessage(code, null, code, locale);
	}

}
