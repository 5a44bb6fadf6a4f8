package cn.jiangxin.innovation.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import cn.jiangxin.audit.AuditAction;
import cn.jiangxin.audit.AuditLog;
import cn.jiangxin.honor.HolderKind;
import cn.jiangxin.honor.TitleConferred;
import cn.jiangxin.innovation.StudioField;
import cn.jiangxin.innovation.StudioLevel;
import cn.jiangxin.shared.Actor;

/**
 * Turns a contest team's studio title into a studio: when honour announces a title ending
 * in 职工创新工作室 conferred on a team for a contest award (the finance contest's 13
 * 金融科技职工创新工作室), the team becomes a studio of its union, led by the team's leader with the
 * rest of the team as core members, in the field the title names, with the award as its
 * first achievement, linked to the contest. Once per honour, however often the event
 * arrives.
 */
@Component
class StudioTitles {

	/** What a studio's title ends with. */
	static final String SUFFIX = "职工创新工作室";

	private final StudioStore store;

	private final AchievementStore achievements;

	private final AuditLog audit;

	private final Clock clock;

	StudioTitles(StudioStore store, AchievementStore achievements, AuditLog audit, Clock clock) {
		this.store = store;
		this.achievements = achievements;
		this.audit = audit;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(TitleConferred title) {
		if (!makesStudio(title)) {
			return;
		}
		String name = teamName(title.holderName());
		Optional<Long> made = store.insertFromTitle(title, name, StudioField.namedIn(title.title()),
				Actor.system().username(), Instant.now(clock));
		made.ifPresent(id -> {
			achievements.insertAward(id, "荣获“" + title.title() + "”称号", title.conferredOn(), title.orgId(),
					title.contestId(), title.awardId(), title.memberIds(), Actor.system().username(),
					Instant.now(clock));
			audit.recordAs(null, Actor.system().username(), "studio", id, title.orgId(), AuditAction.CREATE, null,
					Map.of("name", name, "title", title.title(), "honor", title.honorId()));
		});
	}

	/**
	 * Whether the title makes a studio: a studio title on a contest team with its members
	 * known, and not one of the levels the registry itself confers.
	 */
	static boolean makesStudio(TitleConferred title) {
		return title.holderKind() == HolderKind.TEAM && title.fromContest() && !title.memberIds().isEmpty()
				&& title.title().endsWith(SUFFIX)
				&& Arrays.stream(StudioLevel.values()).noneMatch(level -> level.title().equals(title.title()));
	}

	/**
	 * The team's name from the holder as the registry prints it, "name（people）"; at most
	 * 100 characters.
	 */
	static String teamName(String holder) {
		String name = holder.strip();
		int people = name.lastIndexOf('（');
		if (people > 0 && name.endsWith("）")) {
			name = name.substring(0, people).strip();
		}
		return name.length() > 100 ? name.substring(0, 100) : name;
	}

}
