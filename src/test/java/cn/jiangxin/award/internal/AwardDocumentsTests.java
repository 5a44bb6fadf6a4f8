package cn.jiangxin.award.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import cn.jiangxin.support.Demo;
import cn.jiangxin.support.IntegrationTest;
import cn.jiangxin.support.Logins;
import cn.jiangxin.support.PdfGlyphs;

/**
 * The documents awards leave behind, read back glyph by glyph: the case collection keeps
 * every character of every case inside the page and numbers its contents; a certificate
 * keeps a long team's name, its QR code and its issuer inside the frame, and says so when
 * the results are still on notice.
 */
@IntegrationTest
class AwardDocumentsTests {

	/** Points per millimetre. */
	private static final float MM = 72f / 25.4f;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Logins logins;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theCaseCollectionKeepsEveryCharacterInsideThePageAndNumbersItsContents() {
		long contest = contest("2025北京市金融职工大模型技术应用创新能力职业技能大赛");
		byte[] pdf = body(mvc.get().uri("/contests/{id}/cases.pdf", contest).exchange());
		PdfGlyphs.keep("award-case-book-finance.pdf", pdf);
		PdfGlyphs book = PdfGlyphs.of(pdf);
		assertThat(book.outsideHorizontalMargins(12 * MM)).as("glyphs cut off at a margin").isEmpty();
		List<String> texts = jdbc.sql("""
				SELECT si.text_value FROM case_collection cc JOIN case_collection_entry ce ON ce.collection_id = cc.id
				JOIN submission s ON s.entry_id = ce.entry_id
				JOIN submission_item si ON si.submission_id = s.id
				WHERE cc.contest_id = ? AND si.text_value IS NOT NULL
				AND s.version_no = (SELECT MAX(version_no) FROM submission WHERE entry_id = ce.entry_id)""")
			.param(contest)
			.query(String.class)
			.list();
		assertThat(texts).isNotEmpty();
		String all = book.text();
		texts.forEach(text -> assertThat(all).contains(text.replaceAll("\\s+", "")));
		String contents = book.text(book.text().indexOf("目录") < 0 ? 2 : pageOf(book, "目录"));
		assertThat(contents).as("the contents give each case's page").containsPattern("\\.{3,}\\d+");
	}

	@Test
	void aCertificateKeepsALongTeamNameInsideItsFrame() {
		long contest = contest("2025北京市金融职工大模型技术应用创新能力职业技能大赛");
		long award = jdbc.sql("""
				SELECT a.id FROM award a WHERE a.contest_id = ? AND a.kind = 'ENTRY'
				ORDER BY LENGTH(a.holder) DESC, a.id LIMIT 1""").param(contest).query(Long.class).single();
		byte[] pdf = body(mvc.get()
			.uri("/manage/contests/{c}/awards/{a}/certificate.pdf", contest, award)
			.with(logins.as(Demo.FINANCE_ADMIN))
			.exchange());
		PdfGlyphs.keep("award-certificate-long-team.pdf", pdf);
		PdfGlyphs certificate = PdfGlyphs.of(pdf);
		assertThat(certificate.pageCount()).isEqualTo(1);
		float inset = 13 * MM;
		float width = certificate.page(1).getWidth();
		float height = certificate.page(1).getHeight();
		assertThat(certificate.glyphs()).filteredOn(g -> !g.text().isBlank())
			.as("glyphs over the frame")
			.allSatisfy(g -> {
				assertThat(g.left()).isGreaterThanOrEqualTo(inset);
				assertThat(g.right()).isLessThanOrEqualTo(width - inset);
				assertThat(g.bottom()).isLessThanOrEqualTo(height - inset);
			});
		String holder = jdbc.sql("SELECT holder FROM award WHERE id = ?").param(award).query(String.class).single();
		assertThat(certificate.text()).contains(holder.replaceAll("\\s+", "")).contains("证书编号").doesNotContain("公示中");
	}

	@Test
	void aCertificateWhileOnNoticeSaysSo() {
		long contest = contest("经开区第八届职工职业技能竞赛（工业机器人系统运维员）");
		long award = jdbc.sql("SELECT id FROM award WHERE contest_id = ? AND name = '一等奖'")
			.param(contest)
			.query(Long.class)
			.single();
		byte[] pdf = body(mvc.get()
			.uri("/manage/contests/{c}/awards/{a}/certificate.pdf", contest, award)
			.with(logins.as(Demo.JINGKAI_ADMIN))
			.exchange());
		PdfGlyphs.keep("award-certificate-on-notice.pdf", pdf);
		assertThat(PdfGlyphs.of(pdf).text()).contains("公示中").contains("期满后生效").contains("宗树龙");
	}

	private static int pageOf(PdfGlyphs book, String text) {
		for (int page = 1; page <= book.pageCount(); page++) {
			if (book.text(page).contains(text)) {
				return page;
			}
		}
		return 1;
	}

	private static byte[] body(MvcTestResult result) {
		assertThat(result).hasStatusOk().hasContentType(MediaType.APPLICATION_PDF);
		return result.getResponse().getContentAsByteArray();
	}

	private long contest(String title) {
		return jdbc.sql("SELECT id FROM contest WHERE title = ?").param(title).query(Long.class).single();
	}

}
