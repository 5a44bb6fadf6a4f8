package cn.jiangxin.exam.internal.web;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.jiangxin.exam.ExamStatus;
import cn.jiangxin.exam.internal.setup.ExamStore;
import cn.jiangxin.shared.OrgScope;
import cn.jiangxin.shared.Role;
import cn.jiangxin.shared.web.DashboardTile;
import cn.jiangxin.shared.web.DashboardTiles;
import cn.jiangxin.shared.web.MenuEntries;
import cn.jiangxin.shared.web.MenuEntry;
import cn.jiangxin.shared.web.MenuEntry.Audience;
import cn.jiangxin.shared.web.Shortcut;
import cn.jiangxin.shared.web.Shortcuts;

/**
 * What the exam module brings to the web: the exams dropdown (exams, question banks,
 * grading) for admins and for judges who invigilate or grade, a member's own exams, the
 * figure of exams under way, and quick links.
 */
@Configuration(proxyBeanMethods = false)
class ExamWebParts {

	static final String EXAMS = "exams";

	@Bean
	MenuEntries examMenu() {
		Audience staff = Audience.roles(Role.SYSTEM_ADMIN, Role.UNION_ADMIN, Role.JUDGE);
		return MenuEntries.of(
				MenuEntry.dropdown(EXAMS, 45, "nav.exams", "bi-pencil-square")
					.id("exams-menu")
					.activeOn(EXAMS)
					.seenBy(staff),
				MenuEntry.item(EXAMS, 10, "nav.manageExams", "/manage/exams").seenBy(staff),
				MenuEntry.item(EXAMS, 20, "nav.questionBanks", "/manage/question-banks").seenBy(Audience.ADMINS),
				MenuEntry.item(EXAMS, 110, "nav.grading", "/manage/grading").seenBy(staff),
				MenuEntry.link(65, "nav.myExams", "/me/exams", "bi-pencil-square")
					.id("nav-my-exams")
					.activeOn("myExams")
					.seenBy(Audience.roles(Role.MEMBER)));
	}

	/** The exams of the actor's subtree under way now. */
	@Bean
	DashboardTiles examTiles(ExamStore exams, OrgScope scope) {
		return actor -> List.of(DashboardTile.link(70, "home.examsRunning", "stat-exams",
				exams.count(scope.filter(actor, "org_id"), ExamStatus.PUBLISHED), "/manage/exams?status=PUBLISHED"));
	}

	/** Setting an exam, and the question banks. */
	@Bean
	Shortcuts examShortcuts() {
		return actor -> List.of(new Shortcut(62, "exam.new", "bi-pencil-square", "/manage/exams/new"),
				new Shortcut(64, "nav.questionBanks", "bi-collection", "/manage/question-banks"));
	}

}
