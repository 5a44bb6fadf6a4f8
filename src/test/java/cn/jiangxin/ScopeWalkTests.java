package cn.jiangxin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.function.Function;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import cn.jiangxin.support.Demo;
import cn.jiangxin.support.DemoOrgs;
import cn.jiangxin.support.IntegrationTest;
import cn.jiangxin.support.Logins;

/**
 * Walks every endpoint of Jiangxin as an anonymous caller and as the 经开区 admin reaching into
 * 北京市金融工会's subtree. A new endpoint fails this test until it is listed here with what an
 * outsider must get, so no endpoint ships without its scope check.
 */
@IntegrationTest
@org.springframework.context.annotation.Import({ Fixtures.class, cn.jiangxin.member.internal.MemberFixtures.class })
class ScopeWalkTests {

	/** What an out-of-scope admin must meet at an endpoint. */
	enum Outsider {

		/** 403 or 404. */
		REFUSED,
		/** 200, but nothing of the other subtree appears in the answer. */
		FILTERED,
		/** The endpoint concerns only the caller or is public; nothing to reach into. */
		OWN,
		/** A member's or a judge's own page: every admin, in scope or not, is refused. */
		MEMBER_ONLY,
		/**
		 * Refused as bad input: a page shows its form again with the error (200), the API answers 400; for a
		 * unit's admin naming members outside their subtree, say, which may be a typo rather than a reach.
		 */
		REJECTED

	}

	/**
	 * An endpoint with a sample request into the finance subtree; for a filtered list, the text that must
	 * not show to an outsider (the bank union's name unless said otherwise).
	 */
	record Probe(HttpMethod method, String pattern, Function<Ids, String> url, String body, Outsider outsider,
			String secret) {

		Probe(HttpMethod method, String pattern, Function<Ids, String> url, String body, Outsider outsider) {
			this(method, pattern, url, body, outsider, Demo.BANK);
		}

		Probe hiding(String text) {
			return new Probe(method, pattern, url, body, outsider, text);
		}

	}

	/** Ids in the finance subtree that the probes aim at. */
	record Ids(long finance, long bank, long financeAdmin, long member, String memberCard, long application,
			long importJob, long transfer, long draftContest, long draftTrack, long draftRound, long openContest,
			long openTrack, long entry, long fileItem, long judgedContest, long judgedRound, long expert, long judgedEntry,
			long tier, long award, String certificate, long judgedFile) {
	}

	/**
	 * Records of the 经开区 admin's own subtree (see {@link Fixtures#inJingkai()}): writes aim at these by their path
	 * and carry the finance subtree's ids in their body.
	 */
	record Reach(long jingkai, long org, long account, long member, String memberCard, String freeCard,
			long draftContest, long draftTrack, long draftRound, long openContest, long openTrack, long entry,
			long judgingContest, long round, long expert, long judgedEntry) {
	}

	/** Who sends a body probe: the 经开区 admin, the 经开区 judge of the fixture, or its 经开区 member. */
	enum Caller {

		ADMIN, JUDGE, MEMBER

	}

	/**
	 * A write aimed by its path at a record the caller reaches, with an id out of reach (the finance subtree's)
	 * in its body or query, named by {@code field}. It must be refused (403 or 404; 400 naming the field, or the
	 * page's form showing the error on it; or a page action's failure message) and change nothing.
	 */
	record BodyProbe(HttpMethod method, String pattern, Caller caller, BiFunction<Reach, Ids, String> url,
			BiFunction<Reach, Ids, String> body, String field) {
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	DemoOrgs orgs;


	@Autowired
	Logins logins;

	Ids ids;

	@Autowired
	Fixtures fixtures;

	@BeforeEach
	void findTargets() {
		ids = fixtures.inFinance();
	}

	static List<Probe> probes() {
		List<Probe> probes = new ArrayList<>();
		// Pages
		probes.add(get("/", i -> "/", Outsider.OWN));
		probes.add(get("/account/password", i -> "/account/password", Outsider.OWN));
		probes.add(post("/account/password", i -> "/account/password", null, Outsider.OWN));
		probes.add(get("/orgs", i -> "/orgs?q=银行", Outsider.FILTERED));
		probes.add(get("/orgs/picker", i -> "/orgs/picker?pickerQ=银行", Outsider.FILTERED));
		probes.add(get("/orgs/{id}", i -> "/orgs/" + i.bank(), Outsider.REFUSED));
		probes.add(get("/orgs/{id}/children", i -> "/orgs/" + i.finance() + "/children", Outsider.REFUSED));
		probes.add(get("/orgs/new", i -> "/orgs/new?parent=" + i.finance(), Outsider.REFUSED));
		probes.add(post("/orgs/new", i -> "/orgs/new?parentId=" + i.finance() + "&name=x&level=GRASSROOTS", null,
				Outsider.REFUSED));
		probes.add(get("/orgs/{id}/edit", i -> "/orgs/" + i.bank() + "/edit", Outsider.REFUSED));
		probes.add(post("/orgs/{id}/edit", i -> "/orgs/" + i.bank() + "/edit?name=x&level=GRASSROOTS", null,
				Outsider.REFUSED));
		probes.add(get("/orgs/{id}/move", i -> "/orgs/" + i.bank() + "/move", Outsider.REFUSED));
		probes.add(post("/orgs/{id}/move", i -> "/orgs/" + i.bank() + "/move?parentId=" + i.finance(), null,
				Outsider.REFUSED));
		probes.add(post("/orgs/{id}/close", i -> "/orgs/" + i.bank() + "/close", null, Outsider.REFUSED));
		probes.add(post("/orgs/{id}/reopen", i -> "/orgs/" + i.bank() + "/reopen", null, Outsider.REFUSED));
		probes.add(get("/accounts", i -> "/accounts?org=" + i.finance(), Outsider.REFUSED));
		probes.add(get("/accounts/new", i -> "/accounts/new?org=" + i.finance(), Outsider.REFUSED));
		probes.add(post("/accounts/new", i -> "/accounts/new?username=outsider1&displayName=x&roles=JUDGE&orgId="
				+ i.finance() + "&password=jiangxin-demo-9", null, Outsider.REFUSED));
		probes.add(get("/accounts/{id}", i -> "/accounts/" + i.financeAdmin(), Outsider.REFUSED));
		probes.add(post("/accounts/{id}", i -> "/accounts/" + i.financeAdmin()
				+ "?username=jinrong&displayName=x&roles=UNION_ADMIN&orgId=" + i.finance(), null, Outsider.REFUSED));
		probes.add(post("/accounts/{id}/password", i -> "/accounts/" + i.financeAdmin() + "/password?password=Abcdefgh-123",
				null, Outsider.REFUSED));
		probes.add(post("/accounts/{id}/unlock", i -> "/accounts/" + i.financeAdmin() + "/unlock", null, Outsider.REFUSED));
		probes.add(get("/audit", i -> "/audit?org=" + i.finance(), Outsider.REFUSED));
		// Members
		probes.add(get("/members", i -> "/members?cardNo=" + i.memberCard(), Outsider.FILTERED));
		probes.add(get("/members/new", i -> "/members/new?org=" + i.bank(), Outsider.REFUSED));
		probes.add(post("/members/new", i -> "/members/new?orgId=" + i.bank()
				+ "&name=越权&idType=RESIDENT_ID&idNumber=110105199003070017&employmentType=EMPLOYEE", null, Outsider.REFUSED));
		probes.add(get("/members/{id}", i -> "/members/" + i.member(), Outsider.REFUSED));
		probes.add(get("/members/{id}/edit", i -> "/members/" + i.member() + "/edit", Outsider.REFUSED));
		probes.add(post("/members/{id}/edit", i -> "/members/" + i.member() + "/edit?orgId=" + i.bank()
				+ "&name=越权&idType=RESIDENT_ID&idNumber=110105199003070017&employmentType=EMPLOYEE", null, Outsider.REFUSED));
		probes.add(post("/members/{id}/status", i -> "/members/" + i.member() + "/status?status=WITHDRAWN", null,
				Outsider.REFUSED));
		probes.add(post("/members/{id}/reveal", i -> "/members/" + i.member() + "/reveal?field=idNumber", null,
				Outsider.REFUSED));
		probes.add(get("/members/import", i -> "/members/import", Outsider.OWN));
		probes.add(get("/members/import/template.xlsx", i -> "/members/import/template.xlsx", Outsider.OWN));
		probes.add(post("/members/import", i -> "/members/import?org=" + i.finance(), null, Outsider.REFUSED));
		probes.add(get("/members/import/{id}", i -> "/members/import/" + i.importJob(), Outsider.REFUSED));
		probes.add(get("/members/import/{id}/progress", i -> "/members/import/" + i.importJob() + "/progress",
				Outsider.REFUSED));
		probes.add(get("/members/import/{id}/errors.xlsx", i -> "/members/import/" + i.importJob() + "/errors.xlsx",
				Outsider.REFUSED));
		probes.add(get("/members/export", i -> "/members/export?org=" + i.finance(), Outsider.REFUSED));
		probes.add(get("/join-applications", i -> "/join-applications", Outsider.FILTERED));
		probes.add(get("/join-applications/{id}", i -> "/join-applications/" + i.application(), Outsider.REFUSED));
		probes.add(post("/join-applications/{id}/approve", i -> "/join-applications/" + i.application() + "/approve", null,
				Outsider.REFUSED));
		probes.add(post("/join-applications/{id}/reject", i -> "/join-applications/" + i.application() + "/reject?reason=x",
				null, Outsider.REFUSED));
		probes.add(get("/join-codes/{orgId}.png", i -> "/join-codes/" + i.bank() + ".png", Outsider.REFUSED));
		probes.add(get("/join-codes/{orgId}.pdf", i -> "/join-codes/" + i.bank() + ".pdf", Outsider.REFUSED));
		probes.add(get("/transfers", i -> "/transfers", Outsider.FILTERED).hiding(Fixtures.TRANSFERRED_MEMBER));
		probes.add(get("/transfers/targets", i -> "/transfers/targets?pickerQ=海淀", Outsider.OWN));
		probes.add(post("/transfers/new", i -> "/transfers/new?memberId=" + i.member() + "&toOrgId=" + i.finance(), null,
				Outsider.REFUSED));
		probes.add(post("/transfers/{id}/approve", i -> "/transfers/" + i.transfer() + "/approve", null, Outsider.REFUSED));
		probes.add(post("/transfers/{id}/reject", i -> "/transfers/" + i.transfer() + "/reject?note=x", null,
				Outsider.REFUSED));
		probes.add(post("/transfers/{id}/cancel", i -> "/transfers/" + i.transfer() + "/cancel", null, Outsider.REFUSED));
		// A member's own pages: an admin has no member record
		probes.add(get("/me", i -> "/me", Outsider.MEMBER_ONLY));
		probes.add(get("/me/card.png", i -> "/me/card.png", Outsider.MEMBER_ONLY));
		probes.add(post("/me/contact", i -> "/me/contact?phone=13912345678", null, Outsider.MEMBER_ONLY));
		probes.add(get("/me/targets", i -> "/me/targets?pickerQ=海淀", Outsider.MEMBER_ONLY));
		probes.add(post("/me/transfer", i -> "/me/transfer?toOrgId=" + i.finance(), null, Outsider.MEMBER_ONLY));
		// Public pages
		probes.add(get("/join", i -> "/join", Outsider.OWN));
		probes.add(get("/join/{orgId}", i -> "/join/" + i.bank(), Outsider.OWN));
		probes.add(post("/join/{orgId}", i -> "/join/" + i.bank() + "?orgId=" + i.bank(), null, Outsider.OWN));
		probes.add(get("/join/submitted", i -> "/join/submitted", Outsider.OWN));
		probes.add(get("/join/status", i -> "/join/status", Outsider.OWN));
		probes.add(post("/join/status", i -> "/join/status?idType=RESIDENT_ID&idNumber=1&phone=1", null, Outsider.OWN));
		probes.add(get("/member/activate", i -> "/member/activate", Outsider.OWN));
		probes.add(post("/member/activate", i -> "/member/activate?idType=RESIDENT_ID", null, Outsider.OWN));
		// Contests: the public portal, organisers' pages, a unit's entries, an entry's pages
		probes.add(get("/contests", i -> "/contests", Outsider.OWN));
		probes.add(get("/contests/{id}", i -> "/contests/" + i.draftContest(), Outsider.REFUSED));
		probes.add(get("/contests/{id}/enter", i -> "/contests/" + i.openContest() + "/enter", Outsider.MEMBER_ONLY));
		probes.add(post("/contests/{id}/enter", i -> "/contests/" + i.openContest() + "/enter?trackId=" + i.openTrack(), null,
				Outsider.MEMBER_ONLY));
		probes.add(get("/me/entries", i -> "/me/entries", Outsider.MEMBER_ONLY));
		probes.add(get("/manage/contests", i -> "/manage/contests", Outsider.FILTERED).hiding(Fixtures.OPEN_CONTEST));
		probes.add(get("/manage/contests/parties", i -> "/manage/contests/parties?pickerQ=金融", Outsider.OWN));
		probes.add(get("/manage/contests/new", i -> "/manage/contests/new", Outsider.OWN));
		probes.add(post("/manage/contests/new", i -> "/manage/contests/new?kind=SKILLS&title=越权赛事&scopeOrgId=" + i.finance()
				+ "&opensAt=2026-01-01T09:00&closesAt=2099-01-01T09:00&hostOrgIds=" + i.finance(), null, Outsider.REFUSED));
		probes.add(get("/manage/contests/{id}", i -> "/manage/contests/" + i.draftContest(), Outsider.REFUSED));
		probes.add(get("/manage/contests/{id}/edit", i -> "/manage/contests/" + i.draftContest() + "/edit", Outsider.REFUSED));
		probes.add(post("/manage/contests/{id}/edit", i -> "/manage/contests/" + i.draftContest()
				+ "/edit?kind=SKILLS&title=改名&scopeOrgId=" + i.finance()
				+ "&opensAt=2026-01-01T09:00&closesAt=2099-01-01T09:00&hostOrgIds=" + i.finance(), null, Outsider.REFUSED));
		probes.add(post("/manage/contests/{id}/status", i -> "/manage/contests/" + i.draftContest() + "/status?target=OPEN", null,
				Outsider.REFUSED));
		probes.add(post("/manage/contests/{id}/registration/close",
				i -> "/manage/contests/" + i.openContest() + "/registration/close", null, Outsider.REFUSED));
		probes.add(get("/manage/contests/{id}/tracks/new", i -> "/manage/contests/" + i.draftContest() + "/tracks/new",
				Outsider.REFUSED));
		probes.add(post("/manage/contests/{id}/tracks/new", i -> "/manage/contests/" + i.draftContest()
				+ "/tracks/new?name=越权赛道&entryKind=INDIVIDUAL", null, Outsider.REFUSED));
		probes.add(get("/manage/contests/{id}/tracks/{trackId}/edit",
				i -> "/manage/contests/" + i.draftContest() + "/tracks/" + i.draftTrack() + "/edit", Outsider.REFUSED));
		probes.add(post("/manage/contests/{id}/tracks/{trackId}/edit", i -> "/manage/contests/" + i.draftContest()
				+ "/tracks/" + i.draftTrack() + "/edit?name=改名&entryKind=INDIVIDUAL", null, Outsider.REFUSED));
		probes.add(post("/manage/contests/{id}/tracks/{trackId}/delete",
				i -> "/manage/contests/" + i.draftContest() + "/tracks/" + i.draftTrack() + "/delete", null, Outsider.REFUSED));
		probes.add(get("/manage/contests/{id}/rounds/new", i -> "/manage/contests/" + i.draftContest() + "/rounds/new",
				Outsider.REFUSED));
		probes.add(post("/manage/contests/{id}/rounds/new", i -> "/manage/contests/" + i.draftContest()
				+ "/rounds/new?ordinal=2&name=复赛&format=MATERIAL_REVIEW&advancement=NONE", null, Outsider.REFUSED));
		probes.add(get("/manage/contests/{id}/rounds/{roundId}/edit",
				i -> "/manage/contests/" + i.draftContest() + "/rounds/" + i.draftRound() + "/edit", Outsider.REFUSED));
		probes.add(post("/manage/contests/{id}/rounds/{roundId}/edit", i -> "/manage/contests/" + i.draftContest()
				+ "/rounds/" + i.draftRound() + "/edit?ordinal=1&name=改名&format=MATERIAL_REVIEW&advancement=NONE", null,
				Outsider.REFUSED));
		probes.add(post("/manage/contests/{id}/rounds/{roundId}/delete",
				i -> "/manage/contests/" + i.draftContest() + "/rounds/" + i.draftRound() + "/delete", null, Outsider.REFUSED));
		probes.add(get("/manage/contests/{id}/dashboard", i -> "/manage/contests/" + i.openContest() + "/dashboard",
				Outsider.REFUSED));
		probes.add(get("/manage/contests/{id}/entries", i -> "/manage/contests/" + i.openContest() + "/entries",
				Outsider.REFUSED));
		probes.add(get("/manage/entries", i -> "/manage/entries", Outsider.FILTERED).hiding(Fixtures.ENTRY_TITLE));
		probes.add(get("/manage/entries/new", i -> "/manage/entries/new?contest=" + i.openContest(), Outsider.OWN));
		probes.add(post("/manage/entries/new", i -> "/manage/entries/new?contest=" + i.openContest() + "&trackId="
				+ i.openTrack() + "&leaderCardNo=" + i.memberCard(), null, Outsider.REJECTED));
		probes.add(get("/manage/entries/import", i -> "/manage/entries/import?contest=" + i.openContest(), Outsider.OWN));
		probes.add(post("/manage/entries/import", i -> "/manage/entries/import?contest=" + i.openContest(),
				"赛道,作品/队伍名称,负责人会员卡号\n金融科技赛道,,CARD\n", Outsider.REJECTED));
		probes.add(get("/manage/entries/template.xlsx", i -> "/manage/entries/template.xlsx?contest=" + i.openContest(),
				Outsider.OWN));
		probes.add(get("/entries/{id}", i -> "/entries/" + i.entry(), Outsider.REFUSED));
		probes.add(post("/entries/{id}/invite", i -> "/entries/" + i.entry() + "/invite?invitee=" + i.memberCard(), null,
				Outsider.REFUSED));
		probes.add(post("/entries/{id}/invitations/{memberId}/cancel",
				i -> "/entries/" + i.entry() + "/invitations/" + i.member() + "/cancel", null, Outsider.REFUSED));
		probes.add(post("/entries/{id}/accept", i -> "/entries/" + i.entry() + "/accept", null, Outsider.MEMBER_ONLY));
		probes.add(post("/entries/{id}/decline", i -> "/entries/" + i.entry() + "/decline", null, Outsider.MEMBER_ONLY));
		probes.add(post("/entries/{id}/leave", i -> "/entries/" + i.entry() + "/leave", null, Outsider.MEMBER_ONLY));
		probes.add(post("/entries/{id}/lead", i -> "/entries/" + i.entry() + "/lead?memberId=" + i.member(), null,
				Outsider.REFUSED));
		probes.add(post("/entries/{id}/rename", i -> "/entries/" + i.entry() + "/rename?title=改名", null, Outsider.REFUSED));
		probes.add(post("/entries/{id}/withdraw", i -> "/entries/" + i.entry() + "/withdraw", null, Outsider.REFUSED));
		probes.add(post("/entries/{id}/confirm", i -> "/entries/" + i.entry() + "/confirm", null, Outsider.REFUSED));
		probes.add(post("/entries/{id}/unconfirm", i -> "/entries/" + i.entry() + "/unconfirm", null, Outsider.REFUSED));
		probes.add(post("/entries/{id}/submissions", i -> "/entries/" + i.entry() + "/submissions", "%PDF-1.4\n", Outsider.REFUSED));
		probes.add(get("/entries/{id}/files/{itemId}", i -> "/entries/" + i.entry() + "/files/" + i.fileItem(),
				Outsider.REFUSED));
		// API
		probes.add(new Probe(HttpMethod.POST, "/api/v1/auth/token", i -> "/api/v1/auth/token",
				"{\"username\":\"nobody\",\"password\":\"wrong-password\"}", Outsider.OWN));
		probes.add(new Probe(HttpMethod.DELETE, "/api/v1/auth/token", i -> "/api/v1/auth/token", null, Outsider.OWN));
		probes.add(get("/api/v1/me", i -> "/api/v1/me", Outsider.OWN));
		probes.add(get("/api/v1/orgs/{id}", i -> "/api/v1/orgs/" + i.bank(), Outsider.REFUSED));
		probes.add(get("/api/v1/orgs", i -> "/api/v1/orgs?parent=" + i.finance(), Outsider.REFUSED));
		probes.add(post("/api/v1/orgs", i -> "/api/v1/orgs",
				"{\"parentId\":%d,\"name\":\"越权工会\",\"level\":\"GRASSROOTS\"}", Outsider.REFUSED));
		probes.add(new Probe(HttpMethod.PATCH, "/api/v1/orgs/{id}", i -> "/api/v1/orgs/" + i.bank(),
				"{\"name\":\"改名\"}", Outsider.REFUSED));
		probes.add(get("/api/v1/accounts", i -> "/api/v1/accounts?org=" + i.finance(), Outsider.REFUSED));
		probes.add(get("/api/v1/accounts/{id}", i -> "/api/v1/accounts/" + i.financeAdmin(), Outsider.REFUSED));
		probes.add(post("/api/v1/accounts", i -> "/api/v1/accounts",
				"{\"username\":\"outsider2\",\"displayName\":\"x\",\"roles\":[\"JUDGE\"],\"orgId\":%d,\"password\":\"jiangxin-demo-9\"}",
				Outsider.REFUSED));
		probes.add(get("/api/v1/audit-events", i -> "/api/v1/audit-events?org=" + i.finance(), Outsider.REFUSED));
		probes.add(post("/api/v1/members", i -> "/api/v1/members",
				"{\"orgId\": %d, \"name\": \"越权\", \"idType\": \"RESIDENT_ID\", \"idNumber\": \"110105199003070017\", \"employmentType\": \"EMPLOYEE\"}",
				Outsider.REFUSED));
		probes.add(get("/api/v1/members/{id}", i -> "/api/v1/members/" + i.member(), Outsider.REFUSED));
		probes.add(get("/api/v1/members", i -> "/api/v1/members?org=" + i.finance(), Outsider.REFUSED));
		probes.add(post("/api/v1/members/{id}/reveal", i -> "/api/v1/members/" + i.member() + "/reveal",
				"{\"field\": \"idNumber\"}", Outsider.REFUSED));
		probes.add(post("/api/v1/join-applications", i -> "/api/v1/join-applications", "{}", Outsider.OWN));
		probes.add(post("/api/v1/join-applications/status", i -> "/api/v1/join-applications/status", "{}", Outsider.OWN));
		probes.add(get("/api/v1/join-applications", i -> "/api/v1/join-applications", Outsider.FILTERED));
		probes.add(post("/api/v1/join-applications/{id}/approve",
				i -> "/api/v1/join-applications/" + i.application() + "/approve", null, Outsider.REFUSED));
		probes.add(post("/api/v1/join-applications/{id}/reject", i -> "/api/v1/join-applications/" + i.application() + "/reject",
				"{\"reason\": \"x\"}", Outsider.REFUSED));
		probes.add(post("/api/v1/imports/members", i -> "/api/v1/imports/members?org=" + i.finance(), null, Outsider.REFUSED));
		probes.add(get("/api/v1/imports/{id}", i -> "/api/v1/imports/" + i.importJob(), Outsider.REFUSED));
		probes.add(post("/api/v1/transfers", i -> "/api/v1/transfers", "{\"memberId\": MEMBER, \"toOrgId\": 1}",
				Outsider.REFUSED));
		probes.add(get("/api/v1/transfers", i -> "/api/v1/transfers", Outsider.FILTERED).hiding(Fixtures.TRANSFERRED_MEMBER));
		probes.add(post("/api/v1/transfers/{id}/approve", i -> "/api/v1/transfers/" + i.transfer() + "/approve", null,
				Outsider.REFUSED));
		probes.add(post("/api/v1/transfers/{id}/reject", i -> "/api/v1/transfers/" + i.transfer() + "/reject",
				"{\"note\": \"x\"}", Outsider.REFUSED));
		probes.add(get("/api/v1/contests", i -> "/api/v1/contests?q=金融工会", Outsider.FILTERED).hiding(Fixtures.DRAFT_CONTEST));
		probes.add(post("/api/v1/contests", i -> "/api/v1/contests", """
				{"kind": "SKILLS", "title": "越权赛事", "scopeOrgId": %d, "opensAt": "2026-01-01T00:00:00Z",
				 "closesAt": "2099-01-01T00:00:00Z", "hostOrgIds": [%d]}""".replace("%d", "FINANCE"), Outsider.REFUSED));
		probes.add(get("/api/v1/contests/{id}", i -> "/api/v1/contests/" + i.draftContest(), Outsider.REFUSED));
		probes.add(new Probe(HttpMethod.PUT, "/api/v1/contests/{id}", i -> "/api/v1/contests/" + i.draftContest(), """
				{"version": 0, "contest": {"kind": "SKILLS", "title": "改名", "scopeOrgId": FINANCE,
				 "opensAt": "2026-01-01T00:00:00Z", "closesAt": "2099-01-01T00:00:00Z", "hostOrgIds": [FINANCE]}}""",
				Outsider.REFUSED));
		probes.add(post("/api/v1/contests/{id}/status", i -> "/api/v1/contests/" + i.draftContest() + "/status",
				"{\"target\": \"OPEN\"}", Outsider.REFUSED));
		probes.add(post("/api/v1/contests/{id}/registration/close",
				i -> "/api/v1/contests/" + i.openContest() + "/registration/close", null, Outsider.REFUSED));
		probes.add(get("/api/v1/contests/{id}/tracks", i -> "/api/v1/contests/" + i.draftContest() + "/tracks",
				Outsider.REFUSED));
		probes.add(post("/api/v1/contests/{id}/tracks", i -> "/api/v1/contests/" + i.draftContest() + "/tracks",
				"{\"name\": \"越权赛道\", \"entryKind\": \"INDIVIDUAL\"}", Outsider.REFUSED));
		probes.add(get("/api/v1/contests/{id}/rounds", i -> "/api/v1/contests/" + i.draftContest() + "/rounds",
				Outsider.REFUSED));
		probes.add(post("/api/v1/contests/{id}/rounds", i -> "/api/v1/contests/" + i.draftContest() + "/rounds",
				"{\"ordinal\": 5, \"name\": \"加赛\", \"format\": \"MATERIAL_REVIEW\", \"advancement\": \"NONE\"}",
				Outsider.REFUSED));
		probes.add(get("/api/v1/contests/{id}/entries", i -> "/api/v1/contests/" + i.openContest() + "/entries",
				Outsider.FILTERED).hiding(Fixtures.ENTRY_TITLE));
		probes.add(post("/api/v1/contests/{id}/entries", i -> "/api/v1/contests/" + i.openContest() + "/entries",
				"{\"trackId\": TRACK, \"leaderCardNo\": \"CARD\"}", Outsider.REJECTED));
		probes.add(post("/api/v1/contests/{id}/entries/import",
				i -> "/api/v1/contests/" + i.openContest() + "/entries/import",
				"赛道,作品/队伍名称,负责人会员卡号\n金融科技赛道,,CARD\n", Outsider.REJECTED));
		probes.add(get("/api/v1/entries/{id}", i -> "/api/v1/entries/" + i.entry(), Outsider.REFUSED));
		probes.add(post("/api/v1/entries/{id}/invitations", i -> "/api/v1/entries/" + i.entry() + "/invitations",
				"{\"invitee\": \"CARD\"}", Outsider.REFUSED));
		probes.add(post("/api/v1/entries/{id}/accept", i -> "/api/v1/entries/" + i.entry() + "/accept", null,
				Outsider.MEMBER_ONLY));
		probes.add(post("/api/v1/entries/{id}/decline", i -> "/api/v1/entries/" + i.entry() + "/decline", null,
				Outsider.MEMBER_ONLY));
		probes.add(post("/api/v1/entries/{id}/leave", i -> "/api/v1/entries/" + i.entry() + "/leave", null,
				Outsider.MEMBER_ONLY));
		probes.add(post("/api/v1/entries/{id}/confirm", i -> "/api/v1/entries/" + i.entry() + "/confirm", null,
				Outsider.REFUSED));
		probes.add(post("/api/v1/entries/{id}/withdraw", i -> "/api/v1/entries/" + i.entry() + "/withdraw", null,
				Outsider.REFUSED));
		probes.add(get("/api/v1/entries/{id}/submissions", i -> "/api/v1/entries/" + i.entry() + "/submissions",
				Outsider.REFUSED));
		probes.add(post("/api/v1/entries/{id}/submissions", i -> "/api/v1/entries/" + i.entry() + "/submissions",
				"%PDF-1.4\n", Outsider.REFUSED));

		// Judging: a judge's pages, the organisers' round pages, the expert pool
		probes.add(get("/judge", i -> "/judge", Outsider.MEMBER_ONLY));
		probes.add(get("/judge/rounds/{rid}", i -> "/judge/rounds/" + i.judgedRound(), Outsider.MEMBER_ONLY));
		probes.add(get("/judge/rounds/{rid}/entries/{eid}",
				i -> "/judge/rounds/" + i.judgedRound() + "/entries/" + i.judgedEntry(), Outsider.MEMBER_ONLY));
		probes.add(post("/judge/rounds/{rid}/entries/{eid}",
				i -> "/judge/rounds/" + i.judgedRound() + "/entries/" + i.judgedEntry() + "?score.innovation=1", null,
				Outsider.MEMBER_ONLY));
		probes.add(post("/judge/rounds/{rid}/entries/{eid}/conflict",
				i -> "/judge/rounds/" + i.judgedRound() + "/entries/" + i.judgedEntry() + "/conflict?reason=x", null,
				Outsider.MEMBER_ONLY));
		probes.add(get("/judge/rounds/{rid}/entries/{eid}/files/{itemId}", i -> "/judge/rounds/" + i.judgedRound()
				+ "/entries/" + i.judgedEntry() + "/files/" + i.judgedFile(), Outsider.MEMBER_ONLY));
		probes.add(get("/manage/contests/{id}/judging", i -> "/manage/contests/" + i.judgedContest() + "/judging",
				Outsider.REFUSED));
		probes.add(get("/manage/rounds/{rid}", i -> "/manage/rounds/" + i.judgedRound(), Outsider.REFUSED));
		probes.add(post("/manage/rounds/{rid}/settings", i -> "/manage/rounds/" + i.judgedRound()
				+ "/settings?judgesPerEntry=2&method=MEAN&trimFrom=5&basis=RAW", null, Outsider.REFUSED));
		probes.add(post("/manage/rounds/{rid}/rerank", i -> "/manage/rounds/" + i.judgedRound()
				+ "/rerank?method=MEAN&trimFrom=5&basis=RAW&reason=x", null, Outsider.REFUSED));
		probes.add(post("/manage/rounds/{rid}/rubric", i -> "/manage/rounds/" + i.judgedRound()
				+ "/rubric?parts[0].code=review&parts[0].label=x&parts[0].weight=100&parts[0].source=RUBRIC", null,
				Outsider.REFUSED));
		probes.add(post("/manage/rounds/{rid}/panel", i -> "/manage/rounds/" + i.judgedRound() + "/panel?expertIds="
				+ i.expert(), null, Outsider.REFUSED));
		probes.add(post("/manage/rounds/{rid}/assign", i -> "/manage/rounds/" + i.judgedRound() + "/assign", null,
				Outsider.REFUSED));
		probes.add(post("/manage/rounds/{rid}/override", i -> "/manage/rounds/" + i.judgedRound() + "/override?entryId="
				+ i.judgedEntry() + "&expertId=" + i.expert() + "&add=false", null, Outsider.REFUSED));
		probes.add(post("/manage/rounds/{rid}/conflicts", i -> "/manage/rounds/" + i.judgedRound() + "/conflicts?entryId="
				+ i.judgedEntry() + "&expertId=" + i.expert() + "&reason=x", null, Outsider.REFUSED));
		probes.add(post("/manage/rounds/{rid}/start", i -> "/manage/rounds/" + i.judgedRound() + "/start", null,
				Outsider.REFUSED));
		probes.add(post("/manage/rounds/{rid}/reopen", i -> "/manage/rounds/" + i.judgedRound() + "/reopen?entryId="
				+ i.judgedEntry() + "&expertId=" + i.expert() + "&reason=x", null, Outsider.REFUSED));
		probes.add(post("/manage/rounds/{rid}/measurements", i -> "/manage/rounds/" + i.judgedRound()
				+ "/measurements?entryId=" + i.judgedEntry() + "&code=innovation&score=1", null, Outsider.REFUSED));
		probes.add(post("/manage/rounds/{rid}/import", i -> "/manage/rounds/" + i.judgedRound() + "/import?part=theory",
				"卡号,成绩\nCARD,90\n", Outsider.REFUSED));
		probes.add(post("/manage/rounds/{rid}/advance", i -> "/manage/rounds/" + i.judgedRound() + "/advance", null,
				Outsider.REFUSED));
		probes.add(get("/manage/rounds/{rid}/leaderboard", i -> "/manage/rounds/" + i.judgedRound() + "/leaderboard",
				Outsider.REFUSED));
		probes.add(get("/manage/rounds/{rid}/leaderboard/rows",
				i -> "/manage/rounds/" + i.judgedRound() + "/leaderboard/rows", Outsider.REFUSED));
		probes.add(get("/manage/rounds/{rid}/results.xlsx", i -> "/manage/rounds/" + i.judgedRound() + "/results.xlsx",
				Outsider.REFUSED));
		probes.add(get("/manage/rounds/{rid}/sheets.xlsx", i -> "/manage/rounds/" + i.judgedRound() + "/sheets.xlsx",
				Outsider.REFUSED));
		probes.add(get("/manage/experts", i -> "/manage/experts", Outsider.FILTERED).hiding(Fixtures.EXPERT));
		probes.add(post("/manage/experts", i -> "/manage/experts?name=外区专家&orgId=" + i.finance()
				+ "&username=outsider-expert-page&password=jiangxin-demo-9", null, Outsider.REJECTED));
		// Awards, certificates, case collections and honours
		probes.add(get("/manage/contests/{id}/awards", i -> "/manage/contests/" + i.judgedContest() + "/awards",
				Outsider.REFUSED));
		probes.add(post("/manage/contests/{id}/awards/tiers", i -> "/manage/contests/" + i.judgedContest()
				+ "/awards/tiers?name=越权奖&roundId=" + i.judgedRound() + "&count=1", null, Outsider.REFUSED));
		probes.add(post("/manage/contests/{id}/awards/tiers/{tierId}/delete",
				i -> "/manage/contests/" + i.judgedContest() + "/awards/tiers/" + i.tier() + "/delete", null,
				Outsider.REFUSED));
		probes.add(post("/manage/contests/{id}/awards/publish", i -> "/manage/contests/" + i.judgedContest()
				+ "/awards/publish?noticeDays=7&teamUnitAwards=0&organisationAwards=0", null, Outsider.REFUSED));
		probes.add(post("/manage/contests/{id}/awards/finalise",
				i -> "/manage/contests/" + i.judgedContest() + "/awards/finalise", null, Outsider.REFUSED));
		probes.add(post("/manage/contests/{id}/awards/{awardId}/revoke",
				i -> "/manage/contests/" + i.judgedContest() + "/awards/" + i.award() + "/revoke?reason=x", null,
				Outsider.REFUSED));
		probes.add(get("/manage/contests/{id}/awards/{awardId}/certificate.pdf",
				i -> "/manage/contests/" + i.judgedContest() + "/awards/" + i.award() + "/certificate.pdf",
				Outsider.REFUSED));
		probes.add(get("/manage/contests/{id}/certificates.zip",
				i -> "/manage/contests/" + i.judgedContest() + "/certificates.zip", Outsider.REFUSED));
		probes.add(post("/manage/contests/{id}/cases", i -> "/manage/contests/" + i.judgedContest() + "/cases?title=x",
				null, Outsider.REFUSED));
		probes.add(get("/certificates", i -> "/certificates", Outsider.OWN));
		probes.add(get("/certificates/{number}", i -> "/certificates/" + i.certificate(), Outsider.OWN));
		probes.add(get("/contests/{id}/results", i -> "/contests/" + i.judgedContest() + "/results", Outsider.OWN));
		probes.add(get("/contests/{id}/cases", i -> "/contests/" + i.judgedContest() + "/cases", Outsider.OWN));
		probes.add(get("/contests/{id}/cases.pdf", i -> "/contests/" + i.judgedContest() + "/cases.pdf", Outsider.OWN));
		probes.add(get("/honors", i -> "/honors", Outsider.FILTERED).hiding(Fixtures.HONOR_HOLDER));
		probes.add(post("/honors", i -> "/honors?title=越权称号&holderKind=UNIT&holderName=x&orgId=" + i.finance()
				+ "&decision=x&conferredOn=2025-01-01", null, Outsider.REFUSED));
		// Judging, awards and honours over the API
		probes.add(get("/api/v1/experts", i -> "/api/v1/experts", Outsider.FILTERED).hiding(Fixtures.EXPERT));
		probes.add(post("/api/v1/experts", i -> "/api/v1/experts", """
				{"username": "outsider-expert-api", "name": "外区专家", "orgId": FINANCE, "password": "jiangxin-demo-9"}""",
				Outsider.REJECTED));
		probes.add(new Probe(HttpMethod.PUT, "/api/v1/rounds/{rid}/settings",
				i -> "/api/v1/rounds/" + i.judgedRound() + "/settings",
				"{\"judgesPerEntry\": 2, \"method\": \"MEAN\", \"trimFrom\": 5, \"basis\": \"RAW\"}", Outsider.REFUSED));
		probes.add(new Probe(HttpMethod.PUT, "/api/v1/rounds/{rid}/rubric", i -> "/api/v1/rounds/" + i.judgedRound() + "/rubric",
				"""
				{"parts": [{"code": "review", "label": "评审", "weight": 100, "source": "RUBRIC"}],
				 "criteria": [{"code": "x", "part": "review", "label": "x", "kind": "JUDGED", "weight": 1, "min": 0, "max": 10}]}""",
				Outsider.REFUSED));
		probes.add(get("/api/v1/rounds/{rid}/rubric", i -> "/api/v1/rounds/" + i.judgedRound() + "/rubric",
				Outsider.REFUSED));
		probes.add(get("/api/v1/rounds/{rid}/settings", i -> "/api/v1/rounds/" + i.judgedRound() + "/settings",
				Outsider.REFUSED));
		probes.add(get("/api/v1/rounds/{rid}/panel", i -> "/api/v1/rounds/" + i.judgedRound() + "/panel",
				Outsider.REFUSED));
		probes.add(new Probe(HttpMethod.PUT, "/api/v1/rounds/{rid}/panel", i -> "/api/v1/rounds/" + i.judgedRound() + "/panel",
				"{\"expertIds\": []}", Outsider.REFUSED));
		probes.add(post("/api/v1/rounds/{rid}/reranks", i -> "/api/v1/rounds/" + i.judgedRound() + "/reranks",
				"{\"method\": \"MEAN\", \"trimFrom\": 5, \"basis\": \"RAW\", \"reason\": \"x\"}", Outsider.REFUSED));
		probes.add(get("/api/v1/rounds/{rid}/reranks", i -> "/api/v1/rounds/" + i.judgedRound() + "/reranks",
				Outsider.REFUSED));
		probes.add(post("/api/v1/rounds/{rid}/conflicts", i -> "/api/v1/rounds/" + i.judgedRound() + "/conflicts",
				"{\"expertId\": 1, \"entryId\": 1, \"reason\": \"x\"}", Outsider.REFUSED));
		probes.add(post("/api/v1/contests/{id}/rounds/{rid}/assignments",
				i -> "/api/v1/contests/" + i.judgedContest() + "/rounds/" + i.judgedRound() + "/assignments", null,
				Outsider.REFUSED));
		probes.add(get("/api/v1/contests/{id}/rounds/{rid}/assignments",
				i -> "/api/v1/contests/" + i.judgedContest() + "/rounds/" + i.judgedRound() + "/assignments",
				Outsider.REFUSED));
		probes.add(post("/api/v1/contests/{id}/rounds/{rid}/assignments/overrides",
				i -> "/api/v1/contests/" + i.judgedContest() + "/rounds/" + i.judgedRound() + "/assignments/overrides",
				"{\"entryId\": 1, \"expertId\": 1, \"add\": true}", Outsider.REFUSED));
		probes.add(post("/api/v1/rounds/{rid}/scoring", i -> "/api/v1/rounds/" + i.judgedRound() + "/scoring", null,
				Outsider.REFUSED));
		probes.add(get("/api/v1/rounds/{rid}/entries", i -> "/api/v1/rounds/" + i.judgedRound() + "/entries",
				Outsider.MEMBER_ONLY));
		probes.add(get("/api/v1/rounds/{rid}/entries/{entryId}",
				i -> "/api/v1/rounds/" + i.judgedRound() + "/entries/" + i.judgedEntry(), Outsider.MEMBER_ONLY));
		probes.add(new Probe(HttpMethod.PUT, "/api/v1/rounds/{rid}/scores", i -> "/api/v1/rounds/" + i.judgedRound() + "/scores",
				"{\"entryId\": 1, \"items\": []}", Outsider.MEMBER_ONLY));
		probes.add(get("/api/v1/rounds/{rid}/scores", i -> "/api/v1/rounds/" + i.judgedRound() + "/scores",
				Outsider.MEMBER_ONLY));
		probes.add(post("/api/v1/rounds/{rid}/scores/reopen", i -> "/api/v1/rounds/" + i.judgedRound() + "/scores/reopen",
				"{\"entryId\": 1, \"expertId\": 1, \"reason\": \"x\"}", Outsider.REFUSED));
		probes.add(new Probe(HttpMethod.PUT, "/api/v1/rounds/{rid}/measurements",
				i -> "/api/v1/rounds/" + i.judgedRound() + "/measurements",
				"{\"entryId\": 1, \"code\": \"innovation\", \"score\": 1}", Outsider.REFUSED));
		probes.add(post("/api/v1/rounds/{rid}/parts/{code}/scores",
				i -> "/api/v1/rounds/" + i.judgedRound() + "/parts/theory/scores", "卡号,成绩\nCARD,90\n", Outsider.REFUSED));
		probes.add(post("/api/v1/me/conflicts", i -> "/api/v1/me/conflicts", "{\"orgId\": FINANCE, \"reason\": \"x\"}",
				Outsider.MEMBER_ONLY));
		probes.add(get("/api/v1/rounds/{rid}/results", i -> "/api/v1/rounds/" + i.judgedRound() + "/results",
				Outsider.REFUSED));
		probes.add(get("/api/v1/rounds/{rid}/advance", i -> "/api/v1/rounds/" + i.judgedRound() + "/advance",
				Outsider.REFUSED));
		probes.add(post("/api/v1/rounds/{rid}/advance", i -> "/api/v1/rounds/" + i.judgedRound() + "/advance",
				"{\"confirm\": true}", Outsider.REFUSED));
		probes.add(get("/api/v1/contests/{id}/awards", i -> "/api/v1/contests/" + i.judgedContest() + "/awards",
				Outsider.OWN));
		probes.add(post("/api/v1/contests/{id}/awards", i -> "/api/v1/contests/" + i.judgedContest() + "/awards",
				"{\"noticeDays\": 7, \"teamUnitAwards\": 0, \"organisationAwards\": 0}", Outsider.REFUSED));
		probes.add(get("/api/v1/contests/{id}/awards/tiers", i -> "/api/v1/contests/" + i.judgedContest() + "/awards/tiers",
				Outsider.REFUSED));
		probes.add(post("/api/v1/contests/{id}/awards/tiers", i -> "/api/v1/contests/" + i.judgedContest() + "/awards/tiers",
				"{\"name\": \"越权奖\", \"roundId\": 1, \"count\": 1}", Outsider.REFUSED));
		probes.add(post("/api/v1/contests/{id}/awards/finalise",
				i -> "/api/v1/contests/" + i.judgedContest() + "/awards/finalise", null, Outsider.REFUSED));
		probes.add(post("/api/v1/contests/{id}/awards/{awardId}/revoke",
				i -> "/api/v1/contests/" + i.judgedContest() + "/awards/" + i.award() + "/revoke", "{\"reason\": \"x\"}",
				Outsider.REFUSED));
		probes.add(get("/api/v1/certificates/{number}/verify", i -> "/api/v1/certificates/" + i.certificate() + "/verify",
				Outsider.OWN));
		probes.add(get("/api/v1/honors", i -> "/api/v1/honors", Outsider.FILTERED).hiding(Fixtures.HONOR_HOLDER));
		probes.add(post("/api/v1/honors", i -> "/api/v1/honors", """
				{"title": "越权称号", "holderKind": "UNIT", "holderName": "x", "orgId": FINANCE, "decision": "x",
				 "conferredOn": "2025-01-01"}""", Outsider.REFUSED));
		return probes;
	}

	/**
	 * Every write that names records in its body or query, aimed at an object of the 经开区 admin's subtree with
	 * an id of the finance subtree in its body. Ids that may rightly point anywhere (the union a member moves to,
	 * a contest's co-hosts beside an own host, a judge's declared conflict with any union) are probed through the
	 * ids beside them that must be in reach.
	 */
	static List<BodyProbe> bodyProbes() {
		List<BodyProbe> probes = new ArrayList<>();
		// Unions and accounts
		probes.add(admin(HttpMethod.POST, "/orgs/new",
				(j, i) -> "/orgs/new?parentId=" + i.finance() + "&name=越权工会&level=GRASSROOTS", "parentId"));
		probes.add(admin(HttpMethod.POST, "/orgs/{id}/edit", (j, i) -> "/orgs/" + j.org() + "/edit?parentId="
				+ i.finance() + "&name=" + Fixtures.JINGKAI_PROBE_ORG + "&level=GRASSROOTS", "parentId"));
		probes.add(admin(HttpMethod.POST, "/orgs/{id}/move",
				(j, i) -> "/orgs/" + j.org() + "/move?parentId=" + i.finance(), "parentId"));
		probes.add(admin(HttpMethod.POST, "/accounts/new", (j, i) -> "/accounts/new?username=outsider3&displayName=x"
				+ "&roles=JUDGE&orgId=" + i.finance() + "&password=jiangxin-demo-9", "orgId"));
		probes.add(admin(HttpMethod.POST, "/accounts/{id}", (j, i) -> "/accounts/" + j.account() + "?username="
				+ Fixtures.JINGKAI_JUDGE + "&displayName=x&roles=JUDGE&orgId=" + i.finance(), "orgId"));
		probes.add(api(HttpMethod.POST, "/api/v1/orgs", (j, i) -> "/api/v1/orgs",
				(j, i) -> "{\"parentId\": %d, \"name\": \"越权工会\", \"level\": \"GRASSROOTS\"}".formatted(i.finance()),
				"parentId"));
		probes.add(api(HttpMethod.PATCH, "/api/v1/orgs/{id}", (j, i) -> "/api/v1/orgs/" + j.org(),
				(j, i) -> "{\"parentId\": %d}".formatted(i.finance()), "parentId"));
		probes.add(api(HttpMethod.POST, "/api/v1/accounts", (j, i) -> "/api/v1/accounts",
				(j, i) -> """
					{"username": "outsider4", "displayName": "x", "roles": ["JUDGE"], "orgId": %d,
					 "password": "jiangxin-demo-9"}"""
					.formatted(i.finance()),
				"orgId"));
		// Members, imports and transfers: the union a member moves to may be any union, the member must be in reach
		probes.add(admin(HttpMethod.POST, "/members/new", (j, i) -> "/members/new?orgId=" + i.bank()
				+ "&name=越权&idType=RESIDENT_ID&idNumber=110105199003070017&employmentType=EMPLOYEE", "orgId"));
		probes.add(admin(HttpMethod.POST, "/members/{id}/edit", (j, i) -> "/members/" + j.member() + "/edit?orgId="
				+ i.bank() + "&name=经开甲&idType=RESIDENT_ID&idNumber=110105199003070017&employmentType=EMPLOYEE",
				"orgId"));
		probes.add(admin(HttpMethod.POST, "/members/import", (j, i) -> "/members/import?org=" + i.finance(), "org"));
		probes.add(admin(HttpMethod.POST, "/transfers/new",
				(j, i) -> "/transfers/new?memberId=" + i.member() + "&toOrgId=" + j.org(), "memberId"));
		probes.add(api(HttpMethod.POST, "/api/v1/members", (j, i) -> "/api/v1/members",
				(j, i) -> """
					{"orgId": %d, "name": "越权", "idType": "RESIDENT_ID", "idNumber": "110105199003070017",
					 "employmentType": "EMPLOYEE"}"""
					.formatted(i.bank()),
				"orgId"));
		probes.add(api(HttpMethod.POST, "/api/v1/imports/members",
				(j, i) -> "/api/v1/imports/members?org=" + i.finance(), null, "org"));
		probes.add(api(HttpMethod.POST, "/api/v1/transfers", (j, i) -> "/api/v1/transfers",
				(j, i) -> "{\"memberId\": %d, \"toOrgId\": %d}".formatted(i.member(), j.org()), "memberId"));
		// Contests: the scope must be in reach, and among the hosts at least one; tracks and rounds of the contest
		probes.add(admin(HttpMethod.POST, "/manage/contests/new",
				(j, i) -> "/manage/contests/new?kind=SKILLS&title=越权赛事&scopeOrgId=" + i.finance()
						+ "&opensAt=2026-01-01T09:00&closesAt=2099-01-01T09:00&hostOrgIds=" + j.jingkai(),
				"scopeOrgId"));
		probes.add(admin(HttpMethod.POST, "/manage/contests/new",
				(j, i) -> "/manage/contests/new?kind=SKILLS&title=越权赛事&scopeOrgId=" + j.jingkai()
						+ "&opensAt=2026-01-01T09:00&closesAt=2099-01-01T09:00&hostOrgIds=" + i.finance(),
				"hostOrgIds"));
		probes.add(admin(HttpMethod.POST, "/manage/contests/{id}/edit", (j, i) -> "/manage/contests/" + j.draftContest()
				+ "/edit?kind=SKILLS&title=改名&scopeOrgId=" + i.finance()
				+ "&opensAt=2026-01-01T09:00&closesAt=2099-01-01T09:00&hostOrgIds=" + j.jingkai(), "scopeOrgId"));
		probes.add(admin(HttpMethod.POST, "/manage/contests/{id}/edit", (j, i) -> "/manage/contests/" + j.draftContest()
				+ "/edit?kind=SKILLS&title=改名&scopeOrgId=" + j.jingkai()
				+ "&opensAt=2026-01-01T09:00&closesAt=2099-01-01T09:00&hostOrgIds=" + i.finance(), "hostOrgIds"));
		probes.add(admin(HttpMethod.POST, "/manage/contests/{id}/rounds/new", (j, i) -> "/manage/contests/"
				+ j.draftContest() + "/rounds/new?trackId=" + i.draftTrack()
				+ "&ordinal=2&name=复赛&format=MATERIAL_REVIEW&advancement=NONE", "trackId"));
		probes.add(admin(HttpMethod.POST, "/manage/contests/{id}/rounds/{roundId}/edit", (j, i) -> "/manage/contests/"
				+ j.draftContest() + "/rounds/" + j.draftRound() + "/edit?trackId=" + i.draftTrack()
				+ "&ordinal=1&name=初赛&format=MATERIAL_REVIEW&advancement=NONE", "trackId"));
		probes.add(api(HttpMethod.POST, "/api/v1/contests", (j, i) -> "/api/v1/contests", (j, i) -> contest(i.finance(),
				j.jingkai()), "scopeOrgId"));
		probes.add(api(HttpMethod.POST, "/api/v1/contests", (j, i) -> "/api/v1/contests", (j, i) -> contest(j.jingkai(),
				i.finance()), "hostOrgIds"));
		probes.add(api(HttpMethod.PUT, "/api/v1/contests/{id}", (j, i) -> "/api/v1/contests/" + j.draftContest(),
				(j, i) -> "{\"version\": 0, \"contest\": " + contest(i.finance(), j.jingkai()) + "}", "scopeOrgId"));
		probes.add(api(HttpMethod.PUT, "/api/v1/contests/{id}", (j, i) -> "/api/v1/contests/" + j.draftContest(),
				(j, i) -> "{\"version\": 0, \"contest\": " + contest(j.jingkai(), i.finance()) + "}", "hostOrgIds"));
		probes.add(api(HttpMethod.POST, "/api/v1/contests/{id}/rounds",
				(j, i) -> "/api/v1/contests/" + j.draftContest() + "/rounds",
				(j, i) -> """
					{"trackId": %d, "ordinal": 5, "name": "加赛", "format": "MATERIAL_REVIEW", "advancement": "NONE"}"""
					.formatted(i.draftTrack()),
				"trackId"));
		// Entries: a unit's admin registers their own members; a track of the contest; team members by card
		probes.add(admin(HttpMethod.POST, "/manage/entries/new",
				(j, i) -> "/manage/entries/new?contest=" + j.openContest() + "&trackId=" + j.openTrack()
						+ "&title=越权队&leaderCardNo=" + i.memberCard() + "&teamCardNos=" + j.freeCard(),
				"leaderCardNo"));
		probes.add(admin(HttpMethod.POST, "/manage/entries/new",
				(j, i) -> "/manage/entries/new?contest=" + j.openContest() + "&trackId=" + j.openTrack()
						+ "&title=越权队&leaderCardNo=" + j.freeCard() + "&teamCardNos=" + i.memberCard(),
				"teamCardNos"));
		probes.add(admin(HttpMethod.POST, "/manage/entries/new",
				(j, i) -> "/manage/entries/new?contest=" + j.openContest() + "&trackId=" + i.openTrack()
						+ "&title=越权队&leaderCardNo=" + j.freeCard(),
				"trackId"));
		probes.add(new BodyProbe(HttpMethod.POST, "/manage/entries/import", Caller.ADMIN,
				(j, i) -> "/manage/entries/import?contest=" + j.openContest(),
				(j, i) -> "赛道,作品/队伍名称,负责人会员卡号\n经开区团体赛道,越权队," + i.memberCard() + "\n", null));
		probes.add(admin(HttpMethod.POST, "/entries/{id}/invite",
				(j, i) -> "/entries/" + j.entry() + "/invite?invitee=" + i.memberCard(), "invitee"));
		probes.add(admin(HttpMethod.POST, "/entries/{id}/lead",
				(j, i) -> "/entries/" + j.entry() + "/lead?memberId=" + i.member(), "memberId"));
		probes.add(new BodyProbe(HttpMethod.POST, "/contests/{id}/enter", Caller.MEMBER,
				(j, i) -> "/contests/" + j.openContest() + "/enter?trackId=" + i.openTrack(), null, "trackId"));
		probes.add(api(HttpMethod.POST, "/api/v1/contests/{id}/entries",
				(j, i) -> "/api/v1/contests/" + j.openContest() + "/entries",
				(j, i) -> """
					{"trackId": %d, "title": "越权队", "leaderCardNo": "%s", "teamCardNos": ["%s"]}"""
					.formatted(j.openTrack(), i.memberCard(), j.freeCard()),
				"leaderCardNo"));
		probes.add(api(HttpMethod.POST, "/api/v1/contests/{id}/entries",
				(j, i) -> "/api/v1/contests/" + j.openContest() + "/entries",
				(j, i) -> """
					{"trackId": %d, "title": "越权队", "leaderCardNo": "%s", "teamCardNos": ["%s"]}"""
					.formatted(j.openTrack(), j.freeCard(), i.memberCard()),
				"teamCardNos"));
		probes.add(api(HttpMethod.POST, "/api/v1/contests/{id}/entries",
				(j, i) -> "/api/v1/contests/" + j.openContest() + "/entries",
				(j, i) -> "{\"trackId\": %d, \"leaderCardNo\": \"%s\"}"
					.formatted(i.openTrack(), j.freeCard()), "trackId"));
		probes.add(api(HttpMethod.POST, "/api/v1/contests/{id}/entries/import",
				(j, i) -> "/api/v1/contests/" + j.openContest() + "/entries/import",
				(j, i) -> "赛道,作品/队伍名称,负责人会员卡号\n经开区团体赛道,越权队," + i.memberCard() + "\n", null));
		probes.add(api(HttpMethod.POST, "/api/v1/entries/{id}/invitations",
				(j, i) -> "/api/v1/entries/" + j.entry() + "/invitations",
				(j, i) -> "{\"invitee\": \"%s\"}".formatted(i.memberCard()), "invitee"));
		// Judging: the pool, the panel, conflicts, assignment, sheets, measurements and imported parts of a round
		probes.add(admin(HttpMethod.POST, "/manage/experts", (j, i) -> "/manage/experts?name=外区专家&orgId=" + i.finance()
				+ "&username=outsider-expert-page2&password=jiangxin-demo-9", "orgId"));
		probes.add(admin(HttpMethod.POST, "/manage/experts", (j, i) -> "/manage/experts?name=外区专家&orgId=" + j.org()
				+ "&cardNo=" + i.memberCard() + "&username=outsider-expert-page3&password=jiangxin-demo-9", "cardNo"));
		probes.add(admin(HttpMethod.POST, "/manage/rounds/{rid}/panel",
				(j, i) -> "/manage/rounds/" + j.round() + "/panel?expertIds=" + j.expert() + "&expertIds=" + i.expert(),
				"expertIds"));
		probes.add(admin(HttpMethod.POST, "/manage/rounds/{rid}/override", (j, i) -> "/manage/rounds/" + j.round()
				+ "/override?entryId=" + i.judgedEntry() + "&expertId=" + j.expert() + "&add=true", "entryId"));
		probes.add(admin(HttpMethod.POST, "/manage/rounds/{rid}/override", (j, i) -> "/manage/rounds/" + j.round()
				+ "/override?entryId=" + j.judgedEntry() + "&expertId=" + i.expert() + "&add=true", "expertId"));
		probes.add(admin(HttpMethod.POST, "/manage/rounds/{rid}/conflicts", (j, i) -> "/manage/rounds/" + j.round()
				+ "/conflicts?entryId=" + i.judgedEntry() + "&expertId=" + j.expert() + "&reason=x", "entryId"));
		probes.add(admin(HttpMethod.POST, "/manage/rounds/{rid}/conflicts", (j, i) -> "/manage/rounds/" + j.round()
				+ "/conflicts?entryId=" + j.judgedEntry() + "&expertId=" + i.expert() + "&reason=x", "expertId"));
		probes.add(admin(HttpMethod.POST, "/manage/rounds/{rid}/reopen", (j, i) -> "/manage/rounds/" + j.round()
				+ "/reopen?entryId=" + i.judgedEntry() + "&expertId=" + j.expert() + "&reason=x", "entryId"));
		probes.add(admin(HttpMethod.POST, "/manage/rounds/{rid}/measurements", (j, i) -> "/manage/rounds/" + j.round()
				+ "/measurements?entryId=" + i.judgedEntry() + "&code=theory&score=1", "entryId"));
		probes.add(new BodyProbe(HttpMethod.POST, "/manage/rounds/{rid}/import", Caller.ADMIN,
				(j, i) -> "/manage/rounds/" + j.round() + "/import?part=theory",
				(j, i) -> "卡号,成绩\n" + i.memberCard() + ",90\n", "file"));
		probes.add(api(HttpMethod.POST, "/api/v1/experts", (j, i) -> "/api/v1/experts",
				(j, i) -> """
					{"username": "outsider-expert-api2", "name": "外区专家", "orgId": %d,
					 "password": "jiangxin-demo-9"}"""
					.formatted(i.finance()),
				"orgId"));
		probes.add(api(HttpMethod.POST, "/api/v1/experts", (j, i) -> "/api/v1/experts",
				(j, i) -> """
					{"username": "outsider-expert-api3", "name": "外区专家", "orgId": %d, "cardNo": "%s",
					 "password": "jiangxin-demo-9"}"""
					.formatted(j.org(), i.memberCard()),
				"cardNo"));
		probes.add(api(HttpMethod.PUT, "/api/v1/rounds/{rid}/panel", (j, i) -> "/api/v1/rounds/" + j.round() + "/panel",
				(j, i) -> "{\"expertIds\": [%d, %d]}".formatted(j.expert(), i.expert()), "expertIds"));
		probes.add(api(HttpMethod.POST, "/api/v1/rounds/{rid}/conflicts",
				(j, i) -> "/api/v1/rounds/" + j.round() + "/conflicts",
				(j, i) -> "{\"expertId\": %d, \"entryId\": %d, \"reason\": \"x\"}"
					.formatted(j.expert(), i.judgedEntry()),
				"entryId"));
		probes.add(api(HttpMethod.POST, "/api/v1/rounds/{rid}/conflicts",
				(j, i) -> "/api/v1/rounds/" + j.round() + "/conflicts",
				(j, i) -> "{\"expertId\": %d, \"entryId\": %d, \"reason\": \"x\"}"
					.formatted(i.expert(), j.judgedEntry()),
				"expertId"));
		probes.add(api(HttpMethod.POST, "/api/v1/contests/{id}/rounds/{rid}/assignments/overrides",
				(j, i) -> "/api/v1/contests/" + j.judgingContest() + "/rounds/" + j.round() + "/assignments/overrides",
				(j, i) -> "{\"entryId\": %d, \"expertId\": %d, \"add\": true}".formatted(i.judgedEntry(), j.expert()),
				"entryId"));
		probes.add(api(HttpMethod.POST, "/api/v1/contests/{id}/rounds/{rid}/assignments/overrides",
				(j, i) -> "/api/v1/contests/" + j.judgingContest() + "/rounds/" + j.round() + "/assignments/overrides",
				(j, i) -> "{\"entryId\": %d, \"expertId\": %d, \"add\": true}".formatted(j.judgedEntry(), i.expert()),
				"expertId"));
		probes.add(api(HttpMethod.POST, "/api/v1/rounds/{rid}/scores/reopen",
				(j, i) -> "/api/v1/rounds/" + j.round() + "/scores/reopen",
				(j, i) -> "{\"entryId\": %d, \"expertId\": %d, \"reason\": \"x\"}"
					.formatted(i.judgedEntry(), j.expert()),
				"entryId"));
		probes.add(api(HttpMethod.POST, "/api/v1/rounds/{rid}/scores/reopen",
				(j, i) -> "/api/v1/rounds/" + j.round() + "/scores/reopen",
				(j, i) -> "{\"entryId\": %d, \"expertId\": %d, \"reason\": \"x\"}"
					.formatted(j.judgedEntry(), i.expert()),
				"expertId"));
		probes.add(api(HttpMethod.PUT, "/api/v1/rounds/{rid}/measurements",
				(j, i) -> "/api/v1/rounds/" + j.round() + "/measurements",
				(j, i) -> "{\"entryId\": %d, \"code\": \"theory\", \"score\": 1}"
					.formatted(i.judgedEntry()), "entryId"));
		probes.add(api(HttpMethod.POST, "/api/v1/rounds/{rid}/parts/{code}/scores",
				(j, i) -> "/api/v1/rounds/" + j.round() + "/parts/theory/scores",
				(j, i) -> "卡号,成绩\n" + i.memberCard() + ",90\n", "file"));
		probes.add(new BodyProbe(HttpMethod.PUT, "/api/v1/rounds/{rid}/scores", Caller.JUDGE,
				(j, i) -> "/api/v1/rounds/" + j.round() + "/scores",
				(j, i) -> """
					{"entryId": %d, "items": [{"criterion": "innovation", "score": 1}]}""".formatted(i.judgedEntry()),
				"entryId"));
		probes.add(new BodyProbe(HttpMethod.POST, "/api/v1/me/conflicts", Caller.JUDGE,
				(j, i) -> "/api/v1/me/conflicts",
				(j, i) -> "{\"roundId\": %d, \"entryId\": %d, \"reason\": \"x\"}"
					.formatted(i.judgedRound(), i.judgedEntry()),
				"entryId"));
		// Awards and honours: a tier of a round of the contest, cases of its entries, titles for own members
		probes.add(admin(HttpMethod.POST, "/manage/contests/{id}/awards/tiers", (j, i) -> "/manage/contests/"
				+ j.judgingContest() + "/awards/tiers?name=越权奖&roundId=" + i.judgedRound() + "&count=1", "roundId"));
		probes.add(admin(HttpMethod.POST, "/manage/contests/{id}/cases",
				(j, i) -> "/manage/contests/" + j.judgingContest() + "/cases?title=越权案例集&entryIds=" + i.judgedEntry(),
				"entryIds"));
		probes.add(admin(HttpMethod.POST, "/honors", (j, i) -> "/honors?title=越权称号&holderKind=UNIT&holderName=x&orgId="
				+ i.finance() + "&decision=x&conferredOn=2025-01-01", "orgId"));
		probes.add(admin(HttpMethod.POST, "/honors", (j, i) -> "/honors?title=越权称号&holderKind=MEMBER&cardNo="
				+ i.memberCard() + "&orgId=" + j.org() + "&decision=x&conferredOn=2025-01-01", "cardNo"));
		probes.add(api(HttpMethod.POST, "/api/v1/contests/{id}/awards/tiers",
				(j, i) -> "/api/v1/contests/" + j.judgingContest() + "/awards/tiers",
				(j, i) -> "{\"name\": \"越权奖\", \"roundId\": %d, \"count\": 1}".formatted(i.judgedRound()), "roundId"));
		probes.add(api(HttpMethod.POST, "/api/v1/honors", (j, i) -> "/api/v1/honors",
				(j, i) -> """
					{"title": "越权称号", "holderKind": "UNIT", "holderName": "x", "orgId": %d, "decision": "x",
					 "conferredOn": "2025-01-01"}"""
					.formatted(i.finance()),
				"orgId"));
		probes.add(api(HttpMethod.POST, "/api/v1/honors", (j, i) -> "/api/v1/honors",
				(j, i) -> """
					{"title": "越权称号", "holderKind": "MEMBER", "cardNo": "%s", "orgId": %d, "decision": "x",
					 "conferredOn": "2025-01-01"}"""
					.formatted(i.memberCard(), j.org()),
				"cardNo"));
		return probes;
	}

	/**
	 * Writes that name no records in their body or query, or only records that may rightly be anywhere; each
	 * with why. A write missing here and from {@link #bodyProbes()} fails the walk.
	 */
	static final Map<String, String> NO_IDS_IN_BODY = Map.ofEntries(
			Map.entry("POST /account/password", "the caller's own passwords"),
			Map.entry("POST /orgs/{id}/close", "a version only"), Map.entry("POST /orgs/{id}/reopen", "a version only"),
			Map.entry("POST /accounts/{id}/password", "a password only"),
			Map.entry("POST /accounts/{id}/unlock", "none"),
			Map.entry("POST /members/{id}/status", "a status and a note"),
			Map.entry("POST /members/{id}/reveal", "the name of a field"),
			Map.entry("POST /join-applications/{id}/approve", "none"),
			Map.entry("POST /join-applications/{id}/reject", "a reason"),
			Map.entry("POST /transfers/{id}/approve", "none"),
			Map.entry("POST /transfers/{id}/reject", "a note"), Map.entry("POST /transfers/{id}/cancel", "none"),
			Map.entry("POST /me/contact", "the member's own phone and e-mail"),
			Map.entry("POST /me/transfer", "the union to move to may be any union: the receiving union decides"),
			Map.entry("POST /join/{orgId}", "public: anyone may ask to join any union"),
			Map.entry("POST /join/status", "public: the applicant's own ID number and phone"),
			Map.entry("POST /member/activate", "public: the member's own card and ID number"),
			Map.entry("POST /manage/contests/{id}/status", "a status"),
			Map.entry("POST /manage/contests/{id}/registration/close", "none"),
			Map.entry("POST /manage/contests/{id}/tracks/new", "a track's form names no records"),
			Map.entry("POST /manage/contests/{id}/tracks/{trackId}/edit", "a track's form names no records"),
			Map.entry("POST /manage/contests/{id}/tracks/{trackId}/delete", "none"),
			Map.entry("POST /manage/contests/{id}/rounds/{roundId}/delete", "none"),
			Map.entry("POST /entries/{id}/invitations/{memberId}/cancel", "ids in the path only"),
			Map.entry("POST /entries/{id}/accept", "none"), Map.entry("POST /entries/{id}/decline", "none"),
			Map.entry("POST /entries/{id}/leave", "none"), Map.entry("POST /entries/{id}/rename", "a title"),
			Map.entry("POST /entries/{id}/withdraw", "none"), Map.entry("POST /entries/{id}/confirm", "none"),
			Map.entry("POST /entries/{id}/unconfirm", "none"),
			Map.entry("POST /entries/{id}/submissions", "texts and files"),
			Map.entry("POST /judge/rounds/{rid}/entries/{eid}", "scores by criterion code"),
			Map.entry("POST /judge/rounds/{rid}/entries/{eid}/conflict", "a reason"),
			Map.entry("POST /manage/rounds/{rid}/settings", "settings; tie-breaks name criteria of the round's rubric"),
			Map.entry("POST /manage/rounds/{rid}/rerank", "a ranking rule and a reason; tie-breaks name criteria"),
			Map.entry("POST /api/v1/rounds/{rid}/reranks", "a ranking rule and a reason; tie-breaks name criteria"),
			Map.entry("POST /manage/rounds/{rid}/rubric", "parts and criteria by code"),
			Map.entry("POST /manage/rounds/{rid}/assign", "none"), Map.entry("POST /manage/rounds/{rid}/start", "none"),
			Map.entry("POST /manage/rounds/{rid}/advance", "none"),
			Map.entry("POST /manage/contests/{id}/awards/tiers/{tierId}/delete", "none"),
			Map.entry("POST /manage/contests/{id}/awards/publish", "numbers of awards and weights"),
			Map.entry("POST /manage/contests/{id}/awards/finalise", "none"),
			Map.entry("POST /manage/contests/{id}/awards/{awardId}/revoke", "a reason"),
			Map.entry("POST /api/v1/auth/token", "public: a user name and password"),
			Map.entry("DELETE /api/v1/auth/token", "the bearer token presented"),
			Map.entry("POST /api/v1/members/{id}/reveal", "the name of a field"),
			Map.entry("POST /api/v1/join-applications", "public: anyone may ask to join any union"),
			Map.entry("POST /api/v1/join-applications/status", "public: the applicant's own ID number and phone"),
			Map.entry("POST /api/v1/join-applications/{id}/approve", "none"),
			Map.entry("POST /api/v1/join-applications/{id}/reject", "a reason"),
			Map.entry("POST /api/v1/transfers/{id}/approve", "none"),
			Map.entry("POST /api/v1/transfers/{id}/reject", "a note"),
			Map.entry("POST /api/v1/contests/{id}/status", "a status"),
			Map.entry("POST /api/v1/contests/{id}/registration/close", "none"),
			Map.entry("POST /api/v1/contests/{id}/tracks", "a track's form names no records"),
			Map.entry("POST /api/v1/entries/{id}/accept", "none"),
			Map.entry("POST /api/v1/entries/{id}/decline", "none"),
			Map.entry("POST /api/v1/entries/{id}/leave", "none"),
			Map.entry("POST /api/v1/entries/{id}/confirm", "none"),
			Map.entry("POST /api/v1/entries/{id}/withdraw", "none"),
			Map.entry("POST /api/v1/entries/{id}/submissions", "texts and files"),
			Map.entry("PUT /api/v1/rounds/{rid}/settings", "settings; tie-breaks name criteria of the round's rubric"),
			Map.entry("PUT /api/v1/rounds/{rid}/rubric", "parts and criteria by code"),
			Map.entry("POST /api/v1/contests/{id}/rounds/{rid}/assignments", "none"),
			Map.entry("POST /api/v1/rounds/{rid}/scoring", "none"),
			Map.entry("POST /api/v1/rounds/{rid}/advance", "a flag"),
			Map.entry("POST /api/v1/contests/{id}/awards", "numbers of awards and weights"),
			Map.entry("POST /api/v1/contests/{id}/awards/finalise", "none"),
			Map.entry("POST /api/v1/contests/{id}/awards/{awardId}/revoke", "a reason"));

	/** Endpoints that take a file: the probe's body is sent as the file. */
	static final Map<String, String> MULTIPART = Map.of("POST /api/v1/imports/members", "file",
			"POST /manage/entries/import", "file", "POST /api/v1/contests/{id}/entries/import", "file",
			"POST /entries/{id}/submissions", "file.proposal", "POST /api/v1/entries/{id}/submissions", "file.proposal",
			"POST /manage/rounds/{rid}/import", "file", "POST /api/v1/rounds/{rid}/parts/{code}/scores", "file");

	/** Endpoints anyone may call. */
	static final Set<String> PUBLIC = Set.of("GET /login", "POST /api/v1/auth/token", "POST /api/v1/join-applications",
			"POST /api/v1/join-applications/status", "GET /join", "GET /join/{orgId}", "POST /join/{orgId}",
			"GET /join/submitted", "GET /join/status", "POST /join/status", "GET /member/activate",
			"POST /member/activate", "GET /contests", "GET /contests/{id}", "GET /certificates", "GET /certificates/{number}",
			"GET /contests/{id}/results", "GET /contests/{id}/cases", "GET /contests/{id}/cases.pdf",
			"GET /api/v1/certificates/{number}/verify");

	@Test
	void everyEndpointOfJiangxinIsProbed() {
		Set<String> probed = new TreeSet<>();
		probes().forEach(probe -> probed.add(probe.method() + " " + probe.pattern()));
		probed.add("GET /login");
		Set<String> registered = new TreeSet<>();
		for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mappings.getHandlerMethods().entrySet()) {
			if (!entry.getValue().getBeanType().getPackageName().startsWith("cn.jiangxin")) {
				continue;
			}
			RequestMappingInfo info = entry.getKey();
			for (String pattern : info.getPatternValues()) {
				for (var method : info.getMethodsCondition().getMethods()) {
					registered.add(method.name() + " " + pattern);
				}
			}
		}
		assertThat(probed).as("every endpoint has a scope probe").containsAll(registered);
		assertThat(registered).as("every probe still matches an endpoint").containsAll(probed);
	}

	/** An anonymous caller is asked to sign in, whether or not a write carries a CSRF token. */
	@Test
	void anonymousCallersAreSentToSignInOrRefused() throws Exception {
		for (Probe probe : probes()) {
			String key = probe.method() + " " + probe.pattern();
			if (PUBLIC.contains(key)) {
				continue;
			}
			List<MvcResult> results = new ArrayList<>();
			results.add(mvc.perform(request(probe).with(csrf())).andReturn());
			if (probe.method() != HttpMethod.GET) {
				results.add(mvc.perform(request(probe)).andReturn());
			}
			for (MvcResult result : results) {
				int status = result.getResponse().getStatus();
				if (probe.pattern().startsWith("/api/")) {
					assertThat(status).as(key).isEqualTo(401);
					assertThat(result.getResponse().getContentType()).as(key).startsWith("application/problem+json");
				}
				else {
					assertThat(status).as(key).isEqualTo(302);
					assertThat(result.getResponse().getRedirectedUrl()).as(key).endsWith("/login");
				}
			}
		}
	}

	@Test
	void theJingkaiAdminCannotReachIntoTheFinanceSubtree() throws Exception {
		Map<String, Integer> outcomes = new LinkedHashMap<>();
		for (Probe probe : probes()) {
			String key = probe.method() + " " + probe.pattern();
			MvcResult result = mvc.perform(request(probe).with(csrf()).with(logins.as(Demo.JINGKAI_ADMIN))).andReturn();
			int status = result.getResponse().getStatus();
			outcomes.put(key, status);
			String body = result.getResponse().getContentAsString();
			switch (probe.outsider()) {
				case REFUSED, MEMBER_ONLY -> assertThat(status).as(key).isIn(403, 404);
				case FILTERED -> {
					assertThat(status).as(key).isEqualTo(200);
					assertThat(body).as(key).doesNotContain(probe.secret()).doesNotContain("/orgs/" + ids.bank() + "\"");
				}
				case OWN -> assertThat(status).as(key).isLessThan(500);
				case REJECTED -> {
					if (probe.pattern().startsWith("/api/")) {
						assertThat(status).as(key).isIn(400, 403, 404);
					}
					else {
						assertThat(status).as(key).isIn(200, 403, 404);
						if (status == 200) {
							assertThat(body).as(key).containsAnyOf("is-invalid", "role=\"alert\"");
						}
					}
				}
			}
		}
		assertThat(outcomes).isNotEmpty();
	}

	@Test
	void theCityAdminReadsWhatTheJingkaiAdminCannot() throws Exception {
		for (Probe probe : probes()) {
			if (probe.method() != HttpMethod.GET || probe.outsider() == Outsider.OWN
					|| probe.outsider() == Outsider.MEMBER_ONLY) {
				continue;
			}
			String key = probe.method() + " " + probe.pattern();
			MvcResult result = mvc.perform(request(probe).with(logins.as(Demo.CITY_ADMIN))).andReturn();
			assertThat(result.getResponse().getStatus()).as(key).isEqualTo(200);
			if (probe.outsider() == Outsider.FILTERED) {
				assertThat(result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8)).as(key)
					.contains(probe.secret());
			}
		}
	}

	@Test
	void everyWriteIsProbedWithIdsOutOfReachInItsBody() {
		Set<String> writes = new TreeSet<>();
		for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mappings.getHandlerMethods().entrySet()) {
			if (!entry.getValue().getBeanType().getPackageName().startsWith("cn.jiangxin")) {
				continue;
			}
			for (String pattern : entry.getKey().getPatternValues()) {
				for (RequestMethod method : entry.getKey().getMethodsCondition().getMethods()) {
					if (method != RequestMethod.GET) {
						writes.add(method.name() + " " + pattern);
					}
				}
			}
		}
		Set<String> covered = new TreeSet<>(NO_IDS_IN_BODY.keySet());
		bodyProbes().forEach(probe -> covered.add(probe.method() + " " + probe.pattern()));
		assertThat(covered).as("every write has a body probe or says why it needs none").containsAll(writes);
		assertThat(writes).as("every body probe still matches a write").containsAll(covered);
		assertThat(bodyProbes()).allSatisfy(probe -> assertThat(NO_IDS_IN_BODY)
			.as(probe.method() + " " + probe.pattern() + " is probed, so it takes ids")
			.doesNotContainKey(probe.method() + " " + probe.pattern()));
	}

	@Test
	void writesAimedInReachWithIdsOutOfReachInTheirBodyAreRefusedAndChangeNothing() throws Exception {
		Reach reach = fixtures.inJingkai();
		SoftAssertions softly = new SoftAssertions();
		for (BodyProbe probe : bodyProbes()) {
			String key = probe.method() + " " + probe.pattern() + " (" + probe.field() + ")";
			String caller = switch (probe.caller()) {
				case ADMIN -> Demo.JINGKAI_ADMIN;
				case JUDGE -> Fixtures.JINGKAI_JUDGE;
				case MEMBER -> reach.freeCard();
			};
			long before = auditRowsBy(caller);
			MvcResult result = mvc.perform(request(probe, reach).with(csrf()).with(logins.as(caller))).andReturn();
			int status = result.getResponse().getStatus();
			String body = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
			if (probe.pattern().startsWith("/api/")) {
				softly.assertThat(status).as(key + ": " + body).isIn(400, 403, 404);
				if (status == 400 && probe.field() != null) {
					softly.assertThat(body).as(key).contains("\"field\":\"" + probe.field() + "\"");
				}
			}
			else if (status == 200) {
				BindingResult form = formOf(result);
				if (probe.field() == null) {
					softly.assertThat(form != null || body.contains("role=\"alert\""))
						.as(key + " shows the error")
						.isTrue();
				}
				else {
					softly.assertThat(form).as(key + " shows its form again with the error").isNotNull();
					if (form != null) {
						softly.assertThat(form.hasFieldErrors(probe.field()))
							.as(key + ": " + form.getAllErrors())
							.isTrue();
					}
				}
			}
			else if (status == 302) {
				softly.assertThat(result.getFlashMap().get("failure")).as(key + " says why it failed").isNotNull();
			}
			else {
				softly.assertThat(status).as(key).isIn(403, 404);
			}
			softly.assertThat(auditRowsBy(caller)).as(key + " changes nothing").isEqualTo(before);
		}
		softly.assertAll();
	}

	@Test
	void theJingkaiAdminReachesTheRecordsTheBodyProbesAimAt() throws Exception {
		Reach reach = fixtures.inJingkai();
		for (String url : List.of("/orgs/" + reach.org(), "/accounts/" + reach.account(), "/members/" + reach.member(),
				"/manage/contests/" + reach.draftContest(), "/manage/contests/" + reach.openContest(),
				"/entries/" + reach.entry(), "/manage/rounds/" + reach.round(),
				"/manage/contests/" + reach.judgingContest() + "/awards")) {
			assertThat(mvc.perform(MockMvcRequestBuilders.get(url).with(logins.as(Demo.JINGKAI_ADMIN)))
				.andReturn()
				.getResponse()
				.getStatus()).as(url).isEqualTo(200);
		}
	}

	private long auditRowsBy(String username) {
		return jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE actor_name = ?")
			.param(username)
			.query(Long.class)
			.single();
	}

	/** The form a page showed again, if it did. */
	private static BindingResult formOf(MvcResult result) {
		if (result.getModelAndView() == null) {
			return null;
		}
		return result.getModelAndView()
			.getModel()
			.values()
			.stream()
			.filter(BindingResult.class::isInstance)
			.map(BindingResult.class::cast)
			.filter(BindingResult::hasErrors)
			.findFirst()
			.orElse(null);
	}

	private AbstractMockHttpServletRequestBuilder<?> request(BodyProbe probe, Reach reach) {
		String url = probe.url().apply(reach, ids);
		String content = probe.body() == null ? null : probe.body().apply(reach, ids);
		String part = MULTIPART.get(probe.method() + " " + probe.pattern());
		AbstractMockHttpServletRequestBuilder<?> builder;
		if (part != null) {
			builder = MockMvcRequestBuilders.multipart(url)
				.file(new MockMultipartFile(part, "upload.csv", "text/csv",
						(content == null ? "姓名,证件号码,就业类型\n" : content).getBytes(StandardCharsets.UTF_8)));
		}
		else {
			builder = MockMvcRequestBuilders.request(probe.method(), url);
			if (content != null) {
				builder.contentType(MediaType.APPLICATION_JSON).content(content);
			}
		}
		builder.with(request -> {
			request.setRemoteAddr(cn.jiangxin.support.People.clientAddress());
			return request;
		});
		return builder;
	}

	private AbstractMockHttpServletRequestBuilder<?> request(Probe probe) {
		String part = MULTIPART.get(probe.method() + " " + probe.pattern());
		AbstractMockHttpServletRequestBuilder<?> builder;
		if (part != null) {
			String content = probe.body() == null ? "姓名,证件号码,就业类型\n" : fill(probe.body());
			builder = MockMvcRequestBuilders.multipart(probe.url().apply(ids))
				.file(new org.springframework.mock.web.MockMultipartFile(part, "upload.csv", "text/csv",
						content.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
		}
		else {
			builder = MockMvcRequestBuilders.request(probe.method(), probe.url().apply(ids));
			if (probe.body() != null) {
				builder.contentType(MediaType.APPLICATION_JSON).content(fill(probe.body()));
			}
		}
		builder.with(request -> {
			request.setRemoteAddr(cn.jiangxin.support.People.clientAddress());
			return request;
		});
		return builder;
	}

	/** The probe body with the fixture's ids in place of MEMBER, CARD, TRACK, FINANCE and %d (the finance union). */
	private String fill(String body) {
		return body.replace("MEMBER", String.valueOf(ids.member()))
			.replace("CARD", ids.memberCard())
			.replace("TRACK", String.valueOf(ids.openTrack()))
			.replace("FINANCE", String.valueOf(ids.finance()))
			.replace("%d", String.valueOf(ids.finance()));
	}

	private static Probe get(String pattern, Function<Ids, String> url, Outsider outsider) {
		return new Probe(HttpMethod.GET, pattern, url, null, outsider);
	}

	private static Probe post(String pattern, Function<Ids, String> url, String body, Outsider outsider) {
		return new Probe(HttpMethod.POST, pattern, url, body, outsider);
	}

	private static BodyProbe admin(HttpMethod method, String pattern, BiFunction<Reach, Ids, String> url,
			String field) {
		return new BodyProbe(method, pattern, Caller.ADMIN, url, null, field);
	}

	private static BodyProbe api(HttpMethod method, String pattern, BiFunction<Reach, Ids, String> url,
			BiFunction<Reach, Ids, String> body, String field) {
		return new BodyProbe(method, pattern, Caller.ADMIN, url, body, field);
	}

	/** A contest's basics as JSON, with a scope and one host. */
	private static String contest(long scopeOrgId, long hostOrgId) {
		return """
				{"kind": "SKILLS", "title": "越权赛事", "scopeOrgId": %d, "opensAt": "2026-01-01T00:00:00Z",
				 "closesAt": "2099-01-01T00:00:00Z", "hostOrgIds": [%d]}""".formatted(scopeOrgId, hostOrgId);
	}

}
