package cn.jiangxin.shared.demo;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The names of the demo's unions, from 北京市总工会 down to the department unions of 北航: the
 * org module's seeder creates them, the other seeders find them by these names.
 */
public final class DemoUnions {

	public static final String CITY = "北京市总工会";

	public static final String FINANCE = "北京市金融工会";

	public static final String JINGKAI = "北京经济技术开发区总工会";

	public static final String CONSTRUCTION = "北京市建筑工会";

	public static final String TRANSPORT = "北京市交通运输工会";

	public static final String EDUCATION = "北京市教育工会";

	public static final String BUS = "北京公交集团工会";

	public static final String METRO = "北京地铁公司工会";

	/** The transport employers added for the studio alliance's case (seed 004). */
	public static final List<String> TRANSPORT_COMPANIES = List.of("中国铁路北京局集团有限公司工会", "首都机场集团有限公司工会",
			"北京首都公路发展集团有限公司工会", "北京京港地铁有限公司工会");

	/** 一中院's union, under the city organs' union (seed 003). */
	public static final String COURT = "北京市第一中级人民法院工会";

	public static final String BUAA = "北京航空航天大学工会";

	public static final List<String> FINANCIAL_INSTITUTIONS = List.of("中国人民银行北京市分行工会", "中国工商银行北京市分行工会", "中国农业银行北京市分行工会",
			"中国银行北京市分行工会", "中国建设银行北京市分行工会", "交通银行北京市分行工会", "中国邮政储蓄银行北京分行工会", "北京银行工会", "北京农商银行工会", "招商银行北京分行工会",
			"中信银行总行营业部工会", "华夏银行北京分行工会", "厦门国际银行北京分行工会", "中国人寿保险股份有限公司北京市分公司工会", "中国人民财产保险股份有限公司北京市分公司工会",
			"中信建投证券股份有限公司工会", "北京国际信托有限公司工会");

	public static final List<String> JINGKAI_COMPANIES = List.of("海斯坦普汽车组件(北京)有限公司工会", "北方导航控制技术股份有限公司工会",
			"北京海纳川汽车部件股份有限公司工会", "神州细胞工程有限公司工会", "揖斐电电子(北京)有限公司工会", "北京同益中新材料科技股份有限公司工会");

	public static final List<String> CONSTRUCTION_COMPANIES = List.of("北京住总实业公司工会", "北京城建集团有限责任公司工会", "北京建工集团有限责任公司工会");

	public static final List<String> PROPERTY_COMPANIES = List.of("北京首建物业服务有限公司工会", "北京城建物业管理有限公司工会", "北京住总物业服务有限公司工会",
			"北京建工物业管理有限公司工会");

	public static final String RELIEF_CENTRE = "北京市接济救助管理事务中心工会";

	public static final List<String> RELIEF_DEPARTMENTS = List.of("综合办公室工会分会", "救助管理部工会分会", "会务保障部工会分会", "后勤服务部工会分会",
			"膳食服务部工会分会");

	public static final String DAXING = "大兴区总工会";

	public static final String DAXING_BIOBASE = "大兴生物医药产业基地总工会";

	public static final List<String> DAXING_COMPANIES = List.of("北京兴源生物科技有限公司工会", "北京大兴医药物流有限公司工会", "北京天衡药业有限公司工会",
			"北京博睿生物技术有限公司工会", "北京中科华光医疗器械有限公司工会", "北京兴旺制药有限公司工会", "北京瑞禾生物工程有限公司工会", "北京京南智能装备有限公司工会");

	public static final List<String> BUAA_DEPARTMENTS = List.of("机关工会", "材料科学与工程学院工会", "电子信息工程学院工会", "自动化科学与电气工程学院工会",
			"能源与动力工程学院工会", "航空科学与工程学院工会", "计算机学院工会", "机械工程及自动化学院工会", "经济管理学院工会", "数学科学学院工会", "生物与医学工程学院工会",
			"人文社会科学学院工会", "外国语学院工会", "交通科学与工程学院工会", "可靠性与系统工程学院工会", "仪器科学与光电工程学院工会", "物理学院工会", "法学院工会", "软件学院工会",
			"宇航学院工会", "飞行学院工会", "中法工程师学院工会", "新媒体艺术与设计学院工会", "化学学院工会", "马克思主义学院工会", "人文与社会科学高等研究院工会", "空间与环境学院工会",
			"网络空间安全学院工会", "集成电路科学与工程学院工会", "人工智能研究院工会", "高等理工学院工会", "国际学院工会", "继续教育学院工会", "体育部工会", "图书馆工会", "校医院工会",
			"后勤保障处工会", "资产经营有限公司工会", "附属中学工会", "附属小学工会", "出版社工会", "网络信息中心工会", "档案馆工会", "分析测试中心工会");

	private DemoUnions() {
	}

	/** The employer behind a union: its name without the trailing 工会. */
	public static String unitNameOf(String unionName) {
		return unionName.endsWith("工会") ? unionName.substring(0, unionName.length() - 2) : unionName;
	}

	/**
	 * The ids of the unions by name, from the names by id (as the org module lists a
	 * subtree).
	 */
	public static Map<String, Long> byName(Map<Long, String> names) {
		Map<String, Long> ids = new HashMap<>();
		names.forEach((id, name) -> ids.put(name, id));
		return ids;
	}

}
