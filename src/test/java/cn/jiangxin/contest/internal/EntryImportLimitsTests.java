package cn.jiangxin.contest.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.nio.file.Files;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import cn.jiangxin.contest.ContestApi;
import cn.jiangxin.contest.TrackDraft;
import cn.jiangxin.contest.internal.ContestFixtures.Someone;
import cn.jiangxin.support.Demo;
import cn.jiangxin.support.HostileSheets;
import cn.jiangxin.support.IntegrationTest;
import cn.jiangxin.support.Logins;

/**
 * A bulk entry import of a hostile file, by the API and by the page, is refused with a
 * message naming the bound it passed, registers nothing, and leaves the platform
 * answering and importing.
 */
@IntegrationTest
class EntryImportLimitsTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ContestFixtures fixtures;

	@Autowired
	ContestApi contests;

	@Autowired
	Logins logins;

	@Test
	void bombsAreRefusedByTheApiWithTheBoundNamed() throws Exception {
		long[] ids = fixtures.openWith(TrackDraft.individual("炸弹检验赛道"));
		HostileSheets.refusedByTheApi(mvc, logins.as(Demo.JINGKAI_ADMIN), "/api/v1/contests/{id}/entries/import",
				ids[0]);
		assertThat(contests.entries(ids[0])).isEmpty();
		stillImports(ids);
	}

	@Test
	void aBombOnThePageShowsTheFormWithTheBoundNamed() throws Exception {
		long[] ids = fixtures.openWith(TrackDraft.individual("炸弹页面赛道"));
		assertThat(mvc.post()
			.uri("/manage/entries/import")
			.multipart()
			.file(new MockMultipartFile("file", "bomb.xlsx", "application/octet-stream",
					Files.readAllBytes(HostileSheets.sharedStringBomb())))
			.param("contest", String.valueOf(ids[0]))
			.with(logins.as(Demo.JINGKAI_ADMIN))
			.with(csrf())).hasStatusOk().bodyText().contains("超过 32,767 个字符的上限");
		assertThat(contests.entries(ids[0])).isEmpty();
		stillImports(ids);
	}

	/** A good sheet still registers its entry afterwards. */
	private void stillImports(long[] ids) throws Exception {
		Someone good = fixtures.member(Demo.HAISITANPU);
		byte[] sheet = ContestApiTests.workbook(List.of(List.of("赛道", "作品/队伍名称", "负责人会员卡号", "队员会员卡号", "已阅读并同意承诺"),
				List.of(contests.tracks(ids[0]).get(0).name(), "", good.cardNo(), "", "是")));
		assertThat(mvc.post()
			.uri("/api/v1/contests/{id}/entries/import", ids[0])
			.multipart()
			.file(new MockMultipartFile("file", "entries.xlsx", "application/octet-stream", sheet))
			.with(logins.as(Demo.JINGKAI_ADMIN))
			.with(csrf())).hasStatus(HttpStatus.CREATED);
	}

}
