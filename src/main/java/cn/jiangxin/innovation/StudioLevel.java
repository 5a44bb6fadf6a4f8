package cn.jiangxin.innovation;

/**
 * The level of an innovation studio, from the union that conferred it: 企业级, 区级/产业级, 市级,
 * 全国级, in rising order.
 */
public enum StudioLevel {

	ENTERPRISE("企业级职工创新工作室"), DISTRICT("区级职工创新工作室"), CITY("市级职工创新工作室"), NATIONAL("全国级职工创新工作室");

	private final String title;

	StudioLevel(String title) {
		this.title = title;
	}

	/** The title the level is recorded under in the honour registry. */
	public String title() {
		return title;
	}

	/** Whether this level is above the other (null: none yet). */
	public boolean above(StudioLevel other) {
		return other == null || compareTo(other) > 0;
	}

	/** The message key of the level's name. */
	public String messageKey() {
		return "innovation.level." + name();
	}

}
