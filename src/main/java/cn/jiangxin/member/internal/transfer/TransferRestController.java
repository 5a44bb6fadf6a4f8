package cn.jiangxin.member.internal.transfer;

import java.net.URI;
import java.util.List;
import java.util.Map;

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

import cn.jiangxin.shared.Actors;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Transfers over JSON for admins: ask for one, list those coming in or going out, decide.
 */
@RestController
@RequestMapping("/api/v1/transfers")
@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'UNION_ADMIN')")
@Tag(name = "transfers", description = "转会 · transfers")
class TransferRestController {

	private final TransferService service;

	private final TransferQueries queries;

	TransferRestController(TransferService service, TransferQueries queries) {
		this.service = service;
		this.queries = queries;
	}

	@PostMapping
	@Operation(summary = "Ask to move a member of a union in reach to another union")
	ResponseEntity<TransferView> request(@Valid @RequestBody TransferRequest request) {
		long id = service.request(Actors.require(), request.memberId(), request.toOrgId(), request.reason());
		return ResponseEntity.created(URI.create("/api/v1/transfers/" + id)).body(queries.find(id).orElseThrow());
	}

	@GetMapping
	@Operation(summary = "Transfers into (incoming=true) or out of the caller's reach, newest first, at most 200")
	List<TransferView> list(@RequestParam(defaultValue = "true") boolean incoming,
			@RequestParam(defaultValue = "false") boolean pending) {
		return queries.forAdmin(Actors.require(), incoming, pending, 200);
	}

	@PostMapping("/{id}/approve")
	@Operation(summary = "Approve as the receiving union: the member moves")
	Map<String, Object> approve(@PathVariable long id) {
		service.approve(Actors.require(), id);
		return Map.of("id", id, "status", TransferStatus.APPROVED.name());
	}

	@PostMapping("/{id}/reject")
	@Operation(summary = "Reject as the receiving union, with a note")
	Map<String, Object> reject(@PathVariable long id, @Valid @RequestBody Decision decision) {
		service.reject(Actors.require(), id, decision.note());
		return Map.of("id", id, "status", TransferStatus.REJECTED.name());
	}

	/** Whom to move where, and why. */
	record TransferRequest(@NotNull Long memberId, @NotNull Long toOrgId, @Size(max = 300) String reason) {
	}

	/** The receiving union's note on a rejection. */
	record Decision(@NotBlank @Size(max = 300) String note) {
	}

}
