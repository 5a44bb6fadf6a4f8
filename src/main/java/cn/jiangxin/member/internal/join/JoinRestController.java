package cn.jiangxin.member.internal.join;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.jiangxin.member.IdType;
import cn.jiangxin.member.internal.MemberQueries;
import cn.jiangxin.shared.Actors;
import cn.jiangxin.shared.CursorPage;
import cn.jiangxin.shared.PageQuery;
import cn.jiangxin.shared.web.RateLimits;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Join applications over JSON: filing one and checking one's own are public and
 * rate-limited; the queue, approval and rejection are for admins of the union the
 * application waits at.
 */
@RestController
@RequestMapping("/api/v1/join-applications")
@Tag(name = "join-applications", description = "入会申请 · join applications")
class JoinRestController {

	private final JoinService joins;

	private final JoinQueries queries;

	private final RateLimits limits;

	private final MemberQueries members;

	JoinRestController(JoinService joins, JoinQueries queries, RateLimits limits, MemberQueries members) {
		this.joins = joins;
		this.queries = queries;
		this.limits = limits;
		this.members = members;
	}

	@PostMapping
	@Operation(summary = "File an application to join a union (public, rate-limited)")
	ResponseEntity<Map<String, Object>> apply(@Valid @RequestBody JoinForm form, HttpServletRequest request) {
		limits.take("join", request.getRemoteAddr());
		long id = joins.apply(form, request.getRemoteAddr());
		return ResponseEntity.created(URI.create("/api/v1/join-applications/" + id))
			.body(Map.of("id", id, "status", JoinStatus.PENDING));
	}

	@PostMapping("/status")
	@Operation(summary = "An applicant's applications, by ID number and phone together (public, rate-limited)")
	List<ApplicantView> status(@Valid @RequestBody StatusQuery query, HttpServletRequest request) {
		limits.take("join-status", request.getRemoteAddr());
		return queries.byApplicant(query.idType(), query.idNumber(), query.phone())
			.stream()
			.map(a -> new ApplicantView(a.id(), a.orgName(), a.status(), a.reason(), a.createdAt(), a.decidedAt(),
					a.memberId() == null ? null : members.find(a.memberId()).map(m -> m.cardNo()).orElse(null)))
			.toList();
	}

	@GetMapping
	@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'UNION_ADMIN')")
	@Operation(summary = "The queue of applications to unions in reach, newest first")
	CursorPage<JoinApplicationView> queue(@RequestParam(required = false) JoinStatus status,
			@RequestParam(defaultValue = "false") boolean overdue, @RequestParam(required = false) Long cursor,
			@RequestParam(required = false) Integer size) {
		return queries.queue(Actors.require(), status, overdue, cursor, PageQuery.of(0, size).size());
	}

	@PostMapping("/{id}/approve")
	@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'UNION_ADMIN')")
	@Operation(summary = "Approve: the applicant becomes a member with a card")
	Map<String, Object> approve(@PathVariable long id) {
		long memberId = joins.approve(Actors.require(), id);
		return Map.of("id", id, "status", JoinStatus.APPROVED, "memberId", memberId);
	}

	@PostMapping("/{id}/reject")
	@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'UNION_ADMIN')")
	@Operation(summary = "Reject with a reason the applicant will see")
	Map<String, Object> reject(@PathVariable long id, @Valid @RequestBody Rejection rejection) {
		joins.reject(Actors.require(), id, rejection.reason());
		return Map.of("id", id, "status", JoinStatus.REJECTED);
	}

	/** ID number and phone of an applicant. */
	record StatusQuery(@NotNull IdType idType, @NotBlank @Size(max = 24) String idNumber,
			@NotBlank @Size(max = 20) String phone) {
	}

	/** Why an application is rejected. */
	record Rejection(@NotBlank @Size(max = 300) String reason) {
	}

	/** What an applicant may see of their application. */
	record ApplicantView(long id, String orgName, JoinStatus status, String reason, Instant submittedAt,
			Instant decidedAt, String cardNo) {
	}

}
