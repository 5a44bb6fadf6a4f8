package cn.jiangxin.judging.internal.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import cn.jiangxin.audit.AuditAction;
import cn.jiangxin.audit.AuditLog;
import cn.jiangxin.contest.ContestApi;
import cn.jiangxin.contest.EntryView;
import cn.jiangxin.contest.RoundView;
import cn.jiangxin.judging.RoundResults;
import cn.jiangxin.judging.RoundStanding;
import cn.jiangxin.judging.RubricDraft;
import cn.jiangxin.judging.internal.experts.ExpertStore;
import cn.jiangxin.judging.internal.rounds.JudgingAccess;
import cn.jiangxin.judging.internal.rounds.Rubrics;
import cn.jiangxin.judging.internal.rounds.Sheet;
import cn.jiangxin.judging.internal.scoring.Scoring;
import cn.jiangxin.judging.internal.setup.RoundSettings;
import cn.jiangxin.judging.internal.standings.Results;
import cn.jiangxin.shared.Actors;
import cn.jiangxin.shared.Zones;
import cn.jiangxin.shared.web.Downloads;

/**
 * A round's results, and its full score sheets per judge per criterion, as xlsx for the
 * organisers.
 */
@Controller
@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'UNION_ADMIN')")
class JudgingExports {

	private static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final Results roundResults;

	private final RoundSettings roundSettings;

	private final Scoring scoring;

	private final JudgingAccess access;

	private final ExpertStore experts;

	private final ContestApi contests;

	private final AuditLog audit;

	JudgingExports(Results roundResults, RoundSettings roundSettings, Scoring scoring, JudgingAccess access,
			ExpertStore experts, ContestApi contests, AuditLog audit) {
		this.roundResults = roundResults;
		this.roundSettings = roundSettings;
		this.scoring = scoring;
		this.access = access;
		this.experts = experts;
		this.contests = contests;
		this.audit = audit;
	}

	@GetMapping("/manage/rounds/{rid}/results.xlsx")
	@Transactional
	ResponseEntity<byte[]> results(@PathVariable long rid) {
		RoundView round = access.requireManage(Actors.require(), rid);
		RoundResults results = roundResults.results(rid);
		RubricDraft rubric = roundSettings.rubric(rid);
		byte[] body = workbook("成绩", sheet -> {
			String[] head = { "名次", "赛道名次", "作品", "单位", "赛道", "评委数", "原始分", "标准化分", "得分", "标准差", "极差", "分歧" };
			int col = 0;
			for (String h : head) {
				sheet.value(0, col++, h);
			}
			List<RubricDraft.Part> parts = rubric == null ? List.of() : rubric.parts();
			for (RubricDraft.Part p : parts) {
				sheet.value(0, col++, p.label());
			}
			int row = 1;
			for (RoundStanding s : results.standings()) {
				Object[] values = { s.rank(), s.trackRank(), s.title(), s.unitName(), s.trackName(), s.judgeCount(),
						s.raw(), s.normalised(), s.score(), s.stdDev(), s.spread(), s.disagreement() ? "是" : "" };
				for (int c = 0; c < values.length; c++) {
					put(sheet, row, c, values[c]);
				}
				int c = values.length;
				for (RubricDraft.Part p : parts) {
					put(sheet, row, c++, s.parts().get(p.code()));
				}
				row++;
			}
		});
		audit.record("round_results", rid, null, AuditAction.EXPORT, null, Map.of("rows", results.standings().size()));
		return Downloads.of(body, XLSX, "results-" + round.name() + ".xlsx", false);
	}

	@GetMapping("/manage/rounds/{rid}/sheets.xlsx")
	@Transactional
	ResponseEntity<byte[]> sheets(@PathVariable long rid) {
		RoundView round = access.requireManage(Actors.require(), rid);
		RubricDraft rubric = roundSettings.rubric(rid);
		List<Sheet> sheets = scoring.sheets(rid);
		Map<Long, String> names = new HashMap<>();
		experts.findAll(sheets.stream().map(Sheet::expertId).distinct().toList())
			.forEach(e -> names.put(e.id(), e.name()));
		Map<Long, EntryView> entries = new HashMap<>();
		contests.entries(round.contestId()).forEach(e -> entries.put(e.id(), e));
		List<RubricDraft.Criterion> criteria = rubric == null ? List.of()
				: rubric.criteria().stream().filter(Rubrics::judged).toList();
		byte[] body = workbook("评分明细", sheet -> {
			String[] head = { "作品", "单位", "评委", "状态", "合计", "提交时间", "退回次数" };
			int col = 0;
			for (String h : head) {
				sheet.value(0, col++, h);
			}
			for (RubricDraft.Criterion c : criteria) {
				sheet.value(0, col++, c.label());
				sheet.value(0, col++, c.label() + "评语");
			}
			int row = 1;
			for (Sheet s : sheets) {
				EntryView entry = entries.get(s.entryId());
				Object[] values = { entry == null ? "" : entry.title(), entry == null ? "" : entry.unitName(),
						names.getOrDefault(s.expertId(), ""), s.submitted() ? "已提交" : "草稿", s.total(),
						s.submittedAt() == null ? "" : Zones.minute(s.submittedAt()), s.reopened() };
				for (int c = 0; c < values.length; c++) {
					put(sheet, row, c, values[c]);
				}
				int c = values.length;
				for (RubricDraft.Criterion criterion : criteria) {
					Sheet.Item item = s.items().get(criterion.code());
					put(sheet, row, c++, item == null ? null : item.score());
					put(sheet, row, c++, item == null ? null : item.comment());
				}
				row++;
			}
		});
		audit.record("score_sheets", rid, null, AuditAction.EXPORT, null, Map.of("rows", sheets.size()));
		return Downloads.of(body, XLSX, "sheets-" + round.name() + ".xlsx", false);
	}

	private static void put(Worksheet sheet, int row, int col, Object value) {
		if (value == null) {
			return;
		}
		if (value instanceof Number number) {
			sheet.value(row, col, number);
		}
		else {
			sheet.value(row, col, value.toString());
		}
	}

	private static byte[] workbook(String name, Consumer<Worksheet> fill) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			Workbook workbook = new Workbook(out, "Jiangxin", "1.0");
			Worksheet sheet = workbook.newWorksheet(name);
			fill.accept(sheet);
			workbook.finish();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

}
