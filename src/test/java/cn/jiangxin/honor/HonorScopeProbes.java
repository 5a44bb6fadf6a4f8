package cn.jiangxin.honor;

import static cn.jiangxin.support.ScopeProbes.BodyProbe.admin;
import static cn.jiangxin.support.ScopeProbes.BodyProbe.api;
import static cn.jiangxin.support.ScopeProbes.Probe.get;
import static cn.jiangxin.support.ScopeProbes.Probe.post;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;

import cn.jiangxin.member.MemberScopeProbes;
import cn.jiangxin.support.Demo;
import cn.jiangxin.support.DemoOrgs;
import cn.jiangxin.support.Logins;
import cn.jiangxin.support.ScopeProbes;
import cn.jiangxin.support.Targets;
import cn.jiangxin.honor.internal.HonorSetup;

/**
 * The honours' endpoints in the scope walk, and the finance title they aim at, held by
 * the judged contest's entrant.
 */
@TestComponent
@Order(80)
class HonorScopeProbes implements ScopeProbes {

	/** The finance member who holds the fixture's title. */
	static final String HOLDER = MemberScopeProbes.ENTRANT;

	private final DemoOrgs orgs;

	private final HonorSetup setup;

	private final Logins logins;

	HonorScopeProbes(DemoOrgs orgs, Logins logins, HonorSetup setup) {
		this.setup = setup;
		this.orgs = orgs;
		this.logins = logins;
	}

	@Override
	public List<Probe> probes() {
		List<Probe> probes = new ArrayList<>();
		probes.add(get("/honors", i -> "/honors", Outsider.FILTERED).hiding(HOLDER));
		probes.add(post("/honors", i -> "/honors?title=越权称号&holderKind=UNIT&holderName=x&orgId=" + i.id("finance")
				+ "&decision=x&conferredOn=2025-01-01", null, Outsider.REFUSED));
		probes.add(get("/api/v1/honors", i -> "/api/v1/honors", Outsider.FILTERED).hiding(HOLDER));
		probes.add(post("/api/v1/honors", i -> "/api/v1/honors", """
				{"title": "越权称号", "holderKind": "UNIT", "holderName": "x", "orgId": FINANCE, "decision": "x",
				 "conferredOn": "2025-01-01"}""", Outsider.REFUSED));
		return probes;
	}

	@Override
	public List<BodyProbe> bodyProbes() {
		List<BodyProbe> probes = new ArrayList<>();
		probes.add(admin(HttpMethod.POST, "/honors", (j, i) -> "/honors?title=越权称号&holderKind=UNIT&holderName=x&orgId="
				+ i.id("finance") + "&decision=x&conferredOn=2025-01-01", "orgId"));
		probes.add(admin(
				HttpMethod.POST, "/honors", (j, i) -> "/honors?title=越权称号&holderKind=MEMBER&cardNo="
						+ i.text("memberCard") + "&orgId=" + j.id("org") + "&decision=x&conferredOn=2025-01-01",
				"cardNo"));
		probes.add(api(HttpMethod.POST, "/api/v1/honors", (j, i) -> "/api/v1/honors", (j, i) -> """
				{"title": "越权称号", "holderKind": "UNIT", "holderName": "x", "orgId": %d, "decision": "x",
				 "conferredOn": "2025-01-01"}""".formatted(i.id("finance")), "orgId"));
		probes.add(api(HttpMethod.POST, "/api/v1/honors", (j, i) -> "/api/v1/honors", (j, i) -> """
				{"title": "越权称号", "holderKind": "MEMBER", "cardNo": "%s", "orgId": %d, "decision": "x",
				 "conferredOn": "2025-01-01"}""".formatted(i.text("memberCard"), j.id("org")), "cardNo"));
		return probes;
	}

	@Override
	public void outOfReach(Targets finance) {
		setup.confer(logins.actor(Demo.FINANCE_ADMIN), new HonorDraft("金融先锋", HolderKind.MEMBER, null,
				finance.text("entrantCard"), orgs.id(Demo.FINANCE), "京金工字〔2025〕1号", LocalDate.now()));
	}

}
