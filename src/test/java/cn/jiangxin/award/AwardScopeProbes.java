package cn.jiangxin.award;

import static cn.jiangxin.support.ScopeProbes.BodyProbe.admin;
import static cn.jiangxin.support.ScopeProbes.BodyProbe.api;
import static cn.jiangxin.support.ScopeProbes.Probe.get;
import static cn.jiangxin.support.ScopeProbes.Probe.post;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;

import cn.jiangxin.shared.Actor;
import cn.jiangxin.support.Demo;
import cn.jiangxin.support.Logins;
import cn.jiangxin.support.ScopeProbes;
import cn.jiangxin.support.Targets;
import cn.jiangxin.award.internal.AwardSetup;

/**
 * The awards' endpoints in the scope walk (tiers, notices, certificates, case
 * collections, results), and the finance award with its tier and certificate they aim at.
 */
@TestComponent
@Order(70)
class AwardScopeProbes implements ScopeProbes {

	private final AwardApi awards;

	private final AwardSetup setup;

	private final Logins logins;

	AwardScopeProbes(AwardApi awards, Logins logins, AwardSetup setup) {
		this.setup = setup;
		this.awards = awards;
		this.logins = logins;
	}

	@Override
	public List<Probe> probes() {
		List<Probe> probes = new ArrayList<>();
		// Awards, certificates, case collections and results
		probes.add(get("/manage/contests/{id}/awards", i -> "/manage/contests/" + i.id("judgedContest") + "/awards",
				Outsider.REFUSED));
		probes.add(post(
				"/manage/contests/{id}/awards/tiers", i -> "/manage/contests/" + i.id("judgedContest")
						+ "/awards/tiers?name=越权奖&roundId=" + i.id("judgedRound") + "&count=1",
				null, Outsider.REFUSED));
		probes.add(post("/manage/contests/{id}/awards/tiers/{tierId}/delete",
				i -> "/manage/contests/" + i.id("judgedContest") + "/awards/tiers/" + i.id("tier") + "/delete", null,
				Outsider.REFUSED));
		probes.add(post("/manage/contests/{id}/awards/publish",
				i -> "/manage/contests/" + i.id("judgedContest")
						+ "/awards/publish?noticeDays=7&teamUnitAwards=0&organisationAwards=0",
				null, Outsider.REFUSED));
		probes.add(post("/manage/contests/{id}/awards/finalise",
				i -> "/manage/contests/" + i.id("judgedContest") + "/awards/finalise", null, Outsider.REFUSED));
		probes.add(post("/manage/contests/{id}/awards/{awardId}/revoke",
				i -> "/manage/contests/" + i.id("judgedContest") + "/awards/" + i.id("award") + "/revoke?reason=x",
				null, Outsider.REFUSED));
		probes.add(get("/manage/contests/{id}/awards/{awardId}/certificate.pdf",
				i -> "/manage/contests/" + i.id("judgedContest") + "/awards/" + i.id("award") + "/certificate.pdf",
				Outsider.REFUSED));
		probes.add(get("/manage/contests/{id}/certificates.zip",
				i -> "/manage/contests/" + i.id("judgedContest") + "/certificates.zip", Outsider.REFUSED));
		probes.add(post("/manage/contests/{id}/cases",
				i -> "/manage/contests/" + i.id("judgedContest") + "/cases?title=x", null, Outsider.REFUSED));
		probes.add(get("/certificates", i -> "/certificates", Outsider.OWN));
		probes.add(get("/certificates/{number}", i -> "/certificates/" + i.text("certificate"), Outsider.OWN));
		probes.add(get("/contests/{id}/results", i -> "/contests/" + i.id("judgedContest") + "/results", Outsider.OWN));
		probes.add(get("/contests/{id}/cases", i -> "/contests/" + i.id("judgedContest") + "/cases", Outsider.OWN));
		probes.add(get("/contests/{id}/cases.pdf", i -> "/contests/" + i.id("judgedContest") + "/cases.pdf",
				Outsider.OWN));
		probes.add(get("/api/v1/contests/{id}/awards", i -> "/api/v1/contests/" + i.id("judgedContest") + "/awards",
				Outsider.OWN));
		probes.add(post("/api/v1/contests/{id}/awards", i -> "/api/v1/contests/" + i.id("judgedContest") + "/awards",
				"{\"noticeDays\": 7, \"teamUnitAwards\": 0, \"organisationAwards\": 0}", Outsider.REFUSED));
		probes.add(get("/api/v1/contests/{id}/awards/tiers",
				i -> "/api/v1/contests/" + i.id("judgedContest") + "/awards/tiers", Outsider.REFUSED));
		probes.add(post("/api/v1/contests/{id}/awards/tiers",
				i -> "/api/v1/contests/" + i.id("judgedContest") + "/awards/tiers",
				"{\"name\": \"越权奖\", \"roundId\": 1, \"count\": 1}", Outsider.REFUSED));
		probes.add(post("/api/v1/contests/{id}/awards/finalise",
				i -> "/api/v1/contests/" + i.id("judgedContest") + "/awards/finalise", null, Outsider.REFUSED));
		probes.add(post("/api/v1/contests/{id}/awards/{awardId}/revoke",
				i -> "/api/v1/contests/" + i.id("judgedContest") + "/awards/" + i.id("award") + "/revoke",
				"{\"reason\": \"x\"}", Outsider.REFUSED));
		probes.add(get("/api/v1/certificates/{number}/verify",
				i -> "/api/v1/certificates/" + i.text("certificate") + "/verify", Outsider.OWN));
		return probes;
	}

	@Override
	public List<BodyProbe> bodyProbes() {
		List<BodyProbe> probes = new ArrayList<>();
		// A tier of a round of the contest, cases of its entries
		probes.add(admin(
				HttpMethod.POST, "/manage/contests/{id}/awards/tiers", (j, i) -> "/manage/contests/"
						+ j.id("judgingContest") + "/awards/tiers?name=越权奖&roundId=" + i.id("judgedRound") + "&count=1",
				"roundId"));
		probes
			.add(admin(
					HttpMethod.POST, "/manage/contests/{id}/cases", (j, i) -> "/manage/contests/"
							+ j.id("judgingContest") + "/cases?title=越权案例集&entryIds=" + i.id("judgedEntry"),
					"entryIds"));
		probes.add(api(HttpMethod.POST, "/api/v1/contests/{id}/awards/tiers",
				(j, i) -> "/api/v1/contests/" + j.id("judgingContest") + "/awards/tiers",
				(j, i) -> "{\"name\": \"越权奖\", \"roundId\": %d, \"count\": 1}".formatted(i.id("judgedRound")),
				"roundId"));
		return probes;
	}

	@Override
	public Map<String, String> noIdsInBody() {
		return Map.ofEntries(Map.entry("POST /manage/contests/{id}/awards/tiers/{tierId}/delete", "none"),
				Map.entry("POST /manage/contests/{id}/awards/publish", "numbers of awards and weights"),
				Map.entry("POST /manage/contests/{id}/awards/finalise", "none"),
				Map.entry("POST /manage/contests/{id}/awards/{awardId}/revoke", "a reason"),
				Map.entry("POST /api/v1/contests/{id}/awards", "numbers of awards and weights"),
				Map.entry("POST /api/v1/contests/{id}/awards/finalise", "none"),
				Map.entry("POST /api/v1/contests/{id}/awards/{awardId}/revoke", "a reason"));
	}

	@Override
	public Set<String> publicEndpoints() {
		return Set.of("GET /certificates", "GET /certificates/{number}", "GET /contests/{id}/results",
				"GET /contests/{id}/cases", "GET /contests/{id}/cases.pdf", "GET /api/v1/certificates/{number}/verify");
	}

	@Override
	public void outOfReach(Targets finance) {
		Actor admin = logins.actor(Demo.FINANCE_ADMIN);
		long judged = finance.id("judgedContest");
		finance.put("tier", setup.addTier(admin, judged,
				new TierDraft("一等奖", finance.id("judgedRound"), false, 1, null, "金融创新能手")));
		AwardView award = setup.publish(admin, judged, new PublishDraft(7, 0, 0, null, null)).get(0);
		finance.put("award", award.id()).put("certificate", award.certificateNumber());
	}

}
