package cn.jiangxin.exam.internal.bank;

/**
 * The kinds of question (题型): chosen from options (one, or several), true or false,
 * filled in, or answered in words and graded by people.
 */
public enum QuestionType {

	SINGLE, MULTIPLE, TRUE_FALSE, FILL, SHORT;

	public String messageKey() {
		return "exam.type." + name();
	}

	/** Whether the platform grades it on submit. */
	public boolean objective() {
		return this != SHORT;
	}

	/** Whether it has options to choose from. */
	public boolean choice() {
		return this == SINGLE || this == MULTIPLE;
	}

	/** The word a sheet uses for it (题库导入模板). */
	public String sheetName() {
		return switch (this) {
			case SINGLE -> "单选";
			case MULTIPLE -> "多选";
			case TRUE_FALSE -> "判断";
			case FILL -> "填空";
			case SHORT -> "简答";
		};
	}

	/** The type a sheet names, in Chinese or by its code; null if none. */
	public static QuestionType fromSheet(String text) {
		if (text == null) {
			return null;
		}
		String value = text.strip();
		for (QuestionType type : values()) {
			if (type.sheetName().equals(value) || type.name().equalsIgnoreCase(value)
					|| (type.sheetName() + "题").equals(value)) {
				return type;
			}
		}
		return null;
	}

}
