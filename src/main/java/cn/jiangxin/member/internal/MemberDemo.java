package cn.jiangxin.member.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.ApplicationModuleInitializer;
import org.springframework.stereotype.Component;

import cn.jiangxin.member.EmploymentType;
import cn.jiangxin.member.MemberDraft;
import cn.jiangxin.org.OrgApi;
import cn.jiangxin.org.OrgLevel;
import cn.jiangxin.shared.Actor;
import cn.jiangxin.shared.demo.DemoRoster;
import cn.jiangxin.shared.demo.DemoSeeding;
import cn.jiangxin.shared.demo.DemoStory;
import cn.jiangxin.shared.demo.DemoUnions;

/**
 * The member module's demo data: about six thousand members over the seed unions: bank
 * staff (enough for the 2,000 people of the finance competition), factory workers of 经开区
 * (宗树龙 among them), property and construction workers, the staff of 北航's departments and
 * of the relief centre, bio-pharma workers of 大兴, transport workers, and gig workers who
 * joined through the district federations; three of 经开区's workers have their own login.
 * Reads them back for the later modules' seeders.
 */
@Component
@ConditionalOnBooleanProperty("jiangxin.demo.enabled")
class MemberDemo implements ApplicationModuleInitializer, DemoRoster {

	private final MemberService members;

	private final MemberSelfService self;

	private final OrgApi orgs;

	private final JdbcClient jdbc;

	private final DemoSeeding seeding;

	private final DemoStory story;

	private final Actor system = Actor.system();

	private volatile Map<String, Long> unions;

	private String logins = "";

	private DemoPeople people;

	/**
	 * The first member registered with each union, with their draft (their phone is only
	 * in clear here).
	 */
	private final Map<String, Map.Entry<Long, MemberDraft>> firsts = new HashMap<>();

	MemberDemo(MemberService members, MemberSelfService self, OrgApi orgs, JdbcClient jdbc, DemoSeeding seeding,
			DemoStory story) {
		this.members = members;
		this.self = self;
		this.orgs = orgs;
		this.jdbc = jdbc;
		this.seeding = seeding;
		this.story = story;
	}

	@Override
	public void initialize() {
		seeding.seed("member", () -> jdbc.sql("SELECT COUNT(*) FROM member").query(Long.class).single() > 0,
				this::create);
		seeding.announce("  Members sign in with card number or phone, same password: "
				+ (logins.isEmpty() ? "see the members' cards" : logins));
	}

	@Override
	public List<Someone> of(String union) {
		return jdbc.sql("""
				SELECT id, name, birth_date, card_no FROM member
				WHERE org_id = ?
				ORDER BY id""")
			.param(unions().get(union))
			.query((rs, n) -> new Someone(rs.getLong("id"), rs.getString("name"),
					rs.getObject("birth_date", LocalDate.class), rs.getString("card_no")))
			.list();
	}

	private Map<String, Long> unions() {
		if (unions == null) {
			unions = DemoUnions.byName(orgs.subtreeNames(orgs.activeAtLevel(OrgLevel.CITY).get(0).id()));
		}
		return unions;
	}

	/**
	 * Registers the members when the platform started, and opens the accounts of three of
	 * them.
	 */
	private void create() {
		story.at(DemoStory.beijing(2024, 9, 2, 9));
		people = new DemoPeople(20251121L);
		Map<String, Long> unions = unions();
		for (String bank : DemoUnions.FINANCIAL_INSTITUTIONS) {
			add(unions, bank, 150, EmploymentType.EMPLOYEE, DemoUnions.unitNameOf(bank));
		}
		for (String company : DemoUnions.JINGKAI_COMPANIES) {
			List<MemberDraft> drafts = new ArrayList<>();
			if (company.startsWith("海斯坦普")) {
				drafts.add(people.named("宗树龙", true, EmploymentType.EMPLOYEE, DemoUnions.unitNameOf(company)));
			}
			if (company.startsWith("北方导航")) {
				drafts.add(people.named("刘旺", true, EmploymentType.EMPLOYEE, DemoUnions.unitNameOf(company)));
			}
			if (company.startsWith("北京海纳川")) {
				drafts.add(people.named("白洪涛", true, EmploymentType.EMPLOYEE, DemoUnions.unitNameOf(company)));
			}
			for (int i = drafts.size(); i < 80; i++) {
				drafts.add(people.next(EmploymentType.EMPLOYEE, DemoUnions.unitNameOf(company)));
			}
			register(unions, company, drafts);
		}
		for (String department : DemoUnions.BUAA_DEPARTMENTS) {
			add(unions, department, 20, EmploymentType.EMPLOYEE, "北京航空航天大学");
		}
		for (String company : DemoUnions.CONSTRUCTION_COMPANIES) {
			add(unions, company, 60, EmploymentType.EMPLOYEE, DemoUnions.unitNameOf(company));
		}
		for (String company : DemoUnions.PROPERTY_COMPANIES) {
			add(unions, company, 210, EmploymentType.EMPLOYEE, DemoUnions.unitNameOf(company));
		}
		for (String department : DemoUnions.RELIEF_DEPARTMENTS) {
			add(unions, department, 15, EmploymentType.EMPLOYEE, "北京市接济救助管理事务中心");
		}
		for (String company : DemoUnions.DAXING_COMPANIES) {
			add(unions, company, 80, EmploymentType.EMPLOYEE, DemoUnions.unitNameOf(company));
		}
		add(unions, "北京公交集团工会", 80, EmploymentType.EMPLOYEE, "北京公交集团");
		add(unions, "电车客运分公司第七车队工会", 40, EmploymentType.EMPLOYEE, "北京公交集团电车客运分公司");
		add(unions, "北京地铁公司工会", 80, EmploymentType.EMPLOYEE, "北京地铁公司");
		EmploymentType[] gig = { EmploymentType.COURIER, EmploymentType.FOOD_DELIVERY, EmploymentType.RIDE_HAILING,
				EmploymentType.TRUCK_DRIVER, EmploymentType.LIVE_STREAMER };
		for (String district : List.of("通州区总工会", "延庆区总工会", "海淀区总工会", "大兴区总工会", "顺义区总工会", "怀柔区总工会", "东城区总工会",
				"朝阳区总工会")) {
			List<MemberDraft> drafts = new ArrayList<>();
			for (int i = 0; i < 30; i++) {
				drafts.add(people.next(gig[i % gig.length], null));
			}
			register(unions, district, drafts);
		}
		for (String company : List.of("北京百度网讯科技有限公司工会", "小米科技有限责任公司工会", "博彦科技股份有限公司工会")) {
			add(unions, company, 40, EmploymentType.EMPLOYEE, DemoUnions.unitNameOf(company));
		}
		// Registered last, so that everyone above keeps their name: the rest of
		// the transport alliance's employers (seed 004) and 一中院 (seed 003).
		for (String company : DemoUnions.TRANSPORT_COMPANIES) {
			add(unions, company, 60, EmploymentType.EMPLOYEE, DemoUnions.unitNameOf(company));
		}
		add(unions, DemoUnions.COURT, 150, EmploymentType.EMPLOYEE, "北京市第一中级人民法院");
		StringBuilder logins = new StringBuilder();
		for (String company : DemoUnions.JINGKAI_COMPANIES.subList(0, 3)) {
			Map.Entry<Long, MemberDraft> someone = firsts.get(company);
			self.openAccount(someone.getKey(), DemoSeeding.PASSWORD);
			logins.append(someone.getValue().name()).append(' ').append(someone.getValue().phone()).append("  ");
		}
		this.logins = logins.toString().strip();
	}

	private void add(Map<String, Long> unions, String union, int count, EmploymentType employment, String employer) {
		List<MemberDraft> drafts = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			drafts.add(people.next(employment, employer));
		}
		register(unions, union, drafts);
	}

	private void register(Map<String, Long> unions, String union, List<MemberDraft> drafts) {
		List<Long> ids = members.registerAll(system, unions.get(union), drafts);
		firsts.putIfAbsent(union, Map.entry(ids.get(0), drafts.get(0)));
	}

}
