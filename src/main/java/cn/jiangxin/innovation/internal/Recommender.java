package cn.jiangxin.innovation.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import cn.jiangxin.innovation.AchievementKind;
import cn.jiangxin.innovation.StudioField;
import cn.jiangxin.innovation.StudioLevel;

/**
 * Ranks studios for a problem by points anyone can check, no learned weights: shared tags
 * (10 each, at most 3), the same field (15), related achievements (by kind, half when
 * older than five years before the call opened, at most 30), related joint projects (lead
 * 8, partner 5, +2 when closed well, at most 20), the level (city 4, national 6, district
 * 2) and a penalty for more than two projects under way (−3 each). A studio is shown only
 * with a relevant reason and at least 10 points; the best 10, ties by shared tags, then
 * related achievements, then id. A pure function: the same profiles give the same list.
 */
final class Recommender {

	/** The most studios one problem is recommended. */
	static final int TOP = 10;

	static final int MIN_SCORE = 10;

	private Recommender() {
	}

	/**
	 * The problem as the ranking sees it: field, normalised tags, when its call opened.
	 */
	record ProblemProfile(StudioField field, Set<String> tags, LocalDate callOpenedOn) {
	}

	/** An achievement of a studio: kind, day, and the text its relevance is read from. */
	record AchievementFact(AchievementKind kind, LocalDate achievedOn, String text) {
	}

	/** A joint project a studio took part in. */
	record ProjectFact(boolean lead, JointProject.Status status, JointProject.Rating rating, Set<String> tags,
			String title) {
	}

	/** A studio of the call's pool with what it has done. */
	record StudioProfile(long id, String name, StudioField field, Set<String> tags, StudioLevel level,
			List<AchievementFact> achievements, List<ProjectFact> projects, int activeProjects, boolean applied) {
	}

	/** Why a studio got points: a message code, the points, the message's arguments. */
	record Reason(Code code, int points, List<Object> args) {

		/** The kinds of reason, each with its message key. */
		enum Code {

			TAGS, FIELD, ACHIEVEMENTS, PROJECTS, LEVEL, LOAD;

			boolean relevant() {
				return this == TAGS || this == FIELD || this == ACHIEVEMENTS || this == PROJECTS;
			}

			public String messageKey() {
				return "innovation.reason." + name();
			}

		}

	}

	/** A recommended studio with its score and reasons, largest points first. */
	record Recommendation(long studioId, String name, int score, List<Reason> reasons, boolean applied, int sharedTags,
			int relatedAchievements) {
	}

	/** The studios to recommend for the problem, best first. */
	static List<Recommendation> rank(ProblemProfile problem, List<StudioProfile> pool) {
		List<Recommendation> all = new ArrayList<>();
		for (StudioProfile studio : pool) {
			Recommendation scored = score(problem, studio);
			if (scored.score() >= MIN_SCORE && scored.reasons().stream().anyMatch(r -> r.code().relevant())) {
				all.add(scored);
			}
		}
		all.sort(Comparator.comparingInt(Recommendation::score)
			.reversed()
			.thenComparing(Comparator.comparingInt(Recommendation::sharedTags).reversed())
			.thenComparing(Comparator.comparingInt(Recommendation::relatedAchievements).reversed())
			.thenComparingLong(Recommendation::studioId));
		return all.size() > TOP ? List.copyOf(all.subList(0, TOP)) : List.copyOf(all);
	}

	/** One studio's points for the problem, with every reason. */
	static Recommendation score(ProblemProfile problem, StudioProfile studio) {
		List<Reason> reasons = new ArrayList<>();
		Set<String> shared = new TreeSet<>(studio.tags());
		shared.retainAll(problem.tags());
		if (!shared.isEmpty()) {
			reasons.add(new Reason(Reason.Code.TAGS, 10 * Math.min(shared.size(), 3),
					List.of(shared.size(), String.join("、", shared))));
		}
		if (studio.field() == problem.field()) {
			reasons.add(new Reason(Reason.Code.FIELD, 15, List.of(problem.field())));
		}
		int related = 0;
		int achievementPoints = 0;
		Map<AchievementKind, Set<String>> byKind = new EnumMap<>(AchievementKind.class);
		Map<AchievementKind, Integer> counts = new EnumMap<>(AchievementKind.class);
		LocalDate old = problem.callOpenedOn().minusYears(5);
		for (AchievementFact achievement : studio.achievements()) {
			Set<String> meets = meets(problem.tags(), Set.of(), achievement.text());
			if (meets.isEmpty()) {
				continue;
			}
			related++;
			int points = points(achievement.kind());
			achievementPoints += achievement.achievedOn().isBefore(old) ? points / 2 : points;
			byKind.computeIfAbsent(achievement.kind(), k -> new TreeSet<>()).addAll(meets);
			counts.merge(achievement.kind(), 1, Integer::sum);
		}
		if (related > 0) {
			List<Object> parts = new ArrayList<>();
			byKind.forEach((kind, tags) -> parts.add(new KindCount(kind, counts.get(kind), String.join("、", tags))));
			reasons.add(new Reason(Reason.Code.ACHIEVEMENTS, Math.min(achievementPoints, 30), parts));
		}
		int projects = 0;
		int projectPoints = 0;
		Set<String> projectTags = new TreeSet<>();
		for (ProjectFact project : studio.projects()) {
			if (project.status() == JointProject.Status.CANCELLED) {
				continue;
			}
			Set<String> meets = meets(problem.tags(), project.tags(), project.title());
			if (meets.isEmpty()) {
				continue;
			}
			projects++;
			projectTags.addAll(meets);
			projectPoints += project.lead() ? 8 : 5;
			if (project.status() == JointProject.Status.CLOSED && project.rating() != JointProject.Rating.FAIL) {
				projectPoints += 2;
			}
		}
		if (projects > 0) {
			reasons.add(new Reason(Reason.Code.PROJECTS, Math.min(projectPoints, 20),
					List.of(projects, String.join("、", projectTags))));
		}
		int levelPoints = studio.level() == null ? 0 : switch (studio.level()) {
			case NATIONAL -> 6;
			case CITY -> 4;
			case DISTRICT -> 2;
			case ENTERPRISE -> 0;
		};
		if (levelPoints > 0) {
			reasons.add(new Reason(Reason.Code.LEVEL, levelPoints, List.of(studio.level())));
		}
		if (studio.activeProjects() > 2) {
			reasons.add(
					new Reason(Reason.Code.LOAD, -3 * (studio.activeProjects() - 2), List.of(studio.activeProjects())));
		}
		reasons.sort(Comparator.comparingInt(Reason::points).reversed());
		int score = reasons.stream().mapToInt(Reason::points).sum();
		return new Recommendation(studio.id(), studio.name(), score, List.copyOf(reasons), studio.applied(),
				shared.size(), related);
	}

	/** So many achievements of one kind, on these tags: an argument of the reason. */
	record KindCount(AchievementKind kind, int count, String tags) {
	}

	/**
	 * The problem's tags that meet a thing's own tags or appear in its text (in any
	 * case).
	 */
	static Set<String> meets(Set<String> wanted, Set<String> tags, String text) {
		String lower = text == null ? "" : text.toLowerCase(Locale.ROOT);
		Set<String> found = new LinkedHashSet<>();
		for (String tag : wanted) {
			if (tags.contains(tag) || lower.contains(tag)) {
				found.add(tag);
			}
		}
		return found;
	}

	private static int points(AchievementKind kind) {
		return switch (kind) {
			case PATENT -> 6;
			case STANDARD -> 5;
			case METHOD, SOFTWARE -> 4;
			case AWARD -> 3;
			case PUBLICATION -> 2;
			case OTHER -> 1;
		};
	}

}
