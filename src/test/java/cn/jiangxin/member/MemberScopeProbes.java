package cn.jiangxin.member;

import static cn.jiangxin.support.ScopeProbes.BodyProbe.admin;
import static cn.jiangxin.support.ScopeProbes.BodyProbe.api;
import static cn.jiangxin.support.ScopeProbes.Probe.get;
import static cn.jiangxin.support.ScopeProbes.Probe.post;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;

import cn.jiangxin.identity.AccountApi;
import cn.jiangxin.member.internal.MemberFixtures;
import cn.jiangxin.shared.Actor;
import cn.jiangxin.support.Demo;
import cn.jiangxin.support.DemoOrgs;
import cn.jiangxin.support.Logins;
import cn.jiangxin.support.People;
import cn.jiangxin.support.ScopeProbes;
import cn.jiangxin.support.Targets;
import cn.jiangxin.member.internal.MemberSetup;

/**
 * The members' endpoints in the scope walk (members, imports, applications, transfers, a
 * member's own pages and the public join pages), and the members they aim at: finance
 * members with an application, an import and a transfer; 经开区 members, one with an
 * account.
 */
@TestComponent
@Order(40)
public class MemberScopeProbes implements ScopeProbes {

	/** The member of the fixture's transfer between two finance unions. */
	public static final String TRANSFERRED_MEMBER = "金融乙";

	/** The finance member who enters the judged contest and is honoured. */
	public static final String ENTRANT = "金融先锋乙";

	private final DemoOrgs orgs;

	private final AccountApi accounts;

	private final MemberApi members;

	private final MemberSetup setup;

	private final MemberFixtures memberFixtures;

	private final Logins logins;

	MemberScopeProbes(DemoOrgs orgs, AccountApi accounts, MemberApi members, MemberFixtures memberFixtures,
			Logins logins, MemberSetup setup) {
		this.setup = setup;
		this.orgs = orgs;
		this.accounts = accounts;
		this.members = members;
		this.memberFixtures = memberFixtures;
		this.logins = logins;
	}

	@Override
	public List<Probe> probes() {
		List<Probe> probes = new ArrayList<>();
		// Members
		probes.add(get("/members", i -> "/members?cardNo=" + i.text("memberCard"), Outsider.FILTERED));
		probes.add(get("/members/new", i -> "/members/new?org=" + i.id("bank"), Outsider.REFUSED));
		probes.add(post("/members/new",
				i -> "/members/new?orgId=" + i.id("bank")
						+ "&name=越权&idType=RESIDENT_ID&idNumber=110105199003070017&employmentType=EMPLOYEE",
				null, Outsider.REFUSED));
		probes.add(get("/members/{id}", i -> "/members/" + i.id("member"), Outsider.REFUSED));
		probes.add(get("/members/{id}/edit", i -> "/members/" + i.id("member") + "/edit", Outsider.REFUSED));
		probes.add(post("/members/{id}/edit",
				i -> "/members/" + i.id("member") + "/edit?orgId=" + i.id("bank")
						+ "&name=越权&idType=RESIDENT_ID&idNumber=110105199003070017&employmentType=EMPLOYEE",
				null, Outsider.REFUSED));
		probes.add(post("/members/{id}/status", i -> "/members/" + i.id("member") + "/status?status=WITHDRAWN", null,
				Outsider.REFUSED));
		probes.add(post("/members/{id}/reveal", i -> "/members/" + i.id("member") + "/reveal?field=idNumber", null,
				Outsider.REFUSED));
		probes.add(get("/members/import", i -> "/members/import", Outsider.OWN));
		probes.add(get("/members/import/template.xlsx", i -> "/members/import/template.xlsx", Outsider.OWN));
		probes.add(post("/members/import", i -> "/members/import?org=" + i.id("finance"), null, Outsider.REFUSED));
		probes.add(get("/members/import/{id}", i -> "/members/import/" + i.id("importJob"), Outsider.REFUSED));
		probes.add(get("/members/import/{id}/progress", i -> "/members/import/" + i.id("importJob") + "/progress",
				Outsider.REFUSED));
		probes.add(get("/members/import/{id}/errors.xlsx", i -> "/members/import/" + i.id("importJob") + "/errors.xlsx",
				Outsider.REFUSED));
		probes.add(get("/members/export", i -> "/members/export?org=" + i.id("finance"), Outsider.REFUSED));
		probes.add(get("/join-applications", i -> "/join-applications", Outsider.FILTERED));
		probes.add(get("/join-applications/{id}", i -> "/join-applications/" + i.id("application"), Outsider.REFUSED));
		probes.add(post("/join-applications/{id}/approve",
				i -> "/join-applications/" + i.id("application") + "/approve", null, Outsider.REFUSED));
		probes.add(post("/join-applications/{id}/reject",
				i -> "/join-applications/" + i.id("application") + "/reject?reason=x", null, Outsider.REFUSED));
		probes.add(get("/join-codes/{orgId}.png", i -> "/join-codes/" + i.id("bank") + ".png", Outsider.REFUSED));
		probes.add(get("/join-codes/{orgId}.pdf", i -> "/join-codes/" + i.id("bank") + ".pdf", Outsider.REFUSED));
		probes.add(get("/transfers", i -> "/transfers", Outsider.FILTERED).hiding(TRANSFERRED_MEMBER));
		probes.add(get("/transfers/targets", i -> "/transfers/targets?pickerQ=海淀", Outsider.OWN));
		probes.add(
				post("/transfers/new", i -> "/transfers/new?memberId=" + i.id("member") + "&toOrgId=" + i.id("finance"),
						null, Outsider.REFUSED));
		probes.add(post("/transfers/{id}/approve", i -> "/transfers/" + i.id("transfer") + "/approve", null,
				Outsider.REFUSED));
		probes.add(post("/transfers/{id}/reject", i -> "/transfers/" + i.id("transfer") + "/reject?note=x", null,
				Outsider.REFUSED));
		probes.add(post("/transfers/{id}/cancel", i -> "/transfers/" + i.id("transfer") + "/cancel", null,
				Outsider.REFUSED));
		// A member's own pages: an admin has no member record
		probes.add(get("/me", i -> "/me", Outsider.MEMBER_ONLY));
		probes.add(get("/me/card.png", i -> "/me/card.png", Outsider.MEMBER_ONLY));
		probes.add(post("/me/contact", i -> "/me/contact?phone=13912345678", null, Outsider.MEMBER_ONLY));
		probes.add(get("/me/targets", i -> "/me/targets?pickerQ=海淀", Outsider.MEMBER_ONLY));
		probes.add(post("/me/transfer", i -> "/me/transfer?toOrgId=" + i.id("finance"), null, Outsider.MEMBER_ONLY));
		// Public pages
		probes.add(get("/join", i -> "/join", Outsider.OWN));
		probes.add(get("/join/{orgId}", i -> "/join/" + i.id("bank"), Outsider.OWN));
		probes.add(post("/join/{orgId}", i -> "/join/" + i.id("bank") + "?orgId=" + i.id("bank"), null, Outsider.OWN));
		probes.add(get("/join/submitted", i -> "/join/submitted", Outsider.OWN));
		probes.add(get("/join/status", i -> "/join/status", Outsider.OWN));
		probes.add(post("/join/status", i -> "/join/status?idType=RESIDENT_ID&idNumber=1&phone=1", null, Outsider.OWN));
		probes.add(get("/member/activate", i -> "/member/activate", Outsider.OWN));
		probes.add(post("/member/activate", i -> "/member/activate?idType=RESIDENT_ID", null, Outsider.OWN));
		probes.add(post("/api/v1/members", i -> "/api/v1/members",
				"{\"orgId\": %d, \"name\": \"越权\", \"idType\": \"RESIDENT_ID\", \"idNumber\": \"110105199003070017\", \"employmentType\": \"EMPLOYEE\"}",
				Outsider.REFUSED));
		probes.add(get("/api/v1/members/{id}", i -> "/api/v1/members/" + i.id("member"), Outsider.REFUSED));
		probes.add(get("/api/v1/members", i -> "/api/v1/members?org=" + i.id("finance"), Outsider.REFUSED));
		probes.add(post("/api/v1/members/{id}/reveal", i -> "/api/v1/members/" + i.id("member") + "/reveal",
				"{\"field\": \"idNumber\"}", Outsider.REFUSED));
		probes.add(post("/api/v1/join-applications", i -> "/api/v1/join-applications", "{}", Outsider.OWN));
		probes
			.add(post("/api/v1/join-applications/status", i -> "/api/v1/join-applications/status", "{}", Outsider.OWN));
		probes.add(get("/api/v1/join-applications", i -> "/api/v1/join-applications", Outsider.FILTERED));
		probes.add(post("/api/v1/join-applications/{id}/approve",
				i -> "/api/v1/join-applications/" + i.id("application") + "/approve", null, Outsider.REFUSED));
		probes.add(post("/api/v1/join-applications/{id}/reject",
				i -> "/api/v1/join-applications/" + i.id("application") + "/reject", "{\"reason\": \"x\"}",
				Outsider.REFUSED));
		probes.add(post("/api/v1/imports/members", i -> "/api/v1/imports/members?org=" + i.id("finance"), null,
				Outsider.REFUSED));
		probes.add(get("/api/v1/imports/{id}", i -> "/api/v1/imports/" + i.id("importJob"), Outsider.REFUSED));
		probes.add(post("/api/v1/transfers", i -> "/api/v1/transfers", "{\"memberId\": MEMBER, \"toOrgId\": 1}",
				Outsider.REFUSED));
		probes.add(get("/api/v1/transfers", i -> "/api/v1/transfers", Outsider.FILTERED).hiding(TRANSFERRED_MEMBER));
		probes.add(post("/api/v1/transfers/{id}/approve", i -> "/api/v1/transfers/" + i.id("transfer") + "/approve",
				null, Outsider.REFUSED));
		probes.add(post("/api/v1/transfers/{id}/reject", i -> "/api/v1/transfers/" + i.id("transfer") + "/reject",
				"{\"note\": \"x\"}", Outsider.REFUSED));
		return probes;
	}

	@Override
	public List<BodyProbe> bodyProbes() {
		List<BodyProbe> probes = new ArrayList<>();
		// Members, imports and transfers: the union a member moves to may be any union,
		// the member must be in reach
		probes
			.add(admin(HttpMethod.POST, "/members/new",
					(j, i) -> "/members/new?orgId=" + i.id("bank")
							+ "&name=越权&idType=RESIDENT_ID&idNumber=110105199003070017&employmentType=EMPLOYEE",
					"orgId"));
		probes
			.add(admin(HttpMethod.POST, "/members/{id}/edit",
					(j, i) -> "/members/" + j.id("member") + "/edit?orgId=" + i.id("bank")
							+ "&name=经开甲&idType=RESIDENT_ID&idNumber=110105199003070017&employmentType=EMPLOYEE",
					"orgId"));
		probes
			.add(admin(HttpMethod.POST, "/members/import", (j, i) -> "/members/import?org=" + i.id("finance"), "org"));
		probes.add(admin(HttpMethod.POST, "/transfers/new",
				(j, i) -> "/transfers/new?memberId=" + i.id("member") + "&toOrgId=" + j.id("org"), "memberId"));
		probes.add(api(HttpMethod.POST, "/api/v1/members", (j, i) -> "/api/v1/members", (j, i) -> """
				{"orgId": %d, "name": "越权", "idType": "RESIDENT_ID", "idNumber": "110105199003070017",
				 "employmentType": "EMPLOYEE"}""".formatted(i.id("bank")), "orgId"));
		probes.add(api(HttpMethod.POST, "/api/v1/imports/members",
				(j, i) -> "/api/v1/imports/members?org=" + i.id("finance"), null, "org"));
		probes.add(api(HttpMethod.POST, "/api/v1/transfers", (j, i) -> "/api/v1/transfers",
				(j, i) -> "{\"memberId\": %d, \"toOrgId\": %d}".formatted(i.id("member"), j.id("org")), "memberId"));
		return probes;
	}

	@Override
	public Map<String, String> noIdsInBody() {
		return Map.ofEntries(Map.entry("POST /members/{id}/status", "a status and a note"),
				Map.entry("POST /members/{id}/reveal", "the name of a field"),
				Map.entry("POST /join-applications/{id}/approve", "none"),
				Map.entry("POST /join-applications/{id}/reject", "a reason"),
				Map.entry("POST /transfers/{id}/approve", "none"), Map.entry("POST /transfers/{id}/reject", "a note"),
				Map.entry("POST /transfers/{id}/cancel", "none"),
				Map.entry("POST /me/contact", "the member's own phone and e-mail"),
				Map.entry("POST /me/transfer", "the union to move to may be any union: the receiving union decides"),
				Map.entry("POST /join/{orgId}", "public: anyone may ask to join any union"),
				Map.entry("POST /join/status", "public: the applicant's own ID number and phone"),
				Map.entry("POST /member/activate", "public: the member's own card and ID number"),
				Map.entry("POST /api/v1/members/{id}/reveal", "the name of a field"),
				Map.entry("POST /api/v1/join-applications", "public: anyone may ask to join any union"),
				Map.entry("POST /api/v1/join-applications/status", "public: the applicant's own ID number and phone"),
				Map.entry("POST /api/v1/join-applications/{id}/approve", "none"),
				Map.entry("POST /api/v1/join-applications/{id}/reject", "a reason"),
				Map.entry("POST /api/v1/transfers/{id}/approve", "none"),
				Map.entry("POST /api/v1/transfers/{id}/reject", "a note"));
	}

	@Override
	public Map<String, String> multipart() {
		return Map.of("POST /api/v1/imports/members", "file");
	}

	@Override
	public Set<String> publicEndpoints() {
		return Set.of("POST /api/v1/join-applications", "POST /api/v1/join-applications/status", "GET /join",
				"GET /join/{orgId}", "POST /join/{orgId}", "GET /join/submitted", "GET /join/status",
				"POST /join/status", "GET /member/activate", "POST /member/activate");
	}

	@Override
	public void outOfReach(Targets finance) {
		Actor admin = logins.actor(Demo.FINANCE_ADMIN);
		long bank = orgs.id(Demo.BANK);
		long member = setup
			.registerAll(admin, bank,
					List.of(new MemberDraft("金融甲", null, IdType.RESIDENT_ID, People.idNumber(), null, People.phone(),
							null, null, EmploymentType.EMPLOYEE, null, null, null)))
			.get(0);
		finance.put("member", member).put("memberCard", members.find(member).orElseThrow().cardNo());
		finance.put("application", memberFixtures.application(bank));
		finance.put("importJob", memberFixtures.importJob(admin, orgs.id(Demo.FINANCE),
				new ByteArrayInputStream("姓名,证件号码,就业类型\n".getBytes(StandardCharsets.UTF_8))));
		long other = setup
			.registerAll(admin, bank, List.of(new MemberDraft(TRANSFERRED_MEMBER, null, IdType.RESIDENT_ID,
					People.idNumber(), null, null, null, null, EmploymentType.EMPLOYEE, null, null, null)))
			.get(0);
		finance.put("transfer", memberFixtures.transfer(admin, other, orgs.id("中国农业银行北京市分行工会")));
		long entrant = setup
			.registerAll(admin, bank,
					List.of(new MemberDraft(ENTRANT, null, IdType.RESIDENT_ID, People.idNumber(), null, null, null,
							null, EmploymentType.EMPLOYEE, null, null, null)))
			.get(0);
		finance.put("entrant", entrant).put("entrantCard", members.find(entrant).orElseThrow().cardNo());
	}

	@Override
	public void inReach(Targets jingkai) {
		long org = jingkai.id("org");
		List<Long> people = setup.registerAll(logins.actor(Demo.JINGKAI_ADMIN), org,
				List.of(person("经开甲"), person("经开乙"), person("经开丙"), person("经开丁")));
		MemberView leader = members.find(people.get(0)).orElseThrow();
		MemberView free = members.find(people.get(2)).orElseThrow();
		accounts.provisionMember(free.id(), free.cardNo(), free.name(), "jiangxin-demo-9", org, null);
		jingkai.put("member", leader.id())
			.put("memberCard", leader.cardNo())
			.put("mate", people.get(1))
			.put("freeCard", free.cardNo())
			.put("entrant", people.get(3));
	}

	private static MemberDraft person(String name) {
		return new MemberDraft(name, null, IdType.RESIDENT_ID, People.idNumber(), null, People.phone(), null, null,
				EmploymentType.EMPLOYEE, null, null, null);
	}

}
