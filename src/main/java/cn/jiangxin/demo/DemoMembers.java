package cn.jiangxin.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.jiangxin.member.EmploymentType;
import cn.jiangxin.member.MemberApi;
import cn.jiangxin.member.MemberDraft;
import cn.jiangxin.shared.Actor;
import cn.jiangxin.shared.IdNumbers;

/**
 * About six thousand members over the seed unions: bank staff (enough for the 2,000 people of the
 * finance competition), factory workers of 经开区 (宗树龙 among them), property and construction workers,
 * the staff of 北航's departments and of the relief centre, bio-pharma workers of 大兴, transport workers,
 * and gig workers who joined through the district federations.
 */
final class DemoMembers {

	/** A demo member as the other demo data needs them: id, name, birth date and phone. */
	record Someone(long id, String name, LocalDate birthDate, String phone) {
	}

	private final MemberApi members;

	private final DemoPeople people = new DemoPeople(20251121L);

	private final Actor system = Actor.system();

	private final Map<String, List<Someone>> roster = new LinkedHashMap<>();

	DemoMembers(MemberApi members) {
		this.members = members;
	}

	/** Registers the members and returns them by the name of their union. */
	Map<String, List<Someone>> create(Map<String, Long> unions) {
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
		for (String district : List.of("通州区总工会", "延庆区总工会", "海淀区总工会", "大兴区总工会", "顺义区总工会", "怀柔区总工会",
				"东城区总工会", "朝阳区总工会")) {
			List<MemberDraft> drafts = new ArrayList<>();
			for (int i = 0; i < 30; i++) {
				drafts.add(people.next(gig[i % gig.length], null));
			}
			register(unions, district, drafts);
		}
		for (String company : List.of("北京百度网讯科技有限公司工会", "小米科技有限责任公司工会", "博彦科技股份有限公司工会")) {
			add(unions, company, 40, EmploymentType.EMPLOYEE, DemoUnions.unitNameOf(company));
		}
		return roster;
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
		List<Someone> registered = roster.computeIfAbsent(union, k -> new ArrayList<>());
		for (int i = 0; i < ids.size(); i++) {
			MemberDraft draft = drafts.get(i);
			registered.add(new Someone(ids.get(i), draft.name(), IdNumbers.birthDate(draft.idNumber()), draft.phone()));
		}
	}

}
