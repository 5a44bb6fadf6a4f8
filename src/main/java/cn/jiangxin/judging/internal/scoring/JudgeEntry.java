package cn.jiangxin.judging.internal.scoring;

import java.util.List;

import cn.jiangxin.contest.EntryView;
import cn.jiangxin.contest.SubmissionView;

/**
 * An entry as its judge sees it: title, track and materials; in blind mode without the
 * entrants' names and unit.
 */
public record JudgeEntry(long entryId, long roundId, String title, String trackName, String unitName,
		List<String> people, boolean blind, List<SubmissionView.Item> items) {

	public JudgeEntry {
		people = List.copyOf(people);
		items = List.copyOf(items);
	}

	static JudgeEntry of(long roundId, EntryView entry, boolean blind, List<SubmissionView.Item> items) {
		return new JudgeEntry(entry.id(), roundId, entry.title(), entry.trackName(), blind ? null : entry.unitName(),
				blind ? List.of() : entry.team().stream().map(EntryView.Person::name).toList(), blind, items);
	}

}
