package cn.jiangxin.judging.internal.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.springframework.stereotype.Component;

import cn.jiangxin.judging.RubricDraft;
import cn.jiangxin.judging.internal.rounds.Rubrics;

/**
 * Words for a round's page ({@code @roundPages} in its templates): the tie-break chain as
 * the picker offers and shows it, one criterion's part by its name.
 */
@Component("roundPages")
class RoundPages {

	/**
	 * One choice of the tie-break picker: its stored value and its label (a message key
	 * with an argument).
	 */
	record TieBreakChoice(String value, String key, String argument) {
	}

	/**
	 * The steps of a chain as typed or stored, blanks left out (an empty row of the
	 * picker is no step).
	 */
	public List<String> steps(String chain) {
		if (chain == null) {
			return List.of();
		}
		return Arrays.stream(chain.split(",")).map(String::strip).filter(step -> !step.isEmpty()).toList();
	}

	/**
	 * The picker's choices: each judged criterion, the higher minimum, the raw result;
	 * and any step stored besides.
	 */
	List<TieBreakChoice> choices(RubricDraft rubric, String stored) {
		List<TieBreakChoice> choices = new ArrayList<>();
		if (rubric != null) {
			rubric.criteria()
				.stream()
				.filter(Rubrics::judged)
				.forEach(c -> choices
					.add(new TieBreakChoice("CRITERION:" + c.code(), "judging.tieBreak.CRITERION", c.label())));
		}
		choices.add(new TieBreakChoice("HIGHER_MINIMUM", "judging.tieBreak.HIGHER_MINIMUM", null));
		choices.add(new TieBreakChoice("RAW", "judging.tieBreak.RAW", null));
		for (String step : steps(stored)) {
			if (choices.stream().noneMatch(c -> c.value().equals(step))) {
				choices.add(unknown(step));
			}
		}
		return choices;
	}

	/** One stored step in words. */
	public TieBreakChoice choice(RubricDraft rubric, String step) {
		return choices(rubric, null).stream()
			.filter(c -> c.value().equals(step))
			.findFirst()
			.orElseGet(() -> unknown(step));
	}

	/** The name of a rubric part, by its code. */
	public String partLabel(RubricDraft rubric, String code) {
		return rubric.parts()
			.stream()
			.filter(p -> p.code().equals(code))
			.map(RubricDraft.Part::label)
			.findFirst()
			.orElse(code);
	}

	private static TieBreakChoice unknown(String step) {
		return new TieBreakChoice(step, "judging.tieBreak.unknown", step);
	}

}
