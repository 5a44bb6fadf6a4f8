package cn.jiangxin.innovation.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.jiangxin.audit.AuditAction;
import cn.jiangxin.audit.AuditLog;
import cn.jiangxin.member.MemberApi;
import cn.jiangxin.member.MemberView;
import cn.jiangxin.shared.Actor;
import cn.jiangxin.shared.BusinessRuleException;
import cn.jiangxin.shared.NotFoundException;
import cn.jiangxin.shared.OrgScope;
import cn.jiangxin.shared.Zones;

/**
 * The rules of mentoring (名师带徒) and trainings: a mentor is a member of the studio, the
 * apprentices active members of its host's subtree; an agreement lasts at most three
 * years; progress and assessments are recorded while it runs, and once every apprentice
 * is assessed it is closed. A studio records its trainings, lectures and demonstrations.
 * Every change is audited, and a dissolved studio changes no more.
 */
@Service
class MentoringService {

	/** The longest mentorship agreed, in years. */
	static final int MAX_YEARS = 3;

	private final MentoringStore store;

	private final StudioStore studios;

	private final StudioService studioRules;

	private final MemberApi members;

	private final OrgScope scope;

	private final AuditLog audit;

	private final Clock clock;

	MentoringService(MentoringStore store, StudioStore studios, StudioService studioRules, MemberApi members,
			OrgScope scope, AuditLog audit, Clock clock) {
		this.store = store;
		this.studios = studios;
		this.studioRules = studioRules;
		this.members = members;
		this.scope = scope;
		this.audit = audit;
		this.clock = clock;
	}

	/** Agrees a mentorship of a studio; its id. */
	@Transactional
	public long agree(Actor actor, long studioId, MentorshipDraft draft) {
		Studio studio = studioRules.open(actor, studioId);
		String mentorCard = draft.mentorCardNo().strip();
		Set<Long> current = new HashSet<>();
		studios.members(studioId).forEach(m -> current.add(m.memberId()));
		MemberView mentor = members.findByCardNo(mentorCard)
			.filter(m -> current.contains(m.id()))
			.orElseThrow(
					() -> BusinessRuleException.invalid("mentorCardNo", "innovation.mentorship.mentor", mentorCard));
		List<Long> apprentices = new ArrayList<>();
		for (String card : new LinkedHashSet<>(draft.apprenticeCardNos().stream().map(String::strip).toList())) {
			MemberView apprentice = members.findByCardNo(card)
				.filter(m -> m.status().isActive() && scope.within(studio.hostOrgId(), m.orgId()))
				.filter(m -> m.id() != mentor.id())
				.orElseThrow(() -> BusinessRuleException.invalid("apprenticeCardNos",
						"innovation.mentorship.apprentice", card));
			apprentices.add(apprentice.id());
		}
		if (draft.startsOn().isBefore(studio.foundedOn())) {
			throw BusinessRuleException.invalid("startsOn", "innovation.mentorship.beforeFounding", studio.foundedOn());
		}
		if (!draft.endsOn().isAfter(draft.startsOn())
				|| draft.endsOn().isAfter(draft.startsOn().plusYears(MAX_YEARS))) {
			throw BusinessRuleException.invalid("endsOn", "innovation.mentorship.period", MAX_YEARS);
		}
		long id = store.insert(studioId, mentor.id(), apprentices, draft, actor.username(), Instant.now(clock));
		audit.record("mentorship", id, studio.hostOrgId(), AuditAction.CREATE, null, Map.of("studio", studio.name(),
				"mentor", mentor.name(), "apprentices", apprentices.size(), "endsOn", draft.endsOn().toString()));
		return id;
	}

	/** Records progress of a running mentorship. */
	@Transactional
	public void progress(Actor actor, long mentorshipId, ProgressNote note) {
		MentoringStore.Head head = running(actor, mentorshipId);
		if (note.recordedOn().isBefore(head.startsOn()) || note.recordedOn().isAfter(Zones.today(clock))) {
			throw BusinessRuleException.invalid("recordedOn", "innovation.mentorship.progressDay", head.startsOn());
		}
		store.addProgress(mentorshipId, note, actor.username(), Instant.now(clock));
		audit.record("mentorship", mentorshipId, studios.find(head.studioId()).orElseThrow().hostOrgId(),
				AuditAction.UPDATE, null, Map.of("progress", note.recordedOn().toString()));
	}

	/**
	 * Assesses one apprentice of a running mentorship, once; the last assessment closes
	 * it.
	 */
	@Transactional
	public void assess(Actor actor, long mentorshipId, Assessment assessment) {
		MentoringStore.Head head = running(actor, mentorshipId);
		if (assessment.assessedOn().isBefore(head.startsOn())) {
			throw BusinessRuleException.invalid("assessedOn", "innovation.mentorship.progressDay", head.startsOn());
		}
		String card = assessment.apprenticeCardNo().strip();
		MemberView apprentice = members.findByCardNo(card)
			.orElseThrow(() -> BusinessRuleException.invalid("apprenticeCardNo", "innovation.mentorship.notApprentice",
					card));
		if (!store.assess(mentorshipId, apprentice.id(), assessment, actor.username())) {
			throw BusinessRuleException.invalid("apprenticeCardNo", "innovation.mentorship.notApprentice", card);
		}
		boolean closed = store.closeIfAssessed(mentorshipId);
		audit.record("mentorship", mentorshipId, studios.find(head.studioId()).orElseThrow().hostOrgId(),
				AuditAction.UPDATE, null,
				Map.of("assessed", apprentice.name(), "goalsMet", assessment.goalsMet().name(), "closed", closed));
	}

	/** Records a training, lecture or demonstration of a studio. */
	@Transactional
	public void train(Actor actor, long studioId, TrainingDraft draft) {
		Studio studio = studioRules.open(actor, studioId);
		if (draft.heldOn().isBefore(studio.foundedOn())) {
			throw BusinessRuleException.invalid("heldOn", "innovation.training.beforeFounding", studio.foundedOn());
		}
		store.insertTraining(studioId, draft, actor.username(), Instant.now(clock));
		audit.record("studio", studioId, studio.hostOrgId(), AuditAction.UPDATE, null,
				Map.of("training", draft.title().strip(), "attendees", draft.attendees()));
	}

	/** A studio's mentorships, latest first, with names. */
	public List<Mentorship> mentorships(Actor actor, long studioId) {
		studioRules.studio(actor, studioId);
		List<Mentorship> found = store.ofStudio(studioId);
		List<Long> ids = found.stream()
			.flatMap(m -> Stream.concat(Stream.of(m.mentorId()),
					m.apprentices().stream().map(Mentorship.Apprentice::memberId)))
			.distinct()
			.toList();
		Map<Long, String> names = members.findAll(ids)
			.stream()
			.collect(Collectors.toMap(MemberView::id, MemberView::name));
		return found.stream()
			.map(m -> m.named(names.get(m.mentorId()),
					m.apprentices()
						.stream()
						.map(a -> new Mentorship.Apprentice(a.memberId(), names.get(a.memberId()), a.goalsMet(),
								a.achieved(), a.comment(), a.assessedOn()))
						.toList()))
			.toList();
	}

	/** A studio's trainings, latest first. */
	public List<Training> trainings(Actor actor, long studioId) {
		studioRules.studio(actor, studioId);
		return store.trainings(studioId);
	}

	/** A mentorship still running, its row locked, of a studio the actor may change. */
	private MentoringStore.Head running(Actor actor, long mentorshipId) {
		MentoringStore.Head head = store.lock(mentorshipId)
			.orElseThrow(() -> new NotFoundException("mentorship", mentorshipId));
		try {
			studioRules.open(actor, head.studioId());
		}
		catch (NotFoundException outOfReach) {
			throw new NotFoundException("mentorship", mentorshipId);
		}
		if (head.assessed()) {
			throw BusinessRuleException.conflict("innovation.mentorship.closed");
		}
		return head;
	}

}
