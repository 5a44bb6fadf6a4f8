package cn.jiangxin.demo;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;

import cn.jiangxin.org.Industry;
import cn.jiangxin.org.OrgApi;
import cn.jiangxin.org.OrgDraft;
import cn.jiangxin.org.OrgLevel;
import cn.jiangxin.org.UnitType;
import cn.jiangxin.shared.Actor;
import cn.jiangxin.shared.CreditCode;

/** The union tree of the source articles, from 北京市总工会 down to the department unions of 北航. */
final class DemoUnions {

	static final String CITY = "北京市总工会";

	static final String FINANCE = "北京市金融工会";

	static final String JINGKAI = "北京经济技术开发区总工会";

	static final String CONSTRUCTION = "北京市建筑工会";

	static final String TRANSPORT = "北京市交通运输工会";

	static final String EDUCATION = "北京市教育工会";

	static final String BUAA = "北京航空航天大学工会";

	static final List<String> FINANCIAL_INSTITUTIONS = List.of("中国人民银行北京市分行工会", "中国工商银行北京市分行工会",
			"中国农业银行北京市分行工会", "中国银行北京市分行工会", "中国建设银行北京市分行工会", "交通银行北京市分行工会",
			"中国邮政储蓄银行北京分行工会", "北京银行工会", "北京农商银行工会", "招商银行北京分行工会", "中信银行总行营业部工会",
			"华夏银行北京分行工会", "厦门国际银行北京分行工会", "中国人寿保险股份有限公司北京市分公司工会",
			"中国人民财产保险股份有限公司北京市分公司工会", "中信建投证券股份有限公司工会", "北京国际信托有限公司工会");

	static final List<String> JINGKAI_COMPANIES = List.of("海斯坦普汽车组件(北京)有限公司工会", "北方导航控制技术股份有限公司工会",
			"北京海纳川汽车部件股份有限公司工会", "神州细胞工程有限公司工会", "揖斐电电子(北京)有限公司工会",
			"北京同益中新材料科技股份有限公司工会");

	static final List<String> CONSTRUCTION_COMPANIES = List.of("北京住总实业公司工会", "北京城建集团有限责任公司工会",
			"北京建工集团有限责任公司工会");

	static final List<String> PROPERTY_COMPANIES = List.of("北京首建物业服务有限公司工会", "北京城建物业管理有限公司工会",
			"北京住总物业服务有限公司工会", "北京建工物业管理有限公司工会");

	static final String RELIEF_CENTRE = "北京市接济救助管理事务中心工会";

	static final List<String> RELIEF_DEPARTMENTS = List.of("综合办公室工会分会", "救助管理部工会分会", "会务保障部工会分会",
			"后勤服务部工会分会", "膳食服务部工会分会");

	static final String DAXING = "大兴区总工会";

	static final String DAXING_BIOBASE = "大兴生物医药产业基地总工会";

	static final List<String> DAXING_COMPANIES = List.of("北京兴源生物科技有限公司工会", "北京大兴医药物流有限公司工会",
			"北京天衡药业有限公司工会", "北京博睿生物技术有限公司工会", "北京中科华光医疗器械有限公司工会",
			"北京兴旺制药有限公司工会", "北京瑞禾生物工程有限公司工会", "北京京南智能装备有限公司工会");

	static final List<String> BUAA_DEPARTMENTS = List.of("机关工会", "材料科学与工程学院工会", "电子信息工程学院工会",
			"自动化科学与电气工程学院工会", "能源与动力工程学院工会", "航空科学与工程学院工会", "计算机学院工会",
			"机械工程及自动化学院工会", "经济管理学院工会", "数学科学学院工会", "生物与医学工程学院工会", "人文社会科学学院工会",
			"外国语学院工会", "交通科学与工程学院工会", "可靠性与系统工程学院工会", "仪器科学与光电工程学院工会", "物理学院工会",
			"法学院工会", "软件学院工会", "宇航学院工会", "飞行学院工会", "中法工程师学院工会", "新媒体艺术与设计学院工会",
			"化学学院工会", "马克思主义学院工会", "人文与社会科学高等研究院工会", "空间与环境学院工会", "网络空间安全学院工会",
			"集成电路科学与工程学院工会", "人工智能研究院工会", "高等理工学院工会", "国际学院工会", "继续教育学院工会",
			"体育部工会", "图书馆工会", "校医院工会", "后勤保障处工会", "资产经营有限公司工会", "附属中学工会", "附属小学工会",
			"出版社工会", "网络信息中心工会", "档案馆工会", "分析测试中心工会");

	private final OrgApi orgs;

	private final Actor system = Actor.system();

	private final Map<String, Long> ids = new LinkedHashMap<>();

	DemoUnions(OrgApi orgs) {
		this.orgs = orgs;
	}

	/** Creates the tree and returns the ids of the orgs by name. */
	Map<String, Long> create() {
		long city = add(null, CITY, "市总工会", OrgLevel.CITY, "北京市东城区台基厂大街", "12351", Industry.S,
				UnitType.SOCIAL_ORGANIZATION, "81");

		long finance = add(city, FINANCE, "金融工会", OrgLevel.INDUSTRY, null, null, null, null, null);
		for (String institution : FINANCIAL_INSTITUTIONS) {
			boolean centralBank = institution.startsWith("中国人民银行");
			add(finance, institution, null, OrgLevel.GRASSROOTS, null, null, Industry.J,
					centralBank ? UnitType.GOVERNMENT : UnitType.STATE_ENTERPRISE, centralBank ? "11" : "91");
		}

		long jingkai = add(city, JINGKAI, "经开区总工会", OrgLevel.DISTRICT, "北京经济技术开发区", null, null, null, null);
		for (String company : JINGKAI_COMPANIES) {
			add(jingkai, company, null, OrgLevel.GRASSROOTS, null, null, Industry.C, company.contains("北方导航")
					? UnitType.STATE_ENTERPRISE : company.contains("海斯坦普") || company.contains("揖斐电")
							? UnitType.FOREIGN_ENTERPRISE : UnitType.PRIVATE_ENTERPRISE, "91");
		}

		long construction = add(city, CONSTRUCTION, "建筑工会", OrgLevel.INDUSTRY, null, null, null, null, null);
		for (String company : CONSTRUCTION_COMPANIES) {
			add(construction, company, null, OrgLevel.GRASSROOTS, null, null, Industry.E, UnitType.STATE_ENTERPRISE,
					"91");
		}
		for (String company : PROPERTY_COMPANIES) {
			add(construction, company, null, OrgLevel.GRASSROOTS, null, null, Industry.K, UnitType.STATE_ENTERPRISE,
					"91");
		}

		long transport = add(city, TRANSPORT, "交通运输工会", OrgLevel.INDUSTRY, null, null, null, null, null);
		long bus = add(transport, "北京公交集团工会", "公交集团工会", OrgLevel.GRASSROOTS, null, null, Industry.G,
				UnitType.STATE_ENTERPRISE, "91");
		add(bus, "电车客运分公司第七车队工会", null, OrgLevel.DEPARTMENT, null, null, null, null, null);
		add(transport, "北京地铁公司工会", "地铁公司工会", OrgLevel.GRASSROOTS, null, null, Industry.G,
				UnitType.STATE_ENTERPRISE, "91");

		long tongzhou = district(city, "通州区总工会");
		add(tongzhou, "宋庄镇总工会", null, OrgLevel.STREET, null, null, null, null, null);
		add(tongzhou, "通州商业资产运营集团有限公司工会", null, OrgLevel.GRASSROOTS, null, null, Industry.L,
				UnitType.STATE_ENTERPRISE, "91");
		district(city, "延庆区总工会");
		long haidian = district(city, "海淀区总工会");
		add(haidian, "香山街道总工会", null, OrgLevel.STREET, null, null, null, null, null);
		long zgc = add(haidian, "中关村科学城总工会", null, OrgLevel.STREET, null, null, null, null, null);
		for (String company : List.of("北京百度网讯科技有限公司工会", "小米科技有限责任公司工会", "博彦科技股份有限公司工会",
				"北京亿赛通科技发展有限责任公司工会", "拉卡拉支付股份有限公司工会")) {
			add(zgc, company, null, OrgLevel.GRASSROOTS, null, null, Industry.I, UnitType.PRIVATE_ENTERPRISE, "91");
		}
		long daxing = district(city, DAXING);
		long biobase = add(daxing, DAXING_BIOBASE, null, OrgLevel.STREET, null, null, null, null, null);
		for (String company : DAXING_COMPANIES) {
			add(biobase, company, null, OrgLevel.GRASSROOTS, null, null, company.contains("物流") ? Industry.G : Industry.C,
					UnitType.PRIVATE_ENTERPRISE, "91");
		}
		long shunyi = district(city, "顺义区总工会");
		add(shunyi, "双丰街道总工会", null, OrgLevel.STREET, null, null, null, null, null);
		long huairou = district(city, "怀柔区总工会");
		add(huairou, "长哨营满族乡总工会", null, OrgLevel.STREET, null, null, null, null, null);
		long dongcheng = district(city, "东城区总工会");
		add(dongcheng, "龙潭街道总工会", null, OrgLevel.STREET, null, null, null, null, null);
		long chaoyang = district(city, "朝阳区总工会");
		add(chaoyang, "中关村科技园区朝阳园总工会", null, OrgLevel.STREET, null, null, null, null, null);

		long organs = add(city, "北京市直属机关工会", "市直机关工会", OrgLevel.INDUSTRY, null, null, null, null, null);
		long relief = add(organs, RELIEF_CENTRE, "接济中心工会", OrgLevel.GRASSROOTS, null, null, Industry.S,
				UnitType.PUBLIC_INSTITUTION, "12");
		for (String department : RELIEF_DEPARTMENTS) {
			add(relief, department, null, OrgLevel.DEPARTMENT, null, null, null, null, null);
		}

		long education = add(city, EDUCATION, "教育工会", OrgLevel.INDUSTRY, null, null, null, null, null);
		long buaa = add(education, BUAA, "北航工会", OrgLevel.GRASSROOTS, "北京市海淀区学院路37号", null, Industry.P,
				UnitType.PUBLIC_INSTITUTION, "12");
		for (String department : BUAA_DEPARTMENTS) {
			add(buaa, department, null, OrgLevel.DEPARTMENT, null, null, null, null, null);
		}
		return ids;
	}

	private long district(long city, String name) {
		return add(city, name, null, OrgLevel.DISTRICT, "北京市" + name.substring(0, name.indexOf("区") + 1), null, null,
				null, null);
	}

	private long add(Long parent, String name, String shortName, OrgLevel level, String address, String phone,
			Industry industry, UnitType unitType, String codePrefix) {
		OrgDraft draft = OrgDraft.of(parent, name, shortName, level).withContact(address, null, phone);
		if (industry != null) {
			String unitName = unitNameOf(name);
			draft = draft.withUnit(unitName, creditCode(codePrefix, unitName), industry, unitType);
		}
		long id = orgs.create(system, draft);
		ids.put(name, id);
		return id;
	}

	/** The employer behind a union: its name without the trailing 工会. */
	static String unitNameOf(String unionName) {
		return unionName.endsWith("工会") ? unionName.substring(0, unionName.length() - 2) : unionName;
	}

	/** A made-up but valid unified social credit code, the same for the same name on every run. */
	static String creditCode(String prefix, String name) {
		String alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
		CRC32 crc = new CRC32();
		crc.update(name.getBytes(StandardCharsets.UTF_8));
		long seed = crc.getValue() * 2654435761L + name.length();
		StringBuilder body = new StringBuilder(prefix).append("110000");
		while (body.length() < 17) {
			body.append(alphabet.charAt((int) Math.floorMod(seed, 31L)));
			seed = seed / 31 + 7919L * body.length();
		}
		return body.toString() + CreditCode.checkCharacter(body.toString());
	}

}
