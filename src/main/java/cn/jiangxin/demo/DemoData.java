package cn.jiangxin.demo;

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

import cn.jiangxin.identity.AccountApi;
import cn.jiangxin.member.MemberApi;
import cn.jiangxin.org.OrgApi;
import cn.jiangxin.shared.Permission;
import cn.jiangxin.shared.Role;

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

	DemoData(OrgApi orgs, AccountApi accounts, MemberApi members, TransactionTemplate transactions) {
		this.orgs = orgs;
		this.accounts = accounts;
		this.members = members;
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
		transactions.executeWithoutResult(status -> load());
		log.info("Demo data loaded in {} ms.", (System.nanoTime() - started) / 1_000_000);
	}

	/** Tells whoever started the platform where it is and how to sign in. */
	@EventListener
	void announce(ApplicationReadyEvent event) {
		String port = event.getApplicationContext().getEnvironment().getProperty("local.server.port");
		if (port != null) {
			log.info("""

					  匠心 Jiangxin is running at http://localhost:{}/
					  Demo logins, password '{}': admin (系统管理员), bjzgh (北京市总工会), jinrong (北京市金融工会), jingkai (经开区总工会)
					""", port, PASSWORD);
		}
	}

	private void load() {
		Map<String, Long> unions = new DemoUnions(orgs).create();
		Set<Permission> reveal = Set.of(Permission.REVEAL_PERSONAL_DATA);
		accounts.provision("admin", "系统管理员", PASSWORD, null, Set.of(Role.SYSTEM_ADMIN), reveal);
		accounts.provision("bjzgh", "市总工会管理员", PASSWORD, unions.get(DemoUnions.CITY), Set.of(Role.UNION_ADMIN),
				reveal);
		accounts.provision("jinrong", "金融工会管理员", PASSWORD, unions.get(DemoUnions.FINANCE), Set.of(Role.UNION_ADMIN),
				Set.of());
		accounts.provision("jingkai", "经开区总工会管理员", PASSWORD, unions.get(DemoUnions.JINGKAI),
				Set.of(Role.UNION_ADMIN), reveal);
		new DemoMembers(members).create(unions);
	}

}
