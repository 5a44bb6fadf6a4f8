package cn.jiangxin.judging.internal.standings;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * One step of the chain that separates entries with the same score, stored as text such
 * as {@code CRITERION:innovation,HIGHER_MINIMUM}.
 */
public record TieBreak(Kind kind, String criterion) {

	public TieBreak {
		Objects.requireNonNull(kind, "kind");
		if (kind == Kind.CRITERION) {
			if (criterion == null || criterion.isBlank() || !criterion.strip().equals(criterion)
					|| criterion.indexOf(',') >= 0 || criterion.indexOf(':') >= 0) {
				throw new IllegalArgumentException(
						"A CRITERION tie-break needs a criterion code without spaces, ',' or ':', not '" + criterion
								+ "'");
			}
		}
		else if (criterion != null) {
			throw new IllegalArgumentException(
					"A " + kind + " tie-break takes no criterion, but was given '" + criterion + "'");
		}
	}

	static TieBreak criterion(String code) {
		return new TieBreak(Kind.CRITERION, code);
	}

	static TieBreak higherMinimum() {
		return new TieBreak(Kind.HIGHER_MINIMUM, null);
	}

	static TieBreak raw() {
		return new TieBreak(Kind.RAW, null);
	}

	/** Reads a stored chain; blank or null text is no tie-break at all. */
	public static List<TieBreak> parse(String text) {
		if (text == null || text.isBlank()) {
			return List.of();
		}
		List<TieBreak> chain = new ArrayList<>();
		for (String token : text.split(",", -1)) {
			chain.add(parseOne(token.strip(), text));
		}
		return List.copyOf(chain);
	}

	public static String format(List<TieBreak> chain) {
		return chain.stream().map(TieBreak::toText).collect(Collectors.joining(","));
	}

	private static TieBreak parseOne(String token, String text) {
		int colon = token.indexOf(':');
		String kindName = (colon < 0 ? token : token.substring(0, colon)).strip().toUpperCase(Locale.ROOT);
		String argument = colon < 0 ? null : token.substring(colon + 1).strip();
		Kind kind;
		try {
			kind = Kind.valueOf(kindName);
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException("Unknown tie-break '" + token + "' in '" + text
					+ "'; expected CRITERION:<code>, HIGHER_MINIMUM or RAW, separated by commas");
		}
		try {
			return new TieBreak(kind, argument);
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException("Bad tie-break '" + token + "' in '" + text + "': " + ex.getMessage());
		}
	}

	private String toText() {
		return kind == Kind.CRITERION ? kind.name() + ":" + criterion : kind.name();
	}

	/** What decides between entries still tied. */
	enum Kind {

		/** The higher mean of one criterion wins. */
		CRITERION,

		/** Fewer low scores: the entry whose lowest single judge total is higher wins. */
		HIGHER_MINIMUM,

		/** When ranking on normalised results, the higher raw result wins. */
		RAW

	}

}
