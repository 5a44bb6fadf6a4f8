package cn.jiangxin.member.internal.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import cn.jiangxin.support.Demo;
import cn.jiangxin.support.DemoOrgs;
import cn.jiangxin.support.HostileSheets;
import cn.jiangxin.support.IntegrationTest;
import cn.jiangxin.support.Logins;
import cn.jiangxin.support.People;

/**
 * A member import of a hostile file (an xlsx whose one cell inflates to 1 GiB, a CSV of
 * one gigantic field), by the API and by the page, ends FAILED with a message naming the
 * bound and an audit row, and the platform goes on answering and importing.
 */
@IntegrationTest
class ImportLimitsTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ImportJobs jobs;

	@Autowired
	DemoOrgs orgs;

	@Autowired
	Logins logins;

	@Autowired
	JdbcClient jdbc;

	@Test
	void bombsUploadedThroughTheApiEndFailedWithTheBoundNamedAndAnAuditRow() throws Exception {
		long org = orgs.id(Demo.JINGKAI);
		for (Path bomb : new Path[] { HostileSheets.sharedStringBomb(), HostileSheets.inlineStringBomb(),
				HostileSheets.giganticCsvField() }) {
			MvcTestResult started = mvc.post()
				.uri("/api/v1/imports/members")
				.multipart()
				.file(new MockMultipartFile("file", bomb.getFileName().toString(), "application/octet-stream",
						Files.readAllBytes(bomb)))
				.param("org", String.valueOf(org))
				.header(HttpHeaders.ACCEPT_LANGUAGE, "en")
				.with(logins.as(Demo.JINGKAI_ADMIN))
				.with(csrf())
				.exchange();
			assertThat(started).hasStatus(HttpStatus.ACCEPTED);
			long id = Long.parseLong(started.getResponse().getHeader(HttpHeaders.LOCATION).replaceAll(".*/", ""));
			ImportJobView job = awaitEnd(id);
			assertThat(job.status().name()).as(bomb.toString()).isEqualTo("FAILED");
			assertThat(job.message()).as(bomb.toString()).contains("more than 32,767 characters");
			assertThat(failureAudit(id)).as(bomb.toString())
				.contains("\"status\":\"FAILED\"")
				.contains("spreadsheet.limit.cellLength");
			assertThat(mvc.get().uri("/api/v1/imports/{id}", id).with(logins.as(Demo.JINGKAI_ADMIN))).hasStatusOk()
				.bodyJson()
				.extractingPath("$.job.status")
				.isEqualTo("FAILED");
		}
		stillImports(org);
	}

	@Test
	void aBombUploadedOnThePageEndsFailedInChineseAndThePageShowsWhy() throws Exception {
		long org = orgs.id(Demo.JINGKAI);
		MvcTestResult started = mvc.post()
			.uri("/members/import")
			.multipart()
			.file(new MockMultipartFile("file", "bomb.xlsx", "application/octet-stream",
					Files.readAllBytes(HostileSheets.sharedStringBomb())))
			.param("org", String.valueOf(org))
			.param("mode", "ALL_OR_NOTHING")
			.with(logins.as(Demo.JINGKAI_ADMIN))
			.with(csrf())
			.exchange();
		assertThat(started).hasStatus(HttpStatus.FOUND);
		String page = started.getResponse().getRedirectedUrl();
		long id = Long.parseLong(page.replaceAll(".*/", ""));
		ImportJobView job = awaitEnd(id);
		assertThat(job.status().name()).isEqualTo("FAILED");
		assertThat(job.message()).contains("超过 32,767 个字符的上限");
		assertThat(failureAudit(id)).contains("spreadsheet.limit.cellLength");
		assertThat(mvc.get().uri(page).with(logins.as(Demo.JINGKAI_ADMIN))).hasStatusOk()
			.bodyText()
			.contains("超过 32,767 个字符的上限");
		stillImports(org);
	}

	/** A small, good file imports as before: the platform is unharmed. */
	private void stillImports(long org) throws Exception {
		String csv = ImportExportTests.HEADER + "\n" + ImportExportTests.row("炸弹后", People.idNumber(), "快递员", "")
				+ "\n";
		MvcTestResult started = mvc.post()
			.uri("/api/v1/imports/members")
			.multipart()
			.file(new MockMultipartFile("file", "after.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
			.param("org", String.valueOf(org))
			.with(logins.as(Demo.JINGKAI_ADMIN))
			.with(csrf())
			.exchange();
		assertThat(started).hasStatus(HttpStatus.ACCEPTED);
		long id = Long.parseLong(started.getResponse().getHeader(HttpHeaders.LOCATION).replaceAll(".*/", ""));
		assertThat(awaitEnd(id).status().name()).isEqualTo("DONE");
		assertThat(mvc.get().uri("/api/v1/me").with(logins.as(Demo.JINGKAI_ADMIN))).hasStatusOk();
	}

	private String failureAudit(long jobId) {
		return jdbc.sql(
				"SELECT after_state FROM audit_event WHERE entity_type = 'import' AND entity_id = ? AND action = 'IMPORT'")
			.param(String.valueOf(jobId))
			.query(String.class)
			.single();
	}

	private ImportJobView awaitEnd(long id) throws InterruptedException {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
		ImportJobView job = jobs.find(id).orElseThrow();
		while (job.running() && Instant.now().isBefore(deadline)) {
			Thread.sleep(50);
			job = jobs.find(id).orElseThrow();
		}
		return job;
	}

}
