package cn.jiangxin.innovation.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.jiangxin.innovation.AchievementKind;
import cn.jiangxin.innovation.PatentKind;
import cn.jiangxin.innovation.StudioField;
import cn.jiangxin.innovation.StudioLevel;
import cn.jiangxin.member.MemberApi;
import cn.jiangxin.member.MemberView;
import cn.jiangxin.shared.Actor;
import cn.jiangxin.shared.Actors;
import cn.jiangxin.shared.NotFoundException;
import cn.jiangxin.shared.OrgDirectory;
import cn.jiangxin.shared.web.FormErrors;
import tools.jackson.databind.json.JsonMapper;

/**
 * The studio registry's pages (职工创新工作室): the list with its filters and the figures per
 * union, a studio's own page with its members and level history, registering a studio,
 * adding members and conferring a level. For admins, within their reach.
 */
@Controller
@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'UNION_ADMIN')")
class StudioController {

	/** The colour of each level in the chart, lowest first; no level is grey. */
	private static final List<String> LEVEL_COLOURS = List.of("#9bb7d4", "#5b8ac0", "#b22222", "#7a1010");

	private final StudioService studios;

	private final StudioStore store;

	private final AchievementService achievements;

	private final MentoringService mentoring;

	private final ProjectService projects;

	private final LevelService levelCalls;

	private final ReviewService reviews;

	private final AchievementFiles evidence;

	private final MentoringStore mentoringStore;

	private final MemberApi members;

	private final OrgDirectory orgNames;

	private final JsonMapper json;

	private final MessageSource messages;

	private final Clock clock;

	StudioController(StudioService studios, StudioStore store, AchievementService achievements,
			MentoringService mentoring, MentoringStore mentoringStore, ProjectService projects, LevelService levels,
			ReviewService reviews, AchievementFiles evidence, MemberApi members, OrgDirectory orgNames, JsonMapper json,
			MessageSource messages, Clock clock) {
		this.studios = studios;
		this.evidence = evidence;
		this.levelCalls = levels;
		this.reviews = reviews;
		this.projects = projects;
		this.mentoring = mentoring;
		this.mentoringStore = mentoringStore;
		this.achievements = achievements;
		this.store = store;
		this.members = members;
		this.orgNames = orgNames;
		this.json = json;
		this.messages = messages;
		this.clock = clock;
	}

	/**
	 * A studio in the list: its host's and leader's names and how many members it has.
	 */
	public record Card(Studio studio, String hostName, String leaderName, int members) {
	}

	/** A current member with their name and union. */
	public record Person(long memberId, String name, String orgName, StudioRole role, LocalDate joinedOn) {
	}

	/** A level in the history, with the conferring union's name. */
	public record Step(StudioLevel level, String conferredBy, String decision, LocalDate conferredOn, LocalDate endedOn,
			String endKind, String endDecision) {
	}

	@GetMapping("/studios")
	String registry(@RequestParam(required = false) StudioLevel level,
			@RequestParam(required = false) StudioField field, @RequestParam(required = false) Long org,
			@RequestParam(required = false) String q, Model model) {
		Actor actor = Actors.require();
		StudioQuery query = new StudioQuery(level, field, org, q);
		List<Studio> found = studios.list(actor, query);
		StudioCounts counts = studios.counts(actor, org);
		model.addAttribute("studios", cards(found));
		model.addAttribute("limited", found.size() >= StudioService.LIST_LIMIT);
		model.addAttribute("counts", counts);
		model.addAttribute("chart", json.writeValueAsString(chart(counts)));
		model.addAttribute("query", query);
		model.addAttribute("levels", StudioLevel.values());
		model.addAttribute("fields", StudioField.values());
		return "innovation/studios";
	}

	@GetMapping("/studios/new")
	String blank(Model model) {
		if (!model.containsAttribute("studio")) {
			model.addAttribute("studio", StudioForm.blank(Actors.require().orgId(), LocalDate.now(clock)));
		}
		Object form = model.getAttribute("studio");
		Long host = form instanceof StudioForm f ? f.hostOrgId() : null;
		model.addAttribute("hostName", host == null ? null : orgNames.names(List.of(host)).get(host));
		model.addAttribute("fields", StudioField.values());
		return "innovation/studio-form";
	}

	@PostMapping("/studios")
	String register(@Valid @ModelAttribute("studio") StudioForm studio, BindingResult result, Model model,
			RedirectAttributes redirect) {
		return FormErrors.submit(result, blank(model), () -> {
			long id = studios.register(Actors.require(), studio.draft());
			redirect.addFlashAttribute("success", "innovation.studio.registered");
			return "redirect:/studios/" + id;
		});
	}

	@GetMapping("/studios/{id}")
	String studio(@PathVariable long id, Model model) {
		Actor actor = Actors.require();
		Studio studio = studios.studio(actor, id);
		List<StudioStore.StudioMember> current = store.members(id);
		Map<Long, MemberView> people = members
			.findAll(current.stream().map(StudioStore.StudioMember::memberId).toList())
			.stream()
			.collect(Collectors.toMap(MemberView::id, Function.identity()));
		List<StudioStore.LevelRecord> levels = store.levels(id);
		Set<Long> unions = new HashSet<>(List.of(studio.hostOrgId()));
		levels.forEach(l -> unions.add(l.conferringOrg()));
		Map<Long, String> names = orgNames.names(unions);
		model.addAttribute("studio", studio);
		model.addAttribute("projects", projects.ofStudio(id));
		model.addAttribute("levelApplications", levelCalls.ofStudio(id));
		List<Review> studioReviews = reviews.ofStudio(id);
		int lastYear = LocalDate.now(clock).getYear() - 1;
		model.addAttribute("reviews", studioReviews);
		model.addAttribute("reviewOverdue",
				studio.active() && studio.level() != null && reviews.overdue(lastYear)
						&& levels.stream().anyMatch(l -> l.conferredOn().getYear() < lastYear && l.endedOn() == null)
						&& studioReviews.stream().noneMatch(r -> r.year() == lastYear) ? lastYear : null);
		model.addAttribute("hostName", names.get(studio.hostOrgId()));
		model.addAttribute("people", current.stream().map(m -> {
			MemberView v = people.get(m.memberId());
			return new Person(m.memberId(), v == null ? "" : v.name(), v == null ? "" : v.orgName(), m.role(),
					m.joinedOn());
		}).toList());
		model.addAttribute("steps",
				levels.stream()
					.map(l -> new Step(l.level(), names.get(l.conferringOrg()), l.decision(), l.conferredOn(),
							l.endedOn(), l.endKind(), l.endDecision()))
					.toList());
		model.addAttribute("roles", List.of(StudioRole.DEPUTY, StudioRole.CORE));
		model.addAttribute("nextLevels",
				Arrays.stream(StudioLevel.values()).filter(l -> l.above(studio.level())).toList());
		if (!model.containsAttribute("member")) {
			model.addAttribute("member",
					new StudioRestController.NewMember(null, StudioRole.CORE, LocalDate.now(clock)));
		}
		if (!model.containsAttribute("level")) {
			model.addAttribute("level", new LevelDraft(null, actor.orgId(), null, LocalDate.now(clock)));
		}
		List<Achievement> recorded = achievements.ofStudio(actor, id);
		model.addAttribute("achievements", recorded);
		model.addAttribute("evidence", evidence.of(recorded.stream().map(Achievement::id).toList()));
		model.addAttribute("tally", achievements.tally(actor, id));
		model.addAttribute("kinds", AchievementKind.values());
		model.addAttribute("patentKinds", PatentKind.values());
		if (!model.containsAttribute("achievement")) {
			model.addAttribute("achievement", AchievementForm.blank(LocalDate.now(clock)));
		}
		List<Training> trainings = mentoring.trainings(actor, id);
		model.addAttribute("mentorships", mentoring.mentorships(actor, id));
		model.addAttribute("trainings", trainings);
		model.addAttribute("trainingAttendees", trainings.stream().mapToLong(Training::attendees).sum());
		model.addAttribute("trainingUnits", trainings.stream().mapToLong(Training::externalUnits).sum());
		model.addAttribute("trainingKinds", TrainingDraft.Kind.values());
		model.addAttribute("goalsMet", Assessment.GoalsMet.values());
		LocalDate today = LocalDate.now(clock);
		if (!model.containsAttribute("mentorship")) {
			model.addAttribute("mentorship", MentorshipForm.blank(today));
		}
		if (!model.containsAttribute("training")) {
			model.addAttribute("training", new TrainingDraft(null, null, today, 1, null, 0, null));
		}
		if (!model.containsAttribute("progress")) {
			model.addAttribute("progress", new ProgressNote(today, null));
		}
		if (!model.containsAttribute("assessment")) {
			model.addAttribute("assessment", new Assessment(null, null, null, null, today));
		}
		if (!model.containsAttribute("dissolution")) {
			model.addAttribute("dissolution", new Dissolution(LocalDate.now(clock), null));
		}
		Object level = model.getAttribute("level");
		Long conferrer = level instanceof LevelDraft d ? d.conferringOrgId() : null;
		model.addAttribute("conferrerName",
				conferrer == null ? null : orgNames.names(List.of(conferrer)).get(conferrer));
		return "innovation/studio";
	}

	@PostMapping("/studios/{id}/members")
	String addMember(@PathVariable long id, @Valid @ModelAttribute("member") StudioRestController.NewMember member,
			BindingResult result, Model model, RedirectAttributes redirect) {
		return FormErrors.submit(result, studio(id, model), () -> {
			studios.addMember(Actors.require(), id, member.cardNo(), member.role(), member.joinedOn());
			redirect.addFlashAttribute("success", "innovation.studio.memberAdded");
			return "redirect:/studios/" + id;
		});
	}

	@PostMapping("/studios/{id}/levels")
	String confer(@PathVariable long id, @Valid @ModelAttribute("level") LevelDraft level, BindingResult result,
			Model model, RedirectAttributes redirect) {
		return FormErrors.submit(result, studio(id, model), () -> {
			studios.confer(Actors.require(), id, level);
			redirect.addFlashAttribute("success", "innovation.level.conferred");
			return "redirect:/studios/" + id;
		});
	}

	@PostMapping("/studios/{id}/dissolve")
	String dissolve(@PathVariable long id, @Valid @ModelAttribute("dissolution") Dissolution dissolution,
			BindingResult result, Model model, RedirectAttributes redirect) {
		return FormErrors.submit(result, studio(id, model), () -> {
			studios.dissolve(Actors.require(), id, dissolution);
			redirect.addFlashAttribute("success", "innovation.studio.dissolvedNow");
			return "redirect:/studios/" + id;
		});
	}

	@PostMapping("/studios/{id}/mentorships")
	String agree(@PathVariable long id, @Valid @ModelAttribute("mentorship") MentorshipForm mentorship,
			BindingResult result, Model model, RedirectAttributes redirect) {
		return FormErrors.submit(result, studio(id, model), () -> {
			mentoring.agree(Actors.require(), id, mentorship.draft());
			redirect.addFlashAttribute("success", "innovation.mentorship.agreed");
			return "redirect:/studios/" + id + "#mentorships";
		});
	}

	@PostMapping("/studios/{id}/trainings")
	String train(@PathVariable long id, @Valid @ModelAttribute("training") TrainingDraft training, BindingResult result,
			Model model, RedirectAttributes redirect) {
		return FormErrors.submit(result, studio(id, model), () -> {
			mentoring.train(Actors.require(), id, training);
			redirect.addFlashAttribute("success", "innovation.training.recorded");
			return "redirect:/studios/" + id + "#trainings";
		});
	}

	@PostMapping("/mentorships/{id}/progress")
	String progress(@PathVariable long id, @Valid @ModelAttribute("progress") ProgressNote progress,
			BindingResult result, Model model, RedirectAttributes redirect) {
		long studio = studioOf(id);
		return FormErrors.submit(result, studio(studio, model), () -> {
			mentoring.progress(Actors.require(), id, progress);
			redirect.addFlashAttribute("success", "innovation.mentorship.progressed");
			return "redirect:/studios/" + studio + "#mentorships";
		});
	}

	@PostMapping("/mentorships/{id}/assessments")
	String assess(@PathVariable long id, @Valid @ModelAttribute("assessment") Assessment assessment,
			BindingResult result, Model model, RedirectAttributes redirect) {
		long studio = studioOf(id);
		return FormErrors.submit(result, studio(studio, model), () -> {
			mentoring.assess(Actors.require(), id, assessment);
			redirect.addFlashAttribute("success", "innovation.mentorship.assessedNow");
			return "redirect:/studios/" + studio + "#mentorships";
		});
	}

	private long studioOf(long mentorshipId) {
		return mentoringStore.studioOf(mentorshipId)
			.orElseThrow(() -> new NotFoundException("mentorship", mentorshipId));
	}

	@PostMapping("/studios/{id}/achievements")
	String record(@PathVariable long id, @Valid @ModelAttribute("achievement") AchievementForm achievement,
			BindingResult result, Model model, RedirectAttributes redirect) {
		return FormErrors.submit(result, studio(id, model), () -> {
			achievements.record(Actors.require(), id, achievement.draft());
			redirect.addFlashAttribute("success", "innovation.achievement.recorded");
			return "redirect:/studios/" + id + "#achievements";
		});
	}

	private List<Card> cards(List<Studio> found) {
		List<Long> ids = found.stream().map(Studio::id).toList();
		Map<Long, Integer> sizes = store.memberCounts(ids);
		Map<Long, String> hosts = orgNames.names(found.stream().map(Studio::hostOrgId).collect(Collectors.toSet()));
		Map<Long, String> leaders = members.findAll(found.stream().map(Studio::leaderId).distinct().toList())
			.stream()
			.collect(Collectors.toMap(MemberView::id, MemberView::name));
		List<Card> cards = new ArrayList<>(found.size());
		for (Studio s : found) {
			cards.add(new Card(s, hosts.get(s.hostOrgId()), leaders.getOrDefault(s.leaderId(), ""),
					sizes.getOrDefault(s.id(), 0)));
		}
		return cards;
	}

	/**
	 * A stacked bar per union under the root, one colour per level (ECharts options,
	 * drawn by the platform's own script).
	 */
	private Map<String, Object> chart(StudioCounts counts) {
		List<StudioCounts.Row> rows = new ArrayList<>(counts.unions());
		Collections.reverse(rows);
		List<Map<String, Object>> series = new ArrayList<>();
		series.add(series(text("innovation.level.none"), "#ced4da",
				rows.stream().map(StudioCounts.Row::unrated).toList()));
		for (StudioLevel level : StudioLevel.values()) {
			series.add(series(text(level.messageKey()), LEVEL_COLOURS.get(level.ordinal()),
					rows.stream().map(r -> r.count(level)).toList()));
		}
		Map<String, Object> option = new LinkedHashMap<>();
		option.put("tooltip", Map.of("trigger", "axis"));
		option.put("legend", Map.of("top", 0));
		option.put("grid", Map.of("left", 8, "right", 16, "bottom", 8, "top", 40, "containLabel", true));
		option.put("xAxis", Map.of("type", "value", "minInterval", 1));
		option.put("yAxis", Map.of("type", "category", "data", rows.stream().map(r -> r.union().name()).toList(),
				"axisLabel", Map.of("interval", 0, "width", 150, "overflow", "truncate")));
		option.put("series", series);
		return option;
	}

	private static Map<String, Object> series(String name, String colour, List<Long> data) {
		return Map.of("name", name, "type", "bar", "stack", "levels", "data", data, "barMaxWidth", 28, "itemStyle",
				Map.of("color", colour));
	}

	private String text(String key) {
		return messages.getMessage(key, null, LocaleContextHolder.getLocale());
	}

}
