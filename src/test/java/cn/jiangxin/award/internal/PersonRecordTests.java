package cn.jiangxin.award.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import cn.jiangxin.support.Demo;
import cn.jiangxin.support.IntegrationTest;
import cn.jiangxin.support.Logins;

/**
 * Awards reach the people: the robot final's champion sees his entry, his result, his 一等奖
 * and its certificate on his own page, and his union's admin sees the same on his member
 * page.
 */
@IntegrationTest
class PersonRecordTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Logins logins;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theChampionsOwnPageShowsHisEntryResultAwardAndCertificate() {
		String certificate = championsCertificate();
		String login = jdbc.sql("""
				SELECT acc.username FROM account acc JOIN member m ON m.id = acc.member_id WHERE m.name = '宗树龙'""")
			.query(String.class)
			.single();
		assertThat(mvc.get().uri("/me").with(logins.as(login))).hasStatusOk()
			.bodyText()
			.contains("参赛记录", "经开区第八届职工职业技能竞赛（工业机器人系统运维员）", "比赛成绩", "第 1 名", "获奖与证书", "一等奖", "公示中", "证书 " + certificate,
					"/certificates/" + certificate);
	}

	@Test
	void hisUnionsAdminSeesTheSameOnHisMemberPage() {
		String certificate = championsCertificate();
		long member = jdbc.sql("SELECT id FROM member WHERE name = '宗树龙'").query(Long.class).single();
		assertThat(mvc.get().uri("/members/{id}", member).with(logins.as(Demo.JINGKAI_ADMIN))).hasStatusOk()
			.bodyText()
			.contains("一等奖", "第 1 名", "证书 " + certificate);
	}

	private String championsCertificate() {
		return jdbc.sql("""
				SELECT c.number FROM certificate c JOIN award a ON a.id = c.award_id
				WHERE a.name = '一等奖' AND a.holder = '宗树龙'""").query(String.class).single();
	}

}
