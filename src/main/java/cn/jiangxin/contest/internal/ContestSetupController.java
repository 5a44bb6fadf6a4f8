package cn.jiangxin.contest.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.validation.Valid;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.jiangxin.contest.Advancement;
import cn.jiangxin.contest.ContestKind;
import cn.jiangxin.contest.ContestStatus;
import cn.jiangxin.contest.ContestView;
import cn.jiangxin.contest.EntryKind;
import cn.jiangxin.contest.EntryStatus;
import cn.jiangxin.contest.RoundFormat;
import cn.jiangxin.contest.RoundView;
import cn.jiangxin.contest.TrackView;
import cn.jiangxin.member.EmploymentType;
import cn.jiangxin.org.OrgApi;
import cn.jiangxin.shared.Actor;
import cn.jiangxin.shared.Actors;
import cn.jiangxin.shared.NotFoundException;
import cn.jiangxin.shared.OrgDirectory;
import cn.jiangxin.shared.PageQuery;
import cn.jiangxin.shared.Zones;
import cn.jiangxin.shared.files.ContentTypes;
import cn.jiangxin.shared.web.FormErrors;

/**
 * The organisers' pages: the contests they host or organise, the setup wizard (basics →
 * tracks → rounds → open), moving a contest along its life, its entries, and its
 * dashboard of counts drawn as charts.
 */
@Controller
@RequestMapping("/manage/contests")
@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'UNION_ADMIN')")
class ContestSetupController {

	private final ContestService service;

	private final ContestStore store;

	private final ContestQueries queries;

	private final ContestAccess access;

	private final EntryQueries entries;

	private final OrgApi orgs;

	private final OrgDirectory orgNames;

	private final ContestCharts charts;

	private final Clock clock;

	ContestSetupController(ContestService service, ContestStore store, ContestQueries queries, ContestAccess access,
			EntryQueries entries, OrgApi orgs, OrgDirectory orgNames, ContestCharts charts, Clock clock) {
		this.clock = clock;
		this.service = service;
		this.store = store;
		this.queries = queries;
		this.access = access;
		this.entries = entries;
		this.orgs = orgs;
		this.orgNames = orgNames;
		this.charts = charts;
	}

	@ModelAttribute
	void choices(Model model) {
		model.addAttribute("kinds", ContestKind.values());
		model.addAttribute("entryKinds", EntryKind.values());
		model.addAttribute("employmentTypes", EmploymentType.values());
		model.addAttribute("formats", RoundFormat.values());
		model.addAttribute("advancements", Advancement.values());
		model.addAttribute("fileKinds", String.join(", ", ContentTypes.KINDS.keySet()));
	}

	@GetMapping
	String list(@RequestParam(required = false) ContestStatus status, @RequestParam(required = false) String q,
			@RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("status", status);
		model.addAttribute("q", q);
		model.addAttribute("statuses", ContestStatus.values());
		model.addAttribute("page", queries.managed(Actors.require(), status, q, new PageQuery(page, 20)));
		return "contest/manage-list";
	}

	/**
	 * Unions anywhere in the tree by name, for choosing co-hosts and organisers (union
	 * names are public).
	 */
	@GetMapping("/parties")
	String parties(@RequestParam(name = "pickerQ", required = false) String q,
			@RequestParam(defaultValue = "hostOrgIds") String field, Model model) {
		model.addAttribute("field", field);
		model.addAttribute("choices", orgs.findOpenByName(q, 10));
		return "org/picker :: choices";
	}

	@GetMapping("/new")
	String createForm(Model model) {
		Actor actor = Actors.require();
		ContestForm form = ContestForm.blank(actor.orgId(), clock);
		model.addAttribute("contestForm", form);
		names(form, model);
		return "contest/form";
	}

	@PostMapping("/new")
	String create(@Valid @ModelAttribute ContestForm contestForm, BindingResult result, Model model,
			RedirectAttributes redirect) {
		names(contestForm, model);
		return FormErrors.submit(result, "contest/form", () -> {
			long id = service.create(Actors.require(), contestForm.draft());
			redirect.addFlashAttribute("success", "contest.created");
			return "redirect:/manage/contests/" + id;
		});
	}

	@GetMapping("/{id}")
	String setup(@PathVariable long id, Model model) {
		ContestView contest = managed(id);
		List<TrackView> tracks = store.tracks(id);
		model.addAttribute("contest", contest);
		model.addAttribute("tracks", tracks);
		model.addAttribute("rounds", store.rounds(id));
		model.addAttribute("trackNames", tracks.stream().collect(Collectors.toMap(TrackView::id, TrackView::name)));
		model.addAttribute("counts", queries.trackCounts(id));
		model.addAttribute("next", contest.status().next());
		model.addAttribute("registrationOpen", ContestService.registrationOpen(contest, Instant.now(clock)));
		model.addAttribute("editable", contest.status().setupOpen());
		model.addAttribute("roundsEditable", contest.status().roundsOpen());
		return "contest/setup";
	}

	@GetMapping("/{id}/edit")
	String editForm(@PathVariable long id, Model model) {
		ContestView contest = managed(id);
		ContestForm form = ContestForm.of(contest);
		model.addAttribute("contest", contest);
		model.addAttribute("contestForm", form);
		names(form, model);
		return "contest/form";
	}

	@PostMapping("/{id}/edit")
	String edit(@PathVariable long id, @Valid @ModelAttribute ContestForm contestForm, BindingResult result,
			Model model, RedirectAttributes redirect) {
		ContestView contest = managed(id);
		model.addAttribute("contest", contest);
		names(contestForm, model);
		try {
			return FormErrors.submit(result, "contest/form", () -> {
				service.update(Actors.require(), id, contestForm.draft(),
						contestForm.version() == null ? contest.version() : contestForm.version());
				redirect.addFlashAttribute("success", "contest.saved");
				return "redirect:/manage/contests/" + id;
			});
		}
		catch (OptimisticLockingFailureException ex) {
			result.reject("common.changedMeanwhile");
			return "contest/form";
		}
	}

	@PostMapping("/{id}/status")
	String advance(@PathVariable long id, @RequestParam ContestStatus target, RedirectAttributes redirect) {
		return FormErrors.act(redirect, "contest.advanced", "redirect:/manage/contests/" + id,
				() -> service.advance(Actors.require(), id, target));
	}

	@PostMapping("/{id}/registration/close")
	String closeRegistration(@PathVariable long id, RedirectAttributes redirect) {
		return FormErrors.act(redirect, "contest.registration.closed", "redirect:/manage/contests/" + id,
				() -> service.closeRegistration(Actors.require(), id));
	}

	@GetMapping("/{id}/tracks/new")
	String trackForm(@PathVariable long id, Model model) {
		ContestView contest = managed(id);
		model.addAttribute("contest", contest);
		model.addAttribute("trackForm", TrackForm.blank(contest.kind()));
		return "contest/track-form";
	}

	@PostMapping("/{id}/tracks/new")
	String addTrack(@PathVariable long id, @Valid @ModelAttribute TrackForm trackForm, BindingResult result,
			Model model, RedirectAttributes redirect) {
		model.addAttribute("contest", managed(id));
		return FormErrors.submit(result, "contest/track-form", () -> {
			service.addTrack(Actors.require(), id, trackForm.draft());
			redirect.addFlashAttribute("success", "track.created");
			return "redirect:/manage/contests/" + id;
		});
	}

	@GetMapping("/{id}/tracks/{trackId}/edit")
	String editTrackForm(@PathVariable long id, @PathVariable long trackId, Model model) {
		model.addAttribute("contest", managed(id));
		TrackView track = track(id, trackId);
		model.addAttribute("track", track);
		model.addAttribute("trackForm", TrackForm.of(track));
		return "contest/track-form";
	}

	@PostMapping("/{id}/tracks/{trackId}/edit")
	String editTrack(@PathVariable long id, @PathVariable long trackId, @Valid @ModelAttribute TrackForm trackForm,
			BindingResult result, Model model, RedirectAttributes redirect) {
		model.addAttribute("contest", managed(id));
		model.addAttribute("track", track(id, trackId));
		return FormErrors.submit(result, "contest/track-form", () -> {
			service.updateTrack(Actors.require(), trackId, trackForm.draft());
			redirect.addFlashAttribute("success", "track.saved");
			return "redirect:/manage/contests/" + id;
		});
	}

	@PostMapping("/{id}/tracks/{trackId}/delete")
	String deleteTrack(@PathVariable long id, @PathVariable long trackId, RedirectAttributes redirect) {
		track(id, trackId);
		return FormErrors.act(redirect, "track.deleted", "redirect:/manage/contests/" + id,
				() -> service.deleteTrack(Actors.require(), trackId));
	}

	@GetMapping("/{id}/rounds/new")
	String roundForm(@PathVariable long id, Model model) {
		managedWithTracks(id, model);
		int next = store.rounds(id)
			.stream()
			.filter(r -> r.trackId() == null)
			.mapToInt(RoundView::ordinal)
			.max()
			.orElse(0) + 1;
		model.addAttribute("roundForm", RoundForm.blank(next));
		return "contest/round-form";
	}

	@PostMapping("/{id}/rounds/new")
	String addRound(@PathVariable long id, @Valid @ModelAttribute RoundForm roundForm, BindingResult result,
			Model model, RedirectAttributes redirect) {
		managedWithTracks(id, model);
		return FormErrors.submit(result, "contest/round-form", () -> {
			service.addRound(Actors.require(), id, roundForm.draft());
			redirect.addFlashAttribute("success", "round.created");
			return "redirect:/manage/contests/" + id;
		});
	}

	@GetMapping("/{id}/rounds/{roundId}/edit")
	String editRoundForm(@PathVariable long id, @PathVariable long roundId, Model model) {
		managedWithTracks(id, model);
		RoundView round = round(id, roundId);
		model.addAttribute("round", round);
		model.addAttribute("roundForm",
				new RoundForm(round.trackId(), round.ordinal(), round.name(), round.format(),
						round.startsAt() == null ? null : LocalDateTime.ofInstant(round.startsAt(), Zones.BEIJING),
						round.endsAt() == null ? null : LocalDateTime.ofInstant(round.endsAt(), Zones.BEIJING),
						round.scoringPlan(), round.advancement(), round.advancementValue()));
		return "contest/round-form";
	}

	@PostMapping("/{id}/rounds/{roundId}/edit")
	String editRound(@PathVariable long id, @PathVariable long roundId, @Valid @ModelAttribute RoundForm roundForm,
			BindingResult result, Model model, RedirectAttributes redirect) {
		managedWithTracks(id, model);
		model.addAttribute("round", round(id, roundId));
		return FormErrors.submit(result, "contest/round-form", () -> {
			service.updateRound(Actors.require(), roundId, roundForm.draft());
			redirect.addFlashAttribute("success", "round.saved");
			return "redirect:/manage/contests/" + id;
		});
	}

	@PostMapping("/{id}/rounds/{roundId}/delete")
	String deleteRound(@PathVariable long id, @PathVariable long roundId, RedirectAttributes redirect) {
		round(id, roundId);
		return FormErrors.act(redirect, "round.deleted", "redirect:/manage/contests/" + id,
				() -> service.deleteRound(Actors.require(), roundId));
	}

	@GetMapping("/{id}/dashboard")
	String dashboard(@PathVariable long id, Model model) {
		ContestView contest = managed(id);
		EntryQueries.ContestStats stats = entries.stats(id);
		model.addAttribute("contest", contest);
		model.addAttribute("stats", stats);
		model.addAttribute("confirmedCount", stats.byStatus().get(EntryStatus.CONFIRMED));
		model.addAttribute("charts", charts.of(stats));
		return "contest/dashboard";
	}

	@GetMapping("/{id}/entries")
	String entries(@PathVariable long id, @RequestParam(required = false) Long track,
			@RequestParam(required = false) Long unit, @RequestParam(required = false) EntryStatus status,
			@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page, Model model) {
		ContestView contest = managed(id);
		model.addAttribute("contest", contest);
		model.addAttribute("tracks", store.tracks(id));
		model.addAttribute("filter", new EntryQueries.EntryFilter(id, track, unit, status, q));
		model.addAttribute("statuses", EntryStatus.values());
		if (unit != null) {
			model.addAttribute("unitName", orgNames.names(Set.of(unit)).get(unit));
		}
		model.addAttribute("page", entries.list(Actors.require(),
				new EntryQueries.EntryFilter(id, track, unit, status, q), new PageQuery(page, 30)));
		return "contest/manage-entries";
	}

	private ContestView managed(long id) {
		ContestView contest = service.load(id);
		access.requireManage(Actors.require(), id);
		return contest;
	}

	private void managedWithTracks(long id, Model model) {
		model.addAttribute("contest", managed(id));
		model.addAttribute("tracks", store.tracks(id));
	}

	private TrackView track(long contestId, long trackId) {
		return store.track(trackId)
			.filter(t -> t.contestId() == contestId)
			.orElseThrow(() -> new NotFoundException("track", trackId));
	}

	private RoundView round(long contestId, long roundId) {
		return store.round(roundId)
			.filter(r -> r.contestId() == contestId)
			.orElseThrow(() -> new NotFoundException("round", roundId));
	}

	private void names(ContestForm form, Model model) {
		List<Long> hosts = form.hostOrgIds() == null ? List.of() : form.hostOrgIds();
		List<Long> organisers = form.organiserOrgIds() == null ? List.of() : form.organiserOrgIds();
		Map<Long, String> names = orgNames.names(
				Stream.concat(Stream.concat(hosts.stream(), organisers.stream()), Stream.ofNullable(form.scopeOrgId()))
					.filter(Objects::nonNull)
					.collect(Collectors.toSet()));
		model.addAttribute("orgNames", names);
		model.addAttribute("hostChoices",
				hosts.stream().filter(names::containsKey).map(h -> new ContestView.Party(h, names.get(h))).toList());
		model.addAttribute("organiserChoices",
				organisers.stream()
					.filter(names::containsKey)
					.map(h -> new ContestView.Party(h, names.get(h)))
					.toList());
	}

}
