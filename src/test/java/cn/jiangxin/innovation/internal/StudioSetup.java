package cn.jiangxin.innovation.internal;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;

import cn.jiangxin.innovation.AchievementKind;
import cn.jiangxin.innovation.StudioField;
import cn.jiangxin.shared.Actor;

/** Registers studios for tests in other packages, through the module's service. */
@Component
public class StudioSetup {

	private final StudioService studios;

	private final AchievementService achievements;

	private final MentoringService mentoring;

	private final AllianceService alliances;

	StudioSetup(StudioService studios, AchievementService achievements, MentoringService mentoring,
			AllianceService alliances) {
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

}
