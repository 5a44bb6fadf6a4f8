package cn.jiangxin.contest.internal;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.jiangxin.contest.ContestStatus;
import cn.jiangxin.contest.ContestView;
import cn.jiangxin.contest.EntryDraft;
import cn.jiangxin.contest.EntryStatus;
import cn.jiangxin.contest.TrackView;
import cn.jiangxin.member.MemberView;
import cn.jiangxin.shared.Actor;
import cn.jiangxin.shared.Actors;
import cn.jiangxin.shared.BusinessRuleException;
import cn.jiangxin.shared.NotFoundException;
import cn.jiangxin.shared.PageQuery;
import cn.jiangxin.shared.web.FormErrors;

/**
 * A unit's admin's pages: the contests their members may enter, every entry of their own
 * subtree with its standing (to confirm, 推荐, or withdraw), registering their members
 * singly or in bulk from a spreadsheet keyed by card number.
 */
@Controller
@RequestMapping("/manage/entries")
@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'UNION_ADMIN')")
class UnitEntryController {

	/**
	 * An entry an admin registers: track, title, the leader's card number, team members'
	 * card numbers.
	 */
	record RegisterForm(Long trackId, String title, String leaderCardNo, String teamCardNos,
			Boolean declarationAccepted) {

		boolean declared() {
			return Boolean.TRUE.equals(declarationAccepted);
		}

	}

	private final EntryService service;

	private final EntryImport imports;

	private final EntryQueries queries;

	private final ContestQueries contests;

	private final ContestStore store;

	private final Clock clock;

	UnitEntryController(EntryService service, EntryImport imports, EntryQueries queries, ContestQueries contests,
			ContestStore store, Clock clock) {
		this.clock = clock;
		this.service = service;
		this.imports = imports;
		this.queries = queries;
		this.contests = contests;
		this.store = store;
	}

	@GetMapping
	String dashboard(@RequestParam(required = false) Long contest, @RequestParam(required = false) EntryStatus status,
			@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page, Model model) {
		Actor actor = Actors.require();
		Map<Long, long[]> counts = queries.reachCounts(actor);
		List<ContestView> open = contests.openForAdmin(actor);
		Map<Long, ContestView> known = new LinkedHashMap<>();
		open.forEach(c -> known.put(c.id(), c));
		counts.keySet()
			.stream()
			.filter(id -> !known.containsKey(id))
			.forEach(id -> store.find(id).ifPresent(c -> known.put(id, c)));
		model.addAttribute("open", open);
		model.addAttribute("counts", counts);
		model.addAttribute("known", known);
		model.addAttribute("contest", contest);
		model.addAttribute("status", status);
		model.addAttribute("q", q);
		model.addAttribute("statuses", EntryStatus.values());
		model.addAttribute("page", queries.list(actor, new EntryQueries.EntryFilter(contest, null, null, status, q),
				new PageQuery(page, 30)));
		return "contest/unit-entries";
	}

	@GetMapping("/new")
	String registerForm(@RequestParam long contest, Model model) {
		registerModel(contest, model);
		model.addAttribute("registerForm", new RegisterForm(null, null, null, null, false));
		return "contest/register";
	}

	@PostMapping("/new")
	String register(@RequestParam long contest, @ModelAttribute RegisterForm registerForm, BindingResult result,
			Model model, RedirectAttributes redirect) {
		registerModel(contest, model);
		return FormErrors.submit(result, "contest/register", () -> {
			if (registerForm.trackId() == null) {
				throw BusinessRuleException.invalid("trackId", "entry.track.choose");
			}
			long leader = card(registerForm.leaderCardNo(), "leaderCardNo").id();
			List<Long> team = imports.cards(registerForm.teamCardNos(), "teamCardNos");
			long id = service.register(Actors.require(), contest, new EntryDraft(registerForm.trackId(),
					registerForm.title(), leader, team, registerForm.declared()));
			redirect.addFlashAttribute("success", "entry.registered");
			return "redirect:/entries/" + id;
		});
	}

	@GetMapping("/import")
	String importForm(@RequestParam long contest, Model model) {
		registerModel(contest, model);
		return "contest/import";
	}

	@PostMapping("/import")
	String importEntries(@RequestParam long contest, @RequestParam(required = false) MultipartFile file, Model model,
			RedirectAttributes redirect) throws IOException {
		registerModel(contest, model);
		if (file == null || file.isEmpty()) {
			model.addAttribute("importError", "file.empty");
			return "contest/import";
		}
		try {
			EntryImport.Outcome outcome = imports.run(Actors.require(), contest, file.getInputStream());
			if (outcome.succeeded()) {
				redirect.addFlashAttribute("success", "entryImport.done");
				redirect.addFlashAttribute("imported", outcome.entryIds().size());
				return "redirect:/manage/entries?contest=" + contest;
			}
			model.addAttribute("rowErrors", outcome.errors()
				.stream()
				.map(e -> new Object[] { e.row(), e.column(), imports.reason(e, LocaleContextHolder.getLocale()) })
				.toList());
			return "contest/import";
		}
		catch (BusinessRuleException ex) {
			model.addAttribute("importError", ex.code());
			model.addAttribute("importErrorArgs", ex.args());
			return "contest/import";
		}
	}

	@GetMapping("/template.xlsx")
	void template(@RequestParam long contest, HttpServletResponse response) throws IOException {
		ContestView found = store.find(contest).orElseThrow(() -> new NotFoundException("contest", contest));
		if (found.status() == ContestStatus.DRAFT) {
			throw new NotFoundException("contest", contest);
		}
		response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename("报名导入模板.xlsx", StandardCharsets.UTF_8).build().toString());
		imports.template(contest, response.getOutputStream());
	}

	private void registerModel(long contestId, Model model) {
		ContestView contest = store.find(contestId).orElseThrow(() -> new NotFoundException("contest", contestId));
		if (contest.status() == ContestStatus.DRAFT) {
			throw new NotFoundException("contest", contestId);
		}
		List<TrackView> tracks = store.tracks(contestId);
		model.addAttribute("contest", contest);
		model.addAttribute("tracks", tracks);
		model.addAttribute("accepting", contest.acceptsEntries(Instant.now(clock)));
		model.addAttribute("trackNames", tracks.stream().collect(Collectors.toMap(TrackView::id, TrackView::name)));
	}

	private MemberView card(String card, String field) {
		return imports.card(card, field);
	}

}
