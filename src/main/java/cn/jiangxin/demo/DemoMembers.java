package cn.jiangxin.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.jiangxin.member.EmploymentType;
import cn.jiangxin.member.MemberApi;
import cn.jiangxin.member.MemberDraft;
import cn.jiangxin.shared.Actor;

/**
 * About three thousand members over the seed unions: bank staff, factory workers of 经开区 (宗树龙 among
 * them), the staff of 北航's departments, builders and transport workers, and gig workers who joined
 * through the district federations.
 */
final class DemoMembers {

	private final MemberApi members;

	private final DemoPeople people = new DemoPeople(20251121L);

	private final Actor system = Actor.system();

	DemoMembers(MemberApi members) {
		this.members = members;
	}

	void create(Map<String, Long> unions) {
		for (String bank : DemoUnions.FINANCIAL_INSTITUTIONS) {
			add(unions.get(bank), 60, EmploymentType.EMPLOYEE, DemoUnions.unitNameOf(bank));
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
			members.registerAll(system, unions.get(company), drafts);
		}
		for (String department : DemoUnions.BUAA_DEPARTMENTS) {
			add(unions.get(department), 20, EmploymentType.EMPLOYEE, "北京航空航天大学");
		}
		for (String company : List.of("北京住总实业公司工会", "北京城建集团有限责任公司工会", "北京建工集团有限责任公司工会")) {
			add(unions.get(company), 60, EmploymentType.EMPLOYEE, DemoUnions.unitNameOf(company));
		}
		add(unions.get("北京公交集团工会"), 80, EmploymentType.EMPLOYEE, "北京公交集团");
		add(unions.get("电车客运分公司第七车队工会"), 40, EmploymentType.EMPLOYEE, "北京公交集团电车客运分公司");
		add(unions.get("北京地铁公司工会"), 80, EmploymentType.EMPLOYEE, "北京地铁公司");
		EmploymentType[] gig = { EmploymentType.COURIER, EmploymentType.FOOD_DELIVERY, EmploymentType.RIDE_HAILING,
				EmploymentType.TRUCK_DRIVER, EmploymentType.LIVE_STREAMER };
		for (String district : List.of("通州区总工会", "延庆区总工会", "海淀区总工会", "大兴区总工会", "顺义区总工会", "怀柔区总工会",
				"东城区总工会", "朝阳区总工会")) {
			List<MemberDraft> drafts = new ArrayList<>();
			for (int i = 0; i < 30; i++) {
				drafts.add(people.next(gig[i % gig.length], null));
			}
			members.registerAll(system, unions.get(district), drafts);
		}
		for (String company : List.of("北京百度网讯科技有限公司工会", "小米科技有限责任公司工会", "博彦科技股份有限公司工会")) {
			add(unions.get(company), 40, EmploymentType.EMPLOYEE, DemoUnions.unitNameOf(company));
		}
	}

	private void add(long orgId, int count, EmploymentType employment, String employer) {
		List<MemberDraft> drafts = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			drafts.add(people.next(employment, employer));
		}
		members.registerAll(system, orgId, drafts);
	}

}
