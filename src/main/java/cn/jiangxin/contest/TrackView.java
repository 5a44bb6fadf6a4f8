package cn.jiangxin.contest;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import cn.jiangxin.member.EmploymentType;

/** A track (赛道/项目/组别): who may enter, in what form, and what they hand in. */
public record TrackView(long id, long contestId, String name, String description, int position, EntryKind entryKind,
		Integer teamMin, Integer teamMax, Integer quotaPerUnit, Set<EmploymentType> employmentTypes, Integer minAge,
		Integer maxAge, String declaration, List<Requirement> requirements) {

	public boolean team() {
		return entryKind == EntryKind.TEAM;
	}

	public Optional<Requirement> requirement(String code) {
		return requirements.stream().filter(r -> r.code().equals(code)).findFirst();
	}

	/** The draft that sets this track up again as it is. */
	public TrackDraft draft() {
		return new TrackDraft(name, description, entryKind, teamMin, teamMax, quotaPerUnit, employmentTypes, minAge,
				maxAge, declaration, requirements.stream().map(Requirement::draft).toList());
	}

	/**
	 * Something an entry hands in: a file of some kinds up to a size, or a text up to a
	 * number of words.
	 */
	public record Requirement(long id, String code, String label, boolean file, boolean required,
			List<String> allowedKinds, Long maxBytes, Integer maxWords, int position) {

		/** The size limit in whole megabytes, for people. */
		public Integer maxMegabytes() {
			return maxBytes == null ? null : (int) (maxBytes / (1024 * 1024));
		}

		RequirementDraft draft() {
			return new RequirementDraft(code, label, file, required, allowedKinds, maxMegabytes(), maxWords);
		}

	}

}
