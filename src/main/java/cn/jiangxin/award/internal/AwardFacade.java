package cn.jiangxin.award.internal;

import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.jiangxin.audit.AuditAction;
import cn.jiangxin.audit.AuditLog;
import cn.jiangxin.award.AwardApi;
import cn.jiangxin.award.AwardKind;
import cn.jiangxin.award.AwardView;
import cn.jiangxin.award.AwardsFinalised;
import cn.jiangxin.award.PublishDraft;
import cn.jiangxin.award.TierDraft;
import cn.jiangxin.award.TierView;
import cn.jiangxin.award.UnitTies;
import cn.jiangxin.award.Verification;
import cn.jiangxin.contest.ContestApi;
import cn.jiangxin.contest.ContestStatus;
import cn.jiangxin.contest.ContestView;
import cn.jiangxin.contest.EntryKind;
import cn.jiangxin.contest.EntryStatus;
import cn.jiangxin.contest.EntryView;
import cn.jiangxin.contest.RoundView;
import cn.jiangxin.contest.TrackView;
import cn.jiangxin.judging.JudgingApi;
import cn.jiangxin.judging.RoundResults;
import cn.jiangxin.judging.RoundStanding;
import cn.jiangxin.member.MemberDistinguished;
import cn.jiangxin.shared.Actor;
import cn.jiangxin.shared.BusinessRuleException;
import cn.jiangxin.shared.NotFoundException;
import cn.jiangxin.shared.OutOfScopeException;
import cn.jiangxin.shared.Zones;

/**
 * Gives a contest's awards: tiers drawn from their rounds' standings (ties at a boundary
 * share the tier), 团体奖 by units' summed results, 优秀组织奖 by the admin's formula; puts them
 * on notice (公示), then finalises them, announcing what each award went to
 * ({@link AwardsFinalised}) for titles and records.
 */
@Service
class AwardFacade implements AwardApi {

	private static final Pattern NUMBER = Pattern.compile("JX\\d{4}-[0-9A-HJKMNP-TV-Z]{10}");

	private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();

	private final AwardStore store;

	private final ContestApi contests;

	private final JudgingApi judging;

	private final ApplicationEventPublisher events;

	private final AuditLog audit;

	private final SecureRandom random = new SecureRandom();

	private final ObjectProvider<CaseCollections> cases;

	private final Clock clock;

	AwardFacade(AwardStore store, ContestApi contests, JudgingApi judging, ApplicationEventPublisher events,
			AuditLog audit, ObjectProvider<CaseCollections> cases, Clock clock) {
		this.clock = clock;
		this.cases = cases;
		this.store = store;
		this.contests = contests;
		this.judging = judging;
		this.events = events;
		this.audit = audit;
	}

	ContestView manageable(Actor actor, long contestId) {
		ContestView contest = contests.find(contestId).orElseThrow(() -> new NotFoundException("contest", contestId));
		if (!contests.canManage(actor, contestId)) {
			throw new OutOfScopeException("contest " + contestId);
		}
		return contest;
	}

	/** The step of a contest's awards that a write belongs to. */
	enum Step {

		/** Setting up the tiers: until the awards are published. */
		SETUP,

		/** Publishing for notice: the contest in judging, nothing published yet. */
		PUBLISH,

		/**
		 * During the notice period: finalising after it, or revoking an award upon an
		 * upheld objection.
		 */
		NOTICE

	}

	/**
	 * The one rule every write to a contest's awards passes: the contest, if the actor
	 * organises it and its awards are at the step the write belongs to. Once published,
	 * the tiers no longer change; once final (archived), nothing does: not the awards,
	 * not their certificates.
	 */
	ContestView forStep(Actor actor, long contestId, Step step) {
		ContestView contest = manageable(actor, contestId);
		Optional<AwardStore.Notice> notice = store.notice(contestId);
		boolean finalised = contest.status() == ContestStatus.ARCHIVED
				|| notice.map(n -> n.finalisedAt() != null).orElse(false);
		if (finalised) {
			throw BusinessRuleException.conflict("award.alreadyFinal");
		}
		switch (step) {
			case SETUP -> {
				if (notice.isPresent() || !contest.status().roundsOpen()) {
					throw BusinessRuleException.conflict("award.alreadyPublished");
				}
			}
			case PUBLISH -> {
				if (notice.isPresent()) {
					throw BusinessRuleException.conflict("award.alreadyPublished");
				}
				if (contest.status() != ContestStatus.JUDGING) {
					throw BusinessRuleException.conflict("award.notJudging");
				}
			}
			case NOTICE -> {
				if (notice.isEmpty()) {
					throw BusinessRuleException.conflict("award.notPublished");
				}
			}
		}
		return contest;
	}

	@Transactional
	public long addTier(Actor actor, long contestId, TierDraft draft) {
		ContestView contest = forStep(actor, contestId, Step.SETUP);
		if (contests.round(draft.roundId()).filter(r -> r.contestId() == contestId).isEmpty()) {
			throw BusinessRuleException.invalid("roundId", "award.tier.roundUnknown");
		}
		if ((draft.count() == null) == (draft.sharePercent() == null)) {
			throw BusinessRuleException.invalid("count", "award.tier.countOrShare");
		}
		if (store.tierNameTaken(contestId, draft.name())) {
			throw BusinessRuleException.invalid("name", "award.tier.nameTaken", draft.name());
		}
		long id = store.insertTier(contestId, draft);
		audit.record("award_tier", id, contest.scopeOrgId(), AuditAction.CREATE, null, Map.of("name", draft.name(),
				"round", draft.roundId(), "size", draft.count() != null ? draft.count() : draft.sharePercent() + "%"));
		return id;
	}

	@Transactional
	void removeTier(Actor actor, long contestId, long tierId) {
		ContestView contest = forStep(actor, contestId, Step.SETUP);
		TierView tier = store.tiers(contestId)
			.stream()
			.filter(t -> t.id() == tierId)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("tier", tierId));
		store.deleteTier(tierId);
		audit.record("award_tier", tierId, contest.scopeOrgId(), AuditAction.DELETE, Map.of("name", tier.name()), null);
	}

	List<TierView> tiers(long contestId) {
		return store.tiers(contestId);
	}

	@Transactional
	public List<AwardView> publish(Actor actor, long contestId, PublishDraft draft) {
		ContestView contest = forStep(actor, contestId, Step.PUBLISH);
		List<TierView> tiers = store.tiers(contestId);
		if (tiers.isEmpty()) {
			throw BusinessRuleException.conflict("award.noTiers");
		}
		for (TierView tier : tiers) {
			if (!judging.closed(tier.roundId())) {
				throw BusinessRuleException.conflict("award.roundOpen",
						contests.round(tier.roundId()).map(RoundView::name).orElse("?"));
			}
		}
		List<Given> given = compute(contestId, draft);
		int year = LocalDate.now(clock).getYear();
		store.insertAwards(contestId, given.stream().map(Given::view).toList(), () -> number(year));
		String rule = draft.participation().toPlainString() + "×参与 + " + draft.result().toPlainString() + "×获奖；"
				+ (draft.ties() == UnitTies.SHARE ? "末位并列者均获奖" : "同分按首轮作品总分");
		store.publish(contestId, Instant.now(clock).plus(Duration.ofDays(draft.noticeDays())), actor.username(), rule);
		contests.advance(actor, contestId, ContestStatus.PUBLICIZING);
		audit.record("award_notice", contestId, contest.scopeOrgId(), AuditAction.CREATE, null,
				Map.of("awards", given.size(), "noticeDays", draft.noticeDays(), "rule", rule));
		return store.awards(contestId);
	}

	@Transactional
	public void finalise(Actor actor, long contestId) {
		store.lockNotice(contestId);
		ContestView contest = forStep(actor, contestId, Step.NOTICE);
		AwardStore.Notice notice = store.notice(contestId).orElseThrow();
		if (notice.running(Instant.now(clock))) {
			throw BusinessRuleException.conflict("award.noticeRunning",
					notice.endsAt().atZone(Zones.BEIJING).toLocalDate().toString());
		}
		store.finalise(contestId);
		Map<Long, TierView> tiers = new HashMap<>();
		store.tiers(contestId).forEach(t -> tiers.put(t.id(), t));
		Map<Long, EntryView> entries = new HashMap<>();
		contests.entries(contestId).forEach(e -> entries.put(e.id(), e));
		List<AwardsFinalised.EntryAward> given = new ArrayList<>();
		for (AwardView award : store.awards(contestId)) {
			if (award.revoked() || award.entryId() == null) {
				continue;
			}
			TierView tier = award.tierId() == null ? null : tiers.get(award.tierId());
			EntryView entry = entries.containsKey(award.entryId()) ? entries.get(award.entryId())
					: contests.entry(award.entryId()).orElseThrow();
			given.add(new AwardsFinalised.EntryAward(award.id(), award.name(), award.place(),
					tier == null ? null : tier.confersTitle(), isTeam(contestId, entry), award.holder(),
					entry.leaderMemberId(), entry.team().stream().map(EntryView.Person::memberId).toList(),
					entry.unitOrgId()));
		}
		long titles = given.stream().filter(g -> g.title() != null).count();
		LocalDate today = LocalDate.now(clock);
		events.publishEvent(new AwardsFinalised(contestId, contest.title(), today,
				actor.accountId() == 0 ? null : actor.accountId(), actor.username(), given));
		for (AwardsFinalised.EntryAward award : given) {
			for (long memberId : new LinkedHashSet<>(award.memberIds())) {
				events.publishEvent(new MemberDistinguished(memberId, MemberDistinguished.Kind.AWARD, award.awardId(),
						contest.title() + " " + award.name(), today));
			}
		}
		contests.advance(actor, contestId, ContestStatus.ARCHIVED);
		audit.record("award_notice", contestId, contest.scopeOrgId(), AuditAction.STATE_CHANGE, Map.of("final", false),
				Map.of("final", true, "titles", titles));
	}

	/**
	 * Withdraws an award upon an objection upheld in the notice period; its certificate
	 * stops verifying. Once the results are final they stay as they are.
	 */
	@Transactional
	void revoke(Actor actor, long contestId, long awardId, String reason) {
		manageable(actor, contestId);
		if (reason == null || reason.isBlank() || reason.length() > 200) {
			throw BusinessRuleException.invalid("reason", "judging.reasonRequired");
		}
		store.lockNotice(contestId);
		ContestView contest = forStep(actor, contestId, Step.NOTICE);
		AwardView award = store.award(awardId)
			.filter(a -> a.contestId() == contestId)
			.orElseThrow(() -> new NotFoundException("award", awardId));
		if (award.revoked()) {
			throw BusinessRuleException.conflict("award.alreadyRevoked");
		}
		store.revoke(awardId, reason.strip(), actor.username());
		audit.record("award", awardId, contest.scopeOrgId(), AuditAction.STATE_CHANGE, Map.of("status", "ACTIVE"),
				Map.of("status", "REVOKED", "reason", reason.strip(), "certificate",
						award.certificateNumber() == null ? "" : award.certificateNumber()));
	}

	@Override
	public List<AwardView> awards(long contestId) {
		return store.awards(contestId);
	}

	public long compileCases(Actor actor, long contestId, String title, String preface, List<Long> entryIds,
			boolean publish) {
		return cases.getObject().compile(actor, contestId, title, preface, entryIds, publish);
	}

	Optional<AwardView> award(long awardId) {
		return store.award(awardId);
	}

	Optional<AwardStore.Notice> notice(long contestId) {
		return store.notice(contestId);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Verification> verify(String number) {
		String normalised = number == null ? "" : number.strip().toUpperCase(Locale.ROOT);
		if (!NUMBER.matcher(normalised).matches()) {
			return Optional.empty();
		}
		return store.byCertificate(normalised).map(award -> {
			Instant[] dates = store.certificateDates(normalised).orElseThrow();
			ContestView contest = contests.find(award.contestId()).orElseThrow();
			Optional<AwardStore.Notice> notice = store.notice(award.contestId());
			String status = award.revoked() || dates[1] != null ? "REVOKED"
					: notice.map(n -> n.finalisedAt() == null).orElse(true) ? "NOTICE" : "VALID";
			return new Verification(normalised, "VALID".equals(status), status, contest.title(), award.name(),
					award.holder(), award.unitName(), dates[0], dates[1]);
		});
	}

	private String number(int year) {
		char[] code = new char[10];
		for (int i = 0; i < code.length; i++) {
			code[i] = ALPHABET[random.nextInt(ALPHABET.length)];
		}
		return "JX" + year + "-" + new String(code);
	}

	/** An award as computed, before it is stored. */
	private record Given(AwardView view) {
	}

	/**
	 * Holders tied on the last place of an award, who all get it: the award (and track),
	 * the shared place, the holders, and how many the award went to in all where it was
	 * meant for fewer.
	 */
	record Tie(String award, String track, int place, List<String> holders, int given, int meant) {
	}

	/**
	 * The awards the tiers and unit awards give, and the ties at their last places that
	 * made them give more.
	 */
	record Outcome(List<AwardView> awards, List<Tie> ties) {
	}

	/**
	 * The awards as they would be given now, and the ties that enlarged any of them, for
	 * the organiser to see first.
	 */
	@Transactional(readOnly = true)
	Outcome outcome(long contestId, PublishDraft draft) {
		List<Tie> ties = new ArrayList<>();
		List<AwardView> given = compute(contestId, draft, ties).stream().map(Given::view).toList();
		return new Outcome(given, ties);
	}

	private List<Given> compute(long contestId, PublishDraft draft) {
		return compute(contestId, draft, new ArrayList<>());
	}

	/**
	 * Each tier takes its count or share of its round's standings in rank order, skipping
	 * entries already awarded; entries tied on rank share a place, and those tied at the
	 * boundary all get the tier. 团体奖 ranks units by their entrants' summed scores and
	 * 优秀组织奖 by the formula; units tied on the last place all get the award.
	 */
	private List<Given> compute(long contestId, PublishDraft draft, List<Tie> ties) {
		List<TierView> tiers = store.tiers(contestId);
		Map<Long, RoundResults> results = new HashMap<>();
		Map<Long, EntryView> entries = new HashMap<>();
		contests.entries(contestId).forEach(e -> entries.put(e.id(), e));
		Set<Long> awarded = new HashSet<>();
		List<Given> given = new ArrayList<>();
		Map<Long, Integer> awardsPerUnit = new HashMap<>();
		for (TierView tier : tiers) {
			RoundResults round = results.computeIfAbsent(tier.roundId(), judging::results);
			Map<Long, List<RoundStanding>> groups = new LinkedHashMap<>();
			for (RoundStanding s : round.standings()) {
				groups.computeIfAbsent(tier.perTrack() ? s.trackId() : 0L, k -> new ArrayList<>()).add(s);
			}
			for (List<RoundStanding> group : groups.values()) {
				int size = tier.count() != null ? tier.count()
						: (int) Math.ceil(tier.sharePercent().doubleValue() * group.size() / 100.0);
				List<AwardView> inGroup = new ArrayList<>();
				RoundStanding last = null;
				int place = 0;
				for (RoundStanding s : group) {
					if (awarded.contains(s.entryId())) {
						continue;
					}
					boolean tiedWithLast = last != null && s.rank() == last.rank();
					if (inGroup.size() >= size && !tiedWithLast) {
						break;
					}
					EntryView entry = entries.get(s.entryId());
					if (entry == null) {
						continue;
					}
					place = tiedWithLast ? place : inGroup.size() + 1;
					awarded.add(s.entryId());
					awardsPerUnit.merge(entry.unitOrgId(), 1, Integer::sum);
					AwardView award = new AwardView(0, contestId, tier.id(), AwardKind.ENTRY, tier.name(),
							entry.trackId(), entry.trackName(), entry.id(), entry.unitOrgId(), entry.unitName(),
							holder(contestId, entry), place, s.score(), "ACTIVE", null);
					inGroup.add(award);
					given.add(new Given(award));
					last = s;
				}
				noteTie(ties, inGroup, size);
			}
		}
		if (!tiers.isEmpty() && draft.teamUnitAwards() > 0) {
			RoundResults round = results.computeIfAbsent(tiers.get(0).roundId(), judging::results);
			Map<Long, BigDecimal> sums = new LinkedHashMap<>();
			Map<Long, String> names = new HashMap<>();
			for (RoundStanding s : round.standings()) {
				sums.merge(s.unitOrgId(), s.score(), BigDecimal::add);
				names.put(s.unitOrgId(), s.unitName());
			}
			given.addAll(units(contestId, AwardKind.TEAM_UNIT, "团体奖", sums, names, draft.teamUnitAwards(),
					tieBreak(contestId, draft), ties));
		}
		if (draft.organisationAwards() > 0) {
			Map<Long, Integer> participation = new LinkedHashMap<>();
			Map<Long, String> names = new HashMap<>();
			for (EntryView e : entries.values()) {
				if (e.status() == EntryStatus.CONFIRMED) {
					participation.merge(e.unitOrgId(), 1, Integer::sum);
					names.put(e.unitOrgId(), e.unitName());
				}
			}
			Map<Long, BigDecimal> points = new LinkedHashMap<>();
			participation.forEach((unit, count) -> points.put(unit,
					draft.participation()
						.multiply(BigDecimal.valueOf(count))
						.add(draft.result().multiply(BigDecimal.valueOf(awardsPerUnit.getOrDefault(unit, 0))))));
			given.addAll(units(contestId, AwardKind.ORGANISATION, "优秀组织奖", points, names, draft.organisationAwards(),
					tieBreak(contestId, draft), ties));
		}
		return given;
	}

	/**
	 * What separates units tied on points, as the organiser chose: nothing (every tied
	 * unit is awarded), or their entries' summed scores in the contest's first round.
	 */
	private Map<Long, BigDecimal> tieBreak(long contestId, PublishDraft draft) {
		Map<Long, BigDecimal> firstRound = new HashMap<>();
		if (draft.ties() == UnitTies.FIRST_ROUND_RESULTS) {
			List<RoundView> rounds = contests.rounds(contestId);
			int first = rounds.stream().mapToInt(RoundView::ordinal).min().orElse(0);
			rounds.stream()
				.filter(r -> r.ordinal() == first)
				.forEach(r -> judging.results(r.id())
					.standings()
					.forEach(s -> firstRound.merge(s.unitOrgId(), s.score(), BigDecimal::add)));
		}
		return firstRound;
	}

	/**
	 * A unit award to the {@code count} best units by their points (then by
	 * {@code tieBreak}, if any), ranked as competitions rank: units equal on both share a
	 * place, and every unit tied on the last place is awarded (listed by name within the
	 * place).
	 */
	private static List<Given> units(long contestId, AwardKind kind, String name, Map<Long, BigDecimal> points,
			Map<Long, String> names, int count, Map<Long, BigDecimal> tieBreak, List<Tie> ties) {
		Comparator<Map.Entry<Long, BigDecimal>> byPoints = Comparator.<Map.Entry<Long, BigDecimal>, BigDecimal>comparing(
				Map.Entry::getValue)
			.thenComparing(e -> tieBreak.getOrDefault(e.getKey(), BigDecimal.ZERO))
			.reversed();
		List<Map.Entry<Long, BigDecimal>> ranked = new ArrayList<>(points.entrySet());
		ranked.sort(byPoints.thenComparing(e -> names.getOrDefault(e.getKey(), "")).thenComparing(Map.Entry::getKey));
		List<AwardView> awards = new ArrayList<>();
		int place = 0;
		for (int i = 0; i < ranked.size(); i++) {
			Map.Entry<Long, BigDecimal> unit = ranked.get(i);
			boolean tiedWithLast = i > 0 && byPoints.compare(unit, ranked.get(i - 1)) == 0;
			if (i >= count && !tiedWithLast) {
				break;
			}
			place = tiedWithLast ? place : i + 1;
			String holder = names.get(unit.getKey());
			awards.add(new AwardView(0, contestId, null, kind, name, null, null, null, unit.getKey(), holder, holder,
					place, unit.getValue(), "ACTIVE", null));
		}
		noteTie(ties, awards, count);
		return awards.stream().map(Given::new).toList();
	}

	/**
	 * Notes the tie on the last place of a group of awards that went to more than it was
	 * meant for.
	 */
	private static void noteTie(List<Tie> ties, List<AwardView> group, int meant) {
		if (group.size() <= meant || group.isEmpty()) {
			return;
		}
		int lastPlace = group.get(group.size() - 1).place();
		List<String> holders = group.stream().filter(a -> a.place() == lastPlace).map(AwardView::holder).toList();
		AwardView first = group.get(0);
		ties.add(new Tie(first.name(), first.trackName(), lastPlace, holders, group.size(), meant));
	}

	private String holder(long contestId, EntryView entry) {
		String names = String.join("、", entry.team().stream().map(EntryView.Person::name).toList());
		return isTeam(contestId, entry) ? entry.title() + "（" + names + "）" : names;
	}

	private boolean isTeam(long contestId, EntryView entry) {
		return contests.tracks(contestId)
			.stream()
			.filter(t -> t.id() == entry.trackId())
			.findFirst()
			.map(TrackView::entryKind)
			.orElse(EntryKind.INDIVIDUAL) == EntryKind.TEAM;
	}

}
