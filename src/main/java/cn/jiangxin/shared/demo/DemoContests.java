package cn.jiangxin.shared.demo;

/**
 * The demo's contests that judging and awards carry on with, by title. Implemented by the
 * contest module's seeder.
 */
public interface DemoContests {

	/** Case 1: the finance big-model competition. */
	String FINANCE = "2025北京市金融职工大模型技术应用创新能力职业技能大赛";

	/** Case 2: 经开区's industrial-robot final. */
	String ROBOTS = "经开区第八届职工职业技能竞赛（工业机器人系统运维员）";

	/** Case 4: the relief centre's skills contest. */
	String RELIEF = "北京市接济救助管理事务中心第二届职工技能大赛";

	/** Case 5: 北航's case call. */
	String BUAA = "《数智赋能·智汇工惠》北航工会数字化工作案例征集";

	/** The id of the demo contest with this title. */
	long id(String title);

}
