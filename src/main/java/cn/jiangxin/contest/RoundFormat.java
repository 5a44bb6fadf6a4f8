package cn.jiangxin.contest;

/** How a round is judged: 材料评审, 理论考试, 实操考核, or on site 汇报+演示+答辩. */
public enum RoundFormat {

	MATERIAL_REVIEW, THEORY_EXAM, PRACTICAL_TEST, ONSITE_DEFENSE;

	public String messageKey() {
		return "contest.format." + name();
	}

}
