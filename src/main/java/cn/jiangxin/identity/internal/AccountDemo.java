package cn.jiangxin.identity.internal;

import java.util.Map;
import java.util.Set;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.modulith.ApplicationModuleInitializer;
import org.springframework.stereotype.Component;

import cn.jiangxin.identity.AccountApi;
import cn.jiangxin.org.OrgApi;
import cn.jiangxin.org.OrgLevel;
import cn.jiangxin.shared.Permission;
import cn.jiangxin.shared.Role;
import cn.jiangxin.shared.demo.DemoSeeding;
import cn.jiangxin.shared.demo.DemoStory;
import cn.jiangxin.shared.demo.DemoUnions;

/**
 * The identity module's demo data: the system admin and the admins of the demo's unions.
 */
@Component
@ConditionalOnBooleanProperty("jiangxin.demo.enabled")
class AccountDemo implements ApplicationModuleInitializer {

	private final AccountApi accounts;

	private final AccountRepository repository;

	private final OrgApi orgs;

	private final DemoSeeding seeding;

	private final DemoStory story;

	AccountDemo(AccountApi accounts, AccountRepository repository, OrgApi orgs, DemoSeeding seeding, DemoStory story) {
		this.accounts = accounts;
		this.repository = repository;
		this.orgs = orgs;
		this.seeding = seeding;
		this.story = story;
	}

	@Override
	public void initialize() {
		seeding.announce("  Demo logins, password '" + DemoSeeding.PASSWORD
				+ "': admin (系统管理员), bjzgh (北京市总工会), jinrong (北京市金融工会), jingkai (经开区总工会),\n"
				+ "    jianzhu (北京市建筑工会), jiaotong (北京市交通运输工会), beihang (北航工会), daxing (大兴区总工会), jiuzhu (接济中心工会)");
		seeding.seed("identity", () -> repository.count() > 0, this::provision);
	}

	private void provision() {
		story.at(DemoStory.beijing(2024, 9, 2, 9));
		Map<String, Long> unions = DemoUnions.byName(orgs.subtreeNames(orgs.activeAtLevel(OrgLevel.CITY).get(0).id()));
		String password = DemoSeeding.PASSWORD;
		Set<Permission> reveal = Set.of(Permission.REVEAL_PERSONAL_DATA);
		accounts.provision("admin", "系统管理员", password, null, Set.of(Role.SYSTEM_ADMIN), reveal);
		accounts.provision("bjzgh", "市总工会管理员", password, unions.get(DemoUnions.CITY), Set.of(Role.UNION_ADMIN), reveal);
		accounts.provision("jinrong", "金融工会管理员", password, unions.get(DemoUnions.FINANCE), Set.of(Role.UNION_ADMIN),
				Set.of());
		accounts.provision("jingkai", "经开区总工会管理员", password, unions.get(DemoUnions.JINGKAI), Set.of(Role.UNION_ADMIN),
				reveal);
		for (String[] admin : new String[][] { { "jianzhu", "建筑工会管理员", DemoUnions.CONSTRUCTION },
				{ "jiaotong", "交通运输工会管理员", DemoUnions.TRANSPORT }, { "beihang", "北航工会管理员", DemoUnions.BUAA },
				{ "daxing", "大兴区总工会管理员", DemoUnions.DAXING }, { "jiuzhu", "接济中心工会管理员", DemoUnions.RELIEF_CENTRE } }) {
			accounts.provision(admin[0], admin[1], password, unions.get(admin[2]), Set.of(Role.UNION_ADMIN), Set.of());
		}
	}

}
