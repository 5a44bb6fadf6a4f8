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
import org.springframework.web.bind.annotation.RestController;

import cn.jiangxin.shared.Actor;
import cn.jiangxin.shared.Actors;
import cn.jiangxin.shared.NotFoundException;

/** Mentoring (名师带徒) and a studio's trainings over JSON. */
@RestController
@Tag(name = "mentoring", description = "名师带徒与培训 · mentoring and trainings")
class MentoringRestController {

	private final MentoringService mentoring;

	private final MentoringStore store;

	MentoringRestController(MentoringService mentoring, MentoringStore store) {
		this.mentoring = mentoring;
		this.store = store;
	}

	@GetMapping("/api/v1/studios/{id}/mentorships")
	@Operation(summary = "A studio's mentorships, latest first, with apprentices, assessments and progress")
	List<Mentorship> mentorships(@PathVariable long id) {
		return mentoring.mentorships(Actors.require(), id);
	}

	@PostMapping("/api/v1/studios/{id}/mentorships")
	@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'UNION_ADMIN')")
	@Operation(summary = "Agree a mentorship: a mentor of the studio, apprentices of its union, at most three years")
	ResponseEntity<Mentorship> agree(@PathVariable long id, @Valid @RequestBody MentorshipDraft draft) {
		Actor actor = Actors.require();
		long made = mentoring.agree(actor, id, draft);
		return ResponseEntity.created(URI.create("/api/v1/studios/" + id + "/mentorships#" + made))
			.body(one(actor, made));
	}

	@PostMapping("/api/v1/mentorships/{id}/progress")
	@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'UNION_ADMIN')")
	@Operation(summary = "Record progress of a running mentorship")
	Mentorship progress(@PathVariable long id, @Valid @RequestBody ProgressNote note) {
		Actor actor = Actors.require();
		mentoring.progress(actor, id, note);
		return one(actor, id);
	}

	@PostMapping("/api/v1/mentorships/{id}/assessments")
	@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'UNION_ADMIN')")
	@Operation(summary = "Assess one apprentice, once; the last assessment closes the mentorship")
	Mentorship assess(@PathVariable long id, @Valid @RequestBody Assessment assessment) {
		Actor actor = Actors.require();
		mentoring.assess(actor, id, assessment);
		return one(actor, id);
	}

	@GetMapping("/api/v1/studios/{id}/trainings")
	@Operation(summary = "A studio's trainings, lectures and demonstrations, latest first")
	List<Training> trainings(@PathVariable long id) {
		return mentoring.trainings(Actors.require(), id);
	}

	@PostMapping("/api/v1/studios/{id}/trainings")
	@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'UNION_ADMIN')")
	@Operation(summary = "Record a training, lecture or demonstration of the studio")
	ResponseEntity<List<Training>> train(@PathVariable long id, @Valid @RequestBody TrainingDraft draft) {
		Actor actor = Actors.require();
		mentoring.train(actor, id, draft);
		return ResponseEntity.created(URI.create("/api/v1/studios/" + id + "/trainings"))
			.body(mentoring.trainings(actor, id));
	}

	private Mentorship one(Actor actor, long mentorshipId) {
		long studio = store.studioOf(mentorshipId).orElseThrow(() -> new NotFoundException("mentorship", mentorshipId));
		return mentoring.mentorships(actor, studio)
			.stream()
			.filter(m -> m.id() == mentorshipId)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("mentorship", mentorshipId));
	}

}
