package cn.jiangxin.innovation;

import java.util.Arrays;
import java.util.Comparator;

/** The field a studio works in, for filters and for matching problems to studios. */
public enum StudioField {

	RAIL_TRANSIT("轨道交通"), ROAD_TRANSPORT("道路运输"), AVIATION("航空"), RAILWAY("铁路"), FINTECH("金融科技"), JUDICIAL("司法"),
	MANUFACTURING("制造"), CONSTRUCTION("建筑"), BIOMEDICAL("生物医药"), IT("信息技术"), PUBLIC_SERVICE("公共服务"), EDUCATION("教育"),
	LOGISTICS("物流"), OTHER("其他");

	private final String chineseName;

	StudioField(String chineseName) {
		this.chineseName = chineseName;
	}

	/** The message key of the field's name. */
	public String messageKey() {
		return "innovation.field." + name();
	}

	/**
	 * The field a title names (金融科技职工创新工作室 → FINTECH): the longest field name the title
	 * contains, else OTHER.
	 */
	public static StudioField namedIn(String title) {
		return Arrays.stream(values())
			.filter(f -> f != OTHER && title.contains(f.chineseName))
			.max(Comparator.comparingInt(f -> f.chineseName.length()))
			.orElse(OTHER);
	}

}
