package cn.jiangxin.contest.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import cn.jiangxin.contest.ContestKind;
import cn.jiangxin.contest.EntryKind;
import cn.jiangxin.contest.RequirementDraft;
import cn.jiangxin.contest.TrackDraft;
import cn.jiangxin.contest.TrackView;
import cn.jiangxin.member.EmploymentType;

/**
 * A track on the setup page: entry form and size, quota, rules, and rows of requirements
 * (a row with no label is left out; a row with no code gets one).
 */
record TrackForm(@NotBlank @Size(max = 100) String name, @Size(max = 1000) String description,
		@NotNull EntryKind entryKind, @Min(2) @Max(50) Integer teamMin, @Min(2) @Max(50) Integer teamMax,
		@Min(1) @Max(1000) Integer quotaPerUnit, Set<EmploymentType> employmentTypes, @Min(16) @Max(80) Integer minAge,
		@Min(16) @Max(80) Integer maxAge, @Size(max = 1000) String declaration,
		@Valid List<RequirementRow> requirements) {

	/** Blank rows offered for new requirements under the ones a track has. */
	static final int SPARE_ROWS = 3;

	/**
	 * One requirement on the page; {@code kind} is FILE or TEXT, {@code allowedKinds}
	 * e.g. {@code pdf,docx}.
	 */
	record RequirementRow(@Size(max = 40) String code, @Size(max = 100) String label, String kind, Boolean required,
			@Size(max = 100) String allowedKinds, @Min(1) @Max(2048) Integer maxMegabytes,
			@Min(1) @Max(100000) Integer maxWords) {

		static RequirementRow blank() {
			return new RequirementRow(null, null, "FILE", true, "pdf", 20, null);
		}

		public boolean file() {
			return !"TEXT".equals(kind);
		}

	}

	/** A new track: individual, or for a case call the structured case form (案例征集表). */
	static TrackForm blank(ContestKind kind) {
		List<RequirementRow> rows = new ArrayList<>();
		if (kind == ContestKind.CASE_CALL) {
			for (RequirementDraft r : RequirementDraft.caseForm()) {
				rows.add(new RequirementRow(r.code(), r.label(), "TEXT", true, null, null, r.maxWords()));
			}
			rows.add(new RequirementRow("attachment", "案例材料（PDF）", "FILE", false, "pdf", 20, null));
		}
		return new TrackForm(null, null, kind == ContestKind.LEAGUE ? EntryKind.TEAM : EntryKind.INDIVIDUAL,
				kind == ContestKind.LEAGUE ? 5 : null, kind == ContestKind.LEAGUE ? 7 : null, null, Set.of(), null,
				null, null, spare(rows));
	}

	static TrackForm of(TrackView track) {
		List<RequirementRow> rows = new ArrayList<>();
		for (TrackView.Requirement r : track.requirements()) {
			rows.add(new RequirementRow(r.code(), r.label(), r.file() ? "FILE" : "TEXT", r.required(),
					String.join(",", r.allowedKinds()), r.maxMegabytes(), r.maxWords()));
		}
		return new TrackForm(track.name(), track.description(), track.entryKind(), track.teamMin(), track.teamMax(),
				track.quotaPerUnit(), track.employmentTypes(), track.minAge(), track.maxAge(), track.declaration(),
				spare(rows));
	}

	TrackDraft draft() {
		List<RequirementDraft> drafts = new ArrayList<>();
		int n = 0;
		for (RequirementRow row : requirements == null ? List.<RequirementRow>of() : requirements) {
			n++;
			if (row == null || row.label() == null || row.label().isBlank()) {
				continue;
			}
			String code = row.code() == null || row.code().isBlank() ? "item" + n : row.code().strip();
			List<String> kinds = row.file() && row.allowedKinds() != null
					? Arrays.stream(row.allowedKinds().toLowerCase(Locale.ROOT).split("[,，、\\s]+"))
						.filter(k -> !k.isBlank())
						.map(k -> k.startsWith(".") ? k.substring(1) : k)
						.toList()
					: List.of();
			drafts.add(new RequirementDraft(code, row.label().strip(), row.file(), Boolean.TRUE.equals(row.required()),
					kinds, row.file() ? row.maxMegabytes() : null, row.file() ? null : row.maxWords()));
		}
		boolean team = entryKind == EntryKind.TEAM;
		return new TrackDraft(name, description, entryKind, team ? teamMin : null, team ? teamMax : null, quotaPerUnit,
				employmentTypes, minAge, maxAge, declaration, drafts);
	}

	private static List<RequirementRow> spare(List<RequirementRow> rows) {
		List<RequirementRow> all = new ArrayList<>(rows);
		for (int i = 0; i < SPARE_ROWS; i++) {
			all.add(RequirementRow.blank());
		}
		return all;
	}

}
