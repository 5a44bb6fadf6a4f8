package cn.jiangxin.contest.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Makes up the cases 北航's department unions filed for the case call, in the structured
 * form: title, background, approach, measurable results, replicability. The seed's own
 * examples (a proposal heat graph for the workers' congress, a three-year health-report
 * trend) come first in their areas.
 */
final class DemoCases {

	/** One case: its title and the texts of the case form by requirement code. */
	record Case(String title, Map<String, String> texts) {
	}

	private static final List<List<String>> SUBJECTS = List.of(
			List.of("教职工健康体检三年趋势分析", "困难教职工精准帮扶台账", "新入职教职工关爱地图", "退休教职工线上慰问平台", "教职工子女托管预约小程序", "教职工心理健康自助测评",
					"生日慰问自动提醒", "职工之家场地预约系统"),
			List.of("职代会提案热议图谱", "二级教代会提案全流程线上办理", "院务公开电子看板", "教职工意见建议直通车", "提案办理满意度评价", "分工会工作考核数字化", "民主评议线上测评",
					"部门预算公开查询"),
			List.of("教职工文体活动报名与签到", "读书月线上打卡", "劳模工匠事迹数字展馆", "摄影书画作品云展", "健步走团队赛数据看板", "文化沙龙预约与回看", "教职工社团数字化管理",
					"劳动教育微课资源库"),
			List.of("工会会员信息自助维护", "会费收缴与经费使用公示", "工会资产线上管理", "分工会工作台账电子化", "工会小组活动记录", "节日福利线上选品", "工会新闻稿件协同编辑",
					"会员服务一网通办"));

	private static final String[] TOOLS = { "企业微信", "学校统一身份认证", "低代码平台", "数据可视化看板", "问卷与表单系统", "小程序" };

	private final Random random;

	private final int[] used = new int[SUBJECTS.size()];

	DemoCases(Random random) {
		this.random = random;
	}

	Case next(int area, String department) {
		List<String> subjects = SUBJECTS.get(area);
		String subject = subjects.get(used[area]++ % subjects.size());
		String unit = department.replace("工会", "");
		String tool = TOOLS[random.nextInt(TOOLS.length)];
		int before = 3 + random.nextInt(10);
		int after = 1 + random.nextInt(3);
		int reach = 60 + random.nextInt(35);
		Map<String, String> texts = new LinkedHashMap<>();
		texts.put("background",
				unit + "分工会此前依靠纸质表格和微信群开展“" + subject + "”相关工作，信息分散、统计耗时，" + "教职工反映办事要多次跑腿，分工会难以及时掌握全貌。");
		texts.put("approach", "依托" + tool + "建设“" + subject + "”应用：一是梳理业务流程，统一数据口径；二是教职工在手机上即可提交、"
				+ "查询和评价；三是分工会按权限查看汇总数据，敏感信息脱敏展示；四是每季度复盘使用情况并迭代功能。");
		texts.put("results", "上线后相关事项办理时间由平均 " + before + " 天缩短到 " + after + " 天，覆盖本单位 " + reach + "% 的教职工，纸质表格减少约 "
				+ (50 + random.nextInt(45)) + "%，教职工满意度调查得分 " + (85 + random.nextInt(14)) + " 分。");
		texts.put("replicability", "流程与数据模板已整理成册，其他分工会只需替换组织信息即可复用；已有 " + (1 + random.nextInt(6)) + " 个兄弟单位前来交流并试用。");
		return new Case(unit + "：" + subject, texts);
	}

}
