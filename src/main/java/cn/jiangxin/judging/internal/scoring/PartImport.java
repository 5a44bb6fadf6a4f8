package cn.jiangxin.judging.internal.scoring;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import cn.jiangxin.contest.EntryView;
import cn.jiangxin.judging.PartSource;
import cn.jiangxin.judging.RubricDraft;
import cn.jiangxin.judging.internal.rounds.JudgingAccess;
import cn.jiangxin.judging.internal.rounds.JudgingStore;
import cn.jiangxin.judging.internal.rounds.RoundEntries;
import cn.jiangxin.judging.internal.rounds.RoundGuard;
import cn.jiangxin.shared.Actor;
import cn.jiangxin.shared.BusinessRuleException;
import cn.jiangxin.shared.Decimals;
import cn.jiangxin.shared.files.SpreadsheetLimits;
import cn.jiangxin.shared.files.SpreadsheetReader;

/**
 * Imports an imported part's scores (理论成绩, until the exam module exists) from xlsx or
 * csv: one row per entrant with their card number (or the entry number) and the score out
 * of 100, under a header row. All rows or none: every bad row is reported.
 */
@Component
public class PartImport {

	private static final int MAX_ERRORS = 10;

	private final Scoring scoring;

	private final RoundEntries entries;

	private final JudgingStore store;

	private final JudgingAccess access;

	private final RoundGuard guard;

	private final SpreadsheetLimits limits;

	PartImport(Scoring scoring, RoundEntries entries, JudgingStore store, JudgingAccess access, RoundGuard guard,
			SpreadsheetLimits limits) {
		this.scoring = scoring;
		this.entries = entries;
		this.store = store;
		this.access = access;
		this.guard = guard;
		this.limits = limits;
	}

	/**
	 * Imports an imported part's scores (理论) from xlsx or csv, all rows or none; returns
	 * how many.
	 */
	@Transactional
	public int importScores(Actor actor, long roundId, String partCode, String fileName, InputStream content) {
		access.requireManage(actor, roundId);
		guard.organiser(actor, roundId, RoundGuard.Needs.OPEN, "judging.round.closed");
		RubricDraft rubric = store.rubric(roundId).orElse(null);
		if (rubric == null || rubric.parts()
			.stream()
			.noneMatch(p -> p.code().equals(partCode) && p.source() == PartSource.IMPORTED)) {
			throw BusinessRuleException.invalid("part", "judging.record.unknownCode", partCode);
		}
		Map<String, Long> byKey = new HashMap<>();
		for (EntryView entry : entries.entriesOf(roundId)) {
			byKey.put(String.valueOf(entry.id()), entry.id());
			entry.team().forEach(p -> {
				if (p.cardNo() != null) {
					byKey.put(p.cardNo(), entry.id());
				}
			});
		}
		Map<Long, BigDecimal> scores = new LinkedHashMap<>();
		List<String> errors = new ArrayList<>();
		Path temp = null;
		try {
			temp = Files.createTempFile("jiangxin-part-",
					fileName != null && fileName.endsWith(".csv") ? ".csv" : ".xlsx");
			Files.copy(content, temp, StandardCopyOption.REPLACE_EXISTING);
			SpreadsheetReader.Format format = SpreadsheetReader.Format.sniff(temp);
			if (format == null) {
				throw BusinessRuleException.invalid("file", "judging.import.unreadable");
			}
			try (SpreadsheetReader reader = SpreadsheetReader.open(temp, format, limits)) {
				reader.rows().skip(1).filter(row -> !row.isBlank()).forEach(row -> {
					String key = row.cell(0) == null ? "" : row.cell(0).strip();
					String text = row.cell(1) == null ? "" : row.cell(1).strip();
					Long entryId = byKey.get(key);
					if (entryId == null) {
						errors.add(row.number() + ":" + key);
						return;
					}
					try {
						BigDecimal score = Decimals.parse(text);
						if (score.signum() < 0 || score.compareTo(BigDecimal.valueOf(100)) > 0) {
							errors.add(row.number() + ":" + text);
							return;
						}
						scores.put(entryId, score);
					}
					catch (NumberFormatException ex) {
						errors.add(row.number() + ":" + text);
					}
				});
			}
		}
		catch (BusinessRuleException ex) {
			throw ex;
		}
		catch (Exception ex) {
			throw BusinessRuleException.invalid("file", "judging.import.unreadable");
		}
		finally {
			if (temp != null) {
				try {
					Files.deleteIfExists(temp);
				}
				catch (IOException ignored) {
					// a temp file left behind is swept by the OS
				}
			}
		}
		if (!errors.isEmpty()) {
			throw BusinessRuleException.invalid("file", "judging.import.badRows", errors.size(),
					String.join("；", errors.subList(0, Math.min(MAX_ERRORS, errors.size()))));
		}
		if (scores.isEmpty()) {
			throw BusinessRuleException.invalid("file", "judging.import.empty");
		}
		scores.forEach((entryId, score) -> scoring.record(actor, roundId, entryId, partCode, score));
		return scores.size();
	}

}
