package cn.jiangxin.member.internal;

import java.net.URI;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.jiangxin.member.EmploymentType;
import cn.jiangxin.member.MemberStatus;
import cn.jiangxin.member.MemberView;
import cn.jiangxin.shared.Actors;
import cn.jiangxin.shared.CursorPage;
import cn.jiangxin.shared.NotFoundException;
import cn.jiangxin.shared.PageQuery;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Members over JSON, within the caller's reach; ID and phone masked unless revealed one
 * at a time.
 */
@RestController
@RequestMapping("/api/v1/members")
@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'UNION_ADMIN')")
@Tag(name = "members", description = "会员 · members")
class MemberRestController {

	private final MemberService service;

	private final MemberQueries queries;

	MemberRestController(MemberService service, MemberQueries queries) {
		this.service = service;
		this.queries = queries;
	}

	@PostMapping
	@Operation(summary = "Enter a member of a union in reach; a card number is issued")
	ResponseEntity<MemberView> create(@Valid @RequestBody MemberForm form) {
		long id = service.register(Actors.require(), form.orgId(), form.person(), form.joinDate(), form.tags());
		return ResponseEntity.created(URI.create("/api/v1/members/" + id)).body(queries.find(id).orElseThrow());
	}

	@GetMapping("/{id}")
	@Operation(summary = "One member, masked")
	MemberView get(@PathVariable long id) {
		service.inReach(Actors.require(), id);
		return queries.find(id).orElseThrow(() -> new NotFoundException(MemberService.ENTITY, id));
	}

	@GetMapping
	@Operation(
			summary = "Find members: name or part of one, exact ID number, phone or card number; by org subtree, status, employment type")
	CursorPage<MemberView> search(@RequestParam(required = false) String q,
			@RequestParam(required = false) String idNumber, @RequestParam(required = false) String phone,
			@RequestParam(required = false) String cardNo, @RequestParam(required = false) Long org,
			@RequestParam(required = false) MemberStatus status,
			@RequestParam(required = false) EmploymentType employmentType, @RequestParam(required = false) String tag,
			@RequestParam(required = false) Long cursor, @RequestParam(required = false) Integer size) {
		int pageSize = PageQuery.of(0, size).size();
		return queries.search(Actors.require(),
				new MemberSearch(q, idNumber, phone, cardNo, org, status, employmentType, tag), cursor, pageSize);
	}

	@PostMapping("/{id}/reveal")
	@Operation(summary = "The clear ID number or phone of one member; needs the reveal permission, and is audited")
	Map<String, String> reveal(@PathVariable long id, @Valid @RequestBody Reveal reveal) {
		return Map.of("field", reveal.field(), "value", service.reveal(Actors.require(), id, reveal.field()));
	}

	/** Which value to reveal: {@code idNumber} or {@code phone}. */
	record Reveal(@NotBlank String field) {
	}

}
