package cn.jiangxin.contest.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import cn.jiangxin.contest.ContestApi;
import cn.jiangxin.contest.RequirementDraft;
import cn.jiangxin.contest.SubmissionDraft;
import cn.jiangxin.contest.SubmissionView;
import cn.jiangxin.contest.TrackDraft;
import cn.jiangxin.contest.internal.ContestFixtures.Someone;
import cn.jiangxin.shared.Actor;
import cn.jiangxin.shared.BusinessRuleException;
import cn.jiangxin.shared.OutOfScopeException;
import cn.jiangxin.shared.files.BlobStore;
import cn.jiangxin.shared.files.ContentTypes;
import cn.jiangxin.shared.files.VirusScanner;
import cn.jiangxin.support.Demo;
import cn.jiangxin.support.IntegrationTest;
import cn.jiangxin.support.Logins;

/**
 * Handing in materials: files typed by their bytes whatever their names say, size and
 * word limits, versions that carry over what is not handed in again, previews of PDFs,
 * and the virus-scan hook.
 */
@IntegrationTest
class SubmissionTests {

	@Autowired
	SubmissionService submissions;

	@Autowired
	EntryService entries;

	@Autowired
	ContestApi contests;

	@Autowired
	ContestFixtures fixtures;

	@Autowired
	Logins logins;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ContentTypes types;

	@Test
	void aFileDisguisedByItsExtensionIsRefused() throws IOException {
		Fixture f = entry(List.of(RequirementDraft.file("proposal", "方案书", 1, "pdf"),
				RequirementDraft.file("paper", "论文", 1, "docx")));
		byte[] html = "<html><body><script>alert(1)</script></body></html>".getBytes(StandardCharsets.UTF_8);
		assertRefused(f, file("proposal", "方案书.pdf", html), "file.typeNotAllowed");
		byte[] png = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R' };
		assertRefused(f, file("proposal", "方案书.pdf", png), "file.typeNotAllowed");
		assertRefused(f, file("paper", "论文.docx", zip(Map.of("readme.txt", "not a word file"))), "file.typeNotAllowed");
		assertThat(contests.latestSubmission(f.entry)).isEmpty();

		submissions.submit(f.leader(), f.entry,
				new SubmissionDraft(Map.of(), List.of(file("paper", "论文.bin", docx()))));
		SubmissionView saved = contests.latestSubmission(f.entry).orElseThrow();
		assertThat(saved.item("paper").orElseThrow().contentType())
			.isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
	}

	@Test
	void filesAndTextsKeepToTheirLimits() {
		Fixture f = entry(List.of(RequirementDraft.file("proposal", "方案书", 1, "pdf"),
				RequirementDraft.text("summary", "简介", 10)));
		byte[] big = new byte[1024 * 1024 + 10];
		System.arraycopy(pdf(), 0, big, 0, pdf().length);
		assertRefused(f, file("proposal", "大文件.pdf", big), "file.tooLarge");
		assertRefused(f, file("proposal", "空.pdf", new byte[0]), "file.empty");
		assertThatThrownBy(() -> submissions.submit(f.leader(), f.entry,
				new SubmissionDraft(Map.of("summary", "这一段简介一共有十一个字"), List.of())))
			.isInstanceOfSatisfying(BusinessRuleException.class, ex -> {
				assertThat(ex.code()).isEqualTo("submission.text.tooLong");
				assertThat(ex.field()).isEqualTo("summary");
			});
		submissions.submit(f.leader(), f.entry, new SubmissionDraft(Map.of("summary", "AI 助手十个字以内"), List.of()));
		assertThat(WordCount.of("AI 助手十个字以内")).isEqualTo(8);
		assertThat(WordCount.of("Large language model, 大模型")).isEqualTo(6);
	}

	@Test
	void versionsCarryOverWhatIsNotHandedInAgain() {
		Fixture f = entry(List.of(RequirementDraft.file("proposal", "方案书", 5, "pdf"),
				RequirementDraft.text("summary", "简介", 200)));
		submissions.submit(f.leader(), f.entry,
				new SubmissionDraft(Map.of("summary", "第一版"), List.of(file("proposal", "方案.pdf", pdf()))));
		submissions.submit(f.leader(), f.entry, new SubmissionDraft(Map.of("summary", "第二版"), List.of()));
		SubmissionView latest = contests.latestSubmission(f.entry).orElseThrow();
		assertThat(latest.versionNo()).isEqualTo(2);
		assertThat(latest.item("summary").orElseThrow().text()).isEqualTo("第二版");
		assertThat(latest.item("proposal").orElseThrow().fileName()).isEqualTo("方案.pdf");
		submissions.submit(f.leader(), f.entry, new SubmissionDraft(Map.of("summary", ""), List.of()));
		assertThat(contests.latestSubmission(f.entry).orElseThrow().item("summary")).isEmpty();
	}

	@Test
	void pdfsArePreviewedAndOtherFilesDownloadedByThoseWhoMaySeeTheEntry() throws Exception {
		Fixture f = entry(List.of(RequirementDraft.file("proposal", "方案书", 5, "pdf"),
				RequirementDraft.file("paper", "论文", 5, "docx")));
		MvcTestResult handedIn = mvc.post()
			.uri("/entries/{id}/submissions", f.entry)
			.multipart()
			.file(new MockMultipartFile("file.proposal", "方案.pdf", "application/pdf", pdf()))
			.file(new MockMultipartFile("file.paper", "论文.docx", "application/octet-stream", docx()))
			.with(logins.as(f.member.cardNo()))
			.with(csrf())
			.exchange();
		assertThat(handedIn).hasStatus(HttpStatus.FOUND);
		SubmissionView saved = contests.latestSubmission(f.entry).orElseThrow();
		long pdfItem = saved.item("proposal").orElseThrow().id();
		long docxItem = saved.item("paper").orElseThrow().id();
		MvcTestResult preview = mvc.get()
			.uri("/entries/{id}/files/{item}", f.entry, pdfItem)
			.with(logins.as(f.member.cardNo()))
			.exchange();
		assertThat(preview).hasStatusOk().hasContentType("application/pdf");
		assertThat(preview.getResponse().getHeader("Content-Disposition")).startsWith("inline");
		assertThat(preview.getResponse().getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
		MvcTestResult download = mvc.get()
			.uri("/entries/{id}/files/{item}", f.entry, docxItem)
			.with(logins.as(Demo.JINGKAI_ADMIN))
			.exchange();
		assertThat(download).hasStatusOk();
		assertThat(download.getResponse().getHeader("Content-Disposition")).startsWith("attachment");
		assertThat(mvc.get().uri("/entries/{id}/files/{item}", f.entry, pdfItem).with(logins.as(Demo.FINANCE_ADMIN)))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(mvc.get().uri("/entries/{id}", f.entry).with(logins.as(f.member.cardNo()))).hasStatusOk()
			.bodyText()
			.contains("方案.pdf")
			.contains("论文.docx");
	}

	@Test
	void aTextOverItsLimitIsShownAgainWithTheMessageAndNothingIsKept() {
		Fixture f = entry(List.of(RequirementDraft.text("summary", "简介", 5)));
		MvcTestResult page = mvc.post()
			.uri("/entries/{id}/submissions", f.entry)
			.multipart()
			.param("text.summary", "这段文字明显超过五个字")
			.with(logins.as(f.member.cardNo()))
			.with(csrf())
			.exchange();
		assertThat(page).hasStatusOk().bodyText().contains("这段文字明显超过五个字").contains("不能超过 5 字");
		assertThat(contests.latestSubmission(f.entry)).isEmpty();
	}

	@Test
	void onlyTheTeamAndItsUnitHandInAndNotAfterTheDeadline() {
		Fixture f = entry(List.of(RequirementDraft.text("summary", "简介", 100)));
		Someone stranger = fixtures.member(Demo.HAISITANPU);
		assertThatThrownBy(() -> submissions.submit(logins.actor(stranger.cardNo()), f.entry,
				new SubmissionDraft(Map.of("summary", "冒名"), List.of())))
			.isInstanceOf(OutOfScopeException.class);
		submissions.submit(logins.actor(Demo.JINGKAI_ADMIN), f.entry,
				new SubmissionDraft(Map.of("summary", "单位代交"), List.of()));
		fixtures.deadlinePassed(f.contest);
		assertThatThrownBy(
				() -> submissions.submit(f.leader(), f.entry, new SubmissionDraft(Map.of("summary", "截止后"), List.of())))
			.isInstanceOfSatisfying(BusinessRuleException.class,
					ex -> assertThat(ex.code()).isEqualTo("contest.rule.deadline"));
	}

	@Test
	void theVirusScanHookKeepsOutWhatItFlags() throws IOException {
		Path root = Files.createTempDirectory("blobs");
		VirusScanner eicar = (file, type) -> {
			try {
				return new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).contains("EICAR")
						? new VirusScanner.Verdict(false, "EICAR test signature") : VirusScanner.Verdict.passed();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		};
		BlobStore store = new BlobStore(root.toString(), jdbc, types, List.of(eicar), Clock.systemUTC());
		byte[] infected = (new String(pdf(), StandardCharsets.ISO_8859_1) + "EICAR-STANDARD-ANTIVIRUS-TEST-FILE")
			.getBytes(StandardCharsets.ISO_8859_1);
		assertThatThrownBy(
				() -> store.store("proposal", new ByteArrayInputStream(infected), 1024 * 1024, List.of("pdf")))
			.isInstanceOfSatisfying(BusinessRuleException.class,
					ex -> assertThat(ex.code()).isEqualTo("file.infected"));
		try (var files = Files.walk(root)) {
			assertThat(files.filter(Files::isRegularFile)).isEmpty();
		}
		assertThat(store.store("proposal", new ByteArrayInputStream(pdf()), 1024 * 1024, List.of("pdf")).contentType())
			.isEqualTo("application/pdf");
	}

	private void assertRefused(Fixture f, SubmissionDraft.FilePart part, String code) {
		assertThatThrownBy(() -> submissions.submit(f.leader(), f.entry, new SubmissionDraft(Map.of(), List.of(part))))
			.isInstanceOfSatisfying(BusinessRuleException.class, ex -> {
				assertThat(ex.code()).isEqualTo(code);
				assertThat(ex.field()).isEqualTo(part.code());
			});
	}

	private Fixture entry(List<RequirementDraft> requirements) {
		long[] ids = fixtures.openWith(TrackDraft.individual("材料赛道").withRequirements(requirements));
		Someone member = fixtures.member(Demo.HAISITANPU);
		long entry = entries.enter(logins.actor(member.cardNo()), ids[1], "作品", false);
		return new Fixture(ids[0], entry, member, logins);
	}

	/** A contest with an entry and its member, ready to hand in. */
	private record Fixture(long contest, long entry, Someone member, Logins logins) {

		Actor leader() {
			return logins.actor(member.cardNo());
		}

	}

	private static SubmissionDraft.FilePart file(String code, String name, byte[] content) {
		return new SubmissionDraft.FilePart(code, name, new ByteArrayResource(content));
	}

	/** A small but well-formed PDF. */
	static byte[] pdf() {
		return """
				%PDF-1.4
				1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
				2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj
				3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >> endobj
				trailer << /Root 1 0 R >>
				%%EOF
				""".getBytes(StandardCharsets.ISO_8859_1);
	}

	/** The smallest Word document: its content types and a main part. */
	static byte[] docx() {
		return zip(Map.of("[Content_Types].xml",
				"<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
						+ "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>",
				"word/document.xml",
				"<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"/>"));
	}

	static byte[] zip(Map<String, String> entries) {
		try (ByteArrayOutputStream out = new ByteArrayOutputStream(); ZipOutputStream zip = new ZipOutputStream(out)) {
			for (Map.Entry<String, String> entry : new TreeMap<>(entries).entrySet()) {
				zip.putNextEntry(new ZipEntry(entry.getKey()));
				zip.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
				zip.closeEntry();
			}
			zip.finish();
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
