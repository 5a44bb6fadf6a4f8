package cn.jiangxin.contest;

import static cn.jiangxin.support.ScopeProbes.BodyProbe.admin;
import static cn.jiangxin.support.ScopeProbes.BodyProbe.api;
import static cn.jiangxin.support.ScopeProbes.Probe.get;
import static cn.jiangxin.support.ScopeProbes.Probe.post;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpMethod;

import cn.jiangxin.shared.Actor;
import cn.jiangxin.support.Demo;
import cn.jiangxin.support.DemoOrgs;
import cn.jiangxin.support.Logins;
import cn.jiangxin.support.ScopeProbes;
import cn.jiangxin.support.Targets;
import cn.jiangxin.contest.internal.ContestSetup;

/**
 * The contests' endpoints in the scope walk (the portal, organisers' pages, a unit's
 * entries, an entry's pages and the API), and the contests they aim at: in finance a
 * draft, an open contest with an entry and its file, and one judged to its end; in 经开区 a
 * draft, an open contest with a team entry and one in judging.
 */
@TestComponent
@Order(50)
class ContestScopeProbes implements ScopeProbes {

	/** A finance contest still in draft: only its organisers may see it. */
	public static final String DRAFT_CONTEST = "金融工会筹备中的竞赛";

	/**
	 * An open finance contest anyone may see, and the entry a finance member has in it.
	 */
	public static final String OPEN_CONTEST = "金融工会公开竞赛";

	public static final String ENTRY_TITLE = "工行金融科技队";

	/**
	 * A finance contest judged to its end and on notice, with its expert, award and
	 * certificate.
	 */
	public static final String JUDGED_CONTEST = "金融工会评审完毕的竞赛";

	private final DemoOrgs orgs;

	private final ContestApi contests;

	private final ContestSetup setup;

	private final Logins logins;

	ContestScopeProbes(DemoOrgs orgs, ContestApi contests, Logins logins, ContestSetup setup) {
		this.setup = setup;
		this.orgs = orgs;
		this.contests = contests;
		this.logins = logins;
	}

	@Override
	public List<Probe> probes() {
		List<Probe> probes = new ArrayList<>();
		// Contests: the public portal, organisers' pages, a unit's entries, an entry's
		// pages
		probes.add(get("/contests", i -> "/contests", Outsider.OWN));
		probes.add(get("/contests/{id}", i -> "/contests/" + i.id("draftContest"), Outsider.REFUSED));
		probes
			.add(get("/contests/{id}/enter", i -> "/contests/" + i.id("openContest") + "/enter", Outsider.MEMBER_ONLY));
		probes.add(post("/contests/{id}/enter",
				i -> "/contests/" + i.id("openContest") + "/enter?trackId=" + i.id("openTrack"), null,
				Outsider.MEMBER_ONLY));
		probes.add(get("/me/entries", i -> "/me/entries", Outsider.MEMBER_ONLY));
		probes.add(get("/manage/contests", i -> "/manage/contests", Outsider.FILTERED).hiding(OPEN_CONTEST));
		probes.add(get("/manage/contests/parties", i -> "/manage/contests/parties?pickerQ=金融", Outsider.OWN));
		probes.add(get("/manage/contests/new", i -> "/manage/contests/new", Outsider.OWN));
		probes.add(post("/manage/contests/new",
				i -> "/manage/contests/new?kind=SKILLS&title=越权赛事&scopeOrgId=" + i.id("finance")
						+ "&opensAt=2026-01-01T09:00&closesAt=2099-01-01T09:00&hostOrgIds=" + i.id("finance"),
				null, Outsider.REFUSED));
		probes.add(get("/manage/contests/{id}", i -> "/manage/contests/" + i.id("draftContest"), Outsider.REFUSED));
		probes.add(get("/manage/contests/{id}/edit", i -> "/manage/contests/" + i.id("draftContest") + "/edit",
				Outsider.REFUSED));
		probes.add(post("/manage/contests/{id}/edit",
				i -> "/manage/contests/" + i.id("draftContest") + "/edit?kind=SKILLS&title=改名&scopeOrgId="
						+ i.id("finance") + "&opensAt=2026-01-01T09:00&closesAt=2099-01-01T09:00&hostOrgIds="
						+ i.id("finance"),
				null, Outsider.REFUSED));
		probes.add(post("/manage/contests/{id}/status",
				i -> "/manage/contests/" + i.id("draftContest") + "/status?target=OPEN", null, Outsider.REFUSED));
		probes.add(post("/manage/contests/{id}/registration/close",
				i -> "/manage/contests/" + i.id("openContest") + "/registration/close", null, Outsider.REFUSED));
		probes.add(get("/manage/contests/{id}/tracks/new",
				i -> "/manage/contests/" + i.id("draftContest") + "/tracks/new", Outsider.REFUSED));
		probes.add(post("/manage/contests/{id}/tracks/new",
				i -> "/manage/contests/" + i.id("draftContest") + "/tracks/new?name=越权赛道&entryKind=INDIVIDUAL", null,
				Outsider.REFUSED));
		probes.add(get("/manage/contests/{id}/tracks/{trackId}/edit",
				i -> "/manage/contests/" + i.id("draftContest") + "/tracks/" + i.id("draftTrack") + "/edit",
				Outsider.REFUSED));
		probes.add(post(
				"/manage/contests/{id}/tracks/{trackId}/edit", i -> "/manage/contests/" + i.id("draftContest")
						+ "/tracks/" + i.id("draftTrack") + "/edit?name=改名&entryKind=INDIVIDUAL",
				null, Outsider.REFUSED));
		probes.add(post("/manage/contests/{id}/tracks/{trackId}/delete",
				i -> "/manage/contests/" + i.id("draftContest") + "/tracks/" + i.id("draftTrack") + "/delete", null,
				Outsider.REFUSED));
		probes.add(get("/manage/contests/{id}/rounds/new",
				i -> "/manage/contests/" + i.id("draftContest") + "/rounds/new", Outsider.REFUSED));
		probes.add(post("/manage/contests/{id}/rounds/new",
				i -> "/manage/contests/" + i.id("draftContest")
						+ "/rounds/new?ordinal=2&name=复赛&format=MATERIAL_REVIEW&advancement=NONE",
				null, Outsider.REFUSED));
		probes.add(get("/manage/contests/{id}/rounds/{roundId}/edit",
				i -> "/manage/contests/" + i.id("draftContest") + "/rounds/" + i.id("draftRound") + "/edit",
				Outsider.REFUSED));
		probes
			.add(post("/manage/contests/{id}/rounds/{roundId}/edit",
					i -> "/manage/contests/" + i.id("draftContest") + "/rounds/" + i.id("draftRound")
							+ "/edit?ordinal=1&name=改名&format=MATERIAL_REVIEW&advancement=NONE",
					null, Outsider.REFUSED));
		probes.add(post("/manage/contests/{id}/rounds/{roundId}/delete",
				i -> "/manage/contests/" + i.id("draftContest") + "/rounds/" + i.id("draftRound") + "/delete", null,
				Outsider.REFUSED));
		probes.add(get("/manage/contests/{id}/dashboard", i -> "/manage/contests/" + i.id("openContest") + "/dashboard",
				Outsider.REFUSED));
		probes.add(get("/manage/contests/{id}/entries", i -> "/manage/contests/" + i.id("openContest") + "/entries",
				Outsider.REFUSED));
		probes.add(get("/manage/entries", i -> "/manage/entries", Outsider.FILTERED).hiding(ENTRY_TITLE));
		probes.add(get("/manage/entries/new", i -> "/manage/entries/new?contest=" + i.id("openContest"), Outsider.OWN));
		probes.add(post("/manage/entries/new", i -> "/manage/entries/new?contest=" + i.id("openContest") + "&trackId="
				+ i.id("openTrack") + "&leaderCardNo=" + i.text("memberCard"), null, Outsider.REJECTED));
		probes.add(get("/manage/entries/import", i -> "/manage/entries/import?contest=" + i.id("openContest"),
				Outsider.OWN));
		probes.add(post("/manage/entries/import", i -> "/manage/entries/import?contest=" + i.id("openContest"),
				"赛道,作品/队伍名称,负责人会员卡号\n金融科技赛道,,CARD\n", Outsider.REJECTED));
		probes.add(get("/manage/entries/template.xlsx",
				i -> "/manage/entries/template.xlsx?contest=" + i.id("openContest"), Outsider.OWN));
		probes.add(get("/entries/{id}", i -> "/entries/" + i.id("entry"), Outsider.REFUSED));
		probes.add(post("/entries/{id}/invite",
				i -> "/entries/" + i.id("entry") + "/invite?invitee=" + i.text("memberCard"), null, Outsider.REFUSED));
		probes.add(post("/entries/{id}/invitations/{memberId}/cancel",
				i -> "/entries/" + i.id("entry") + "/invitations/" + i.id("member") + "/cancel", null,
				Outsider.REFUSED));
		probes.add(
				post("/entries/{id}/accept", i -> "/entries/" + i.id("entry") + "/accept", null, Outsider.MEMBER_ONLY));
		probes.add(post("/entries/{id}/decline", i -> "/entries/" + i.id("entry") + "/decline", null,
				Outsider.MEMBER_ONLY));
		probes
			.add(post("/entries/{id}/leave", i -> "/entries/" + i.id("entry") + "/leave", null, Outsider.MEMBER_ONLY));
		probes.add(post("/entries/{id}/lead", i -> "/entries/" + i.id("entry") + "/lead?memberId=" + i.id("member"),
				null, Outsider.REFUSED));
		probes.add(post("/entries/{id}/rename", i -> "/entries/" + i.id("entry") + "/rename?title=改名", null,
				Outsider.REFUSED));
		probes.add(
				post("/entries/{id}/withdraw", i -> "/entries/" + i.id("entry") + "/withdraw", null, Outsider.REFUSED));
		probes
			.add(post("/entries/{id}/confirm", i -> "/entries/" + i.id("entry") + "/confirm", null, Outsider.REFUSED));
		probes.add(post("/entries/{id}/unconfirm", i -> "/entries/" + i.id("entry") + "/unconfirm", null,
				Outsider.REFUSED));
		probes.add(post("/entries/{id}/submissions", i -> "/entries/" + i.id("entry") + "/submissions", "%PDF-1.4\n",
				Outsider.REFUSED));
		probes.add(get("/entries/{id}/files/{itemId}", i -> "/entries/" + i.id("entry") + "/files/" + i.id("fileItem"),
				Outsider.REFUSED));
		probes.add(get("/api/v1/contests", i -> "/api/v1/contests?q=金融工会", Outsider.FILTERED).hiding(DRAFT_CONTEST));
		probes.add(post("/api/v1/contests", i -> "/api/v1/contests", """
				{"kind": "SKILLS", "title": "越权赛事", "scopeOrgId": %d, "opensAt": "2026-01-01T00:00:00Z",
				 "closesAt": "2099-01-01T00:00:00Z", "hostOrgIds": [%d]}""".replace("%d", "FINANCE"),
				Outsider.REFUSED));
		probes.add(get("/api/v1/contests/{id}", i -> "/api/v1/contests/" + i.id("draftContest"), Outsider.REFUSED));
		probes.add(new Probe(HttpMethod.PUT, "/api/v1/contests/{id}", i -> "/api/v1/contests/" + i.id("draftContest"),
				"""
						{"version": 0, "contest": {"kind": "SKILLS", "title": "改名", "scopeOrgId": FINANCE,
						 "opensAt": "2026-01-01T00:00:00Z", "closesAt": "2099-01-01T00:00:00Z", "hostOrgIds": [FINANCE]}}""",
				Outsider.REFUSED));
		probes.add(post("/api/v1/contests/{id}/status", i -> "/api/v1/contests/" + i.id("draftContest") + "/status",
				"{\"target\": \"OPEN\"}", Outsider.REFUSED));
		probes.add(post("/api/v1/contests/{id}/registration/close",
				i -> "/api/v1/contests/" + i.id("openContest") + "/registration/close", null, Outsider.REFUSED));
		probes.add(get("/api/v1/contests/{id}/tracks", i -> "/api/v1/contests/" + i.id("draftContest") + "/tracks",
				Outsider.REFUSED));
		probes.add(post("/api/v1/contests/{id}/tracks", i -> "/api/v1/contests/" + i.id("draftContest") + "/tracks",
				"{\"name\": \"越权赛道\", \"entryKind\": \"INDIVIDUAL\"}", Outsider.REFUSED));
		probes.add(get("/api/v1/contests/{id}/rounds", i -> "/api/v1/contests/" + i.id("draftContest") + "/rounds",
				Outsider.REFUSED));
		probes.add(post("/api/v1/contests/{id}/rounds", i -> "/api/v1/contests/" + i.id("draftContest") + "/rounds",
				"{\"ordinal\": 5, \"name\": \"加赛\", \"format\": \"MATERIAL_REVIEW\", \"advancement\": \"NONE\"}",
				Outsider.REFUSED));
		probes.add(get("/api/v1/contests/{id}/entries", i -> "/api/v1/contests/" + i.id("openContest") + "/entries",
				Outsider.FILTERED)
			.hiding(ENTRY_TITLE));
		probes.add(post("/api/v1/contests/{id}/entries", i -> "/api/v1/contests/" + i.id("openContest") + "/entries",
				"{\"trackId\": TRACK, \"leaderCardNo\": \"CARD\"}", Outsider.REJECTED));
		probes.add(post("/api/v1/contests/{id}/entries/import",
				i -> "/api/v1/contests/" + i.id("openContest") + "/entries/import",
				"赛道,作品/队伍名称,负责人会员卡号\n金融科技赛道,,CARD\n", Outsider.REJECTED));
		probes.add(get("/api/v1/entries/{id}", i -> "/api/v1/entries/" + i.id("entry"), Outsider.REFUSED));
		probes.add(post("/api/v1/entries/{id}/invitations", i -> "/api/v1/entries/" + i.id("entry") + "/invitations",
				"{\"invitee\": \"CARD\"}", Outsider.REFUSED));
		probes.add(post("/api/v1/entries/{id}/accept", i -> "/api/v1/entries/" + i.id("entry") + "/accept", null,
				Outsider.MEMBER_ONLY));
		probes.add(post("/api/v1/entries/{id}/decline", i -> "/api/v1/entries/" + i.id("entry") + "/decline", null,
				Outsider.MEMBER_ONLY));
		probes.add(post("/api/v1/entries/{id}/leave", i -> "/api/v1/entries/" + i.id("entry") + "/leave", null,
				Outsider.MEMBER_ONLY));
		probes.add(post("/api/v1/entries/{id}/confirm", i -> "/api/v1/entries/" + i.id("entry") + "/confirm", null,
				Outsider.REFUSED));
		probes.add(post("/api/v1/entries/{id}/withdraw", i -> "/api/v1/entries/" + i.id("entry") + "/withdraw", null,
				Outsider.REFUSED));
		probes.add(get("/api/v1/entries/{id}/submissions", i -> "/api/v1/entries/" + i.id("entry") + "/submissions",
				Outsider.REFUSED));
		probes.add(post("/api/v1/entries/{id}/submissions", i -> "/api/v1/entries/" + i.id("entry") + "/submissions",
				"%PDF-1.4\n", Outsider.REFUSED));
		return probes;
	}

	@Override
	public List<BodyProbe> bodyProbes() {
		List<BodyProbe> probes = new ArrayList<>();
		// Contests: the scope must be in reach, and among the hosts at least one; tracks
		// and rounds of the contest
		probes.add(admin(HttpMethod.POST, "/manage/contests/new",
				(j, i) -> "/manage/contests/new?kind=SKILLS&title=越权赛事&scopeOrgId=" + i.id("finance")
						+ "&opensAt=2026-01-01T09:00&closesAt=2099-01-01T09:00&hostOrgIds=" + j.id("jingkai"),
				"scopeOrgId"));
		probes.add(admin(HttpMethod.POST, "/manage/contests/new",
				(j, i) -> "/manage/contests/new?kind=SKILLS&title=越权赛事&scopeOrgId=" + j.id("jingkai")
						+ "&opensAt=2026-01-01T09:00&closesAt=2099-01-01T09:00&hostOrgIds=" + i.id("finance"),
				"hostOrgIds"));
		probes.add(admin(HttpMethod.POST, "/manage/contests/{id}/edit",
				(j, i) -> "/manage/contests/" + j.id("draftContest") + "/edit?kind=SKILLS&title=改名&scopeOrgId="
						+ i.id("finance") + "&opensAt=2026-01-01T09:00&closesAt=2099-01-01T09:00&hostOrgIds="
						+ j.id("jingkai"),
				"scopeOrgId"));
		probes.add(admin(HttpMethod.POST, "/manage/contests/{id}/edit",
				(j, i) -> "/manage/contests/" + j.id("draftContest") + "/edit?kind=SKILLS&title=改名&scopeOrgId="
						+ j.id("jingkai") + "&opensAt=2026-01-01T09:00&closesAt=2099-01-01T09:00&hostOrgIds="
						+ i.id("finance"),
				"hostOrgIds"));
		probes.add(
				admin(HttpMethod.POST, "/manage/contests/{id}/rounds/new",
						(j, i) -> "/manage/contests/" + j.id("draftContest") + "/rounds/new?trackId="
								+ i.id("draftTrack") + "&ordinal=2&name=复赛&format=MATERIAL_REVIEW&advancement=NONE",
						"trackId"));
		probes.add(admin(HttpMethod.POST, "/manage/contests/{id}/rounds/{roundId}/edit",
				(j, i) -> "/manage/contests/" + j.id("draftContest") + "/rounds/" + j.id("draftRound")
						+ "/edit?trackId=" + i.id("draftTrack")
						+ "&ordinal=1&name=初赛&format=MATERIAL_REVIEW&advancement=NONE",
				"trackId"));
		probes.add(api(HttpMethod.POST, "/api/v1/contests", (j, i) -> "/api/v1/contests",
				(j, i) -> contest(i.id("finance"), j.id("jingkai")), "scopeOrgId"));
		probes.add(api(HttpMethod.POST, "/api/v1/contests", (j, i) -> "/api/v1/contests",
				(j, i) -> contest(j.id("jingkai"), i.id("finance")), "hostOrgIds"));
		probes.add(api(HttpMethod.PUT, "/api/v1/contests/{id}", (j, i) -> "/api/v1/contests/" + j.id("draftContest"),
				(j, i) -> "{\"version\": 0, \"contest\": " + contest(i.id("finance"), j.id("jingkai")) + "}",
				"scopeOrgId"));
		probes.add(api(HttpMethod.PUT, "/api/v1/contests/{id}", (j, i) -> "/api/v1/contests/" + j.id("draftContest"),
				(j, i) -> "{\"version\": 0, \"contest\": " + contest(j.id("jingkai"), i.id("finance")) + "}",
				"hostOrgIds"));
		probes.add(api(HttpMethod.POST, "/api/v1/contests/{id}/rounds",
				(j, i) -> "/api/v1/contests/" + j.id("draftContest") + "/rounds",
				(j, i) -> """
						{"trackId": %d, "ordinal": 5, "name": "加赛", "format": "MATERIAL_REVIEW", "advancement": "NONE"}"""
					.formatted(i.id("draftTrack")),
				"trackId"));
		// Entries: a unit's admin registers their own members; a track of the contest;
		// team members by card
		probes.add(admin(HttpMethod.POST, "/manage/entries/new",
				(j, i) -> "/manage/entries/new?contest=" + j.id("openContest") + "&trackId=" + j.id("openTrack")
						+ "&title=越权队&leaderCardNo=" + i.text("memberCard") + "&teamCardNos=" + j.text("freeCard"),
				"leaderCardNo"));
		probes.add(admin(HttpMethod.POST, "/manage/entries/new",
				(j, i) -> "/manage/entries/new?contest=" + j.id("openContest") + "&trackId=" + j.id("openTrack")
						+ "&title=越权队&leaderCardNo=" + j.text("freeCard") + "&teamCardNos=" + i.text("memberCard"),
				"teamCardNos"));
		probes.add(admin(
				HttpMethod.POST, "/manage/entries/new", (j, i) -> "/manage/entries/new?contest=" + j.id("openContest")
						+ "&trackId=" + i.id("openTrack") + "&title=越权队&leaderCardNo=" + j.text("freeCard"),
				"trackId"));
		probes.add(new BodyProbe(HttpMethod.POST, "/manage/entries/import", Caller.ADMIN,
				(j, i) -> "/manage/entries/import?contest=" + j.id("openContest"),
				(j, i) -> "赛道,作品/队伍名称,负责人会员卡号\n经开区团体赛道,越权队," + i.text("memberCard") + "\n", null));
		probes.add(admin(HttpMethod.POST, "/entries/{id}/invite",
				(j, i) -> "/entries/" + j.id("entry") + "/invite?invitee=" + i.text("memberCard"), "invitee"));
		probes.add(admin(HttpMethod.POST, "/entries/{id}/lead",
				(j, i) -> "/entries/" + j.id("entry") + "/lead?memberId=" + i.id("member"), "memberId"));
		probes.add(new BodyProbe(HttpMethod.POST, "/contests/{id}/enter", Caller.MEMBER,
				(j, i) -> "/contests/" + j.id("openContest") + "/enter?trackId=" + i.id("openTrack"), null, "trackId"));
		probes.add(api(HttpMethod.POST, "/api/v1/contests/{id}/entries",
				(j, i) -> "/api/v1/contests/" + j.id("openContest") + "/entries", (j, i) -> """
						{"trackId": %d, "title": "越权队", "leaderCardNo": "%s", "teamCardNos": ["%s"]}"""
					.formatted(j.id("openTrack"), i.text("memberCard"), j.text("freeCard")),
				"leaderCardNo"));
		probes.add(api(HttpMethod.POST, "/api/v1/contests/{id}/entries",
				(j, i) -> "/api/v1/contests/" + j.id("openContest") + "/entries", (j, i) -> """
						{"trackId": %d, "title": "越权队", "leaderCardNo": "%s", "teamCardNos": ["%s"]}"""
					.formatted(j.id("openTrack"), j.text("freeCard"), i.text("memberCard")),
				"teamCardNos"));
		probes.add(api(HttpMethod.POST, "/api/v1/contests/{id}/entries",
				(j, i) -> "/api/v1/contests/" + j.id("openContest") + "/entries",
				(j, i) -> "{\"trackId\": %d, \"leaderCardNo\": \"%s\"}".formatted(i.id("openTrack"),
						j.text("freeCard")),
				"trackId"));
		probes.add(api(HttpMethod.POST, "/api/v1/contests/{id}/entries/import",
				(j, i) -> "/api/v1/contests/" + j.id("openContest") + "/entries/import",
				(j, i) -> "赛道,作品/队伍名称,负责人会员卡号\n经开区团体赛道,越权队," + i.text("memberCard") + "\n", null));
		probes.add(api(HttpMethod.POST, "/api/v1/entries/{id}/invitations",
				(j, i) -> "/api/v1/entries/" + j.id("entry") + "/invitations",
				(j, i) -> "{\"invitee\": \"%s\"}".formatted(i.text("memberCard")), "invitee"));
		return probes;
	}

	@Override
	public Map<String, String> noIdsInBody() {
		return Map.ofEntries(Map.entry("POST /manage/contests/{id}/status", "a status"),
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
				Map.entry("POST /api/v1/contests/{id}/status", "a status"),
				Map.entry("POST /api/v1/contests/{id}/registration/close", "none"),
				Map.entry("POST /api/v1/contests/{id}/tracks", "a track's form names no records"),
				Map.entry("POST /api/v1/entries/{id}/accept", "none"),
				Map.entry("POST /api/v1/entries/{id}/decline", "none"),
				Map.entry("POST /api/v1/entries/{id}/leave", "none"),
				Map.entry("POST /api/v1/entries/{id}/confirm", "none"),
				Map.entry("POST /api/v1/entries/{id}/withdraw", "none"),
				Map.entry("POST /api/v1/entries/{id}/submissions", "texts and files"));
	}

	@Override
	public Map<String, String> multipart() {
		return Map.of("POST /manage/entries/import", "file", "POST /api/v1/contests/{id}/entries/import", "file",
				"POST /entries/{id}/submissions", "file.proposal", "POST /api/v1/entries/{id}/submissions",
				"file.proposal");
	}

	@Override
	public Set<String> publicEndpoints() {
		return Set.of("GET /contests", "GET /contests/{id}");
	}

	@Override
	public void outOfReach(Targets finance) {
		Actor admin = logins.actor(Demo.FINANCE_ADMIN);
		long draft = contest(admin, DRAFT_CONTEST);
		finance.put("draftContest", draft)
			.put("draftTrack", contests.tracks(draft).get(0).id())
			.put("draftRound", setup.addRound(admin, draft, new RoundDraft(null, 1, "初赛", RoundFormat.MATERIAL_REVIEW,
					null, null, null, Advancement.NONE, null)));
		long open = contest(admin, OPEN_CONTEST);
		contests.advance(admin, open, ContestStatus.OPEN);
		long openTrack = contests.tracks(open).get(0).id();
		long entry = setup.register(admin, open,
				new EntryDraft(openTrack, ENTRY_TITLE, finance.id("member"), List.of(), true));
		submit(admin, entry);
		finance.put("openContest", open)
			.put("openTrack", openTrack)
			.put("entry", entry)
			.put("fileItem", contests.latestSubmission(entry).orElseThrow().item("proposal").orElseThrow().id());
		long judged = contest(admin, JUDGED_CONTEST);
		long judgedRound = setup.addRound(admin, judged,
				new RoundDraft(null, 1, "决赛", RoundFormat.MATERIAL_REVIEW, null, null, null, Advancement.NONE, null));
		contests.advance(admin, judged, ContestStatus.OPEN);
		long judgedEntry = setup.register(admin, judged,
				new EntryDraft(contests.tracks(judged).get(0).id(), "工行智能风控队", finance.id("entrant"), List.of(), true));
		submit(admin, judgedEntry);
		setup.confirm(admin, judgedEntry);
		contests.advance(admin, judged, ContestStatus.JUDGING);
		finance.put("judgedContest", judged)
			.put("judgedRound", judgedRound)
			.put("judgedEntry", judgedEntry)
			.put("judgedFile",
					contests.latestSubmission(judgedEntry).orElseThrow().item("proposal").orElseThrow().id());
	}

	@Override
	public void inReach(Targets jingkai) {
		Actor admin = logins.actor(Demo.JINGKAI_ADMIN);
		long jingkaiId = jingkai.id("jingkai");
		long draft = setup.create(admin, probeContest(jingkaiId, "经开区筹备中的探针竞赛"));
		jingkai.put("draftContest", draft)
			.put("draftTrack", setup.addTrack(admin, draft, TrackDraft.individual("经开区探针赛道")))
			.put("draftRound", setup.addRound(admin, draft, new RoundDraft(null, 1, "初赛", RoundFormat.MATERIAL_REVIEW,
					null, null, null, Advancement.NONE, null)));
		long open = setup.create(admin, probeContest(jingkaiId, "经开区报名中的探针竞赛"));
		long openTrack = setup.addTrack(admin, open, TrackDraft.team("经开区团体赛道", 2, 3));
		contests.advance(admin, open, ContestStatus.OPEN);
		jingkai.put("openContest", open)
			.put("openTrack", openTrack)
			.put("entry", setup.register(admin, open,
					new EntryDraft(openTrack, "经开区探针队", jingkai.id("member"), List.of(jingkai.id("mate")), true)));
		long judging = setup.create(admin, probeContest(jingkaiId, "经开区评审中的探针竞赛"));
		long judgingTrack = setup.addTrack(admin, judging, TrackDraft.individual("经开区评审赛道"));
		long round = setup.addRound(admin, judging,
				new RoundDraft(null, 1, "决赛", RoundFormat.MATERIAL_REVIEW, null, null, null, Advancement.NONE, null));
		contests.advance(admin, judging, ContestStatus.OPEN);
		long judgedEntry = setup.register(admin, judging,
				new EntryDraft(judgingTrack, "经开丁", jingkai.id("entrant"), List.of(), true));
		setup.confirm(admin, judgedEntry);
		contests.advance(admin, judging, ContestStatus.JUDGING);
		jingkai.put("judgingContest", judging).put("round", round).put("judgedEntry", judgedEntry);
	}

	private long contest(Actor admin, String title) {
		Instant now = Instant.now();
		long id = setup.create(admin,
				new ContestDraft(ContestKind.SKILLS, title, null, null, orgs.id(Demo.FINANCE),
						now.minus(Duration.ofDays(1)), Instant.parse("2100-01-01T00:00:00Z"),
						List.of(orgs.id(Demo.FINANCE)), List.of()));
		setup.addTrack(admin, id, TrackDraft.individual("金融科技赛道")
			.withRequirements(List.of(new RequirementDraft("proposal", "方案书", true, false, List.of("pdf"), 5, null))));
		return id;
	}

	private void submit(Actor admin, long entry) {
		setup.submit(admin, entry, new SubmissionDraft(Map.of(), List.of(new SubmissionDraft.FilePart("proposal",
				"方案.pdf", new ByteArrayResource("%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1))))));
	}

	private static ContestDraft probeContest(long jingkaiId, String title) {
		return new ContestDraft(ContestKind.SKILLS, title, null, null, jingkaiId,
				Instant.now().minus(Duration.ofDays(1)), Instant.parse("2100-01-01T00:00:00Z"), List.of(jingkaiId),
				List.of());
	}

	/** A contest's basics as JSON, with a scope and one host. */
	private static String contest(long scopeOrgId, long hostOrgId) {
		return """
				{"kind": "SKILLS", "title": "越权赛事", "scopeOrgId": %d, "opensAt": "2026-01-01T00:00:00Z",
				 "closesAt": "2099-01-01T00:00:00Z", "hostOrgIds": [%d]}""".formatted(scopeOrgId, hostOrgId);
	}

}
