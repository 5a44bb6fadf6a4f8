package cn.jiangxin.exam.internal.bank;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.jiangxin.audit.AuditAction;
import cn.jiangxin.audit.AuditLog;
import cn.jiangxin.org.OrgApi;
import cn.jiangxin.org.OrgRef;
import cn.jiangxin.shared.Actor;
import cn.jiangxin.shared.BusinessRuleException;
import cn.jiangxin.shared.NotFoundException;
import cn.jiangxin.shared.OrgScope;
import cn.jiangxin.shared.OutOfScopeException;
import cn.jiangxin.shared.files.BlobStore;

/**
 * The rules of question banks: who may see and change one (a bank belongs to a union and
 * is shared down its subtree; only the union's own admins and those above change it),
 * what makes a question well formed, and that editing a question writes a new version
 * rather than changing the one a paper holds.
 */
@Service
public class BankService {

	private final BankStore store;

	private final OrgScope scope;

	private final OrgApi orgs;

	private final AuditLog audit;

	private final Clock clock;

	private final BlobStore blobs;

	BankService(BankStore store, OrgScope scope, OrgApi orgs, AuditLog audit, Clock clock, BlobStore blobs) {
		this.blobs = blobs;
		this.store = store;
		this.scope = scope;
		this.orgs = orgs;
		this.audit = audit;
		this.clock = clock;
	}

	/** The banks the actor may use: their subtree's and those of the unions above. */
	public List<BankView> banks(Actor actor) {
		if (!actor.administers()) {
			return List.of();
		}
		List<Long> above = actor.isSystemAdmin() || actor.orgId() == null ? List.of()
				: orgs.path(actor.orgId()).stream().map(OrgRef::id).filter(id -> !id.equals(actor.orgId())).toList();
		return named(store.banks(scope.filter(actor, "b.org_id"), above, 500));
	}

	/** A bank the actor may use (see and draw papers from), or a refusal. */
	public BankView usable(Actor actor, long bankId) {
		BankView bank = store.bank(bankId).orElseThrow(() -> new NotFoundException("questionBank", bankId));
		if (!mayUse(actor, bank.orgId())) {
			throw new OutOfScopeException("question bank " + bankId);
		}
		return named(List.of(bank)).get(0);
	}

	/** A bank the actor may change, or a refusal. */
	public BankView managed(Actor actor, long bankId) {
		BankView bank = usable(actor, bankId);
		scope.require(actor, bank.orgId());
		return bank;
	}

	/** Whether the actor may use a bank of this org: it is in or above their subtree. */
	public boolean mayUse(Actor actor, long bankOrgId) {
		if (scope.covers(actor, bankOrgId)) {
			return true;
		}
		return actor.isUnionAdmin() && actor.orgId() != null
				&& orgs.path(actor.orgId()).stream().anyMatch(o -> o.id() == bankOrgId);
	}

	public boolean mayManage(Actor actor, BankView bank) {
		return scope.covers(actor, bank.orgId());
	}

	@Transactional
	public long create(Actor actor, BankDraft draft) {
		scope.require(actor, draft.orgId());
		String name = draft.name().strip();
		if (store.bankNameTaken(draft.orgId(), name, null)) {
			throw BusinessRuleException.invalid("name", "exam.bank.nameTaken");
		}
		long id = store.insertBank(draft.orgId(), name, blank(draft.description()), actor.username(),
				Instant.now(clock));
		audit.record("questionBank", id, draft.orgId(), AuditAction.CREATE, null, Map.of("name", name));
		return id;
	}

	@Transactional
	public void rename(Actor actor, long bankId, BankDraft draft) {
		BankView bank = managed(actor, bankId);
		if (draft.orgId() != null && draft.orgId() != bank.orgId()) {
			throw BusinessRuleException.invalid("orgId", "exam.bank.orgFixed");
		}
		String name = draft.name().strip();
		if (store.bankNameTaken(bank.orgId(), name, bankId)) {
			throw BusinessRuleException.invalid("name", "exam.bank.nameTaken");
		}
		store.updateBank(bankId, name, blank(draft.description()), Instant.now(clock));
		audit.record("questionBank", bankId, bank.orgId(), AuditAction.UPDATE, Map.of("name", bank.name()),
				Map.of("name", name));
	}

	@Transactional
	public long addArea(Actor actor, long bankId, AreaDraft draft) {
		BankView bank = managed(actor, bankId);
		String name = draft.name().strip();
		if (name.isEmpty()) {
			throw BusinessRuleException.invalid("name", "exam.area.nameBlank");
		}
		String path = name;
		String lineage = "/";
		if (draft.parentId() != null) {
			AreaView parent = store.area(draft.parentId())
				.filter(a -> a.bankId() == bankId)
				.orElseThrow(() -> BusinessRuleException.invalid("parentId", "exam.area.notInBank"));
			path = parent.path() + "/" + name;
			lineage = parent.lineage();
			if (parent.depth() >= 4) {
				throw BusinessRuleException.invalid("parentId", "exam.area.tooDeep");
			}
		}
		if (store.areaByPath(bankId, path).isPresent()) {
			throw BusinessRuleException.invalid("name", "exam.area.taken");
		}
		long id = store.insertArea(bankId, draft.parentId(), name, path, lineage,
				store.nextAreaPosition(bankId, draft.parentId()), Instant.now(clock));
		audit.record("knowledgeArea", id, bank.orgId(), AuditAction.CREATE, null, Map.of("path", path));
		return id;
	}

	/**
	 * The area of a path such as "工业机器人基础理论/机械结构", made with its parents if missing (for
	 * an import).
	 */
	long areaFor(Actor actor, long bankId, String path) {
		String clean = String.join("/",
				Arrays.stream(path.split("/")).map(String::strip).filter(s -> !s.isEmpty()).toList());
		var existing = store.areaByPath(bankId, clean);
		if (existing.isPresent()) {
			return existing.get();
		}
		int cut = clean.lastIndexOf('/');
		Long parent = cut < 0 ? null : areaFor(actor, bankId, clean.substring(0, cut));
		return addArea(actor, bankId, new AreaDraft(clean.substring(cut + 1), parent));
	}

	@Transactional
	public long addQuestion(Actor actor, long bankId, QuestionDraft draft) {
		BankView bank = managed(actor, bankId);
		String key = check(bankId, draft);
		Instant now = Instant.now(clock);
		long id = store.insertQuestion(bankId, draft.type(), actor.username(), now);
		long version = store.insertVersion(id, draft, key, actor.username(), now);
		store.touchBank(bankId, now);
		audit.record("question", id, bank.orgId(), AuditAction.CREATE, null,
				Map.of("bank", bankId, "type", draft.type().name(), "version", version));
		return id;
	}

	/**
	 * Edits a question by writing its next version; papers drawn before keep the version
	 * they hold.
	 */
	@Transactional
	public long edit(Actor actor, long questionId, QuestionDraft draft) {
		QuestionView before = question(actor, questionId);
		BankView bank = managed(actor, before.bankId());
		if (draft.type() != before.type()) {
			throw BusinessRuleException.invalid("type", "exam.question.typeFixed");
		}
		String key = check(before.bankId(), draft);
		Instant now = Instant.now(clock);
		long version = store.insertVersion(questionId, draft, key, actor.username(), now);
		store.touchBank(before.bankId(), now);
		audit.record("question", questionId, bank.orgId(), AuditAction.UPDATE,
				Map.of("version", before.versionId(), "stem", before.stem()),
				Map.of("version", version, "stem", draft.stem().strip()));
		return version;
	}

	/** Retires a question (or brings it back): it is no longer drawn into new papers. */
	@Transactional
	public void retire(Actor actor, long questionId, boolean retired) {
		QuestionView question = question(actor, questionId);
		BankView bank = managed(actor, question.bankId());
		store.retire(questionId, retired, Instant.now(clock));
		audit.record("question", questionId, bank.orgId(), AuditAction.STATE_CHANGE,
				Map.of("retired", question.retired()), Map.of("retired", retired));
	}

	/** A question the actor may see, at its current version. */
	public QuestionView question(Actor actor, long questionId) {
		QuestionView question = store.question(questionId)
			.orElseThrow(() -> new NotFoundException("question", questionId));
		usable(actor, question.bankId());
		return question;
	}

	/**
	 * Checks a draft against the rules of its type and returns its key as stored; a
	 * refusal names the field.
	 */
	String check(long bankId, QuestionDraft draft) {
		AreaView area = store.area(draft.areaId())
			.filter(a -> a.bankId() == bankId)
			.orElseThrow(() -> BusinessRuleException.invalid("areaId", "exam.question.areaNotInBank"));
		if (area.bankId() != bankId) {
			throw BusinessRuleException.invalid("areaId", "exam.question.areaNotInBank");
		}
		if (draft.stem() == null || draft.stem().isBlank()) {
			throw BusinessRuleException.invalid("stem", "exam.question.stemBlank");
		}
		requireKept("stemImage", draft.stemImage());
		for (int i = 0; i < draft.options().size(); i++) {
			requireKept("options[" + i + "].image", draft.options().get(i).image());
		}
		Set<String> tags = new HashSet<>();
		for (String tag : draft.tags()) {
			if (tag.isBlank() || !tags.add(tag.strip())) {
				throw BusinessRuleException.invalid("tags", "exam.question.tagBad");
			}
		}
		switch (draft.type()) {
			case SINGLE, MULTIPLE -> {
				int options = draft.options().size();
				if (options < 2) {
					throw BusinessRuleException.invalid("options", "exam.question.tooFewOptions");
				}
				String keys = Answers.choiceSet(draft.answers());
				String joined = String.join("", draft.answers()).toUpperCase(Locale.ROOT);
				if (keys.length() != joined.length() || !Answers.within(keys, Answers.keysFor(options))) {
					throw BusinessRuleException.invalid("answers", "exam.question.keyNotAnOption");
				}
				if (draft.type() == QuestionType.SINGLE && keys.length() != 1) {
					throw BusinessRuleException.invalid("answers", "exam.question.singleKey");
				}
				if (draft.type() == QuestionType.MULTIPLE && keys.length() < 2) {
					throw BusinessRuleException.invalid("answers", "exam.question.multipleKey");
				}
				return keys;
			}
			case TRUE_FALSE -> {
				if (!draft.options().isEmpty()) {
					throw BusinessRuleException.invalid("options", "exam.question.noOptions");
				}
				String key = draft.answers().size() == 1 ? trueFalse(draft.answers().get(0)) : null;
				if (key == null) {
					throw BusinessRuleException.invalid("answers", "exam.question.trueFalseKey");
				}
				return key;
			}
			case FILL -> {
				if (!draft.options().isEmpty()) {
					throw BusinessRuleException.invalid("options", "exam.question.noOptions");
				}
				if (draft.answers().isEmpty() || draft.answers().size() > 10) {
					throw BusinessRuleException.invalid("answers", "exam.question.fillKey");
				}
				for (String blank : draft.answers()) {
					if (Answers.blanks(blank).stream().allMatch(List::isEmpty) || blank.contains("\n")) {
						throw BusinessRuleException.invalid("answers", "exam.question.fillKey");
					}
				}
				return String.join("\n", draft.answers().stream().map(String::strip).toList());
			}
			case SHORT -> {
				if (!draft.options().isEmpty() || !draft.answers().isEmpty()) {
					throw BusinessRuleException.invalid("answers", "exam.question.shortHasReference");
				}
				if (draft.referenceAnswer() == null || draft.referenceAnswer().isBlank()) {
					throw BusinessRuleException.invalid("referenceAnswer", "exam.question.referenceBlank");
				}
				return null;
			}
			default -> throw new IllegalStateException();
		}
	}

	/** A picture named by its hash must have been handed in before. */
	private void requireKept(String field, String hash) {
		if (hash == null) {
			return;
		}
		try {
			blobs.size(hash);
		}
		catch (IOException | IllegalArgumentException ex) {
			throw BusinessRuleException.invalid(field, "exam.question.imageUnknown");
		}
	}

	/** "T" or "F" from the ways people write true and false, or null. */
	static String trueFalse(String text) {
		String value = Answers.normalise(text);
		return switch (value) {
			case "t", "true", "对", "正确", "√", "是", "y", "yes" -> "T";
			case "f", "false", "错", "错误", "×", "否", "n", "no", "x" -> "F";
			default -> null;
		};
	}

	private List<BankView> named(List<BankView> banks) {
		Map<Long, String> names = new LinkedHashMap<>();
		return banks.stream()
			.map(b -> new BankView(b.id(), b.orgId(),
					names.computeIfAbsent(b.orgId(), id -> orgs.find(id).map(o -> o.name()).orElse("")), b.name(),
					b.description(), b.questions(), b.createdBy(), b.createdAt(), b.updatedAt()))
			.toList();
	}

	private static String blank(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

}
