package cn.jiangxin.innovation.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.jiangxin.audit.AuditAction;
import cn.jiangxin.audit.AuditLog;
import cn.jiangxin.innovation.StudioLevel;
import cn.jiangxin.shared.Actor;
import cn.jiangxin.shared.BusinessRuleException;
import cn.jiangxin.shared.NotFoundException;
import cn.jiangxin.shared.OrgScope;
import cn.jiangxin.shared.OutOfScopeException;
import cn.jiangxin.shared.Zones;

/**
 * The rules of the annual review (年度考核). A studio with a level reports a past year once
 * (its leader or its host's admins), with the year's counts taken from its records. The
 * admins covering the union that conferred its current level score the report, once each,
 * and decide: keep, raise (recommend it upward), lower it one level or withdraw it;
 * lowering and withdrawing need a reason and a decision's number, and end the levels
 * above as the studio's history. A studio that held a level before a year and has not
 * reported that year by the end of March after it is overdue. A decided review changes no
 * more.
 */
@Service
class ReviewService {

	static final int LIST_LIMIT = 500;

	private final ReviewStore store;

	private final StudioStore studios;

	private final StudioPeople people;

	private final OrgScope scope;

	private final AuditLog audit;

	private final Clock clock;

	ReviewService(ReviewStore store, StudioStore studios, StudioPeople people, OrgScope scope, AuditLog audit,
			Clock clock) {
		this.people = people;
		this.store = store;
		this.studios = studios;
		this.scope = scope;
		this.audit = audit;
		this.clock = clock;
	}

	/** A studio reports a past year; the review's id. */
	@Transactional
	public long report(Actor actor, long studioId, LevelDrafts.Report report) {
		Studio studio = studios.lock(studioId).orElseThrow(() -> new NotFoundException("studio", studioId));
		if (!people.actsFor(actor, studio)) {
			throw new NotFoundException("studio", studioId);
		}
		if (!studio.active()) {
			throw BusinessRuleException.conflict("innovation.studio.dissolved");
		}
		if (studio.level() == null) {
			throw BusinessRuleException.conflict("innovation.review.noLevel");
		}
		int year = report.year();
		if (year >= Zones.today(clock).getYear() || year < studio.foundedOn().getYear()) {
			throw BusinessRuleException.invalid("year", "innovation.review.year", studio.foundedOn().getYear(),
					Zones.today(clock).getYear() - 1);
		}
		long reviewer = studios.levels(studioId)
			.stream()
			.filter(l -> l.endedOn() == null && l.level() == studio.level())
			.reduce((a, b) -> b)
			.map(StudioStore.LevelRecord::conferringOrg)
			.orElse(studio.hostOrgId());
		long id = store
			.insert(studioId, year, studio.level(), reviewer, report.report().strip(), store.year(studioId, year),
					actor.username(), Instant.now(clock))
			.orElseThrow(() -> BusinessRuleException.conflict("innovation.review.twice", year));
		audit.record("studio-review", id, studio.hostOrgId(), AuditAction.CREATE, null,
				Map.of("studio", studio.name(), "year", year));
		return id;
	}

	/** A reviewer of the reviewing union scores a submitted review, once. */
	@Transactional
	public void score(Actor actor, long reviewId, LevelDrafts.Score score) {
		Review review = open(actor, reviewId);
		if (!store.score(reviewId, actor.username(), score, Instant.now(clock))) {
			throw BusinessRuleException.conflict("innovation.review.scoredAlready");
		}
		audit.record("studio-review", reviewId, review.reviewingOrgId(), AuditAction.UPDATE, null,
				Map.of("scoredBy", actor.username()));
	}

	/** The reviewing union decides: the level is kept, raised, lowered or withdrawn. */
	@Transactional
	public void decide(Actor actor, long reviewId, LevelDrafts.Decision decision) {
		Review review = open(actor, reviewId);
		if (review.scores().isEmpty()) {
			throw BusinessRuleException.conflict("innovation.review.unscored");
		}
		Review.Outcome outcome = decision.outcome();
		boolean ends = outcome == Review.Outcome.LOWER || outcome == Review.Outcome.WITHDRAW;
		if (ends && Texts.blankToNull(decision.reason()) == null) {
			throw BusinessRuleException.invalid("reason", "innovation.review.reason");
		}
		if (ends && Texts.blankToNull(decision.decision()) == null) {
			throw BusinessRuleException.invalid("decision", "innovation.review.decision");
		}
		if (outcome == Review.Outcome.LOWER && review.level() == StudioLevel.ENTERPRISE) {
			throw BusinessRuleException.invalid("outcome", "innovation.review.lowest");
		}
		Studio studio = studios.lock(review.studioId()).orElseThrow();
		if (ends && studio.level() != review.level()) {
			throw BusinessRuleException.conflict("innovation.review.levelChanged");
		}
		LocalDate today = Zones.today(clock);
		store.decide(reviewId, decision, today, actor.username());
		if (ends) {
			StudioLevel to = outcome == Review.Outcome.WITHDRAW ? null
					: StudioLevel.values()[review.level().ordinal() - 1];
			studios.endLevels(review.studioId(), to, outcome == Review.Outcome.WITHDRAW ? "WITHDRAWN" : "LOWERED",
					decision.decision().strip(), today);
			audit.record("studio", review.studioId(), studio.hostOrgId(), AuditAction.UPDATE,
					Map.of("level", review.level().name()), Map.of("level", to == null ? "" : to.name(), "review",
							reviewId, "decision", decision.decision().strip()));
		}
		audit.record("studio-review", reviewId, review.reviewingOrgId(), AuditAction.STATE_CHANGE, null,
				Map.of("outcome", outcome.name()));
	}

	/**
	 * A review the actor reads: the studio's people, its host's admins, the reviewers.
	 */
	public Review review(Actor actor, long reviewId) {
		return store.review(reviewId)
			.filter(r -> reads(actor, r))
			.orElseThrow(() -> new NotFoundException("studio-review", reviewId));
	}

	/** A studio's reviews (the caller checks the studio). */
	public List<Review> ofStudio(long studioId) {
		return store.ofStudio(studioId);
	}

	/** The reviews of a year of studios within reach. */
	public List<Review> ofYear(Actor actor, int year) {
		requireAdmin(actor);
		return store.ofYear(scope.filter(actor, "s.host_org_id"), year, LIST_LIMIT);
	}

	/**
	 * The studios within reach that have not reported a year: overdue once March after it
	 * has ended.
	 */
	public List<Studio.Ref> missing(Actor actor, int year) {
		requireAdmin(actor);
		return store.missing(scope.filter(actor, "s.host_org_id"), year, LIST_LIMIT);
	}

	/** Whether the year's reports are overdue today (after the March that follows it). */
	public boolean overdue(int year) {
		return Zones.today(clock).isAfter(LocalDate.of(year + 1, 3, 31));
	}

	/** Whether the actor scores and decides the review. */
	public boolean reviews(Actor actor, Review review) {
		return review.status() == Review.Status.SUBMITTED && actor.administers()
				&& scope.covers(actor, review.reviewingOrgId());
	}

	private Review open(Actor actor, long reviewId) {
		store.lock(reviewId);
		Review review = review(actor, reviewId);
		if (!actor.administers() || !scope.covers(actor, review.reviewingOrgId())) {
			throw new OutOfScopeException("studio-review " + reviewId);
		}
		if (review.status() != Review.Status.SUBMITTED) {
			throw BusinessRuleException.conflict("innovation.review.decided");
		}
		return review;
	}

	private boolean reads(Actor actor, Review review) {
		if (actor.administers() && scope.covers(actor, review.reviewingOrgId())) {
			return true;
		}
		return studios.find(review.studioId()).filter(s -> people.actsFor(actor, s)).isPresent();
	}

	private static void requireAdmin(Actor actor) {
		if (!actor.administers()) {
			throw new OutOfScopeException("studio-reviews");
		}
	}

}
