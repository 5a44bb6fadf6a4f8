package cn.jiangxin.contest.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.jiangxin.audit.AuditAction;
import cn.jiangxin.audit.AuditLog;
import cn.jiangxin.contest.ContestView;
import cn.jiangxin.contest.EntryView;
import cn.jiangxin.contest.SubmissionDraft;
import cn.jiangxin.contest.SubmissionView;
import cn.jiangxin.contest.TrackView;
import cn.jiangxin.shared.Actor;
import cn.jiangxin.shared.BusinessRuleException;
import cn.jiangxin.shared.NotFoundException;
import cn.jiangxin.shared.OutOfScopeException;
import cn.jiangxin.shared.files.BlobStore;
import cn.jiangxin.shared.files.StoredBlob;

/**
 * Hands in an entry's materials as a new version until the deadline: what is not handed
 * in again carries over from the version before; texts keep to their word limits; files
 * keep to their types (told from their bytes) and sizes, pass the virus-scan hook, and go
 * to the content-addressed blob store.
 */
@Service
@Transactional
class SubmissionService {

	private static final int MAX_TEXT = 100_000;

	private final EntryService entries;

	private final EntryStore entryStore;

	private final EntryAccess access;

	private final ContestStore contests;

	private final SubmissionStore store;

	private final BlobStore blobs;

	private final AuditLog audit;

	SubmissionService(EntryService entries, EntryStore entryStore, EntryAccess access, ContestStore contests,
			SubmissionStore store, BlobStore blobs, AuditLog audit) {
		this.entries = entries;
		this.entryStore = entryStore;
		this.access = access;
		this.contests = contests;
		this.store = store;
		this.blobs = blobs;
		this.audit = audit;
	}

	/** Keeps a new version of the entry's submission; returns its version number. */
	int submit(Actor actor, long entryId, SubmissionDraft draft) {
		EntryView entry = entries.load(entryId);
		if (!EntryAccess.isTeamMember(actor, entry) && !access.isUnitAdmin(actor, entry)) {
			throw new OutOfScopeException("entry " + entryId);
		}
		ContestView contest = contests.find(entry.contestId())
			.orElseThrow(() -> new NotFoundException("contest", entryId));
		entries.requireLive(entry, contest);
		TrackView track = contests.track(entry.trackId()).orElseThrow();
		if (draft.texts().isEmpty() && draft.files().isEmpty()) {
			throw BusinessRuleException.invalid("files", "submission.empty");
		}
		Map<String, SubmissionView.Item> items = new LinkedHashMap<>();
		store.latest(entryId)
			.ifPresent(previous -> previous.items()
				.stream()
				.filter(item -> track.requirement(item.code()).isPresent())
				.forEach(item -> items.put(item.code(), item)));
		for (Map.Entry<String, String> text : draft.texts().entrySet()) {
			TrackView.Requirement requirement = requirement(track, text.getKey());
			if (requirement.file()) {
				throw BusinessRuleException.invalid(text.getKey(), "submission.requirement.notText",
						requirement.label());
			}
			String value = text.getValue() == null ? "" : text.getValue().strip();
			if (value.isEmpty()) {
				items.remove(requirement.code());
				continue;
			}
			int words = WordCount.of(value);
			if (value.length() > MAX_TEXT || (requirement.maxWords() != null && words > requirement.maxWords())) {
				throw BusinessRuleException.invalid(requirement.code(), "submission.text.tooLong", requirement.label(),
						requirement.maxWords() == null ? MAX_TEXT : requirement.maxWords(), words);
			}
			items.put(requirement.code(),
					new SubmissionView.Item(0, requirement.code(), value, null, null, null, null));
		}
		for (SubmissionDraft.FilePart file : draft.files()) {
			TrackView.Requirement requirement = requirement(track, file.code());
			if (!requirement.file()) {
				throw BusinessRuleException.invalid(file.code(), "submission.requirement.notFile", requirement.label());
			}
			StoredBlob blob;
			try {
				blob = blobs.store(requirement.code(), file.content().getInputStream(), requirement.maxBytes(),
						requirement.allowedKinds());
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			items.put(requirement.code(), new SubmissionView.Item(0, requirement.code(), null,
					fileName(file.fileName()), blob.contentType(), blob.size(), blob.hash()));
		}
		entryStore.lock(entryId);
		int version = store.nextVersion(entryId);
		long submissionId = store.insert(entryId, version, actor.username());
		items.values().forEach(item -> store.insertItem(submissionId, item));
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("entryId", entryId);
		after.put("version", version);
		after.put("items", String.join(",", items.keySet()));
		audit.record("submission", submissionId, entry.unitOrgId(), AuditAction.CREATE, null, after);
		return version;
	}

	private static TrackView.Requirement requirement(TrackView track, String code) {
		return track.requirement(code)
			.orElseThrow(() -> BusinessRuleException.invalid("files", "submission.requirement.unknown", code));
	}

	/**
	 * The last part of a path as browsers send it, at most 200 characters, without
	 * control characters.
	 */
	static String fileName(String raw) {
		String name = raw == null ? "" : raw.replace('\\', '/');
		name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").strip();
		if (name.isEmpty()) {
			name = "file";
		}
		return name.length() > 200 ? name.substring(name.length() - 200) : name;
	}

}
