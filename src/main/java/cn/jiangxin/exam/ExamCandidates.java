package cn.jiangxin.exam;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import cn.jiangxin.shared.Actor;

/**
 * The candidates of an audience that another module owns (a contest round's entrants, a
 * course's enrolled), implemented by that module: exam depends on none of them.
 */
public interface ExamCandidates {

	/** The audience this source tells about. */
	Audience audience();

	/** A label for one of its references ("经开区…竞赛 · 决赛"), if it exists. */
	Optional<String> label(long ref);

	/** Whether the actor may set an exam for it (organises the contest, the course). */
	boolean manages(Actor actor, long ref);

	/** The members who may sit an exam set for it. */
	Set<Long> members(long ref);

	/** The references the actor may set an exam for, newest first, with their labels. */
	List<Choice> choices(Actor actor);

	/** A reference with its label, for a picker. */
	record Choice(long ref, String label) {
	}

}
