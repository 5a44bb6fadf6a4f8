package cn.jiangxin.member.internal.imports;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import cn.jiangxin.member.Education;
import cn.jiangxin.member.EmploymentType;
import cn.jiangxin.member.Gender;
import cn.jiangxin.member.IdType;
import cn.jiangxin.shared.BusinessRuleException;

/**
 * The columns of the member spreadsheet, in the template's order, with the Chinese
 * headers an Excel user sees and the English keys an API user may send; and the reading
 * of coded values, which accepts the Chinese label, the English label or the code.
 */
@Component
class MemberColumns {

	/**
	 * A column: its key (the field it fills), Chinese header, whether a row must fill it.
	 */
	enum Column {

		NAME("name", "姓名", true), GENDER("gender", "性别", false), ID_TYPE("idType", "证件类型", false),
		ID_NUMBER("idNumber", "证件号码", true), BIRTH_DATE("birthDate", "出生日期", false), PHONE("phone", "手机号码", false),
		EMAIL("email", "电子邮箱", false), EDUCATION("education", "学历", false),
		EMPLOYMENT_TYPE("employmentType", "就业类型", true), EMPLOYER("employerName", "工作单位", false),
		ORG("org", "所属工会", false), JOIN_DATE("joinDate", "入会日期", false), TAGS("tags", "标签", false);

		final String key;

		final String header;

		final boolean required;

		Column(String key, String header, boolean required) {
			this.key = key;
			this.header = header;
			this.required = required;
		}

	}

	private static final List<DateTimeFormatter> DATES = List.of(DateTimeFormatter.ISO_LOCAL_DATE,
			DateTimeFormatter.ofPattern("yyyy/M/d"), DateTimeFormatter.ofPattern("yyyy.M.d"),
			DateTimeFormatter.ofPattern("yyyyMMdd"), DateTimeFormatter.ofPattern("yyyy-M-d"),
			DateTimeFormatter.ofPattern("yyyy年M月d日"));

	private final Map<Class<?>, Map<String, Enum<?>>> labels = new HashMap<>();

	MemberColumns(MessageSource messages) {
		register(messages, Gender.values(), Gender::messageKey);
		register(messages, IdType.values(), IdType::messageKey);
		register(messages, Education.values(), Education::messageKey);
		register(messages, EmploymentType.values(), EmploymentType::messageKey);
	}

	/**
	 * Where each column sits in a file with this header row; a missing required column is
	 * an error.
	 */
	Map<Column, Integer> positions(List<String> header) {
		Map<Column, Integer> positions = new HashMap<>();
		for (int i = 0; i < header.size(); i++) {
			String name = header.get(i) == null ? "" : header.get(i).strip().replace("*", "").replace("＊", "");
			for (Column column : Column.values()) {
				if (column.header.equals(name) || column.key.equalsIgnoreCase(name)) {
					positions.putIfAbsent(column, i);
				}
			}
		}
		for (Column column : Column.values()) {
			if (column.required && !positions.containsKey(column)) {
				throw BusinessRuleException.invalid(column.key, "import.column.missing", column.header);
			}
		}
		return positions;
	}

	/** The enum a cell names, by label or code; null for a blank cell. */
	<E extends Enum<E>> E coded(Class<E> type, String cell, String field) {
		if (cell == null || cell.isBlank()) {
			return null;
		}
		Enum<?> value = labels.get(type).get(cell.strip().toUpperCase(Locale.ROOT));
		if (value == null) {
			throw BusinessRuleException.invalid(field, "import.value.unknown", cell.strip());
		}
		return type.cast(value);
	}

	/** A date in any of the common spellings; null for a blank cell. */
	static LocalDate date(String cell, String field) {
		if (cell == null || cell.isBlank()) {
			return null;
		}
		String value = cell.strip();
		for (DateTimeFormatter format : DATES) {
			try {
				return LocalDate.parse(value, format);
			}
			catch (DateTimeParseException next) {
				// try the next spelling
			}
		}
		throw BusinessRuleException.invalid(field, "import.value.date", value);
	}

	/** The labels of a coded column, for the template's dropdowns. */
	static <E extends Enum<E>> List<String> chineseLabels(MessageSource messages, E[] values, Function<E, String> key) {
		return Arrays.stream(values)
			.map(value -> messages.getMessage(key.apply(value), null, value.name(), Locale.SIMPLIFIED_CHINESE))
			.toList();
	}

	private <E extends Enum<E>> void register(MessageSource messages, E[] values, Function<E, String> key) {
		Map<String, Enum<?>> byLabel = new HashMap<>();
		for (E value : values) {
			byLabel.put(value.name(), value);
			for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
				String label = messages.getMessage(key.apply(value), null, null, locale);
				if (label != null) {
					byLabel.put(label.strip().toUpperCase(Locale.ROOT), value);
				}
			}
		}
		labels.put(values.getClass().getComponentType(), byLabel);
	}

}
