package cn.jiangxin.innovation.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;
import org.springframework.web.multipart.MultipartFile;

import cn.jiangxin.audit.AuditAction;
import cn.jiangxin.audit.AuditLog;
import cn.jiangxin.shared.Actor;
import cn.jiangxin.shared.BusinessRuleException;
import cn.jiangxin.shared.NotFoundException;
import cn.jiangxin.shared.OrgScope;
import cn.jiangxin.shared.OutOfScopeException;
import cn.jiangxin.shared.files.BlobStore;
import cn.jiangxin.shared.files.StoredBlob;

/**
 * The evidence of achievements (证明材料): PDF or image files, at most 20 MB each and 10 per
 * achievement, kept in the blob store. The admins covering one of the achievement's
 * studios attach them while one of its studios is active, and read them; every upload is
 * audited.
 */
@Service
class AchievementFiles {

	static final long MAX_BYTES = DataSize.ofMegabytes(20).toBytes();

	static final int MAX_FILES = 10;

	static final List<String> KINDS = List.of("pdf", "jpg", "png");

	/** An evidence file as listed. */
	record File(String hash, String name, String contentType, long sizeBytes) {
	}

	private final JdbcClient jdbc;

	private final BlobStore blobs;

	private final OrgScope scope;

	private final AuditLog audit;

	private final Clock clock;

	AchievementFiles(JdbcClient jdbc, BlobStore blobs, OrgScope scope, AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.blobs = blobs;
		this.scope = scope;
		this.audit = audit;
		this.clock = clock;
	}

	/** Attaches a file to an achievement; the achievement's files. */
	@Transactional
	public List<File> attach(Actor actor, long achievementId, MultipartFile file) {
		jdbc.sql("SELECT id FROM achievement WHERE id = ? FOR UPDATE")
			.param(achievementId)
			.query(Long.class)
			.optional();
		Owners owners = owners(actor, achievementId);
		if (!owners.anyActive()) {
			throw BusinessRuleException.conflict("innovation.studio.dissolved");
		}
		if (file == null || file.isEmpty()) {
			throw BusinessRuleException.invalid("file", "file.empty");
		}
		if (files(achievementId).size() >= MAX_FILES) {
			throw BusinessRuleException.invalid("file", "innovation.achievement.tooManyFiles", MAX_FILES);
		}
		String name = Texts.blankToNull(file.getOriginalFilename());
		if (name == null || name.length() > 200) {
			throw BusinessRuleException.invalid("file", "innovation.achievement.fileName", 200);
		}
		StoredBlob blob;
		try (InputStream in = file.getInputStream()) {
			blob = blobs.store("file", in, MAX_BYTES, KINDS);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		jdbc.sql(
				"""
						INSERT INTO achievement_file (achievement_id, blob_hash, file_name, content_type, size_bytes, uploaded_by,
						                              uploaded_at)
						VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
			.params(achievementId, blob.hash(), name, blob.contentType(), blob.size(), actor.username(),
					Timestamp.from(Instant.now(clock)))
			.update();
		audit.record("achievement", achievementId, owners.orgId(), AuditAction.UPDATE, null,
				Map.of("file", name, "hash", blob.hash()));
		return files(achievementId);
	}

	/** An achievement's files, for the admins covering one of its studios. */
	public List<File> list(Actor actor, long achievementId) {
		owners(actor, achievementId);
		return files(achievementId);
	}

	/** One file of an achievement, for the admins covering one of its studios. */
	public File file(Actor actor, long achievementId, String hash) {
		owners(actor, achievementId);
		return files(achievementId).stream()
			.filter(f -> f.hash().equals(hash))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("file", hash));
	}

	/**
	 * The first of an achievement's studios within the actor's reach (where its page is).
	 */
	public long studioOf(Actor actor, long achievementId) {
		owners(actor, achievementId);
		return jdbc.sql("SELECT studio_id FROM achievement_studio WHERE achievement_id = ? ORDER BY studio_id")
			.param(achievementId)
			.query(Long.class)
			.list()
			.stream()
			.filter(id -> jdbc.sql("SELECT host_org_id FROM studio WHERE id = ?")
				.param(id)
				.query(Long.class)
				.optional()
				.filter(host -> scope.covers(actor, host))
				.isPresent())
			.findFirst()
			.orElseThrow();
	}

	/** A file's content. */
	public InputStream open(File file) throws IOException {
		return blobs.open(file.hash());
	}

	/** The files of achievements, by achievement (for a studio's page). */
	public Map<Long, List<File>> of(List<Long> achievementIds) {
		Map<Long, List<File>> files = new HashMap<>();
		if (achievementIds.isEmpty()) {
			return files;
		}
		jdbc.sql("SELECT * FROM achievement_file WHERE achievement_id IN (" + Texts.placeholders(achievementIds.size())
				+ ") ORDER BY uploaded_at, file_name")
			.params(List.copyOf(achievementIds))
			.query(rs -> {
				long id = rs.getLong("achievement_id");
				File file = new File(rs.getString("blob_hash"), rs.getString("file_name"), rs.getString("content_type"),
						rs.getLong("size_bytes"));
				files.computeIfAbsent(id, k -> new ArrayList<>()).add(file);
			});
		return files;
	}

	private List<File> files(long achievementId) {
		return of(List.of(achievementId)).getOrDefault(achievementId, List.of());
	}

	/** The hosts of an achievement's studios, and whether any of them is active. */
	private record Owners(long orgId, boolean anyActive) {
	}

	/** The achievement's owners, if the actor administers one of its studios' hosts. */
	private Owners owners(Actor actor, long achievementId) {
		if (!actor.administers()) {
			throw new OutOfScopeException("achievement " + achievementId);
		}
		/** A studio of the achievement: its host, and whether it is active. */
		record Row(long hostOrgId, boolean active) {
		}
		List<Row> rows = jdbc.sql("""
				SELECT s.host_org_id, s.status FROM achievement a JOIN achievement_studio x ON x.achievement_id = a.id
				JOIN studio s ON s.id = x.studio_id WHERE a.id = ? AND a.status = 'RECORDED'""")
			.param(achievementId)
			.query((rs, n) -> new Row(rs.getLong(1), "ACTIVE".equals(rs.getString(2))))
			.list();
		Optional<Row> reached = rows.stream().filter(r -> scope.covers(actor, r.hostOrgId())).findFirst();
		if (reached.isEmpty()) {
			throw new NotFoundException("achievement", achievementId);
		}
		return new Owners(reached.get().hostOrgId(),
				rows.stream().anyMatch(r -> r.active() && scope.covers(actor, r.hostOrgId())));
	}

}
