package cn.jiangxin.innovation.internal;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import cn.jiangxin.shared.Actor;
import cn.jiangxin.shared.Actors;

/**
 * Studio alliances over JSON: founding one, members joining by application and approval
 * and leaving, the chair's handovers, working groups, forums and signings.
 */
@RestController
@RequestMapping("/api/v1/alliances")
@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'UNION_ADMIN')")
@Tag(name = "alliances", description = "职工创新工作室联盟 · studio alliances")
class AllianceRestController {

	private final AllianceService alliances;

	AllianceRestController(AllianceService alliances) {
		this.alliances = alliances;
	}

	@GetMapping
	@Operation(summary = "Every alliance, oldest first (an alliance spans branches; any admin reads them)")
	List<AllianceStore.Head> list() {
		return alliances.list(Actors.require());
	}

	@PostMapping
	@Operation(summary = "Found an alliance under a union within reach, with its first chair unit")
	ResponseEntity<Alliance> found(@Valid @RequestBody AllianceDrafts.Founding draft) {
		Actor actor = Actors.require();
		long id = alliances.found(actor, draft);
		return ResponseEntity.created(URI.create("/api/v1/alliances/" + id)).body(alliances.alliance(actor, id));
	}

	@GetMapping("/{id}")
	@Operation(summary = "An alliance with its members, chair history, groups and events")
	Alliance alliance(@PathVariable long id) {
		return alliances.alliance(Actors.require(), id);
	}

	@GetMapping("/{id}/members")
	@Operation(summary = "An alliance's studios: members first, then applications, refusals and leavers")
	List<Alliance.Member> members(@PathVariable long id) {
		return alliances.alliance(Actors.require(), id).members();
	}

	@PostMapping("/{id}/members")
	@Operation(summary = "Apply for a studio within reach to join")
	List<Alliance.Member> apply(@PathVariable long id, @Valid @RequestBody AllianceDrafts.Application application) {
		Actor actor = Actors.require();
		alliances.apply(actor, id, application);
		return alliances.alliance(actor, id).members();
	}

	@PostMapping("/{id}/members/{studioId}/decision")
	@Operation(summary = "Admit or refuse a pending application, as a manager (covering the founding union)")
	List<Alliance.Member> decide(@PathVariable long id, @PathVariable long studioId,
			@Valid @RequestBody AllianceDrafts.Decision decision) {
		Actor actor = Actors.require();
		alliances.decide(actor, id, studioId, decision);
		return alliances.alliance(actor, id).members();
	}

	@PostMapping("/{id}/members/{studioId}/leave")
	@Operation(summary = "A member studio leaves, by its own admins or the managers")
	List<Alliance.Member> leave(@PathVariable long id, @PathVariable long studioId,
			@Valid @RequestBody AllianceDrafts.Leaving leaving) {
		Actor actor = Actors.require();
		alliances.leave(actor, id, studioId, leaving);
		return alliances.alliance(actor, id).members();
	}

	@GetMapping("/{id}/chairs")
	@Operation(summary = "The council's terms, first first: the chair history")
	List<Alliance.Term> chairs(@PathVariable long id) {
		return alliances.alliance(Actors.require(), id).terms();
	}

	@PostMapping("/{id}/chairs")
	@Operation(summary = "Hand the chair over: the current term ends and the next begins on the day")
	List<Alliance.Term> handover(@PathVariable long id, @Valid @RequestBody AllianceDrafts.Handover handover) {
		Actor actor = Actors.require();
		alliances.handover(actor, id, handover);
		return alliances.alliance(actor, id).terms();
	}

	@GetMapping("/{id}/groups")
	@Operation(summary = "The working groups with their lead and member studios")
	List<Alliance.Group> groups(@PathVariable long id) {
		return alliances.alliance(Actors.require(), id).groups();
	}

	@PostMapping("/{id}/groups")
	@Operation(summary = "Form a working group of member studios, led by one of them")
	ResponseEntity<List<Alliance.Group>> group(@PathVariable long id, @Valid @RequestBody AllianceDrafts.Group group) {
		Actor actor = Actors.require();
		alliances.group(actor, id, group);
		return ResponseEntity.created(URI.create("/api/v1/alliances/" + id + "/groups"))
			.body(alliances.alliance(actor, id).groups());
	}

	@GetMapping("/{id}/events")
	@Operation(summary = "Forums and signings with the projects signed")
	List<Alliance.Event> events(@PathVariable long id) {
		return alliances.alliance(Actors.require(), id).events();
	}

	@PostMapping("/{id}/events")
	@Operation(summary = "Record a forum or signing with the projects signed at it")
	ResponseEntity<List<Alliance.Event>> event(@PathVariable long id, @Valid @RequestBody AllianceDrafts.Event event) {
		Actor actor = Actors.require();
		alliances.event(actor, id, event);
		return ResponseEntity.created(URI.create("/api/v1/alliances/" + id + "/events"))
			.body(alliances.alliance(actor, id).events());
	}

}
