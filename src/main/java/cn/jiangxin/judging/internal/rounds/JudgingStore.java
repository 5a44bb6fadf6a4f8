package cn.jiangxin.judging.internal.rounds;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import cn.jiangxin.judging.AggregationMethod;
import cn.jiangxin.judging.CriterionKind;
import cn.jiangxin.judging.JudgingSettings;
import cn.jiangxin.judging.PartSource;
import cn.jiangxin.judging.RankingBasis;
import cn.jiangxin.judging.RubricDraft;

/**
 * Reads and writes a round's judging: settings, rubric, entries, panel, assignment,
 * sheets and measurements. States are enums here and their names in the database; rows
 * that come many at a time are written in batches.
 */
@Component
public class JudgingStore {

	private final JdbcClient jdbc;

	private final JdbcTemplate batches;

	private final Clock clock;

	JudgingStore(JdbcClient jdbc, JdbcTemplate batches, Clock clock) {
		this.jdbc = jdbc;
		this.batches = batches;
		this.clock = clock;
	}

	// settings

	public Optional<RoundSetup> setup(long roundId) {
		return jdbc.sql("SELECT * FROM round_judging WHERE round_id = ?")
			.param(roundId)
			.query(this::setupRow)
			.optional();
	}

	/**
	 * The round's settings, or the defaults of a round not set up yet (without writing
	 * them).
	 */
	public RoundSetup setupOrPlain(long roundId) {
		return setup(roundId).orElseGet(() -> RoundSetup.defaults(roundId));
	}

	/** The round's settings, creating defaults the first time. */
	public RoundSetup setupOrDefaults(long roundId) {
		jdbc.sql("INSERT INTO round_judging (round_id) VALUES (?) ON CONFLICT DO NOTHING").param(roundId).update();
		return setup(roundId).orElseThrow();
	}

	/** Locks the round's settings row for the rest of the transaction. */
	RoundSetup lock(long roundId) {
		setupOrDefaults(roundId);
		return jdbc.sql("SELECT * FROM round_judging WHERE round_id = ? FOR UPDATE")
			.param(roundId)
			.query(this::setupRow)
			.single();
	}

	public void saveSettings(long roundId, JudgingSettings s) {
		jdbc.sql("""
				UPDATE round_judging SET judges_per_entry = ?, min_load = ?, max_load = ?, blind = ?, method = ?,
				  trim_from = ?, basis = ?, spread_threshold = ?, stddev_threshold = ?, tie_breaks = ?, live = ?,
				  version = version + 1, updated_at = ?
				WHERE round_id = ?
				""")
			.params(s.judgesPerEntry(), s.minLoad(), s.maxLoad(), s.isBlind(), s.method().name(), s.trimFrom(),
					s.basis().name(), s.spreadThreshold(), s.stdDevThreshold(),
					s.tieBreaks() == null ? "" : s.tieBreaks().strip(), s.isLive(), now(), roundId)
			.update();
	}

	public void state(long roundId, RoundState state) {
		jdbc.sql("UPDATE round_judging SET state = ?, version = version + 1, updated_at = ? WHERE round_id = ?")
			.params(state.name(), now(), roundId)
			.update();
	}

	private RoundSetup setupRow(ResultSet rs, int row) throws SQLException {
		JudgingSettings settings = new JudgingSettings(rs.getInt("judges_per_entry"), integer(rs, "min_load"),
				integer(rs, "max_load"), rs.getBoolean("blind"), AggregationMethod.valueOf(rs.getString("method")),
				rs.getInt("trim_from"), RankingBasis.valueOf(rs.getString("basis")),
				rs.getBigDecimal("spread_threshold"), rs.getBigDecimal("stddev_threshold"), rs.getString("tie_breaks"),
				rs.getBoolean("live"));
		return new RoundSetup(rs.getLong("round_id"), settings, RoundState.valueOf(rs.getString("state")),
				rs.getInt("version"));
	}

	// rubric

	public void replaceRubric(long roundId, RubricDraft rubric) {
		jdbc.sql("DELETE FROM rubric_criterion WHERE round_id = ?").param(roundId).update();
		jdbc.sql("DELETE FROM round_part WHERE round_id = ?").param(roundId).update();
		List<Object[]> parts = new ArrayList<>();
		for (RubricDraft.Part part : rubric.parts()) {
			parts.add(new Object[] { roundId, part.code(), part.label().strip(), part.weight(), part.source().name(),
					parts.size(), part.source() == PartSource.IMPORTED ? part.examId() : null });
		}
		batches.batchUpdate("""
				INSERT INTO round_part (round_id, code, label, weight, source, position, exam_id)
				VALUES (?, ?, ?, ?, ?, ?, ?)
				""", parts);
		List<Object[]> criteria = new ArrayList<>();
		for (RubricDraft.Criterion c : rubric.criteria()) {
			criteria.add(new Object[] { roundId, c.code(), c.part(), c.label().strip(), c.kind().name(), c.weight(),
					c.min(), c.max(), blank(c.descriptors()), c.requiresComment(), criteria.size() });
		}
		batches.batchUpdate("""
				INSERT INTO rubric_criterion (round_id, code, part_code, label, kind, weight, min_score, max_score,
				  descriptors, comment_required, position)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				""", criteria);
	}

	public Optional<RubricDraft> rubric(long roundId) {
		List<RubricDraft.Part> parts = jdbc.sql("SELECT * FROM round_part WHERE round_id = ? ORDER BY position")
			.param(roundId)
			.query((rs, row) -> new RubricDraft.Part(rs.getString("code"), rs.getString("label"),
					rs.getBigDecimal("weight"), PartSource.valueOf(rs.getString("source")),
					(Long) rs.getObject("exam_id", Long.class)))
			.list();
		if (parts.isEmpty()) {
			return Optional.empty();
		}
		List<RubricDraft.Criterion> criteria = jdbc
			.sql("SELECT * FROM rubric_criterion WHERE round_id = ? ORDER BY position")
			.param(roundId)
			.query((rs, row) -> new RubricDraft.Criterion(rs.getString("code"), rs.getString("part_code"),
					rs.getString("label"), CriterionKind.valueOf(rs.getString("kind")), rs.getBigDecimal("weight"),
					rs.getBigDecimal("min_score"), rs.getBigDecimal("max_score"), rs.getString("descriptors"),
					rs.getBoolean("comment_required")))
			.list();
		return Optional.of(new RubricDraft(parts, criteria));
	}

	// entries of a round

	List<Long> entries(long roundId) {
		return jdbc.sql("SELECT entry_id FROM round_entry WHERE round_id = ? ORDER BY entry_id")
			.param(roundId)
			.query(Long.class)
			.list();
	}

	public Map<Long, RoundEntryStatus> entryStatuses(long roundId) {
		Map<Long, RoundEntryStatus> statuses = new LinkedHashMap<>();
		jdbc.sql("SELECT entry_id, status FROM round_entry WHERE round_id = ? ORDER BY entry_id")
			.param(roundId)
			.query(rs -> {
				statuses.put(rs.getLong(1), RoundEntryStatus.valueOf(rs.getString(2)));
			});
		return statuses;
	}

	public boolean inRound(long roundId, long entryId) {
		return jdbc.sql("SELECT COUNT(*) FROM round_entry WHERE round_id = ? AND entry_id = ?")
			.params(roundId, entryId)
			.query(Integer.class)
			.single() > 0;
	}

	public void addEntries(long roundId, Collection<Long> entryIds) {
		batches.batchUpdate("""
				INSERT INTO round_entry (round_id, entry_id, status) VALUES (?, ?, ?)
				ON CONFLICT DO NOTHING
				""",
				entryIds.stream().map(id -> new Object[] { roundId, id, RoundEntryStatus.IN_ROUND.name() }).toList());
	}

	public void entryStatus(long roundId, long entryId, RoundEntryStatus status) {
		jdbc.sql("UPDATE round_entry SET status = ? WHERE round_id = ? AND entry_id = ?")
			.params(status.name(), roundId, entryId)
			.update();
	}

	// panel

	public List<Long> panel(long roundId) {
		return jdbc.sql("SELECT expert_id FROM round_judge WHERE round_id = ? ORDER BY expert_id")
			.param(roundId)
			.query(Long.class)
			.list();
	}

	public void replacePanel(long roundId, Collection<Long> expertIds) {
		jdbc.sql("DELETE FROM round_judge WHERE round_id = ?").param(roundId).update();
		batches.batchUpdate("INSERT INTO round_judge (round_id, expert_id) VALUES (?, ?)",
				expertIds.stream().map(id -> new Object[] { roundId, id }).toList());
	}

	// assignment

	/** Judges by entry, in entry order; each pair says whether it was set by hand. */
	public Map<Long, Map<Long, Boolean>> assignment(long roundId) {
		Map<Long, Map<Long, Boolean>> byEntry = new LinkedHashMap<>();
		jdbc.sql("SELECT entry_id, expert_id, source FROM assignment WHERE round_id = ? ORDER BY entry_id, expert_id")
			.param(roundId)
			.query(rs -> {
				byEntry.computeIfAbsent(rs.getLong(1), k -> new LinkedHashMap<>())
					.put(rs.getLong(2), AssignmentSource.valueOf(rs.getString(3)) == AssignmentSource.MANUAL);
			});
		return byEntry;
	}

	public boolean assigned(long roundId, long entryId, long expertId) {
		return jdbc.sql("SELECT COUNT(*) FROM assignment WHERE round_id = ? AND entry_id = ? AND expert_id = ?")
			.params(roundId, entryId, expertId)
			.query(Integer.class)
			.single() > 0;
	}

	public List<Long> entriesOf(long roundId, long expertId) {
		return jdbc.sql("SELECT entry_id FROM assignment WHERE round_id = ? AND expert_id = ? ORDER BY entry_id")
			.params(roundId, expertId)
			.query(Long.class)
			.list();
	}

	/** The rounds a judge has entries in, newest first. */
	public List<Long> roundsOf(long expertId) {
		return jdbc.sql("SELECT DISTINCT round_id FROM assignment WHERE expert_id = ? ORDER BY round_id DESC")
			.param(expertId)
			.query(Long.class)
			.list();
	}

	public void assign(long roundId, long entryId, long expertId, AssignmentSource source, String by) {
		assignAll(roundId, Map.of(entryId, List.of(expertId)), source, by);
	}

	/** Puts judges on entries in one batch, leaving pairs already there as they are. */
	public void assignAll(long roundId, Map<Long, List<Long>> judgesByEntry, AssignmentSource source, String by) {
		List<Object[]> rows = new ArrayList<>();
		judgesByEntry.forEach((entryId, judges) -> judges
			.forEach(expertId -> rows.add(new Object[] { roundId, entryId, expertId, source.name(), by })));
		batches.batchUpdate("""
				INSERT INTO assignment (round_id, entry_id, expert_id, source, created_by) VALUES (?, ?, ?, ?, ?)
				ON CONFLICT DO NOTHING
				""", rows);
	}

	public void unassign(long roundId, long entryId, long expertId) {
		jdbc.sql("""
				DELETE FROM score_item WHERE sheet_id IN
				  (SELECT id FROM score_sheet WHERE round_id = ? AND entry_id = ? AND expert_id = ?)
				""").params(roundId, entryId, expertId).update();
		jdbc.sql("DELETE FROM score_sheet WHERE round_id = ? AND entry_id = ? AND expert_id = ?")
			.params(roundId, entryId, expertId)
			.update();
		jdbc.sql("DELETE FROM assignment WHERE round_id = ? AND entry_id = ? AND expert_id = ?")
			.params(roundId, entryId, expertId)
			.update();
	}

	/** Takes every judge off every entry of the round, with the sheets of those pairs. */
	public void unassignAll(long roundId) {
		jdbc.sql("""
				DELETE FROM score_item WHERE sheet_id IN
				  (SELECT s.id FROM score_sheet s JOIN assignment a
				     ON a.round_id = s.round_id AND a.entry_id = s.entry_id AND a.expert_id = s.expert_id
				   WHERE s.round_id = ?)
				""").param(roundId).update();
		jdbc.sql("""
				DELETE FROM score_sheet WHERE round_id = ? AND EXISTS
				  (SELECT 1 FROM assignment a WHERE a.round_id = score_sheet.round_id
				     AND a.entry_id = score_sheet.entry_id AND a.expert_id = score_sheet.expert_id)
				""").param(roundId).update();
		jdbc.sql("DELETE FROM assignment WHERE round_id = ?").param(roundId).update();
	}

	// sheets

	public Optional<Sheet> sheet(long roundId, long entryId, long expertId) {
		return sheets(Where.PAIR, roundId, entryId, expertId).stream().findFirst();
	}

	/** Locks a judge's sheet for one entry, creating an empty draft the first time. */
	public Sheet lockSheet(long roundId, long entryId, long expertId) {
		jdbc.sql("""
				INSERT INTO score_sheet (round_id, entry_id, expert_id, status) VALUES (?, ?, ?, ?)
				ON CONFLICT DO NOTHING
				""").params(roundId, entryId, expertId, SheetStatus.DRAFT.name()).update();
		jdbc.sql("SELECT id FROM score_sheet WHERE round_id = ? AND entry_id = ? AND expert_id = ? FOR UPDATE")
			.params(roundId, entryId, expertId)
			.query(Long.class)
			.single();
		return sheet(roundId, entryId, expertId).orElseThrow();
	}

	public List<Sheet> sheets(long roundId) {
		return sheets(Where.ROUND, roundId);
	}

	public List<Sheet> sheetsOf(long roundId, long expertId) {
		return sheets(Where.JUDGE, roundId, expertId);
	}

	/**
	 * The sheets a query may ask for: a round's, one judge's in a round, or one judge's
	 * on one entry.
	 */
	private enum Where {

		ROUND("s.round_id = ?"), JUDGE("s.round_id = ? AND s.expert_id = ?"),
		PAIR("s.round_id = ? AND s.entry_id = ? AND s.expert_id = ?");

		private final String sql;

		Where(String sql) {
			this.sql = sql;
		}

	}

	private List<Sheet> sheets(Where where, Object... params) {
		Map<Long, Map<String, Sheet.Item>> items = new LinkedHashMap<>();
		List<Sheet> heads = new ArrayList<>();
		jdbc.sql("""
				SELECT s.*, i.criterion_code, i.score AS item_score, i.comment
				FROM score_sheet s LEFT JOIN score_item i ON i.sheet_id = s.id
				WHERE %s
				ORDER BY s.id
				""".formatted(where.sql)).params(params).query(rs -> {
			long id = rs.getLong("id");
			if (!items.containsKey(id)) {
				items.put(id, new LinkedHashMap<>());
				Timestamp submitted = rs.getTimestamp("submitted_at");
				heads.add(new Sheet(id, rs.getLong("round_id"), rs.getLong("entry_id"), rs.getLong("expert_id"),
						SheetStatus.valueOf(rs.getString("status")), rs.getBigDecimal("total"),
						submitted == null ? null : submitted.toInstant(), rs.getInt("reopened"), rs.getInt("version"),
						Map.of()));
			}
			String code = rs.getString("criterion_code");
			if (code != null) {
				items.get(id).put(code, new Sheet.Item(rs.getBigDecimal("item_score"), rs.getString("comment")));
			}
		});
		return heads.stream()
			.map(s -> new Sheet(s.id(), s.roundId(), s.entryId(), s.expertId(), s.status(), s.total(), s.submittedAt(),
					s.reopened(), s.version(), items.get(s.id())))
			.toList();
	}

	public void saveSheet(Sheet sheet, Map<String, Sheet.Item> items, BigDecimal total, boolean submit) {
		jdbc.sql("DELETE FROM score_item WHERE sheet_id = ?").param(sheet.id()).update();
		batches.batchUpdate("INSERT INTO score_item (sheet_id, criterion_code, score, comment) VALUES (?, ?, ?, ?)",
				items.entrySet()
					.stream()
					.map(item -> new Object[] { sheet.id(), item.getKey(), item.getValue().score(),
							blank(item.getValue().comment()) })
					.toList());
		int updated = jdbc.sql("""
				UPDATE score_sheet SET status = ?, total = ?, submitted_at = ?, version = version + 1, updated_at = ?
				WHERE id = ? AND version = ?
				""")
			.params((submit ? SheetStatus.SUBMITTED : SheetStatus.DRAFT).name(), total, submit ? now() : null, now(),
					sheet.id(), sheet.version())
			.update();
		if (updated == 0) {
			throw new OptimisticLockingFailureException("score sheet " + sheet.id());
		}
	}

	public void reopen(long sheetId) {
		jdbc.sql("""
				UPDATE score_sheet SET status = ?, submitted_at = NULL, reopened = reopened + 1,
				  version = version + 1, updated_at = ?
				WHERE id = ?
				""").params(SheetStatus.DRAFT.name(), now(), sheetId).update();
	}

	// measurements and imported parts

	public void record(long roundId, long entryId, String code, BigDecimal score, String by) {
		int updated = jdbc.sql("""
				UPDATE measurement SET score = ?, recorded_by = ?, recorded_at = ?
				WHERE round_id = ? AND entry_id = ? AND code = ?
				""").params(score, by, now(), roundId, entryId, code).update();
		if (updated == 0) {
			jdbc.sql("INSERT INTO measurement (round_id, entry_id, code, score, recorded_by) VALUES (?, ?, ?, ?, ?)")
				.params(roundId, entryId, code, score, by)
				.update();
		}
	}

	/** Measurements and imported scores by entry, then by code. */
	public Map<Long, Map<String, BigDecimal>> measurements(long roundId) {
		Map<Long, Map<String, BigDecimal>> byEntry = new LinkedHashMap<>();
		jdbc.sql("SELECT entry_id, code, score FROM measurement WHERE round_id = ?").param(roundId).query(rs -> {
			byEntry.computeIfAbsent(rs.getLong(1), k -> new LinkedHashMap<>())
				.put(rs.getString(2), rs.getBigDecimal(3));
		});
		return byEntry;
	}

	/**
	 * Whether any result is in: a submitted sheet, a measurement or an imported score.
	 */
	public boolean scored(long roundId) {
		return jdbc.sql("""
				SELECT (SELECT COUNT(*) FROM score_sheet WHERE round_id = ? AND status = ?)
				     + (SELECT COUNT(*) FROM measurement WHERE round_id = ?)
				""").params(roundId, SheetStatus.SUBMITTED.name(), roundId).query(Long.class).single() > 0;
	}

	private Timestamp now() {
		return Timestamp.from(Instant.now(clock));
	}

	private static Integer integer(ResultSet rs, String column) throws SQLException {
		int value = rs.getInt(column);
		return rs.wasNull() ? null : value;
	}

	private static String blank(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

}
