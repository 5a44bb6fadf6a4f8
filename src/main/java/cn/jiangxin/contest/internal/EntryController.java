package cn.jiangxin.contest.internal;

import java.time.Clock;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.jiangxin.contest.ContestView;
import cn.jiangxin.contest.EntryView;
import cn.jiangxin.contest.SubmissionDraft;
import cn.jiangxin.contest.SubmissionFiles;
import cn.jiangxin.contest.SubmissionView;
import cn.jiangxin.contest.TrackView;
import cn.jiangxin.member.MemberApi;
import cn.jiangxin.member.MemberView;
import cn.jiangxin.shared.Actor;
import cn.jiangxin.shared.Actors;
import cn.jiangxin.shared.BusinessRuleException;
import cn.jiangxin.shared.NotFoundException;
import cn.jiangxin.shared.OrgScope;
import cn.jiangxin.shared.OutOfScopeException;
import cn.jiangxin.shared.files.BlobStore;
import cn.jiangxin.shared.web.FormErrors;
import cn.jiangxin.shared.web.RateLimits;

/**
 * The pages of an entry, for its people, its unit's admins and its organisers: a member
 * enters a track from their phone, forms a team by inviting others, answers invitations,
 * hands in materials (versioned, PDFs and images previewed), and the unit confirms or
 * withdraws it.
 */
@Controller
class EntryController {

	/**
	 * A member's own entry: the track, a title (project, case or team name) and the
	 * declaration.
	 */
	record EnterForm(Long trackId, String title, Boolean declarationAccepted) {

		boolean declared() {
			return Boolean.TRUE.equals(declarationAccepted);
		}

	}

	private final EntryService service;

	private final SubmissionService submissions;

	private final SubmissionStore submissionStore;

	private final ContestStore contests;

	private final ContestAccess contestAccess;

	private final EntryAccess access;

	private final EntryQueries queries;

	private final MemberApi members;

	private final OrgScope scope;

	private final BlobStore blobs;

	private final RateLimits limits;

	private final MessageSource messages;

	private final ContestQueries contestQueries;

	private final Clock clock;

	EntryController(ContestQueries contestQueries, EntryService service, SubmissionService submissions,
			SubmissionStore submissionStore, ContestStore contests, ContestAccess contestAccess, EntryAccess access,
			EntryQueries queries, MemberApi members, OrgScope scope, BlobStore blobs, RateLimits limits,
			MessageSource messages, Clock clock) {
		this.clock = clock;
		this.service = service;
		this.submissions = submissions;
		this.submissionStore = submissionStore;
		this.contests = contests;
		this.contestAccess = contestAccess;
		this.access = access;
		this.queries = queries;
		this.members = members;
		this.scope = scope;
		this.blobs = blobs;
		this.limits = limits;
		this.messages = messages;
		this.contestQueries = contestQueries;
	}

	@GetMapping("/contests/{id}/enter")
	@PreAuthorize("hasRole('MEMBER')")
	String enterForm(@PathVariable long id, @RequestParam(required = false) Long track, Model model) {
		enterModel(id, model);
		model.addAttribute("enterForm", new EnterForm(track, null, false));
		return "contest/enter";
	}

	@PostMapping("/contests/{id}/enter")
	@PreAuthorize("hasRole('MEMBER')")
	String enter(@PathVariable long id, @ModelAttribute EnterForm enterForm, BindingResult result, Model model,
			RedirectAttributes redirect) {
		List<TrackView> tracks = enterModel(id, model);
		return FormErrors.submit(result, "contest/enter", () -> {
			if (enterForm.trackId() == null || tracks.stream().noneMatch(t -> t.id() == enterForm.trackId())) {
				throw BusinessRuleException.invalid("trackId", "entry.track.choose");
			}
			long entryId = service.enter(Actors.require(), enterForm.trackId(), enterForm.title(),
					enterForm.declared());
			redirect.addFlashAttribute("success", "entry.entered");
			return "redirect:/entries/" + entryId;
		});
	}

	@GetMapping("/me/entries")
	@PreAuthorize("hasRole('MEMBER')")
	String mine(Model model) {
		Actor actor = Actors.require();
		List<EntryView> mine = queries.ofMember(actor.memberId());
		Map<Long, ContestView> byContest = new LinkedHashMap<>();
		for (EntryView entry : mine) {
			byContest.computeIfAbsent(entry.contestId(), c -> contests.find(c).orElseThrow());
		}
		long me = actor.memberId();
		model.addAttribute("invitations",
				mine.stream().filter(e -> e.person(me).filter(EntryView.Person::invited).isPresent()).toList());
		model.addAttribute("entered",
				mine.stream().filter(e -> e.person(me).filter(EntryView.Person::accepted).isPresent()).toList());
		model.addAttribute("contests", byContest);
		model.addAttribute("now", Instant.now(clock));
		MemberView member = members.find(actor.memberId()).orElseThrow();
		model.addAttribute("open", contestQueries.openTo(member.orgId()));
		return "contest/my-entries";
	}

	@GetMapping("/entries/{id}")
	String show(@PathVariable long id, Model model) {
		return render(id, Map.of(), model);
	}

	@PostMapping("/entries/{id}/invite")
	String invite(@PathVariable long id, @RequestParam(required = false) String invitee, RedirectAttributes redirect) {
		Actor actor = Actors.require();
		return act(id, redirect, "entry.invited", () -> {
			limits.take("invite", actor.username());
			service.invite(actor, id, invitee);
		});
	}

	@PostMapping("/entries/{id}/invitations/{memberId}/cancel")
	String cancelInvitation(@PathVariable long id, @PathVariable long memberId, RedirectAttributes redirect) {
		return act(id, redirect, "entry.invitationCancelled",
				() -> service.cancelInvitation(Actors.require(), id, memberId));
	}

	@PostMapping("/entries/{id}/accept")
	@PreAuthorize("hasRole('MEMBER')")
	String accept(@PathVariable long id, RedirectAttributes redirect) {
		return act(id, redirect, "entry.accepted", () -> service.respond(Actors.require(), id, true));
	}

	@PostMapping("/entries/{id}/decline")
	@PreAuthorize("hasRole('MEMBER')")
	String decline(@PathVariable long id, RedirectAttributes redirect) {
		return FormErrors.act(redirect, "entry.declined", "redirect:/me/entries",
				() -> service.respond(Actors.require(), id, false));
	}

	@PostMapping("/entries/{id}/leave")
	@PreAuthorize("hasRole('MEMBER')")
	String leave(@PathVariable long id, RedirectAttributes redirect) {
		try {
			service.leave(Actors.require(), id);
			redirect.addFlashAttribute("success", "entry.left");
			return "redirect:/me/entries";
		}
		catch (BusinessRuleException ex) {
			FormErrors.flash(redirect, ex);
			return "redirect:/entries/" + id;
		}
	}

	@PostMapping("/entries/{id}/lead")
	String lead(@PathVariable long id, @RequestParam(required = false) Long memberId, RedirectAttributes redirect) {
		return act(id, redirect, "entry.leadHanded",
				() -> service.handLead(Actors.require(), id, memberId == null ? -1 : memberId));
	}

	@PostMapping("/entries/{id}/rename")
	String rename(@PathVariable long id, @RequestParam(required = false) String title, RedirectAttributes redirect) {
		return act(id, redirect, "entry.renamed", () -> service.rename(Actors.require(), id, title));
	}

	@PostMapping("/entries/{id}/withdraw")
	String withdraw(@PathVariable long id, RedirectAttributes redirect) {
		return act(id, redirect, "entry.withdrawn", () -> service.withdraw(Actors.require(), id));
	}

	@PostMapping("/entries/{id}/confirm")
	String confirm(@PathVariable long id, RedirectAttributes redirect) {
		return act(id, redirect, "entry.confirmed", () -> service.confirm(Actors.require(), id));
	}

	@PostMapping("/entries/{id}/unconfirm")
	String unconfirm(@PathVariable long id, RedirectAttributes redirect) {
		return act(id, redirect, "entry.unconfirmed", () -> service.unconfirm(Actors.require(), id));
	}

	@PostMapping(value = "/entries/{id}/submissions", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	String submit(@PathVariable long id, MultipartHttpServletRequest request, Model model,
			RedirectAttributes redirect) {
		SubmissionDraft draft = draft(request);
		try {
			int version = submissions.submit(Actors.require(), id, draft);
			redirect.addFlashAttribute("success", "submission.saved");
			redirect.addFlashAttribute("savedVersion", version);
			return "redirect:/entries/" + id + "#materials";
		}
		catch (BusinessRuleException ex) {
			model.addAttribute("submissionError", failure(id, ex));
			return render(id, draft.texts(), model);
		}
	}

	@GetMapping("/entries/{id}/files/{itemId}")
	ResponseEntity<InputStreamResource> file(@PathVariable long id, @PathVariable long itemId,
			@RequestParam(defaultValue = "false") boolean download) throws IOException {
		EntryView entry = service.load(id);
		access.requireSee(Actors.require(), entry);
		SubmissionView.Item item = submissionStore.item(itemId)
			.filter(found -> found.getKey() == id && found.getValue().file())
			.map(Map.Entry::getValue)
			.orElseThrow(() -> new NotFoundException("file", itemId));
		return SubmissionFiles.stream(blobs, item, download);
	}

	/**
	 * The texts ({@code text.<code>}) and files ({@code file.<code>}) of a submission
	 * form.
	 */
	static SubmissionDraft draft(MultipartHttpServletRequest request) {
		Map<String, String> texts = new LinkedHashMap<>();
		request.getParameterMap().forEach((name, values) -> {
			if (name.startsWith("text.") && values.length > 0) {
				texts.put(name.substring(5), values[0]);
			}
		});
		List<SubmissionDraft.FilePart> files = new ArrayList<>();
		for (Map.Entry<String, MultipartFile> file : request.getFileMap().entrySet()) {
			if (file.getKey().startsWith("file.") && !file.getValue().isEmpty()) {
				files.add(new SubmissionDraft.FilePart(file.getKey().substring(5),
						file.getValue().getOriginalFilename(), file.getValue()));
			}
		}
		return new SubmissionDraft(texts, files);
	}

	private String render(long id, Map<String, String> typed, Model model) {
		Actor actor = Actors.require();
		EntryView entry = service.load(id);
		access.requireSee(actor, entry);
		ContestView contest = contests.find(entry.contestId()).orElseThrow();
		TrackView track = contests.track(entry.trackId()).orElseThrow();
		List<SubmissionView> versions = submissionStore.versions(id);
		boolean live = !entry.withdrawn() && contest.acceptsEntries(Instant.now(clock));
		boolean leader = EntryAccess.isLeader(actor, entry);
		boolean unitAdmin = access.isUnitAdmin(actor, entry);
		model.addAttribute("entry", entry);
		model.addAttribute("contest", contest);
		model.addAttribute("track", track);
		model.addAttribute("versions", versions);
		model.addAttribute("latest", versions.isEmpty() ? null : versions.get(0));
		model.addAttribute("typed", typed);
		model.addAttribute("live", live);
		model.addAttribute("leader", leader);
		model.addAttribute("unitAdmin", unitAdmin);
		model.addAttribute("manager", contestAccess.canManage(actor, contest.id()));
		model.addAttribute("teamMember", EntryAccess.isTeamMember(actor, entry));
		model.addAttribute("invited", actor.memberId() != null
				&& entry.person(actor.memberId()).filter(EntryView.Person::invited).isPresent());
		model.addAttribute("missing", submissionStore.missingRequired(track, id));
		if (track.quotaPerUnit() != null) {
			model.addAttribute("quotaUsed", queries.confirmedPerUnit(track.id()).getOrDefault(entry.unitOrgId(), 0L));
		}
		return "contest/entry";
	}

	private List<TrackView> enterModel(long contestId, Model model) {
		ContestView contest = contests.find(contestId).orElseThrow(() -> new NotFoundException("contest", contestId));
		Actor actor = Actors.require();
		contestAccess.requireVisible(actor, contest);
		MemberView member = members.find(actor.memberId()).orElseThrow(() -> new OutOfScopeException("members only"));
		List<TrackView> tracks = contests.tracks(contestId);
		model.addAttribute("contest", contest);
		model.addAttribute("tracks", tracks);
		model.addAttribute("member", member);
		model.addAttribute("inScope", scope.within(contest.scopeOrgId(), member.orgId()));
		model.addAttribute("accepting", contest.acceptsEntries(Instant.now(clock)));
		return tracks;
	}

	private String failure(long entryId, BusinessRuleException ex) {
		String message = messages.getMessage(ex.code(), ex.args(), ex.code(), LocaleContextHolder.getLocale());
		String label = ex.field() == null ? null
				: contests.track(service.load(entryId).trackId())
					.flatMap(t -> t.requirement(ex.field()))
					.map(TrackView.Requirement::label)
					.orElse(null);
		return label == null ? message : label + "：" + message;
	}

	private static String act(long id, RedirectAttributes redirect, String success, Runnable action) {
		return FormErrors.act(redirect, success, "redirect:/entries/" + id, action);
	}

}
