package cn.jiangxin.innovation.internal;

import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.jiangxin.audit.AuditAction;
import cn.jiangxin.audit.AuditLog;
import cn.jiangxin.innovation.AchievementKind;
import cn.jiangxin.innovation.internal.Achievement.Contributor;
import cn.jiangxin.member.MemberApi;
import cn.jiangxin.member.MemberView;
import cn.jiangxin.shared.Actor;
import cn.jiangxin.shared.BusinessRuleException;
import cn.jiangxin.shared.NotFoundException;
import cn.jiangxin.shared.OrgDirectory;
import cn.jiangxin.shared.OrgScope;
import cn.jiangxin.shared.OutOfScopeException;

/**
 * The rules of achievements (成果): a studio records one as an admin covering its host and
 * every other studio it names; a patent is recorded once in the whole registry, with its
 * kind; a standard has its number; contributors are current members of those studios or
 * people from outside by name. Each achievement counts once for every studio it belongs
 * to. Every record is audited in its transaction.
 */
@Service
class AchievementService {

	/** The most achievements one search answers. */
	static final int SEARCH_LIMIT = 200;

	/** The most rows a count answers. */
	static final int COUNT_LIMIT = 100;

	/**
	 * A Chinese patent's number: an application number of 8 or 12 digits and its check
	 * character, as kept after "ZL" and spaces are taken off.
	 */
	private static final Pattern PATENT = Pattern.compile("(\\d{8}|\\d{12})\\.[0-9X]");

	private final AchievementStore store;

	private final StudioStore studios;

	private final StudioService studioRules;

	private final MemberApi members;

	private final OrgScope scope;

	private final OrgDirectory orgNames;

	private final AuditLog audit;

	private final Clock clock;

	AchievementService(AchievementStore store, StudioStore studios, StudioService studioRules, MemberApi members,
			OrgScope scope, OrgDirectory orgNames, AuditLog audit, Clock clock) {
		this.orgNames = orgNames;
		this.store = store;
		this.studios = studios;
		this.studioRules = studioRules;
		this.members = members;
		this.scope = scope;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Records an achievement of a studio (and of the partner studios it names); its id.
	 */
	@Transactional
	public long record(Actor actor, long studioId, AchievementDraft draft) {
		List<Studio> owners = new ArrayList<>();
		owners.add(writable(actor, studioId, null));
		for (long partner : new LinkedHashSet<>(draft.partners())) {
			if (partner != studioId) {
				owners.add(writable(actor, partner, "partnerStudioIds"));
			}
		}
		return insert(actor, owners, draft);
	}

	/**
	 * Records an achievement of these studios, the first recording it, once their rights
	 * are checked (a joint project's outcome belongs to every participant); its id.
	 */
	long insert(Actor actor, List<Studio> owners, AchievementDraft draft) {
		String title = draft.title().strip();
		String patentNo = patentNo(draft);
		String standardNo = blankToNull(draft.standardNo());
		if (draft.kind() == AchievementKind.STANDARD && standardNo == null) {
			throw BusinessRuleException.invalid("standardNo", "innovation.achievement.standardNo");
		}
		if (draft.kind() != AchievementKind.STANDARD && standardNo != null) {
			throw BusinessRuleException.invalid("standardNo", "innovation.achievement.standardOnly");
		}
		List<AchievementStore.ContributorRow> contributors = contributors(owners, draft);
		List<String> adoptions = new ArrayList<>(draft.adoptions()
			.stream()
			.map(AchievementService::kept)
			.collect(Collectors.toCollection(LinkedHashSet::new)));
		long id;
		try {
			id = store.insert(draft, title, patentNo, standardNo, owners.get(0).hostOrgId(),
					owners.stream().map(Studio::id).toList(), contributors, adoptions, actor.username(),
					Instant.now(clock));
		}
		catch (DuplicateKeyException taken) {
			throw BusinessRuleException.conflict("innovation.achievement.patentTaken", patentNo);
		}
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("kind", draft.kind().name());
		after.put("title", title);
		after.put("studios", owners.stream().map(Studio::name).toList());
		if (patentNo != null) {
			after.put("patentNo", patentNo);
		}
		audit.record("achievement", id, owners.get(0).hostOrgId(), AuditAction.CREATE, null, after);
		return id;
	}

	/** A studio's achievements, latest first, with contributors named. */
	public List<Achievement> ofStudio(Actor actor, long studioId) {
		studioRules.studio(actor, studioId);
		return named(store.ofStudio(studioId));
	}

	/** A joint project's outcomes, with contributors named (the caller checks access). */
	List<Achievement> ofProject(long projectId) {
		return named(store.ofProject(projectId));
	}

	/** A studio's achievements by kind, and the money they saved or earned. */
	public AchievementStore.Tally tally(Actor actor, long studioId) {
		studioRules.studio(actor, studioId);
		return store.tally(studioId);
	}

	/**
	 * Achievements of studios within reach, of a kind and with a text in the title or
	 * equal to the patent number.
	 */
	public List<Achievement> search(Actor actor, AchievementKind kind, String text) {
		String kept = text == null || text.isBlank() ? null : kept(text);
		if (kept != null && kept.length() > StudioQuery.MAX_TEXT) {
			throw BusinessRuleException.invalid("q", "innovation.studio.query", StudioQuery.MAX_TEXT);
		}
		return named(store.search(scope.filter(actor, "st.host_org_id"), kind, kept, SEARCH_LIMIT));
	}

	/**
	 * How many recorded achievements the studios within reach have, per host union or per
	 * contributing member, most first; each achievement once per union or member.
	 */
	public List<AchievementStore.Count> counts(Actor actor, AchievementStore.CountBy by) {
		if (!actor.administers()) {
			throw new OutOfScopeException("achievements");
		}
		OrgScope.SqlFilter reach = scope.filter(actor, "st.host_org_id");
		if (by == AchievementStore.CountBy.UNION) {
			List<AchievementStore.Count> counts = store.countsByUnion(reach, COUNT_LIMIT);
			Map<Long, String> names = orgNames.names(counts.stream().map(AchievementStore.Count::id).toList());
			return counts.stream().map(c -> new AchievementStore.Count(c.id(), names.get(c.id()), c.count())).toList();
		}
		List<AchievementStore.Count> counts = store.countsByMember(reach, COUNT_LIMIT);
		Map<Long, String> names = members.findAll(counts.stream().map(AchievementStore.Count::id).toList())
			.stream()
			.collect(Collectors.toMap(MemberView::id, MemberView::name));
		return counts.stream().map(c -> new AchievementStore.Count(c.id(), names.get(c.id()), c.count())).toList();
	}

	/** A studio the actor may record for: in reach, administered, active. */
	private Studio writable(Actor actor, long studioId, String field) {
		Studio studio = studios.find(studioId)
			.filter(s -> scope.covers(actor, s.hostOrgId()))
			.orElseThrow(() -> field == null ? new NotFoundException("studio", studioId)
					: BusinessRuleException.invalid(field, "innovation.achievement.studioUnknown", studioId));
		if (!actor.administers()) {
			throw new OutOfScopeException("studio " + studioId);
		}
		if (!studio.active()) {
			throw BusinessRuleException.conflict("innovation.studio.dissolved");
		}
		return studio;
	}

	/**
	 * The patent number as kept (ZL and the digits), required of a patent and only of
	 * one.
	 */
	private static String patentNo(AchievementDraft draft) {
		String given = blankToNull(draft.patentNo());
		if (draft.kind() != AchievementKind.PATENT) {
			if (given != null || draft.patentKind() != null) {
				throw BusinessRuleException.invalid(given != null ? "patentNo" : "patentKind",
						"innovation.achievement.patentOnly");
			}
			return null;
		}
		if (draft.patentKind() == null) {
			throw BusinessRuleException.invalid("patentKind", "innovation.achievement.patentKind");
		}
		String digits = given == null ? ""
				: Normalizer.normalize(given, Normalizer.Form.NFKC).toUpperCase(Locale.ROOT).replace(" ", "");
		if (digits.startsWith("ZL")) {
			digits = digits.substring(2);
		}
		if (!PATENT.matcher(digits).matches()) {
			throw BusinessRuleException.invalid("patentNo", "innovation.achievement.patentNo");
		}
		return "ZL" + digits;
	}

	/**
	 * Members by card number, each a current member of one of the studios, then people
	 * from outside by name; each once, in the order given.
	 */
	private List<AchievementStore.ContributorRow> contributors(List<Studio> owners, AchievementDraft draft) {
		Set<Long> insiders = new HashSet<>();
		owners.forEach(s -> studios.members(s.id()).forEach(m -> insiders.add(m.memberId())));
		List<AchievementStore.ContributorRow> rows = new ArrayList<>();
		Set<Long> seen = new HashSet<>();
		for (String card : draft.cards()) {
			String kept = card.strip();
			MemberView member = members.findByCardNo(kept)
				.filter(m -> insiders.contains(m.id()))
				.orElseThrow(() -> BusinessRuleException.invalid("contributorCardNos",
						"innovation.achievement.contributorUnknown", kept));
			if (seen.add(member.id())) {
				rows.add(new AchievementStore.ContributorRow(member.id(), null));
			}
		}
		for (String name : new LinkedHashSet<>(draft.externals().stream().map(AchievementService::kept).toList())) {
			rows.add(new AchievementStore.ContributorRow(null, name));
		}
		return rows;
	}

	/** The achievements with their members' names filled in. */
	private List<Achievement> named(List<Achievement> found) {
		List<Long> ids = found.stream()
			.flatMap(a -> a.contributors().stream())
			.map(Contributor::memberId)
			.filter(id -> id != null)
			.distinct()
			.toList();
		Map<Long, String> names = members.findAll(ids)
			.stream()
			.collect(Collectors.toMap(MemberView::id, MemberView::name));
		return found.stream()
			.map(a -> new Achievement(a.id(), a.kind(), a.title(), a.achievedOn(), a.ownerOrgId(), a.patentNo(),
					a.patentKind(), a.standardNo(), a.venue(), a.benefit(), a.summary(), a.studios(),
					a.contributors()
						.stream()
						.map(c -> c.memberId() == null ? c : new Contributor(c.memberId(), names.get(c.memberId())))
						.toList(),
					a.adoptedBy(), a.contestId()))
			.toList();
	}

	private static String kept(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFKC).strip();
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : kept(text);
	}

}
