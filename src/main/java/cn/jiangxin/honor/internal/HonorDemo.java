package cn.jiangxin.honor.internal;

import java.time.LocalDate;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.ApplicationModuleInitializer;
import org.springframework.stereotype.Component;

import cn.jiangxin.honor.HolderKind;
import cn.jiangxin.honor.HonorDraft;
import cn.jiangxin.org.OrgApi;
import cn.jiangxin.org.OrgLevel;
import cn.jiangxin.shared.Actor;
import cn.jiangxin.shared.demo.DemoRoster;
import cn.jiangxin.shared.demo.DemoSeeding;
import cn.jiangxin.shared.demo.DemoStory;
import cn.jiangxin.shared.demo.DemoUnions;

/**
 * The honor module's demo data: the city construction union's craftsmen titles (首都建筑工匠)
 * of December 2024.
 */
@Component
@ConditionalOnBooleanProperty("jiangxin.demo.enabled")
class HonorDemo implements ApplicationModuleInitializer {

	private final HonorFacade honors;

	private final OrgApi orgs;

	private final JdbcClient jdbc;

	private final DemoRoster roster;

	private final DemoSeeding seeding;

	private final DemoStory story;

	HonorDemo(HonorFacade honors, OrgApi orgs, JdbcClient jdbc, DemoRoster roster, DemoSeeding seeding,
			DemoStory story) {
		this.honors = honors;
		this.orgs = orgs;
		this.jdbc = jdbc;
		this.roster = roster;
		this.seeding = seeding;
		this.story = story;
	}

	@Override
	public void initialize() {
		seeding.seed("honor", () -> jdbc.sql("SELECT COUNT(*) FROM honor").query(Long.class).single() > 0,
				this::confer);
	}

	/**
	 * The champions of the city's vocational skills contest, the first worker of each
	 * construction company.
	 */
	private void confer() {
		story.at(DemoStory.beijing(2024, 12, 20, 10));
		long construction = DemoUnions.byName(orgs.subtreeNames(orgs.activeAtLevel(OrgLevel.CITY).get(0).id()))
			.get(DemoUnions.CONSTRUCTION);
		for (String company : DemoUnions.CONSTRUCTION_COMPANIES.subList(0, 3)) {
			honors.confer(Actor.system(),
					new HonorDraft("首都建筑工匠", HolderKind.MEMBER, null, roster.of(company).get(0).cardNo(), construction,
							"京建工发〔2024〕12号（城市职业技能竞赛冠军）", LocalDate.of(2024, 12, 20)));
		}
	}

}
