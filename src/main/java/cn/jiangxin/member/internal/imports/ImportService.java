package cn.jiangxin.member.internal.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import javax.xml.stream.XMLStreamException;

import org.dhatim.fastexcel.reader.ExcelReaderException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.task.TaskExecutor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;

import cn.jiangxin.audit.AuditAction;
import cn.jiangxin.audit.AuditLog;
import cn.jiangxin.member.Education;
import cn.jiangxin.member.EmploymentType;
import cn.jiangxin.member.Gender;
import cn.jiangxin.member.IdType;
import cn.jiangxin.member.MemberStatus;
import cn.jiangxin.member.internal.CardNumbers;
import cn.jiangxin.member.internal.MemberBulkWriter;
import cn.jiangxin.member.internal.MemberCounts;
import cn.jiangxin.member.internal.MemberRecord;
import cn.jiangxin.member.internal.MemberService;
import cn.jiangxin.member.internal.MemberSource;
import cn.jiangxin.member.internal.MemberStore;
import cn.jiangxin.member.internal.Person;
import cn.jiangxin.member.internal.PersonForm;
import cn.jiangxin.member.internal.PersonRules;
import cn.jiangxin.member.internal.Sealed;
import cn.jiangxin.member.internal.imports.ImportJobs.RowError;
import cn.jiangxin.member.internal.imports.MemberColumns.Column;
import cn.jiangxin.shared.Zones;
import cn.jiangxin.shared.files.SpreadsheetLimits;
import cn.jiangxin.shared.files.SpreadsheetReader;
import cn.jiangxin.shared.files.SpreadsheetReader.Format;
import cn.jiangxin.shared.files.SpreadsheetReader.SheetRow;
import cn.jiangxin.org.OrgApi;
import cn.jiangxin.org.OrgView;
import cn.jiangxin.shared.Actor;
import cn.jiangxin.shared.BusinessRuleException;
import cn.jiangxin.shared.OrgScope;
import cn.jiangxin.shared.PersonalData;

/**
 * Bulk import of an org subtree's members from {@code .xlsx} or CSV, in the background.
 * The file is read as a stream, never whole; each row is checked by the same rules as the
 * forms and its errors are kept with row, column and reason. Re-importing someone updates
 * their record instead of duplicating it. In {@link Mode#ALL_OR_NOTHING} nothing is
 * written unless every row is valid, and then everything in one transaction; in
 * {@link Mode#VALID_ONLY} the valid rows are written batch by batch.
 */
@Service
public class ImportService {

	private static final Logger log = LoggerFactory.getLogger(ImportService.class);

	static final int BATCH = 2_000;

	/** How an import treats a file with bad rows. */
	public enum Mode {

		ALL_OR_NOTHING, VALID_ONLY

	}

	private final ImportJobs jobs;

	private final MemberStore store;

	private final MemberBulkWriter writer;

	private final MemberCounts counts;

	private final CardNumbers cards;

	private final PersonalData data;

	private final OrgScope scope;

	private final OrgApi orgs;

	private final AuditLog audit;

	private final MemberColumns columns;

	private final MessageSource messages;

	private final TaskExecutor executor;

	private final TransactionTemplate transactions;

	private final Path directory;

	private final long maxBytes;

	private final SpreadsheetLimits limits;

	private final Clock clock;

	ImportService(ImportJobs jobs, MemberStore store, MemberBulkWriter writer, MemberCounts counts, CardNumbers cards,
			PersonalData data, OrgScope scope, OrgApi orgs, AuditLog audit, MemberColumns columns,
			MessageSource messages, @Qualifier("importExecutor") TaskExecutor executor,
			PlatformTransactionManager transactionManager,
			@Value("${jiangxin.import.directory:./data/imports}") String directory,
			@Value("${jiangxin.import.max-size:100MB}") DataSize maxSize, SpreadsheetLimits limits, Clock clock) {
		this.clock = clock;
		this.jobs = jobs;
		this.store = store;
		this.writer = writer;
		this.counts = counts;
		this.cards = cards;
		this.data = data;
		this.scope = scope;
		this.orgs = orgs;
		this.audit = audit;
		this.columns = columns;
		this.messages = messages;
		this.executor = executor;
		this.transactions = new TransactionTemplate(transactionManager);
		this.directory = Paths.get(directory);
		this.maxBytes = maxSize.toBytes();
		this.limits = limits;
	}

	/**
	 * Takes the upload, checks it is a spreadsheet of allowed size, records the job and
	 * starts it in the background. Refuses an empty, oversized or non-spreadsheet file at
	 * once, changing nothing.
	 */
	public long start(Actor actor, long orgId, String fileName, InputStream content, Mode mode) {
		OrgView root = orgs.find(orgId).orElseThrow(() -> BusinessRuleException.invalid("org", "member.org.unknown"));
		scope.require(actor, orgId);
		if (!root.active()) {
			throw BusinessRuleException.invalid("org", "member.org.closed");
		}
		Path file = save(content);
		Format format;
		try {
			long size = Files.size(file);
			if (size == 0) {
				throw BusinessRuleException.invalid("file", "import.file.empty");
			}
			format = Format.sniff(file);
			if (format == null) {
				throw BusinessRuleException.invalid("file", "import.file.notSpreadsheet");
			}
		}
		catch (IOException ex) {
			delete(file);
			throw new UncheckedIOException(ex);
		}
		catch (RuntimeException ex) {
			delete(file);
			throw ex;
		}
		String name = fileName == null || fileName.isBlank() ? "upload" : Paths.get(fileName).getFileName().toString();
		long jobId = jobs.create(actor, orgId, name.length() > 200 ? name.substring(0, 200) : name, format.name(),
				mode.name(), 0);
		Locale locale = LocaleContextHolder.getLocale();
		executor.execute(() -> run(jobId, actor, orgId, file, format, mode, locale));
		return jobId;
	}

	/**
	 * Runs a job to its end in the calling thread (the background executor, or a
	 * benchmark). Whatever happens, the job ends: DONE, FAILED (the file was refused,
	 * with the reason) or ERROR; a job that did not finish leaves an audit row with its
	 * status and reason too.
	 */
	void run(long jobId, Actor actor, long orgId, Path file, Format format, Mode mode, Locale locale) {
		Run run = new Run(jobId, actor, orgId, file, format, mode, locale);
		try {
			run.execute();
		}
		catch (BusinessRuleException ex) {
			run.fail(ImportJobStatus.FAILED, messages.getMessage(ex.code(), ex.args(), ex.code(), locale), ex.code());
		}
		catch (RuntimeException | Error ex) {
			log.error("import job {} failed", jobId, ex);
			run.fail(ImportJobStatus.ERROR, messages.getMessage("import.failed", null, "import failed", locale),
					"import.failed");
			if (ex instanceof Error error
					&& !(error instanceof OutOfMemoryError || error instanceof StackOverflowError)) {
				throw error;
			}
		}
		finally {
			delete(file);
		}
	}

	/**
	 * Saves an upload to this run's directory, refusing it once it grows past the size
	 * limit.
	 */
	Path save(InputStream content) {
		try {
			Files.createDirectories(directory);
			Path file = directory.resolve(UUID.randomUUID() + ".upload");
			long written = 0;
			byte[] buffer = new byte[1 << 16];
			try (InputStream in = content; OutputStream out = Files.newOutputStream(file)) {
				int read;
				while ((read = in.read(buffer)) > 0) {
					written += read;
					if (written > maxBytes) {
						out.close();
						delete(file);
						throw BusinessRuleException.invalid("file", "import.file.tooLarge", maxBytes / (1024 * 1024));
					}
					out.write(buffer, 0, read);
				}
			}
			return file;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void delete(Path file) {
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException ex) {
			log.warn("could not delete {}", file, ex);
		}
	}

	/** One import, from the first row to the last. */
	private final class Run {

		private final long jobId;

		private final Actor actor;

		private final long rootId;

		private final Path file;

		private final Format format;

		private final Mode mode;

		private final Locale locale;

		private final Map<String, List<Long>> orgsByName = new HashMap<>();

		private final Set<Long> seen = new HashSet<>();

		private long processed;

		private long inserted;

		private long updated;

		private long errors;

		private long total;

		Run(long jobId, Actor actor, long rootId, Path file, Format format, Mode mode, Locale locale) {
			this.jobId = jobId;
			this.actor = actor;
			this.rootId = rootId;
			this.file = file;
			this.format = format;
			this.mode = mode;
			this.locale = locale;
		}

		/**
		 * Ends the job as not imported, with the reason shown to the user and kept in the
		 * audit log.
		 */
		void fail(ImportJobStatus status, String message, String code) {
			jobs.progress(jobId, Math.max(total, processed), processed, inserted, updated, errors);
			Map<String, Object> after = new LinkedHashMap<>();
			after.put("file", file.getFileName().toString());
			after.put("mode", mode.name());
			after.put("status", status.name());
			after.put("reason", code);
			after.put("rows", processed);
			after.put("inserted", inserted);
			after.put("updated", updated);
			transactions.executeWithoutResult(tx -> audit.recordAs(actor.accountId(), actor.username(), "import", jobId,
					rootId, AuditAction.IMPORT, null, after));
			jobs.status(jobId, status, message);
		}

		void execute() {
			orgs.subtreeNames(rootId)
				.forEach((id, name) -> orgsByName.computeIfAbsent(name, key -> new ArrayList<>()).add(id));
			if (mode == Mode.ALL_OR_NOTHING) {
				jobs.status(jobId, ImportJobStatus.VALIDATING, null);
				pass(false);
				if (errors > 0) {
					fail(ImportJobStatus.FAILED, text("import.rejectedAll", errors), "import.rejectedAll");
					return;
				}
				total = processed;
				processed = 0;
				seen.clear();
				jobs.status(jobId, ImportJobStatus.IMPORTING, null);
				transactions.executeWithoutResult(status -> pass(true));
			}
			else {
				jobs.status(jobId, ImportJobStatus.IMPORTING, null);
				pass(true);
			}
			jobs.progress(jobId, processed, processed, inserted, updated, errors);
			transactions.executeWithoutResult(
					status -> audit.recordAs(actor.accountId(), actor.username(), "import", jobId, rootId,
							AuditAction.IMPORT, null, Map.of("file", file.getFileName().toString(), "mode", mode.name(),
									"rows", processed, "inserted", inserted, "updated", updated, "errors", errors)));
			jobs.status(jobId, ImportJobStatus.DONE, null);
		}

		/** Reads every row once; writes the valid ones if {@code write}. */
		private void pass(boolean write) {
			try (SpreadsheetReader reader = SpreadsheetReader.open(file, format, limits)) {
				Iterator<SheetRow> rows = reader.rows().iterator();
				if (!rows.hasNext()) {
					throw BusinessRuleException.invalid("file", "import.file.noRows");
				}
				Map<Column, Integer> positions = columns.positions(rows.next().cells());
				List<Draft> batch = new ArrayList<>(BATCH);
				List<RowError> batchErrors = new ArrayList<>();
				boolean anyRow = false;
				while (rows.hasNext()) {
					SheetRow row = rows.next();
					if (row.isBlank()) {
						continue;
					}
					anyRow = true;
					processed++;
					Draft draft = parse(row, positions, batchErrors);
					if (draft != null) {
						batch.add(draft);
					}
					if (batch.size() >= BATCH) {
						flush(batch, batchErrors, write);
					}
				}
				if (!anyRow) {
					throw BusinessRuleException.invalid("file", "import.file.noRows");
				}
				flush(batch, batchErrors, write);
			}
			catch (BusinessRuleException | UncheckedIOException ex) {
				throw ex;
			}
			catch (ExcelReaderException | IOException ex) {
				throw BusinessRuleException.invalid("file", "import.file.unreadable");
			}
			catch (RuntimeException ex) {
				if (ex.getCause() instanceof XMLStreamException || ex.getCause() instanceof IOException) {
					throw BusinessRuleException.invalid("file", "import.file.unreadable");
				}
				throw ex;
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		}

		/**
		 * Checks a batch against the members already stored, then writes it or only
		 * counts its errors.
		 */
		private void flush(List<Draft> batch, List<RowError> batchErrors, boolean write) {
			Map<String, MemberRecord> existing = store
				.findByIdHashes(batch.stream().map(draft -> draft.sealed().idHash()).toList())
				.stream()
				.collect(Collectors.toMap(MemberRecord::idHash, Function.identity()));
			List<Draft> valid = new ArrayList<>(batch.size());
			for (Draft draft : batch) {
				MemberRecord old = existing.get(draft.sealed().idHash());
				if (old != null && !scope.covers(actor, old.orgId())) {
					String where = orgs.find(old.orgId()).map(OrgView::name).orElse("");
					batchErrors.add(new RowError(draft.row(), Column.ID_NUMBER.header,
							text("import.row.memberElsewhere", where)));
				}
				else {
					valid.add(draft);
				}
			}
			if (write && !valid.isEmpty()) {
				if (mode == Mode.VALID_ONLY) {
					transactions.executeWithoutResult(status -> write(valid, existing, batchErrors));
				}
				else {
					write(valid, existing, batchErrors);
				}
			}
			else {
				storeErrors(batchErrors);
			}
			batch.clear();
			batchErrors.clear();
			jobs.progress(jobId, Math.max(total, processed), processed, inserted, updated, errors);
		}

		private void write(List<Draft> valid, Map<String, MemberRecord> existing, List<RowError> batchErrors) {
			List<MemberRecord> fresh = new ArrayList<>();
			Map<Long, Long> deltas = new HashMap<>();
			for (Draft draft : valid) {
				MemberRecord old = existing.get(draft.sealed().idHash());
				if (old == null) {
					fresh.add(MemberRecord.of(draft.orgId(), draft.person(), draft.sealed(), draft.joinDate(),
							cards.next(), MemberSource.IMPORT, jobId, draft.tags(), Instant.now(clock)));
					deltas.merge(draft.orgId(), 1L, Long::sum);
				}
				else {
					MemberRecord changed = new MemberRecord(old.id(), draft.orgId(), draft.person().name(),
							draft.person().gender(), draft.person().idType(), draft.sealed().idCipher(),
							draft.sealed().idHash(), draft.sealed().idMasked(), draft.person().birthDate(),
							draft.sealed().phoneCipher(), draft.sealed().phoneHash(), draft.sealed().phoneMasked(),
							draft.person().email(), draft.person().education(), draft.person().employmentType(),
							draft.person().employerName(), old.inGoodStanding() ? old.joinDate() : draft.joinDate(),
							old.inGoodStanding() ? old.status() : MemberStatus.ACTIVE, old.cardNo(), old.source(),
							old.importJobId(), draft.tags() != null ? draft.tags() : old.tags(), old.version(),
							old.createdAt(), old.updatedAt());
					store.update(changed);
					deltas.merge(old.orgId(), old.inGoodStanding() ? -1L : 0L, Long::sum);
					deltas.merge(draft.orgId(), 1L, Long::sum);
					updated++;
				}
			}
			writer.insert(fresh);
			inserted += fresh.size();
			deltas.forEach(counts::add);
			storeErrors(batchErrors);
		}

		private void storeErrors(List<RowError> batchErrors) {
			if (!batchErrors.isEmpty()) {
				jobs.errors(jobId, batchErrors, errors);
				errors += batchErrors.size();
			}
		}

		/** The row as a member to write, or null with its errors added. */
		private Draft parse(SheetRow row, Map<Column, Integer> positions, List<RowError> rowErrors) {
			Column at = Column.NAME;
			try {
				at = Column.GENDER;
				Gender gender = columns.coded(Gender.class, cell(row, positions, Column.GENDER), "gender");
				at = Column.ID_TYPE;
				IdType idType = columns.coded(IdType.class, cell(row, positions, Column.ID_TYPE), "idType");
				at = Column.BIRTH_DATE;
				LocalDate birthDate = MemberColumns.date(cell(row, positions, Column.BIRTH_DATE), "birthDate");
				at = Column.EDUCATION;
				Education education = columns.coded(Education.class, cell(row, positions, Column.EDUCATION),
						"education");
				at = Column.EMPLOYMENT_TYPE;
				EmploymentType employment = columns.coded(EmploymentType.class,
						cell(row, positions, Column.EMPLOYMENT_TYPE), "employmentType");
				at = Column.JOIN_DATE;
				LocalDate joinDate = MemberColumns.date(cell(row, positions, Column.JOIN_DATE), "joinDate");
				if (joinDate != null && joinDate.isAfter(Zones.today(clock))) {
					throw BusinessRuleException.invalid("joinDate", "import.value.future");
				}
				at = Column.ORG;
				long orgId = org(cell(row, positions, Column.ORG));
				at = Column.TAGS;
				String tags = MemberService.cleanTags(cell(row, positions, Column.TAGS));
				at = Column.NAME;
				Person person = PersonRules.check(new PersonForm(cell(row, positions, Column.NAME), gender,
						idType == null ? IdType.RESIDENT_ID : idType, cell(row, positions, Column.ID_NUMBER), birthDate,
						cell(row, positions, Column.PHONE), cell(row, positions, Column.EMAIL), education, employment,
						cell(row, positions, Column.EMPLOYER)), false);
				Sealed sealed = Sealed.of(person, data);
				if (!seen.add(Long.parseUnsignedLong(sealed.idHash().substring(0, 16), 16))) {
					rowErrors.add(new RowError(row.number(), Column.ID_NUMBER.header, text("import.row.repeated")));
					return null;
				}
				return new Draft(row.number(), orgId, person, sealed, joinDate == null ? Zones.today(clock) : joinDate,
						tags);
			}
			catch (BusinessRuleException ex) {
				rowErrors.add(new RowError(row.number(), headerOf(ex.field(), at),
						messages.getMessage(ex.code(), ex.args(), ex.code(), locale)));
				return null;
			}
		}

		private long org(String cell) {
			if (cell == null || cell.isBlank()) {
				return rootId;
			}
			List<Long> matches = orgsByName.get(cell.strip());
			if (matches == null) {
				throw BusinessRuleException.invalid("org", "import.org.unknown", cell.strip());
			}
			if (matches.size() > 1) {
				throw BusinessRuleException.invalid("org", "import.org.ambiguous", cell.strip());
			}
			return matches.get(0);
		}

		private String text(String code, Object... args) {
			return messages.getMessage(code, args, code, locale);
		}

		private static String cell(SheetRow row, Map<Column, Integer> positions, Column column) {
			Integer index = positions.get(column);
			String value = index == null ? null : row.cell(index);
			return value == null || value.isBlank() ? null : value.strip();
		}

		private static String headerOf(String field, Column fallback) {
			if (field != null) {
				for (Column column : Column.values()) {
					if (column.key.equals(field)) {
						return column.header;
					}
				}
			}
			return fallback.header;
		}

	}

	/** A valid row on its way to the database. */
	private record Draft(long row, long orgId, Person person, Sealed sealed, LocalDate joinDate, String tags) {
	}

}
