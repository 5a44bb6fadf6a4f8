package cn.jiangxin.contest.internal;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import cn.jiangxin.contest.ContestDraft;
import cn.jiangxin.contest.ContestKind;
import cn.jiangxin.contest.ContestStatus;
import cn.jiangxin.contest.ContestView;
import cn.jiangxin.contest.EntryDraft;
import cn.jiangxin.contest.EntryStatus;
import cn.jiangxin.contest.EntryView;
import cn.jiangxin.contest.RoundDraft;
import cn.jiangxin.contest.RoundView;
import cn.jiangxin.contest.TrackDraft;
import cn.jiangxin.contest.TrackView;
import cn.jiangxin.shared.Actor;
import cn.jiangxin.shared.Actors;
import cn.jiangxin.shared.BusinessRuleException;
import cn.jiangxin.shared.PageQuery;
import cn.jiangxin.shared.PageResult;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Contests over JSON: list and read what the caller may see, set one up (basics, tracks,
 * rounds), move it along its life, and register entries singly or in bulk from a
 * spreadsheet keyed by card number.
 */
@RestController
@RequestMapping("/api/v1/contests")
@Tag(name = "contests", description = "竞赛与征集 · contests and calls")
class ContestRestController {

	private final ContestService service;

	private final ContestStore store;

	private final ContestQueries queries;

	private final ContestAccess access;

	private final EntryService entries;

	private final EntryQueries entryQueries;

	private final EntryImport imports;

	private final MessageSource messages;

	ContestRestController(ContestService service, ContestStore store, ContestQueries queries, ContestAccess access,
			EntryService entries, EntryQueries entryQueries, EntryImport imports, MessageSource messages) {
		this.service = service;
		this.store = store;
		this.queries = queries;
		this.access = access;
		this.entries = entries;
		this.entryQueries = entryQueries;
		this.imports = imports;
		this.messages = messages;
	}

	@GetMapping
	@Operation(summary = "Contests the caller may see (public ones, and drafts they organise), open ones first")
	PageResult<ContestView> list(@RequestParam(required = false) ContestKind kind,
			@RequestParam(required = false) ContestStatus status, @RequestParam(required = false) String q,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return queries.visible(Actors.require(), kind, status, q, PageQuery.of(page, size));
	}

	@PostMapping
	@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'UNION_ADMIN')")
	@Operation(summary = "Set up a contest as a draft: kind, title, scope, registration window, hosts and organisers")
	ResponseEntity<ContestView> create(@Valid @RequestBody ContestDraft draft) {
		long id = service.create(Actors.require(), draft);
		return ResponseEntity.created(URI.create("/api/v1/contests/" + id)).body(service.load(id));
	}

	@GetMapping("/{id}")
	@Operation(summary = "A contest: past its draft anyone signed in may read it; a draft only its organisers")
	ContestView get(@PathVariable long id) {
		return visible(id);
	}

	@PutMapping("/{id}")
	@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'UNION_ADMIN')")
	@Operation(summary = "Change a contest's basics while a draft or open; `version` must be the one last read")
	ContestView update(@PathVariable long id, @Valid @RequestBody ContestUpdate update) {
		service.update(Actors.require(), id, update.contest(), update.version());
		return service.load(id);
	}

	@PostMapping("/{id}/status")
	@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'UNION_ADMIN')")
	@Operation(summary = "Move the contest one step: DRAFT → OPEN → JUDGING → PUBLICIZING → ARCHIVED")
	ContestView advance(@PathVariable long id, @Valid @RequestBody StatusChange change) {
		service.advance(Actors.require(), id, change.target());
		return service.load(id);
	}

	@PostMapping("/{id}/registration/close")
	@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'UNION_ADMIN')")
	@Operation(summary = "Close registration now instead of at its closing time; entries are locked from then on. "
			+ "Answers 409 unless registration is open")
	ContestView closeRegistration(@PathVariable long id) {
		service.closeRegistration(Actors.require(), id);
		return service.load(id);
	}

	@GetMapping("/{id}/tracks")
	@Operation(summary = "The contest's tracks with their rules and requirements")
	List<TrackView> tracks(@PathVariable long id) {
		visible(id);
		return store.tracks(id);
	}

	@PostMapping("/{id}/tracks")
	@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'UNION_ADMIN')")
	@Operation(summary = "Add a track: entry kind and team size, unit quota, eligibility rules, requirements")
	ResponseEntity<TrackView> addTrack(@PathVariable long id, @Valid @RequestBody TrackDraft draft) {
		long trackId = service.addTrack(Actors.require(), id, draft);
		return ResponseEntity.created(URI.create("/api/v1/contests/" + id + "/tracks"))
			.body(store.track(trackId).orElseThrow());
	}

	@GetMapping("/{id}/rounds")
	@Operation(summary = "The contest's rounds in order, each for the whole contest or one track")
	List<RoundView> rounds(@PathVariable long id) {
		visible(id);
		return store.rounds(id);
	}

	@PostMapping("/{id}/rounds")
	@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'UNION_ADMIN')")
	@Operation(summary = "Add a round: ordinal, format, window, scoring plan, advancement rule")
	ResponseEntity<RoundView> addRound(@PathVariable long id, @Valid @RequestBody RoundDraft draft) {
		long roundId = service.addRound(Actors.require(), id, draft);
		return ResponseEntity.created(URI.create("/api/v1/contests/" + id + "/rounds"))
			.body(store.round(roundId).orElseThrow());
	}

	@GetMapping("/{id}/entries")
	@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'UNION_ADMIN')")
	@Operation(
			summary = "Entries: all of them for the organisers, those of the caller's own subtree for a unit's admin")
	PageResult<EntryView> entries(@PathVariable long id, @RequestParam(required = false) Long track,
			@RequestParam(required = false) Long unit, @RequestParam(required = false) EntryStatus status,
			@RequestParam(required = false) String q, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		visible(id);
		return entryQueries.list(Actors.require(), new EntryQueries.EntryFilter(id, track, unit, status, q),
				PageQuery.of(page, size));
	}

	@PostMapping("/{id}/entries")
	@Operation(summary = "Enter: a member enters themself (leave out leaderCardNo); a unit's admin registers "
			+ "members of their own subtree by card number, the team complete at once")
	ResponseEntity<EntryView> register(@PathVariable long id, @Valid @RequestBody EntryRequest request) {
		Actor actor = Actors.require();
		long entryId;
		if (request.leaderCardNo() == null && actor.memberId() != null) {
			if (store.tracks(id).stream().noneMatch(t -> t.id() == request.trackId())) {
				throw BusinessRuleException.invalid("trackId", "entry.track.unknown");
			}
			entryId = entries.enter(actor, request.trackId(), request.title(), request.declared());
		}
		else {
			if (request.leaderCardNo() == null) {
				throw BusinessRuleException.invalid("leaderCardNo", "entry.leader.required");
			}
			List<Long> team = new ArrayList<>();
			for (String card : request.teamCardNos() == null ? List.<String>of() : request.teamCardNos()) {
				team.add(imports.card(card, "teamCardNos").id());
			}
			entryId = entries.register(actor, id, new EntryDraft(request.trackId(), request.title(),
					imports.card(request.leaderCardNo(), "leaderCardNo").id(), team, request.declared()));
		}
		return ResponseEntity.created(URI.create("/api/v1/entries/" + entryId)).body(entries.load(entryId));
	}

	@PostMapping(value = "/{id}/entries/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'UNION_ADMIN')")
	@Operation(summary = "Register entries in bulk from .xlsx (or .csv) keyed by card number, all or none; "
			+ "a bad row answers 400 with every row's reason")
	ResponseEntity<Object> importEntries(@PathVariable long id, @RequestParam(required = false) MultipartFile file)
			throws IOException {
		visible(id);
		if (file == null || file.isEmpty()) {
			throw BusinessRuleException.invalid("file", "file.empty");
		}
		EntryImport.Outcome outcome = imports.run(Actors.require(), id, file.getInputStream());
		if (outcome.succeeded()) {
			return ResponseEntity.status(HttpStatus.CREATED)
				.body(Map.of("registered", outcome.entryIds().size(), "entryIds", outcome.entryIds()));
		}
		var locale = LocaleContextHolder.getLocale();
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				messages.getMessage("entryImport.rejected", new Object[] { outcome.errors().size() }, locale));
		problem.setTitle(messages.getMessage("problem.title.400", null, "Bad Request", locale));
		problem.setType(URI.create("urn:jiangxin:problem:validation"));
		problem.setProperty("code", "entryImport.rejected");
		problem.setProperty("rows",
				outcome.errors()
					.stream()
					.map(e -> new RowProblem(e.row(), e.column(), imports.reason(e, locale)))
					.toList());
		return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	private ContestView visible(long id) {
		ContestView contest = service.load(id);
		access.requireVisible(Actors.require(), contest);
		return contest;
	}

	/** A contest's new basics and the version they were read at. */
	record ContestUpdate(@NotNull @Valid ContestDraft contest, @NotNull Integer version) {
	}

	/** The status to move a contest to. */
	record StatusChange(@NotNull ContestStatus target) {
	}

	/**
	 * An entry: the track, a title, and, when a unit's admin registers, the leader's and
	 * team members' card numbers; the declaration accepted where the track has one.
	 */
	record EntryRequest(@NotNull Long trackId, @Size(max = 200) String title, String leaderCardNo,
			@Size(max = 50) List<String> teamCardNos, Boolean declarationAccepted) {

		boolean declared() {
			return Boolean.TRUE.equals(declarationAccepted);
		}

	}

	/** A row of a rejected import: where it is, and why. */
	record RowProblem(long row, String column, String reason) {
	}

}
