package cn.jiangxin.exam.internal.bank;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

import cn.jiangxin.shared.OrgScope;
import cn.jiangxin.shared.PageQuery;
import cn.jiangxin.shared.PageResult;

/** The question banks, their knowledge areas and their questions with every version. */
@Repository
public class BankStore {

	private final JdbcClient jdbc;

	BankStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insertBank(long orgId, String name, String description, String by, Instant at) {
		KeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO question_bank (org_id, name, description, created_by, created_at, updated_at)
				VALUES (?, ?, ?, ?, ?, ?)""")
			.params(orgId, name, description, by, Timestamp.from(at), Timestamp.from(at))
			.update(key, "id");
		return key.getKey().longValue();
	}

	void updateBank(long bankId, String name, String description, Instant at) {
		jdbc.sql("UPDATE question_bank SET name = ?, description = ?, updated_at = ? WHERE id = ?")
			.params(name, description, Timestamp.from(at), bankId)
			.update();
	}

	void touchBank(long bankId, Instant at) {
		jdbc.sql("UPDATE question_bank SET updated_at = ? WHERE id = ?").params(Timestamp.from(at), bankId).update();
	}

	public Optional<BankView> bank(long bankId) {
		return jdbc.sql(BANKS + " WHERE b.id = ?").param(bankId).query(this::bankRow).optional();
	}

	private static final String BANKS = """
			SELECT b.*, (SELECT COUNT(*) FROM question q WHERE q.bank_id = b.id AND q.retired = FALSE) AS questions
			FROM question_bank b""";

	/**
	 * The banks a union admin may use: those of their subtree (the filter) and those of
	 * the unions above them ({@code above}).
	 */
	public List<BankView> banks(OrgScope.SqlFilter subtree, Collection<Long> above, int limit) {
		List<Object> params = new ArrayList<>(subtree.params());
		StringBuilder where = new StringBuilder(" WHERE (" + subtree.sql());
		if (!above.isEmpty()) {
			where.append(" OR b.org_id IN (")
				.append(String.join(", ", above.stream().map(a -> "?").toList()))
				.append(')');
			params.addAll(above);
		}
		where.append(") ORDER BY b.updated_at DESC, b.id DESC FETCH FIRST ? ROWS ONLY");
		params.add(limit);
		return jdbc.sql(BANKS + where).params(params).query(this::bankRow).list();
	}

	private BankView bankRow(ResultSet rs, int n) throws SQLException {
		return new BankView(rs.getLong("id"), rs.getLong("org_id"), null, rs.getString("name"),
				rs.getString("description"), rs.getLong("questions"), rs.getString("created_by"),
				rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant());
	}

	boolean bankNameTaken(long orgId, String name, Long except) {
		return jdbc.sql("SELECT COUNT(*) FROM question_bank WHERE org_id = ? AND name = ? AND id <> ?")
			.params(orgId, name, except == null ? -1 : except)
			.query(Long.class)
			.single() > 0;
	}

	// --- Knowledge areas
	// -------------------------------------------------------------------

	long insertArea(long bankId, Long parentId, String name, String path, String parentLineage, int position,
			Instant at) {
		KeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO knowledge_area (bank_id, parent_id, name, path, lineage, position, created_at)
				VALUES (?, ?, ?, ?, '/', ?, ?)""")
			.params(bankId, parentId, name, path, position, Timestamp.from(at))
			.update(key, "id");
		long id = key.getKey().longValue();
		jdbc.sql("UPDATE knowledge_area SET lineage = ? WHERE id = ?").params(parentLineage + id + "/", id).update();
		return id;
	}

	int nextAreaPosition(long bankId, Long parentId) {
		return jdbc.sql("""
				SELECT COALESCE(MAX(position), 0) + 1 FROM knowledge_area
				WHERE bank_id = ? AND COALESCE(parent_id, 0) = ?""")
			.params(bankId, parentId == null ? 0 : parentId)
			.query(Integer.class)
			.single();
	}

	/**
	 * The areas of a bank in tree order, each with the current questions it and its
	 * subtree hold.
	 */
	public List<AreaView> areas(long bankId) {
		List<AreaView> areas = jdbc.sql("""
				SELECT a.*, (SELECT COUNT(*) FROM question_version v JOIN question q ON q.current_version = v.id
				             JOIN knowledge_area d ON d.id = v.area_id
				             WHERE q.retired = FALSE AND d.lineage LIKE a.lineage || '%') AS questions
				FROM knowledge_area a WHERE a.bank_id = ? ORDER BY a.path""")
			.param(bankId)
			.query((rs, n) -> new AreaView(rs.getLong("id"), rs.getLong("bank_id"),
					rs.getObject("parent_id") == null ? null : rs.getLong("parent_id"), rs.getString("name"),
					rs.getString("path"), rs.getString("lineage"), rs.getInt("position"), rs.getLong("questions")))
			.list();
		return treeOrder(areas);
	}

	/** Orders areas parent first, children by position. */
	private static List<AreaView> treeOrder(List<AreaView> areas) {
		Map<Long, List<AreaView>> children = new HashMap<>();
		for (AreaView a : areas) {
			children.computeIfAbsent(a.parentId() == null ? 0L : a.parentId(), k -> new ArrayList<>()).add(a);
		}
		children.values().forEach(list -> list.sort((x, y) -> Integer.compare(x.position(), y.position())));
		List<AreaView> ordered = new ArrayList<>();
		walk(0L, children, ordered);
		return ordered;
	}

	private static void walk(long parent, Map<Long, List<AreaView>> children, List<AreaView> out) {
		for (AreaView a : children.getOrDefault(parent, List.of())) {
			out.add(a);
			walk(a.id(), children, out);
		}
	}

	public Optional<AreaView> area(long areaId) {
		return jdbc.sql("SELECT a.*, 0 AS questions FROM knowledge_area a WHERE a.id = ?")
			.param(areaId)
			.query((rs, n) -> new AreaView(rs.getLong("id"), rs.getLong("bank_id"),
					rs.getObject("parent_id") == null ? null : rs.getLong("parent_id"), rs.getString("name"),
					rs.getString("path"), rs.getString("lineage"), rs.getInt("position"), 0))
			.optional();
	}

	Optional<Long> areaByPath(long bankId, String path) {
		return jdbc.sql("SELECT id FROM knowledge_area WHERE bank_id = ? AND path = ?")
			.params(bankId, path)
			.query(Long.class)
			.optional();
	}

	// --- Questions
	// -------------------------------------------------------------------------

	long insertQuestion(long bankId, QuestionType type, String by, Instant at) {
		KeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO question (bank_id, type, created_by, created_at, updated_at) VALUES (?, ?, ?, ?, ?)""")
			.params(bankId, type.name(), by, Timestamp.from(at), Timestamp.from(at))
			.update(key, "id");
		return key.getKey().longValue();
	}

	/**
	 * Writes a new version of a question, makes it the current one, and returns its id.
	 */
	long insertVersion(long questionId, QuestionDraft draft, String answerKey, String by, Instant at) {
		int number = jdbc.sql("SELECT COALESCE(MAX(number), 0) + 1 FROM question_version WHERE question_id = ?")
			.param(questionId)
			.query(Integer.class)
			.single();
		KeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO question_version (question_id, number, area_id, difficulty, stem, stem_image, answer_key,
				    partial_credit, reference_answer, points, explanation, created_by, created_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(questionId, number, draft.areaId(), draft.difficulty(), draft.stem().strip(), draft.stemImage(),
					answerKey, draft.partial(), blankToNull(draft.referenceAnswer()), draft.points(),
					blankToNull(draft.explanation()), by, Timestamp.from(at))
			.update(key, "id");
		long versionId = key.getKey().longValue();
		List<QuestionDraft.Option> options = draft.type().choice() ? draft.options() : List.of();
		for (int i = 0; i < options.size(); i++) {
			jdbc.sql("INSERT INTO question_option (version_id, option_key, text, image) VALUES (?, ?, ?, ?)")
				.params(versionId, String.valueOf(Answers.KEYS.charAt(i)), options.get(i).text().strip(),
						options.get(i).image())
				.update();
		}
		jdbc.sql("UPDATE question SET current_version = ?, updated_at = ? WHERE id = ?")
			.params(versionId, Timestamp.from(at), questionId)
			.update();
		jdbc.sql("DELETE FROM question_tag WHERE question_id = ?").param(questionId).update();
		for (String tag : draft.tags().stream().map(String::strip).distinct().toList()) {
			jdbc.sql("INSERT INTO question_tag (question_id, tag) VALUES (?, ?)").params(questionId, tag).update();
		}
		return versionId;
	}

	void retire(long questionId, boolean retired, Instant at) {
		jdbc.sql("UPDATE question SET retired = ?, updated_at = ? WHERE id = ?")
			.params(retired, Timestamp.from(at), questionId)
			.update();
	}

	private static final String VERSIONS = """
			SELECT q.id AS question_id, q.bank_id, q.type, q.retired, v.id AS version_id, v.number, v.area_id,
			       a.path AS area_path, v.difficulty, v.stem, v.stem_image, v.answer_key, v.partial_credit,
			       v.reference_answer, v.points, v.explanation, v.created_by, v.created_at
			FROM question q JOIN question_version v ON v.question_id = q.id JOIN knowledge_area a ON a.id = v.area_id""";

	/** A question at its current version. */
	public Optional<QuestionView> question(long questionId) {
		return complete(jdbc.sql(VERSIONS + " WHERE q.id = ? AND v.id = q.current_version")
			.param(questionId)
			.query(BankStore::row)
			.list()).stream().findFirst();
	}

	/** Questions at the versions given, in the order given; unknown ids are left out. */
	public List<QuestionView> versions(Collection<Long> versionIds) {
		if (versionIds.isEmpty()) {
			return List.of();
		}
		Map<Long, QuestionView> byVersion = new HashMap<>();
		List<Long> ids = new ArrayList<>(versionIds);
		for (int from = 0; from < ids.size(); from += 500) {
			List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + 500));
			complete(jdbc
				.sql(VERSIONS + " WHERE v.id IN (" + String.join(", ", chunk.stream().map(i -> "?").toList()) + ")")
				.params(new ArrayList<Object>(chunk))
				.query(BankStore::row)
				.list()).forEach(v -> byVersion.put(v.versionId(), v));
		}
		return ids.stream().map(byVersion::get).filter(v -> v != null).toList();
	}

	/** Every version of a question, newest first. */
	public List<QuestionView> history(long questionId) {
		return complete(jdbc.sql(VERSIONS + " WHERE q.id = ? ORDER BY v.number DESC")
			.param(questionId)
			.query(BankStore::row)
			.list());
	}

	/** What to look for among a bank's current questions; null fields do not filter. */
	public record Search(Long areaId, QuestionType type, Integer difficulty, String tag, String text,
			boolean withRetired) {
	}

	/** A page of a bank's questions at their current versions, newest first. */
	public PageResult<QuestionView> search(long bankId, Search search, PageQuery page) {
		List<Object> params = new ArrayList<>();
		StringBuilder where = new StringBuilder(" WHERE q.bank_id = ? AND v.id = q.current_version");
		params.add(bankId);
		if (!search.withRetired()) {
			where.append(" AND q.retired = FALSE");
		}
		if (search.areaId() != null) {
			where.append(" AND a.lineage LIKE (SELECT lineage FROM knowledge_area WHERE id = ?) || '%'");
			params.add(search.areaId());
		}
		if (search.type() != null) {
			where.append(" AND q.type = ?");
			params.add(search.type().name());
		}
		if (search.difficulty() != null) {
			where.append(" AND v.difficulty = ?");
			params.add(search.difficulty());
		}
		if (search.tag() != null && !search.tag().isBlank()) {
			where.append(" AND EXISTS (SELECT 1 FROM question_tag t WHERE t.question_id = q.id AND t.tag = ?)");
			params.add(search.tag().strip());
		}
		if (search.text() != null && !search.text().isBlank()) {
			where.append(" AND v.stem LIKE ? ESCAPE '\\'");
			params.add("%" + search.text().strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
		}
		long total = jdbc
			.sql("SELECT COUNT(*) FROM question q JOIN question_version v ON v.question_id = q.id "
					+ "JOIN knowledge_area a ON a.id = v.area_id" + where)
			.params(params)
			.query(Long.class)
			.single();
		List<Object> pageParams = new ArrayList<>(params);
		pageParams.add(page.offset());
		pageParams.add(page.size());
		List<QuestionView> items = complete(
				jdbc.sql(VERSIONS + where + " ORDER BY q.id DESC OFFSET ? ROWS FETCH NEXT ? ROWS ONLY")
					.params(pageParams)
					.query(BankStore::row)
					.list());
		return new PageResult<>(items, total, page.page(), page.size());
	}

	/** Every current question of a bank, oldest first, for an export. */
	public List<QuestionView> all(long bankId) {
		return complete(jdbc
			.sql(VERSIONS + " WHERE q.bank_id = ? AND v.id = q.current_version AND q.retired = FALSE"
					+ " ORDER BY a.path, q.id")
			.param(bankId)
			.query(BankStore::row)
			.list());
	}

	/** The tags used in a bank, most used first. */
	public List<String> tags(long bankId) {
		return jdbc.sql("""
				SELECT t.tag FROM question_tag t JOIN question q ON q.id = t.question_id
				WHERE q.bank_id = ? GROUP BY t.tag ORDER BY COUNT(*) DESC, t.tag FETCH FIRST 50 ROWS ONLY""")
			.param(bankId)
			.query(String.class)
			.list();
	}

	/**
	 * The current versions of a bank's questions of a type within a difficulty range, in
	 * an area's subtree (any area when null), with how many options each has.
	 */
	public List<long[]> pool(long bankId, Long areaId, QuestionType type, int difficultyMin, int difficultyMax) {
		List<Object> params = new ArrayList<>(List.of(bankId, type.name(), difficultyMin, difficultyMax));
		String area = "";
		if (areaId != null) {
			area = " AND a.lineage LIKE (SELECT lineage FROM knowledge_area WHERE id = ?) || '%'";
			params.add(areaId);
		}
		return jdbc
			.sql("""
					SELECT q.id, v.id AS version_id, (SELECT COUNT(*) FROM question_option o WHERE o.version_id = v.id) AS options
					FROM question q JOIN question_version v ON v.id = q.current_version JOIN knowledge_area a ON a.id = v.area_id
					WHERE q.bank_id = ? AND q.retired = FALSE AND q.type = ? AND v.difficulty BETWEEN ? AND ?"""
					+ area + " ORDER BY q.id")
			.params(params)
			.query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2), rs.getLong(3) })
			.list();
	}

	/**
	 * Whether a file of this hash is a picture some question of a bank the viewer may use
	 * shows.
	 */
	public List<Long> banksShowing(String hash) {
		return jdbc.sql("""
				SELECT DISTINCT q.bank_id FROM question q JOIN question_version v ON v.question_id = q.id
				WHERE v.stem_image = ?
				   OR EXISTS (SELECT 1 FROM question_option o WHERE o.version_id = v.id AND o.image = ?)""")
			.params(hash, hash)
			.query(Long.class)
			.list();
	}

	private static QuestionView row(ResultSet rs, int n) throws SQLException {
		QuestionType type = QuestionType.valueOf(rs.getString("type"));
		String key = rs.getString("answer_key");
		return new QuestionView(rs.getLong("question_id"), rs.getLong("bank_id"), type, rs.getBoolean("retired"),
				rs.getLong("version_id"), rs.getInt("number"), rs.getLong("area_id"), rs.getString("area_path"),
				rs.getInt("difficulty"), rs.getString("stem"), rs.getString("stem_image"), List.of(),
				answers(type, key), rs.getBoolean("partial_credit"), rs.getString("reference_answer"),
				rs.getBigDecimal("points"), rs.getString("explanation"), List.of(), rs.getString("created_by"),
				rs.getTimestamp("created_at").toInstant());
	}

	/** A stored key as the list of answers a draft and a view carry. */
	public static List<String> answers(QuestionType type, String key) {
		if (key == null || key.isEmpty()) {
			return List.of();
		}
		return switch (type) {
			case SINGLE, MULTIPLE, TRUE_FALSE -> Answers.letters(key);
			case FILL -> List.of(key.split("\n"));
			case SHORT -> List.of();
		};
	}

	/** Adds the options and tags to rows read without them. */
	private List<QuestionView> complete(List<QuestionView> rows) {
		if (rows.isEmpty()) {
			return rows;
		}
		List<Object> versionIds = new ArrayList<>(rows.stream().map(QuestionView::versionId).distinct().toList());
		List<Object> questionIds = new ArrayList<>(rows.stream().map(QuestionView::id).distinct().toList());
		Map<Long, List<OptionView>> options = new HashMap<>();
		jdbc.sql("SELECT * FROM question_option WHERE version_id IN ("
				+ String.join(", ", versionIds.stream().map(i -> "?").toList()) + ") ORDER BY version_id, option_key")
			.params(versionIds)
			.query((rs, n) -> {
				options.computeIfAbsent(rs.getLong("version_id"), k -> new ArrayList<>())
					.add(new OptionView(rs.getString("option_key").strip(), rs.getString("text"),
							rs.getString("image")));
				return null;
			})
			.list();
		Map<Long, List<String>> tags = new LinkedHashMap<>();
		jdbc.sql("SELECT * FROM question_tag WHERE question_id IN ("
				+ String.join(", ", questionIds.stream().map(i -> "?").toList()) + ") ORDER BY tag")
			.params(questionIds)
			.query((rs, n) -> {
				tags.computeIfAbsent(rs.getLong("question_id"), k -> new ArrayList<>()).add(rs.getString("tag"));
				return null;
			})
			.list();
		return rows.stream()
			.map(q -> new QuestionView(q.id(), q.bankId(), q.type(), q.retired(), q.versionId(), q.number(), q.areaId(),
					q.areaPath(), q.difficulty(), q.stem(), q.stemImage(),
					options.getOrDefault(q.versionId(), List.of()), q.answers(), q.partialCredit(), q.referenceAnswer(),
					q.points(), q.explanation(), tags.getOrDefault(q.id(), List.of()), q.createdBy(), q.createdAt()))
			.toList();
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	static BigDecimal points(BigDecimal points) {
		return points.setScale(2, RoundingMode.HALF_UP);
	}

}
