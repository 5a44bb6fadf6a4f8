package cn.jiangxin;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.springframework.boot.test.context.TestComponent;

import cn.jiangxin.identity.AccountApi;
import cn.jiangxin.member.EmploymentType;
import cn.jiangxin.member.IdType;
import cn.jiangxin.member.MemberApi;
import cn.jiangxin.member.MemberDraft;
import cn.jiangxin.member.MemberView;
import cn.jiangxin.member.internal.MemberFixtures;
import cn.jiangxin.shared.Actor;
import cn.jiangxin.support.Demo;
import cn.jiangxin.support.DemoOrgs;
import cn.jiangxin.support.Logins;
import cn.jiangxin.support.People;

/** Records in 北京市金融工会's subtree for the scope walk to aim at: a member, an application, an import, a transfer. */
@TestComponent
class Fixtures {

	/** The member of the fixture's transfer between two finance unions. */
	static final String TRANSFERRED_MEMBER = "金融乙";

	private final DemoOrgs orgs;

	private final AccountApi accounts;

	private final MemberApi members;

	private final MemberFixtures memberFixtures;

	private final Logins logins;

	private ScopeWalkTests.Ids ids;

	Fixtures(DemoOrgs orgs, AccountApi accounts, MemberApi members, MemberFixtures memberFixtures, Logins logins) {
		this.orgs = orgs;
		this.accounts = accounts;
		this.members = members;
		this.memberFixtures = memberFixtures;
		this.logins = logins;
	}

	synchronized ScopeWalkTests.Ids inFinance() {
		if (ids == null) {
			Actor finance = logins.actor(Demo.FINANCE_ADMIN);
			long bank = orgs.id(Demo.BANK);
			long member = members.registerAll(finance, bank, List.of(new MemberDraft("金融甲", null, IdType.RESIDENT_ID,
					People.idNumber(), null, People.phone(), null, null, EmploymentType.EMPLOYEE, null, null, null)))
				.get(0);
			MemberView view = members.find(member).orElseThrow();
			long application = memberFixtures.application(bank);
			long importJob = memberFixtures.importJob(finance, orgs.id(Demo.FINANCE),
					new ByteArrayInputStream("姓名,证件号码,就业类型\n".getBytes(StandardCharsets.UTF_8)));
			long other = members.registerAll(finance, bank, List.of(new MemberDraft(TRANSFERRED_MEMBER, null, IdType.RESIDENT_ID,
					People.idNumber(), null, null, null, null, EmploymentType.EMPLOYEE, null, null, null)))
				.get(0);
			long transfer = memberFixtures.transfer(finance, other, orgs.id("中国农业银行北京市分行工会"));
			ids = new ScopeWalkTests.Ids(orgs.id(Demo.FINANCE), bank,
					accounts.findByUsername(Demo.FINANCE_ADMIN).orElseThrow().id(), member, view.cardNo(), application,
					importJob, transfer);
		}
		return ids;
	}

}
