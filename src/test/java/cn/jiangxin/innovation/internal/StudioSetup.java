package cn.jiangxin.innovation.internal;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.springframework.mock.web.MockMultipartFile;
import org.springframework.stereotype.Component;

import cn.jiangxin.innovation.AchievementKind;
import cn.jiangxin.innovation.StudioField;
import cn.jiangxin.innovation.StudioLevel;
import cn.jiangxin.shared.Actor;

/** Registers studios for tests in other packages, through the module's service. */
@Component
public class StudioSetup {

	private final StudioService studios;

	private final AchievementService achievements;

	private final MentoringService mentoring;

	private final AllianceService alliances;

	private final ProblemService problems;

	private final ProjectService projects;

	private final LevelService levels;

	private final AchievementFiles evidence;

	private final ReviewService reviews;

	StudioSetup(StudioService studios, AchievementService achievements, MentoringService mentoring,
			AllianceService alliances, ProblemService problems, ProjectService projects, LevelService levels,
			ReviewService reviews, AchievementFiles evidence) {
		this.evidence = evidence;
		this.levels = levels;
		this.reviews = reviews;
		this.problems = problems;
		this.projects = projects;
		this.studios = studios;
		this.achievements = achievements;
		this.mentoring = mentoring;
		this.alliances = alliances;
	}

	/**
	 * An alliance founded by the union, chaired by it, with the studio as its founding
	 * member.
	 */
	public long alliance(Actor actor, String name, long unionId, long studioId) {
		long id = alliances.found(actor,
				new AllianceDrafts.Founding(name, unionId, LocalDate.of(2024, 1, 1), null, unionId, "理事长", null));
		alliances.admit(actor, id, studioId);
		return id;
	}

	/**
	 * A year's mentorship from 2024-03-01 of one apprentice by a member of the studio.
	 */
	public long mentorship(Actor actor, long studioId, String mentorCard, String apprenticeCard) {
		return mentoring.agree(actor, studioId, new MentorshipDraft(mentorCard, List.of(apprenticeCard),
				LocalDate.of(2024, 3, 1), LocalDate.of(2025, 3, 1), "测试带徒"));
	}

	/** Dissolves the studio. */
	public void dissolve(Actor actor, long studioId, LocalDate on, String reason) {
		studios.dissolve(actor, studioId, new Dissolution(on, reason));
	}

	/** An achievement of the studio, of kind OTHER, with this title. */
	public long achievement(Actor actor, long studioId, String title) {
		return achievements.record(actor, studioId,
				new AchievementDraft(AchievementKind.OTHER, title, LocalDate.of(2025, 1, 1), List.of(), null, null,
						null, null, null, null, List.of(), List.of(), List.of()));
	}

	/** A studio of the given union, led by the member with this card number. */
	public long studio(Actor actor, String name, long hostOrgId, String leaderCardNo) {
		return studios.register(actor, new StudioDraft(name, hostOrgId, null, leaderCardNo, StudioField.OTHER,
				LocalDate.of(2024, 1, 1), List.of("测试"), null));
	}

	/** A union's problem call open from yesterday for a month. */
	public long call(Actor actor, String title, long orgId) {
		return problems.open(actor, new ProjectDrafts.Call(title, null, orgId, null, LocalDate.now().minusDays(1),
				LocalDate.now().plusDays(30)));
	}

	/** A problem of the call owned by the union, open for ten days. */
	public long problem(Actor actor, long callId, long ownerOrgId) {
		return problems.post(actor, callId, new ProjectDrafts.ProblemDraft(ownerOrgId, "探针难题", "需求", "技能", "成果",
				StudioField.OTHER, List.of("测试"), LocalDate.now().plusDays(10)));
	}

	/** The studio applies to the problem. */
	public void apply(Actor actor, long problemId, long studioId) {
		problems.apply(actor, problemId, new ProjectDrafts.Application(studioId, "报名"));
	}

	/**
	 * The owner picks the studio (which applied) as the lead: the project's id, with a
	 * milestone and an issue.
	 */
	public long project(Actor actor, long problemId, long leadStudioId) {
		long id = problems.select(actor, problemId, new ProjectDrafts.Selection(leadStudioId, List.of(), List.of(),
				LocalDate.now(), LocalDate.now().plusMonths(6), null));
		projects.addMilestone(actor, id, new ProjectDrafts.Milestone("样机", LocalDate.now().plusMonths(1)));
		projects.raise(actor, id, new ProjectDrafts.Issue("接口", LocalDate.now()));
		return id;
	}

	/** The project's first milestone and first issue. */
	public long[] milestoneAndIssue(Actor actor, long projectId) {
		JointProject project = projects.project(actor, projectId);
		return new long[] { project.milestones().get(0).id(), project.issues().get(0).id() };
	}

	/** Confers a level on the studio by decision, dated 1 May 2024. */
	public void confer(Actor actor, long studioId, StudioLevel level, long conferringOrgId) {
		studios.confer(actor, studioId, new LevelDraft(level, conferringOrgId, "测试〔2024〕1号", LocalDate.of(2024, 5, 1)));
	}

	/** A call for the district level by the union, open for a month, for the year. */
	public long levelCall(Actor actor, String title, long orgId, int year) {
		return levels.open(actor, new LevelDrafts.Call(orgId, StudioLevel.DISTRICT, year, title,
				LocalDate.now().minusDays(1), LocalDate.now().plusDays(30), 7));
	}

	/** The studio applies to the level call. */
	public long applyForLevel(Actor actor, long callId, long studioId) {
		return levels.apply(actor, new LevelDrafts.Application(callId, studioId, "申报"));
	}

	/** The studio reports the year; the review's id. */
	public long report(Actor actor, long studioId, int year) {
		return reviews.report(actor, studioId, new LevelDrafts.Report(year, "年度总结"));
	}

	/** A tiny PDF, as a page would upload it. */
	public static MockMultipartFile pdf(String name) {
		return new MockMultipartFile("file", name, "application/pdf",
				("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n" + name)
					.getBytes(StandardCharsets.UTF_8));
	}

	/** Attaches a small PDF to the achievement; the file's hash. */
	public String evidence(Actor actor, long achievementId) {
		return evidence.attach(actor, achievementId, pdf("证书.pdf")).get(0).hash();
	}

}
