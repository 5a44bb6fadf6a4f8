package cn.jiangxin.award.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

import cn.jiangxin.audit.AuditAction;
import cn.jiangxin.audit.AuditLog;
import cn.jiangxin.award.AwardKind;
import cn.jiangxin.contest.ContestApi;
import cn.jiangxin.contest.ContestView;
import cn.jiangxin.contest.EntryView;
import cn.jiangxin.contest.SubmissionView;
import cn.jiangxin.contest.TrackView;
import cn.jiangxin.shared.Actor;
import cn.jiangxin.shared.BusinessRuleException;
import cn.jiangxin.shared.files.PdfDocuments;

/**
 * A contest's case collection (案例集): selected entries in order, compiled into one PDF
 * book with a cover, a table of contents and each case's texts, and published as a web
 * page.
 */
@Component
class CaseCollections {

	private final JdbcClient jdbc;

	private final ContestApi contests;

	private final AwardFacade awards;

	private final PdfDocuments pdf;

	private final TemplateEngine templates;

	private final AuditLog audit;

	CaseCollections(JdbcClient jdbc, ContestApi contests, AwardFacade awards, PdfDocuments pdf,
			TemplateEngine templates, AuditLog audit) {
		this.jdbc = jdbc;
		this.contests = contests;
		this.awards = awards;
		this.pdf = pdf;
		this.templates = templates;
		this.audit = audit;
	}

	/** A collection with its cases in order. */
	record Book(long id, ContestView contest, String title, String preface, boolean published, List<Case> cases) {
	}

	/**
	 * One case: the entry, its award if any, and its texts under their requirement
	 * labels.
	 */
	record Case(int number, EntryView entry, String award, List<Section> sections) {
	}

	/** A labelled text of a case. */
	record Section(String label, String text) {
	}

	/**
	 * Compiles (or recompiles) the collection from the chosen entries, or from every
	 * awarded entry in award order when none is chosen; {@code publish} puts it on the
	 * public page.
	 */
	@Transactional
	long compile(Actor actor, long contestId, String title, String preface, List<Long> entryIds, boolean publish) {
		ContestView contest = awards.manageable(actor, contestId);
		if (title == null || title.isBlank() || title.length() > 200) {
			throw BusinessRuleException.invalid("title", "award.cases.titleRequired");
		}
		if (preface != null && preface.length() > 4000) {
			throw BusinessRuleException.invalid("preface", "judging.reasonTooLong", 4000);
		}
		Set<Long> chosen = new LinkedHashSet<>();
		if (entryIds == null || entryIds.isEmpty()) {
			awards.awards(contestId)
				.stream()
				.filter(a -> a.kind() == AwardKind.ENTRY && !a.revoked())
				.forEach(a -> chosen.add(a.entryId()));
		}
		else {
			Set<Long> ofContest = new HashSet<>(contests.entries(contestId).stream().map(EntryView::id).toList());
			for (Long id : entryIds) {
				if (!ofContest.contains(id)) {
					throw BusinessRuleException.invalid("entryIds", "award.cases.entryUnknown", id);
				}
				chosen.add(id);
			}
		}
		if (chosen.isEmpty()) {
			throw BusinessRuleException.invalid("entryIds", "award.cases.empty");
		}
		Optional<Long> existing = jdbc.sql("SELECT id FROM case_collection WHERE contest_id = ?")
			.param(contestId)
			.query(Long.class)
			.optional();
		long id;
		if (existing.isPresent()) {
			id = existing.get();
			jdbc.sql("UPDATE case_collection SET title = ?, preface = ?, published = ? WHERE id = ?")
				.params(title.strip(), preface == null || preface.isBlank() ? null : preface.strip(), publish, id)
				.update();
			jdbc.sql("DELETE FROM case_collection_entry WHERE collection_id = ?").param(id).update();
		}
		else {
			KeyHolder keys = new GeneratedKeyHolder();
			jdbc.sql(
					"INSERT INTO case_collection (contest_id, title, preface, published, created_by) VALUES (?, ?, ?, ?, ?)")
				.params(contestId, title.strip(), preface == null || preface.isBlank() ? null : preface.strip(),
						publish, actor.username())
				.update(keys, "id");
			id = keys.getKey().longValue();
		}
		int position = 0;
		for (Long entryId : chosen) {
			jdbc.sql("INSERT INTO case_collection_entry (collection_id, entry_id, position) VALUES (?, ?, ?)")
				.params(id, entryId, position++)
				.update();
		}
		audit.record("case_collection", id, contest.scopeOrgId(),
				existing.isPresent() ? AuditAction.UPDATE : AuditAction.CREATE, null,
				Map.of("title", title, "cases", chosen.size(), "published", publish));
		return id;
	}

	@Transactional(readOnly = true)
	Optional<Book> book(long contestId) {
		ContestView contest = contests.find(contestId).orElse(null);
		if (contest == null) {
			return Optional.empty();
		}
		return jdbc.sql("SELECT id, title, preface, published FROM case_collection WHERE contest_id = ?")
			.param(contestId)
			.query((rs, row) -> new Object[] { rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBoolean(4) })
			.optional()
			.map(r -> new Book((Long) r[0], contest, (String) r[1], (String) r[2], (Boolean) r[3],
					cases((Long) r[0], contestId)));
	}

	private List<Case> cases(long collectionId, long contestId) {
		List<Long> ids = jdbc
			.sql("SELECT entry_id FROM case_collection_entry WHERE collection_id = ? ORDER BY position")
			.param(collectionId)
			.query(Long.class)
			.list();
		Map<Long, TrackView> tracks = new HashMap<>();
		contests.tracks(contestId).forEach(t -> tracks.put(t.id(), t));
		Map<Long, String> awardNames = new HashMap<>();
		awards.awards(contestId)
			.stream()
			.filter(a -> a.entryId() != null && !a.revoked())
			.forEach(a -> awardNames.put(a.entryId(), a.name()));
		List<Case> cases = new ArrayList<>();
		int number = 1;
		for (Long id : ids) {
			EntryView entry = contests.entry(id).orElseThrow();
			TrackView track = tracks.get(entry.trackId());
			List<Section> sections = new ArrayList<>();
			for (SubmissionView.Item item : contests.latestSubmission(id)
				.map(SubmissionView::items)
				.orElse(List.of())) {
				if (item.text() != null && !item.text().isBlank()) {
					String label = track == null ? item.code()
							: track.requirements()
								.stream()
								.filter(r -> r.code().equals(item.code()))
								.findFirst()
								.map(TrackView.Requirement::label)
								.orElse(item.code());
					sections.add(new Section(label, item.text()));
				}
			}
			cases.add(new Case(number++, entry, awardNames.get(id), sections));
		}
		return cases;
	}

	byte[] pdf(Book book) {
		Context context = new Context(Locale.SIMPLIFIED_CHINESE);
		context.setVariable("book", book);
		context.setVariable("fontFamily", PdfDocuments.FONT_FAMILY);
		return pdf.render(templates.process("award/case-book", context));
	}

}
