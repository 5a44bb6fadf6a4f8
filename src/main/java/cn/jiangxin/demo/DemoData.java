package cn.jiangxin.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import cn.jiangxin.contest.ContestApi;
import cn.jiangxin.honor.HolderKind;
import cn.jiangxin.honor.HonorDraft;
import cn.jiangxin.identity.AccountApi;
import cn.jiangxin.member.MemberApi;
import cn.jiangxin.org.OrgApi;
import cn.jiangxin.shared.Actor;
import cn.jiangxin.shared.Permission;
import cn.jiangxin.shared.Role;
import cn.jiangxin.shared.files.PdfDocuments;

/**
 * Loads the demo data once, into an empty database, when {@code jiangxin.demo.enabled} is true (the
 * embedded default). All demo logins share the password {@value #PASSWORD}.
 */
@Component
@Order(10)
@ConditionalOnBooleanProperty("jiangxin.demo.enabled")
class DemoData implements ApplicationRunner {

	static final String PASSWORD = "jiangxin-demo";

	private static final Logger log = LoggerFactory.getLogger(DemoData.class);

	private final OrgApi orgs;

	private final AccountApi accounts;

	private final TransactionTemplate transactions;

	private final MemberApi members;

	private final ContestApi contests;

	private final PdfDocuments pdfs;

	private volatile String memberLogins = "";

	private final cn.jiangxin.judging.internal.JudgingFacade judging;

	private final cn.jiangxin.award.AwardApi awards;

	private final cn.jiangxin.honor.HonorApi honors;

	private final DemoClock clock;

	DemoData(OrgApi orgs, AccountApi accounts, MemberApi members, ContestApi contests, PdfDocuments pdfs,
			TransactionTemplate transactions, cn.jiangxin.judging.internal.JudgingFacade judging, cn.jiangxin.award.AwardApi awards,
			cn.jiangxin.honor.HonorApi honors, DemoClock clock) {
		this.clock = clock;
		this.honors = honors;
		this.judging = judging;
		this.awards = awards;
		this.orgs = orgs;
		this.accounts = accounts;
		this.members = members;
		this.contests = contests;
		this.pdfs = pdfs;
		this.transactions = transactions;
	}

	@Override
	public void run(ApplicationArguments args) {
		long existing = orgs.count();
		if (existing > 0) {
			log.info("Demo data already present ({} unions); leaving it as it is.", existing);
			return;
		}
		long started = System.nanoTime();
		DemoStory story = new DemoStory(clock);
		try {
			transactions.executeWithoutResult(status -> load(story));
		}
		finally {
			story.end();
		}
		log.info("Demo data loaded in {} ms.", (System.nanoTime() - started) / 1_000_000);
	}

	/** Tells whoever started the platform where it is and how to sign in. */
	@EventListener
	void announce(ApplicationReadyEvent event) {
		String port = event.getApplicationContext().getEnvironment().getProperty("local.server.port");
		if (port != null) {
			log.info("""

					  匠心 Jiangxin is running at http://localhost:{}/
					  Demo logins, password '{}': admin (系统管理员), bjzgh (北京市总工会), jinrong (北京市金融工会), jingkai (经开区总工会),
					    jianzhu (北京市建筑工会), jiaotong (北京市交通运输工会), beihang (北航工会), daxing (大兴区总工会), jiuzhu (接济中心工会)
					  Members sign in with card number or phone, same password: {}
					  Expert judges: fin-judge1…15, robot-judge1…5, relief-judge1…6, buaa-judge1…6, same password
					""", port, PASSWORD, memberLogins.isEmpty() ? "see the members' cards" : memberLogins);
		}
	}

	/**
	 * Writes the story in the order it happened: the unions and their people when the platform started, the city
	 * construction union's craftsmen titles, last year's finance competition, the relief centre's contest in the
	 * spring, the robot final now on notice, 北航's case call in review, and the contests open today.
	 */
	private void load(DemoStory story) {
		story.at(DemoStory.beijing(2024, 9, 2, 9));
		Map<String, Long> unions = new DemoUnions(orgs).create();
		Set<Permission> reveal = Set.of(Permission.REVEAL_PERSONAL_DATA);
		accounts.provision("admin", "系统管理员", PASSWORD, null, Set.of(Role.SYSTEM_ADMIN), reveal);
		accounts.provision("bjzgh", "市总工会管理员", PASSWORD, unions.get(DemoUnions.CITY), Set.of(Role.UNION_ADMIN),
				reveal);
		accounts.provision("jinrong", "金融工会管理员", PASSWORD, unions.get(DemoUnions.FINANCE), Set.of(Role.UNION_ADMIN),
				Set.of());
		accounts.provision("jingkai", "经开区总工会管理员", PASSWORD, unions.get(DemoUnions.JINGKAI),
				Set.of(Role.UNION_ADMIN), reveal);
		for (String[] admin : new String[][] { { "jianzhu", "建筑工会管理员", DemoUnions.CONSTRUCTION },
				{ "jiaotong", "交通运输工会管理员", DemoUnions.TRANSPORT }, { "beihang", "北航工会管理员", DemoUnions.BUAA },
				{ "daxing", "大兴区总工会管理员", DemoUnions.DAXING }, { "jiuzhu", "接济中心工会管理员", DemoUnions.RELIEF_CENTRE } }) {
			accounts.provision(admin[0], admin[1], PASSWORD, unions.get(admin[2]), Set.of(Role.UNION_ADMIN), Set.of());
		}
		Map<String, List<DemoMembers.Someone>> roster = new DemoMembers(members).create(unions);
		StringBuilder logins = new StringBuilder();
		for (String company : DemoUnions.JINGKAI_COMPANIES.subList(0, 3)) {
			DemoMembers.Someone someone = roster.get(company).get(0);
			members.openAccount(someone.id(), PASSWORD);
			logins.append(someone.name()).append(' ').append(someone.phone()).append("  ");
		}
		memberLogins = logins.toString().strip();
		story.at(DemoStory.beijing(2024, 12, 20, 10));
		for (String company : DemoUnions.CONSTRUCTION_COMPANIES.subList(0, 3)) {
			long champion = roster.get(company).get(0).id();
			honors.confer(Actor.system(), new HonorDraft("首都建筑工匠", HolderKind.MEMBER, null,
					members.find(champion).orElseThrow().cardNo(), unions.get(DemoUnions.CONSTRUCTION),
					"京建工发〔2024〕12号（城市职业技能竞赛冠军）", LocalDate.of(2024, 12, 20)));
		}
		DemoContests contestStory = new DemoContests(contests, pdfs, unions, roster, story);
		DemoJudging judgingStory = new DemoJudging(judging, awards, contests, unions, contestStory.ids, PASSWORD, story);
		contestStory.finance();
		judgingStory.finance();
		contestStory.relief();
		judgingStory.relief();
		contestStory.robots();
		judgingStory.robots(roster.get(DemoUnions.JINGKAI_COMPANIES.get(0)).get(0).id());
		contestStory.buaaCases();
		judgingStory.buaa();
		contestStory.esports();
		contestStory.property();
		contestStory.shieldTunnelling();
		contestStory.jingkaiInnovation();
	}

}
