package cn.jiangxin.contest.internal;

import java.net.URI;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartHttpServletRequest;

import cn.jiangxin.contest.EntryView;
import cn.jiangxin.contest.InvitationStatus;
import cn.jiangxin.contest.SubmissionView;
import cn.jiangxin.shared.Actors;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * One entry over JSON, for its people, its unit's admins and its organisers: read it,
 * invite and answer, confirm (推荐) or withdraw, and hand in materials as new versions.
 */
@RestController
@RequestMapping("/api/v1/entries")
@Tag(name = "entries", description = "报名与提交 · entries and submissions")
class EntryRestController {

	private final EntryService service;

	private final EntryAccess access;

	private final SubmissionService submissions;

	private final SubmissionStore submissionStore;

	EntryRestController(EntryService service, EntryAccess access, SubmissionService submissions,
			SubmissionStore submissionStore) {
		this.service = service;
		this.access = access;
		this.submissions = submissions;
		this.submissionStore = submissionStore;
	}

	@GetMapping("/{id}")
	@Operation(summary = "An entry with its people (invitees' names masked until they accept)")
	EntryView get(@PathVariable long id) {
		return visible(id);
	}

	@PostMapping("/{id}/invitations")
	@Operation(summary = "The leader (or the unit's admin) invites a member by 12-digit card number or mobile phone")
	EntryView invite(@PathVariable long id, @Valid @RequestBody Invitation invitation) {
		service.invite(Actors.require(), id, invitation.invitee());
		return service.load(id);
	}

	@PostMapping("/{id}/accept")
	@Operation(summary = "The invited member accepts, taking their one place in the track")
	EntryView accept(@PathVariable long id) {
		service.respond(Actors.require(), id, true);
		return service.load(id);
	}

	@PostMapping("/{id}/decline")
	@Operation(summary = "The invited member declines")
	Map<String, Object> decline(@PathVariable long id) {
		service.respond(Actors.require(), id, false);
		return Map.of("id", id, "invitation", InvitationStatus.DECLINED.name());
	}

	@PostMapping("/{id}/leave")
	@Operation(summary = "A team member leaves; the leader must hand the lead over first")
	Map<String, Object> leave(@PathVariable long id) {
		service.leave(Actors.require(), id);
		return Map.of("id", id, "left", true);
	}

	@PostMapping("/{id}/confirm")
	@Operation(summary = "The unit's union confirms (推荐) the entry before the deadline, within its quota")
	EntryView confirm(@PathVariable long id) {
		service.confirm(Actors.require(), id);
		return service.load(id);
	}

	@PostMapping("/{id}/withdraw")
	@Operation(summary = "The leader or the unit's admin withdraws the entry before the deadline")
	EntryView withdraw(@PathVariable long id) {
		service.withdraw(Actors.require(), id);
		return service.load(id);
	}

	@GetMapping("/{id}/submissions")
	@Operation(summary = "Every version of what the entry handed in, newest first")
	List<SubmissionView> submissions(@PathVariable long id) {
		visible(id);
		return submissionStore.versions(id);
	}

	@PostMapping(value = "/{id}/submissions", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Hand in a new version: form fields `text.<code>` and files `file.<code>`; what is not "
			+ "sent carries over from the version before")
	ResponseEntity<SubmissionView> submit(@PathVariable long id, MultipartHttpServletRequest request) {
		int version = submissions.submit(Actors.require(), id, EntryController.draft(request));
		SubmissionView saved = submissionStore.versions(id)
			.stream()
			.filter(v -> v.versionNo() == version)
			.findFirst()
			.orElseThrow();
		return ResponseEntity.created(URI.create("/api/v1/entries/" + id + "/submissions")).body(saved);
	}

	private EntryView visible(long id) {
		EntryView entry = service.load(id);
		access.requireSee(Actors.require(), entry);
		return entry;
	}

	/** Whom to invite: a 12-digit card number or a mainland mobile number. */
	record Invitation(@NotBlank @Size(max = 30) String invitee) {
	}

}
