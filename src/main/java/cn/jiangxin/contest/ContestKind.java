package cn.jiangxin.contest;

/**
 * What a contest is: a skills competition (大赛/竞赛/大比武), a case call (案例征集), an innovation
 * project call (创新项目征集) or a league (联赛).
 */
public enum ContestKind {

	SKILLS, CASE_CALL, PROJECT_CALL, LEAGUE;

	public String messageKey() {
		return "contest.kind." + name();
	}

}
