package cn.jiangxin.innovation.internal;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.jiangxin.innovation.StudioField;
import cn.jiangxin.innovation.StudioLevel;
import cn.jiangxin.member.MemberApi;
import cn.jiangxin.member.MemberView;
import cn.jiangxin.shared.Actor;
import cn.jiangxin.shared.Actors;

/**
 * The studio registry over JSON: studios hosted within the caller's reach, registering
 * one, its members and its levels.
 */
@RestController
@RequestMapping("/api/v1/studios")
@Tag(name = "studios", description = "职工创新工作室 · innovation studios")
class StudioRestController {

	private final StudioService studios;

	private final StudioStore store;

	private final MemberApi members;

	StudioRestController(StudioService studios, StudioStore store, MemberApi members) {
		this.studios = studios;
		this.store = store;
		this.members = members;
	}

	/** A studio's member as the API shows them. */
	record MemberJson(long memberId, String name, StudioRole role, LocalDate joinedOn) {
	}

	/** A studio as the API shows it, with its members and levels. */
	record StudioJson(long id, String name, long hostOrgId, String employerName, long leaderId, StudioField field,
			LocalDate foundedOn, String description, StudioLevel level, boolean active, List<String> tags,
			List<MemberJson> members, List<StudioStore.LevelRecord> levels) {
	}

	/** A studio in a list. */
	record StudioRow(long id, String name, long hostOrgId, StudioField field, StudioLevel level, boolean active,
			List<String> tags) {
	}

	/**
	 * A member to add, by card number, their role and the day they joined (today if
	 * none).
	 */
	record NewMember(@NotBlank @Size(max = 30) String cardNo, @NotNull StudioRole role,
			@PastOrPresent LocalDate joinedOn) {
	}

	@GetMapping
	@Operation(summary = "Studios hosted within the caller's reach, by name; filtered by level, field, a union's "
			+ "subtree (orgId) and a text in the name or a tag (q); at most 500")
	List<StudioRow> list(@RequestParam(required = false) StudioLevel level,
			@RequestParam(required = false) StudioField field, @RequestParam(required = false) Long orgId,
			@RequestParam(required = false) String q) {
		return studios.list(Actors.require(), new StudioQuery(level, field, orgId, q))
			.stream()
			.map(s -> new StudioRow(s.id(), s.name(), s.hostOrgId(), s.field(), s.level(), s.active(), s.tags()))
			.toList();
	}

	@PostMapping
	@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'UNION_ADMIN')")
	@Operation(summary = "Register a studio under a union within reach, led by an active member of it")
	ResponseEntity<StudioJson> register(@Valid @RequestBody StudioDraft draft) {
		Actor actor = Actors.require();
		long id = studios.register(actor, draft);
		return ResponseEntity.created(URI.create("/api/v1/studios/" + id)).body(json(actor, id));
	}

	@GetMapping("/{id}")
	@Operation(summary = "A studio within reach, with its members and levels")
	StudioJson studio(@PathVariable long id) {
		return json(Actors.require(), id);
	}

	@GetMapping("/{id}/members")
	@Operation(summary = "A studio's current members, leader first")
	List<MemberJson> members(@PathVariable long id) {
		return memberJson(studios.members(Actors.require(), id));
	}

	@PostMapping("/{id}/members")
	@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'UNION_ADMIN')")
	@Operation(summary = "Add a deputy or core member, an active member of the host union's subtree")
	List<MemberJson> addMember(@PathVariable long id, @Valid @RequestBody NewMember member) {
		Actor actor = Actors.require();
		studios.addMember(actor, id, member.cardNo(), member.role(), member.joinedOn());
		return memberJson(studios.members(actor, id));
	}

	@PostMapping("/{id}/levels")
	@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'UNION_ADMIN')")
	@Operation(summary = "Confer the next level by a union above the host, by decision (文号); recorded as a title")
	StudioJson confer(@PathVariable long id, @Valid @RequestBody LevelDraft draft) {
		Actor actor = Actors.require();
		studios.confer(actor, id, draft);
		return json(actor, id);
	}

	@PostMapping("/{id}/dissolve")
	@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'UNION_ADMIN')")
	@Operation(summary = "Dissolve a studio (撤销) on a day, for a reason; it keeps its history and changes no more")
	StudioJson dissolve(@PathVariable long id, @Valid @RequestBody Dissolution dissolution) {
		Actor actor = Actors.require();
		studios.dissolve(actor, id, dissolution);
		return json(actor, id);
	}

	private StudioJson json(Actor actor, long id) {
		Studio s = studios.studio(actor, id);
		return new StudioJson(s.id(), s.name(), s.hostOrgId(), s.employerName(), s.leaderId(), s.field(), s.foundedOn(),
				s.description(), s.level(), s.active(), s.tags(), memberJson(store.members(id)), store.levels(id));
	}

	private List<MemberJson> memberJson(List<StudioStore.StudioMember> current) {
		Map<Long, MemberView> people = members
			.findAll(current.stream().map(StudioStore.StudioMember::memberId).toList())
			.stream()
			.collect(Collectors.toMap(MemberView::id, Function.identity()));
		return current.stream()
			.map(m -> new MemberJson(m.memberId(),
					people.containsKey(m.memberId()) ? people.get(m.memberId()).name() : "", m.role(), m.joinedOn()))
			.toList();
	}

}
