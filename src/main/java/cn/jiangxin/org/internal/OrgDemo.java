package cn.jiangxin.org.internal;

import static cn.jiangxin.shared.demo.DemoUnions.BUAA;
import static cn.jiangxin.shared.demo.DemoUnions.BUAA_DEPARTMENTS;
import static cn.jiangxin.shared.demo.DemoUnions.CITY;
import static cn.jiangxin.shared.demo.DemoUnions.CONSTRUCTION;
import static cn.jiangxin.shared.demo.DemoUnions.CONSTRUCTION_COMPANIES;
import static cn.jiangxin.shared.demo.DemoUnions.COURT;
import static cn.jiangxin.shared.demo.DemoUnions.DAXING;
import static cn.jiangxin.shared.demo.DemoUnions.DAXING_BIOBASE;
import static cn.jiangxin.shared.demo.DemoUnions.DAXING_COMPANIES;
import static cn.jiangxin.shared.demo.DemoUnions.EDUCATION;
import static cn.jiangxin.shared.demo.DemoUnions.FINANCE;
import static cn.jiangxin.shared.demo.DemoUnions.FINANCIAL_INSTITUTIONS;
import static cn.jiangxin.shared.demo.DemoUnions.JINGKAI;
import static cn.jiangxin.shared.demo.DemoUnions.JINGKAI_COMPANIES;
import static cn.jiangxin.shared.demo.DemoUnions.PROPERTY_COMPANIES;
import static cn.jiangxin.shared.demo.DemoUnions.RELIEF_CENTRE;
import static cn.jiangxin.shared.demo.DemoUnions.RELIEF_DEPARTMENTS;
import static cn.jiangxin.shared.demo.DemoUnions.TRANSPORT;
import static cn.jiangxin.shared.demo.DemoUnions.TRANSPORT_COMPANIES;
import static cn.jiangxin.shared.demo.DemoUnions.unitNameOf;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.CRC32;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.modulith.ApplicationModuleInitializer;
import org.springframework.stereotype.Component;

import cn.jiangxin.org.Industry;
import cn.jiangxin.org.OrgDraft;
import cn.jiangxin.org.OrgLevel;
import cn.jiangxin.org.UnitType;
import cn.jiangxin.shared.Actor;
import cn.jiangxin.shared.CreditCode;
import cn.jiangxin.shared.demo.DemoSeeding;
import cn.jiangxin.shared.demo.DemoStory;

/**
 * The org module's demo data: the union tree of the source articles, from 北京市总工会 down to
 * the department unions of 北航, created under the same rules as the pages.
 */
@Component
@ConditionalOnBooleanProperty("jiangxin.demo.enabled")
class OrgDemo implements ApplicationModuleInitializer {

	private final OrgService orgs;

	private final Actor system = Actor.system();

	private final OrgQueries queries;

	private final DemoSeeding seeding;

	private final DemoStory story;

	OrgDemo(OrgService orgs, OrgQueries queries, DemoSeeding seeding, DemoStory story) {
		this.orgs = orgs;
		this.queries = queries;
		this.seeding = seeding;
		this.story = story;
	}

	@Override
	public void initialize() {
		seeding.seed("org", () -> queries.count() > 0, this::create);
	}

	/** Creates the tree when the platform started. */
	private void create() {
		story.at(DemoStory.beijing(2024, 9, 2, 9));
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
			add(jingkai, company, null, OrgLevel.GRASSROOTS, null, null, Industry.C,
					company.contains("北方导航") ? UnitType.STATE_ENTERPRISE
							: company.contains("海斯坦普") || company.contains("揖斐电") ? UnitType.FOREIGN_ENTERPRISE
									: UnitType.PRIVATE_ENTERPRISE,
					"91");
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
		add(transport, "北京地铁公司工会", "地铁公司工会", OrgLevel.GRASSROOTS, null, null, Industry.G, UnitType.STATE_ENTERPRISE,
				"91");

		long tongzhou = district(city, "通州区总工会");
		add(tongzhou, "宋庄镇总工会", null, OrgLevel.STREET, null, null, null, null, null);
		add(tongzhou, "通州商业资产运营集团有限公司工会", null, OrgLevel.GRASSROOTS, null, null, Industry.L, UnitType.STATE_ENTERPRISE,
				"91");
		district(city, "延庆区总工会");
		long haidian = district(city, "海淀区总工会");
		add(haidian, "香山街道总工会", null, OrgLevel.STREET, null, null, null, null, null);
		long zgc = add(haidian, "中关村科学城总工会", null, OrgLevel.STREET, null, null, null, null, null);
		for (String company : List.of("北京百度网讯科技有限公司工会", "小米科技有限责任公司工会", "博彦科技股份有限公司工会", "北京亿赛通科技发展有限责任公司工会",
				"拉卡拉支付股份有限公司工会")) {
			add(zgc, company, null, OrgLevel.GRASSROOTS, null, null, Industry.I, UnitType.PRIVATE_ENTERPRISE, "91");
		}
		long daxing = district(city, DAXING);
		long biobase = add(daxing, DAXING_BIOBASE, null, OrgLevel.STREET, null, null, null, null, null);
		for (String company : DAXING_COMPANIES) {
			add(biobase, company, null, OrgLevel.GRASSROOTS, null, null,
					company.contains("物流") ? Industry.G : Industry.C, UnitType.PRIVATE_ENTERPRISE, "91");
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

		// Added last, so that the unions above keep their ids: the rest of the transport
		// alliance's employers (seed 004) and 一中院 (seed 003).
		for (String company : TRANSPORT_COMPANIES) {
			add(transport, company, null, OrgLevel.GRASSROOTS, null, null, Industry.G, UnitType.STATE_ENTERPRISE, "91");
		}
		add(organs, COURT, "一中院工会", OrgLevel.GRASSROOTS, "北京市石景山区石景山路16号", null, Industry.S, UnitType.GOVERNMENT, "11");
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
		return orgs.create(system, draft);
	}

	/**
	 * A made-up but valid unified social credit code, the same for the same name on every
	 * run.
	 */
	private static String creditCode(String prefix, String name) {
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
