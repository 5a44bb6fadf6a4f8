package cn.jiangxin.benefit.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.ApplicationModuleInitializer;
import org.springframework.stereotype.Component;

import cn.jiangxin.benefit.Allocation;
import cn.jiangxin.benefit.CouponKind;
import cn.jiangxin.benefit.MerchantCategory;
import cn.jiangxin.org.OrgApi;
import cn.jiangxin.org.OrgLevel;
import cn.jiangxin.shared.Actor;
import cn.jiangxin.shared.CreditCode;
import cn.jiangxin.shared.Role;
import cn.jiangxin.shared.Zones;
import cn.jiangxin.shared.demo.DemoRoster;
import cn.jiangxin.shared.demo.DemoRoster.Someone;
import cn.jiangxin.shared.demo.DemoSeeding;
import cn.jiangxin.shared.demo.DemoStory;
import cn.jiangxin.shared.demo.DemoUnions;

/**
 * The benefit module's demo data (seeds 001 and 002). 经开区's 关爱职工伙伴计划: 10 merchants that
 * joined in the first year and 12 more since (22 in all: food, health with the free
 * clinic, services, shops, and 乡村振兴经开区协同中心 with produce from 新疆 and 内蒙古), each with
 * outlets in 亦庄; its winter campaign under way (宗树龙 holds two coupons, one used), one
 * opening in a few days, a draft and a cancelled one. 中关村科学城's summer gift of 9,800
 * coupons of three kinds (咖啡冰饮券, 视觉展览券, 音乐畅听券), claimed and used in part, the coffee one
 * settled. The clerk {@value #CLERK} of the rural produce centre redeems. Merchant names,
 * codes, addresses, values and counts beyond the seeds' are made up.
 */
@Component
@ConditionalOnBooleanProperty("jiangxin.demo.enabled")
class BenefitDemo implements ApplicationModuleInitializer {

	/** The demo's merchant clerk, of 乡村振兴经开区协同中心. */
	static final String CLERK = "xiangcun";

	private final MerchantService merchants;

	private final CampaignService campaigns;

	private final Claims claims;

	private final Lottery lottery;

	private final MarketService markets;

	private final Redemptions redemptions;

	private final MerchantStore merchantStore;

	private final OfferService offers;

	private final OrgApi orgs;

	private final JdbcClient jdbc;

	private final DemoRoster roster;

	private final DemoSeeding seeding;

	private final DemoStory story;

	private final Actor system = Actor.system();

	private final Random random = new Random(20260715L);

	private Map<String, Long> unions;

	BenefitDemo(MerchantService merchants, CampaignService campaigns, Claims claims, Lottery lottery,
			MarketService markets, Redemptions redemptions, MerchantStore merchantStore, OfferService offers,
			OrgApi orgs, JdbcClient jdbc, DemoRoster roster, DemoSeeding seeding, DemoStory story) {
		this.merchants = merchants;
		this.campaigns = campaigns;
		this.claims = claims;
		this.lottery = lottery;
		this.markets = markets;
		this.redemptions = redemptions;
		this.merchantStore = merchantStore;
		this.offers = offers;
		this.orgs = orgs;
		this.jdbc = jdbc;
		this.roster = roster;
		this.seeding = seeding;
		this.story = story;
	}

	@Override
	public void initialize() {
		seeding.seed("benefit", () -> jdbc.sql("SELECT COUNT(*) FROM merchant").query(Long.class).single() > 0,
				this::write);
	}

	private void write() {
		unions = DemoUnions.byName(orgs.subtreeNames(orgs.activeAtLevel(OrgLevel.CITY).get(0).id()));
		int summer = summerYear();
		List<Long> zgc = zhongguancunPlan(summer);
		summerCampaign(summer, zgc);
		List<Long> jingkai = jingkaiPlan();
		jingkaiCampaigns(jingkai);
		jingkaiDraws(jingkai);
		robotParkMarket(jingkai);
		jingkaiOffers(jingkai);
		seeding.announce(
				"  Merchant clerk of 乡村振兴经开区协同中心 (redeems coupons at /merchant-desk): " + CLERK + ", same password");
	}

	/** The summer of the gift: this year's once September has come, else last year's. */
	private int summerYear() {
		LocalDate today = story.today.atZone(Zones.BEIJING).toLocalDate();
		return today.getMonthValue() >= 9 ? today.getYear() : today.getYear() - 1;
	}

	/**
	 * One merchant with its outlets: name, categories, outlets as name, address,
	 * latitude, longitude.
	 */
	private record Shop(String name, List<MerchantCategory> categories, String contact, String description,
			List<String[]> outlets) {
	}

	private static Shop shop(String name, MerchantCategory category, String contact, String description,
			String... outlets) {
		List<String[]> places = new ArrayList<>();
		for (int i = 0; i < outlets.length; i += 4) {
			places.add(new String[] { outlets[i], outlets[i + 1], outlets[i + 2], outlets[i + 3] });
		}
		return new Shop(name, List.of(category), contact, description, places);
	}

	private long join(String union, Shop shop, LocalDate joined, LocalDate ends, int serial) {
		String first17 = "91110302" + String.format("MA%07d", serial);
		String code = first17 + CreditCode.checkCharacter(first17);
		long id = merchants.join(system,
				new MerchantDrafts.MerchantDraft(unions.get(union), shop.name(), code, shop.categories(),
						shop.description(), shop.contact(), String.format("010-6788%04d", serial % 10_000), joined,
						ends));
		for (String[] outlet : shop.outlets()) {
			merchants.addOutlet(system, id, new MerchantDrafts.OutletDraft(outlet[0], outlet[1],
					new BigDecimal(outlet[2]), new BigDecimal(outlet[3])));
		}
		return id;
	}

	/**
	 * 经开区's partner plan: 10 merchants in its first year, 12 more since; the produce
	 * centre's clerk.
	 */
	private List<Long> jingkaiPlan() {
		LocalDate first = story.today.atZone(Zones.BEIJING).toLocalDate().minusYears(1).withDayOfMonth(1);
		story.at(first.atTime(9, 0).atZone(Zones.BEIJING).toInstant());
		List<Shop> firstYear = List.of(
				shop("乡村振兴经开区协同中心", MerchantCategory.RURAL, "马建新", "集中展销新疆、内蒙古等地农特产品", "协同中心展销厅", "经开区荣华中路10号",
						"39.795100", "116.506300", "机器人产业园市集摊位", "经开区科创十三街29号", "39.784200", "116.546900"),
				shop("亦庄职工之家餐厅", MerchantCategory.FOOD, "王慧", null, "荣京西街店", "经开区荣京西街7号", "39.798600", "116.499800"),
				shop("亦城鲜果铺", MerchantCategory.RETAIL, "孙立", "时令水果", "天华园店", "经开区天华北街12号", "39.790300", "116.510200",
						"科创街店", "经开区科创六街88号", "39.772100", "116.529800"),
				shop("经开社区卫生服务中心", MerchantCategory.HEALTH, "李医生", "市集义诊、健康咨询", "博兴路院区", "经开区博兴六路3号", "39.788400",
						"116.520600"),
				shop("亦庄手作面馆", MerchantCategory.FOOD, "赵红", null, "地盛北街店", "经开区地盛北街1号", "39.781900", "116.515300"),
				shop("同仁堂亦庄药店", MerchantCategory.HEALTH, "钱明", null, "宏达北路店", "经开区宏达北路16号", "39.801200", "116.503700"),
				shop("亦庄洗衣坊", MerchantCategory.SERVICE, "周平", "衣物干洗、织补", "文化园店", "经开区文化园西路8号", "39.794800",
						"116.492100"),
				shop("博大超市", MerchantCategory.RETAIL, "吴刚", null, "博大路店", "经开区博大路2号", "39.785500", "116.525400"),
				shop("亦城理发室", MerchantCategory.SERVICE, "郑丽", null, "万源街店", "经开区万源街21号", "39.799900", "116.488700"),
				shop("内蒙古草原牛羊肉专营", MerchantCategory.RURAL, "巴特尔", "乡村振兴协作产品", "永昌南路店", "经开区永昌南路9号", "39.776600",
						"116.534200"));
		List<Long> ids = new ArrayList<>();
		int serial = 1000;
		for (Shop shop : firstYear) {
			ids.add(join(DemoUnions.JINGKAI, shop, first, first.plusYears(2).minusDays(1), ++serial));
		}
		LocalDate second = first.plusMonths(9);
		story.at(second.atTime(9, 0).atZone(Zones.BEIJING).toInstant());
		List<Shop> since = List.of(
				shop("新疆果干特产店", MerchantCategory.RURAL, "艾力", "新疆红枣、葡萄干、核桃", "荣昌东街店", "经开区荣昌东街6号", "39.792700",
						"116.517800"),
				shop("亦庄健身馆", MerchantCategory.CULTURE, "冯强", "职工健身团课", "科创十街店", "经开区科创十街15号", "39.779300",
						"116.538100"),
				shop("亦庄眼镜店", MerchantCategory.SERVICE, "陈静", null, "景园街店", "经开区景园北街2号", "39.802600", "116.496400"),
				shop("亦庄口腔诊所", MerchantCategory.HEALTH, "褚医生", null, "天宝园店", "经开区天宝中街5号", "39.787100", "116.501900"),
				shop("亦庄烘焙坊", MerchantCategory.FOOD, "卫红", null, "荣华南路店", "经开区荣华南路13号", "39.783700", "116.509600"),
				shop("经开书店", MerchantCategory.CULTURE, "蒋文", null, "文化园店", "经开区文化园东路3号", "39.795900", "116.494800"),
				shop("亦庄家政服务站", MerchantCategory.SERVICE, "沈芳", "保洁、维修上门", "隆庆街店", "经开区隆庆街18号", "39.773800",
						"116.527700"),
				shop("亦庄牛肉面", MerchantCategory.FOOD, "韩亮", null, "科创五街店", "经开区科创五街2号", "39.777900", "116.522100"),
				shop("经开便民菜站", MerchantCategory.RETAIL, "杨梅", null, "泰河路店", "经开区泰河路7号", "39.769500", "116.541300"),
				shop("亦庄中医理疗馆", MerchantCategory.HEALTH, "朱大夫", "推拿、艾灸", "经海路店", "经开区经海三路9号", "39.771200",
						"116.548800"),
				shop("亦庄影城", MerchantCategory.CULTURE, "秦岭", null, "亦庄大族广场店", "经开区荣华中路22号", "39.794300", "116.507900"),
				shop("亦庄咖啡工坊", MerchantCategory.FOOD, "尤佳", null, "经开人才大厦店", "经开区科创十三街18号", "39.785900", "116.544600"));
		for (Shop shop : since) {
			ids.add(join(DemoUnions.JINGKAI, shop, second, second.plusYears(2).minusDays(1), ++serial));
		}
		merchants.addStaff(system, ids.get(0), new MerchantDrafts.StaffDraft(CLERK, "马晓燕", DemoSeeding.PASSWORD));
		return ids;
	}

	/** 中关村科学城's partners for the summer gift: coffee shops, exhibitions and music. */
	private List<Long> zhongguancunPlan(int summer) {
		LocalDate joined = LocalDate.of(summer, 6, 1);
		story.at(joined.atTime(9, 0).atZone(Zones.BEIJING).toInstant());
		String zgc = "中关村科学城总工会";
		List<Long> ids = new ArrayList<>();
		int serial = 2000;
		for (Shop shop : List.of(
				shop("中关村创业大街咖啡", MerchantCategory.FOOD, "林晨", "咖啡、冰饮", "创业大街店", "海淀区海淀西大街36号", "39.983600",
						"116.309800", "软件园店", "海淀区西北旺东路10号院", "40.047900", "116.288600"),
				shop("科学城冰饮站", MerchantCategory.FOOD, "许洁", null, "中关村广场店", "海淀区中关村大街27号", "39.982100", "116.315200"),
				shop("中关村数字艺术展馆", MerchantCategory.CULTURE, "何夕", "沉浸式视觉展览", "北四环店", "海淀区北四环西路58号", "39.984900",
						"116.306700"),
				shop("海淀音乐厅", MerchantCategory.CULTURE, "吕琴", "音乐会与畅听会员", "中关村南大街店", "海淀区中关村南大街28号", "39.960400",
						"116.322100"))) {
			ids.add(join(zgc, shop, joined, joined.plusYears(1).minusDays(1), ++serial));
		}
		return ids;
	}

	/**
	 * 中关村's 夏季降温大礼包: three campaigns of 9,800 coupons opened in mid-July, claimed by most
	 * members of its companies and used in part; the coffee one settled in September.
	 */
	private void summerCampaign(int summer, List<Long> zgc) {
		String union = "中关村科学城总工会";
		LocalDateTime opens = LocalDateTime.of(summer, 7, 15, 10, 0);
		story.at(LocalDate.of(summer, 7, 1).atTime(9, 0).atZone(Zones.BEIJING).toInstant());
		long coffee = publish(new CampaignDrafts.CampaignDraft(unions.get(union), "惠工清凉·咖啡冰饮券", CouponKind.CASH,
				new BigDecimal("15"), null, null, new BigDecimal("30"), 4000, 2, List.of(), null, Allocation.FIRST,
				opens, opens.plusDays(31), opens.toLocalDate(), LocalDate.of(summer, 8, 31), Campaign.Payer.UNION,
				zgc.subList(0, 2), List.of()));
		long exhibition = publish(new CampaignDrafts.CampaignDraft(unions.get(union), "惠工清凉·视觉展览券", CouponKind.CASH,
				new BigDecimal("40"), null, null, new BigDecimal("80"), 3000, 1, List.of(), null, Allocation.FIRST,
				opens, opens.plusDays(31), opens.toLocalDate(), LocalDate.of(summer, 8, 31), Campaign.Payer.UNION,
				List.of(zgc.get(2)), List.of()));
		long music = publish(new CampaignDrafts.CampaignDraft(unions.get(union), "惠工清凉·音乐畅听券", CouponKind.DISCOUNT,
				null, 50, new BigDecimal("60"), BigDecimal.ZERO, 2800, 1, List.of(), null, Allocation.FIRST, opens,
				opens.plusDays(31), opens.toLocalDate(), LocalDate.of(summer, 8, 31), Campaign.Payer.UNION,
				List.of(zgc.get(3)), List.of()));
		List<Someone> people = new ArrayList<>();
		for (String company : List.of("北京百度网讯科技有限公司工会", "小米科技有限责任公司工会", "博彦科技股份有限公司工会")) {
			people.addAll(roster.of(company));
		}
		for (int day = 0; day < 20; day++) {
			for (Someone someone : people) {
				if (random.nextInt(20) != 0) {
					continue;
				}
				Instant at = LocalDateTime
					.of(opens.toLocalDate().plusDays(day), LocalTime.of(10 + random.nextInt(10), 0))
					.atZone(Zones.BEIJING)
					.toInstant();
				story.at(at);
				claim(someone, union, coffee);
				if (random.nextBoolean()) {
					claim(someone, union, exhibition);
				}
				if (random.nextInt(3) == 0) {
					claim(someone, union, music);
				}
			}
		}
		redeemSome(coffee, zgc.subList(0, 2), LocalDate.of(summer, 8, 31), 70, null, -1);
		redeemSome(exhibition, List.of(zgc.get(2)), LocalDate.of(summer, 8, 31), 55, null, -1);
		redeemSome(music, List.of(zgc.get(3)), LocalDate.of(summer, 8, 31), 45, new BigDecimal("180"), -1);
		story.at(LocalDate.of(summer, 9, 10).atTime(15, 0).atZone(Zones.BEIJING).toInstant());
		campaigns.close(system, coffee);
	}

	/**
	 * 经开区's winter coupons under way, the new-year coupons opening soon, a draft and a
	 * cancelled one.
	 */
	private void jingkaiCampaigns(List<Long> jingkai) {
		long union = unions.get(DemoUnions.JINGKAI);
		LocalDate today = story.today.atZone(Zones.BEIJING).toLocalDate();
		story.at(story.daysAgo(14, 9));
		LocalDateTime opens = today.minusDays(10).atTime(10, 0);
		long winter = publish(new CampaignDrafts.CampaignDraft(union, "亦工惠·冬季暖心消费券", CouponKind.CASH,
				new BigDecimal("30"), null, null, new BigDecimal("100"), 2000, 2, List.of(), null, Allocation.FIRST,
				opens, today.plusDays(20).atTime(22, 0), today.minusDays(10), today.plusDays(40), Campaign.Payer.UNION,
				jingkai, List.of()));
		List<Someone> people = new ArrayList<>();
		for (String company : DemoUnions.JINGKAI_COMPANIES) {
			people.addAll(roster.of(company));
		}
		Someone zong = people.stream().filter(p -> p.name().equals("宗树龙")).findFirst().orElseThrow();
		story.at(opens.atZone(Zones.BEIJING).toInstant().plusSeconds(40));
		claim(zong, DemoUnions.JINGKAI, winter);
		claim(zong, DemoUnions.JINGKAI, winter);
		for (int day = 0; day < 10; day++) {
			for (Someone someone : people) {
				if (someone == zong || random.nextInt(12) != 0) {
					continue;
				}
				story.at(today.minusDays(10 - day)
					.atTime(11 + random.nextInt(9), random.nextInt(60))
					.atZone(Zones.BEIJING)
					.toInstant());
				claim(someone, DemoUnions.JINGKAI, winter);
			}
		}
		redeemSome(winter, jingkai, today.minusDays(1), 40, new BigDecimal("128"), zong.id());
		// 宗树龙 used one of his two at the produce centre's stall three days ago
		String first = jdbc.sql("""
				SELECT code FROM coupon WHERE campaign_id = ? AND member_id = ? AND redeemed_at IS NULL
				ORDER BY claimed_at, id""").params(winter, zong.id()).query(String.class).list().get(0);
		story.at(story.daysAgo(3, 12));
		Merchant centre = merchantStore.find(jingkai.get(0)).orElseThrow();
		redemptions.redeemFor(centre, CLERK, first,
				new CampaignDrafts.Redemption(centre.outlets().get(1).id(), new BigDecimal("136.50")), null);

		story.at(story.daysAgo(2, 10));
		LocalDateTime soon = today.plusDays(5).atTime(10, 0);
		publish(new CampaignDrafts.CampaignDraft(union, "亦工惠·新春年货券", CouponKind.CASH, new BigDecimal("50"), null, null,
				new BigDecimal("200"), 1500, 1, List.of(), null, Allocation.FIRST, soon, soon.plusDays(14),
				soon.toLocalDate(), soon.toLocalDate().plusDays(45), Campaign.Payer.UNION, jingkai.subList(0, 12),
				List.of()));
		campaigns.create(system, new CampaignDrafts.CampaignDraft(union, "亦工惠·健康体检优惠券（草稿）", CouponKind.DISCOUNT, null,
				70, new BigDecimal("200"), new BigDecimal("300"), 500, 1, List.of(), null, Allocation.FIRST,
				soon.plusDays(30), soon.plusDays(40), soon.toLocalDate().plusDays(30), soon.toLocalDate().plusDays(90),
				Campaign.Payer.UNION, List.of(jingkai.get(3), jingkai.get(13), jingkai.get(19)), List.of()));
		long wrong = campaigns.create(system,
				new CampaignDrafts.CampaignDraft(union, "亦工惠·观影券（录入有误已取消）", CouponKind.CASH, new BigDecimal("20"), null,
						null, BigDecimal.ZERO, 300, 1, List.of(), null, Allocation.FIRST, soon, soon.plusDays(7),
						soon.toLocalDate(), soon.toLocalDate().plusDays(30), Campaign.Payer.UNION,
						List.of(jingkai.get(20)), List.of()));
		campaigns.cancel(system, wrong);
	}

	/**
	 * The market in the robot industrial park eight days ago (seed 001: two corridors of
	 * stalls from 20-odd merchants, produce from 新疆 and 内蒙古 at the 乡村振兴 centre's stall),
	 * with its coupon for those who checked in, and the new-year fair being prepared.
	 */
	private void robotParkMarket(List<Long> jingkai) {
		long union = unions.get(DemoUnions.JINGKAI);
		LocalDate today = story.today.atZone(Zones.BEIJING).toLocalDate();
		LocalDate day = today.minusDays(8);
		story.at(story.daysAgo(20, 10));
		long market = markets.create(system,
				new MarketDrafts.MarketDraft(union, "亦工惠·机器人产业园线下市集", "机器人产业园中心广场（经开区科创十三街29号）", day, day,
						LocalTime.of(10, 0), LocalTime.of(16, 0),
						"关爱职工伙伴计划线下市集：餐饮美食、医疗健康、生活服务摊位两条长廊，乡村振兴经开区协同中心集中展销新疆、内蒙古农特产品，社区卫生服务中心现场义诊。"));
		String[] goods = { "新疆红枣、若羌灰枣、内蒙古牛羊肉", "职工套餐、现做小吃", "时令水果", "义诊、血压血糖检测", "手作面食", "常用药、健康咨询", "衣物护理咨询",
				"米面粮油、日用品", "现场理发", "生鲜牛羊肉", "葡萄干、核桃、巴旦木", "健身体验课", "免费验光", "口腔检查", "现烤面包", "图书", "家政服务预约", "牛肉面",
				"新鲜蔬菜", "推拿、艾灸体验", "电影兑换券", "手冲咖啡" };
		story.at(story.daysAgo(18, 10));
		List<Merchant> shops = merchantStore.findAll(jingkai);
		for (int i = 0; i < jingkai.size(); i++) {
			long id = jingkai.get(i);
			Merchant shop = shops.stream().filter(m -> m.id() == id).findFirst().orElseThrow();
			MerchantCategory category = shop.categories().get(0);
			boolean east = category == MerchantCategory.FOOD || category == MerchantCategory.RURAL
					|| category == MerchantCategory.RETAIL;
			String row = east ? "东廊" : "西廊";
			int number = jdbc.sql("SELECT COUNT(*) FROM market_stall WHERE market_id = ? AND row_name = ?")
				.params(market, row)
				.query(Long.class)
				.single()
				.intValue() + 1;
			markets.addStall(system, market,
					new MarketDrafts.StallDraft(id, row, number, category, goods[i % goods.length]));
		}
		story.at(story.daysAgo(15, 10));
		long coupon = markets.addCoupon(system, market,
				new CampaignDrafts.CampaignDraft(union, "市集专享·满 50 减 10", CouponKind.CASH, BigDecimal.TEN, null, null,
						new BigDecimal("50"), 600, 1, List.of(), null, Allocation.FIRST, day.atTime(10, 0),
						day.atTime(16, 0), day, day, Campaign.Payer.UNION, jingkai, List.of()));
		campaigns.publish(system, coupon);
		String token = markets.token(system, market);
		List<Someone> people = new ArrayList<>();
		for (String company : DemoUnions.JINGKAI_COMPANIES) {
			people.addAll(roster.of(company));
		}
		Merchant centre = shops.stream().filter(m -> m.id() == jingkai.get(0)).findFirst().orElseThrow();
		for (Someone someone : people) {
			boolean zong = someone.name().equals("宗树龙");
			if (!zong && random.nextInt(5) >= 2) {
				continue;
			}
			LocalDateTime arrived = day.atTime(10, 0).plusMinutes(zong ? 25 : random.nextInt(330));
			story.at(arrived.atZone(Zones.BEIJING).toInstant());
			Actor member = memberActor(someone, DemoUnions.JINGKAI);
			markets.checkIn(member, market, token);
			if (!zong && random.nextInt(10) >= 7) {
				continue;
			}
			story.at(arrived.plusMinutes(2).atZone(Zones.BEIJING).toInstant());
			String code = claims.claim(member, coupon, "demo-market-" + someone.id()).coupon().code();
			if (!zong && random.nextInt(10) >= 6) {
				continue;
			}
			story.at(arrived.plusMinutes(10 + random.nextInt(20)).atZone(Zones.BEIJING).toInstant());
			Merchant shop = zong ? centre : shops.get(random.nextInt(shops.size()));
			Merchant.Outlet outlet = zong ? centre.outlets().get(1) : shop.outlets().get(0);
			redemptions.redeemFor(shop, zong ? CLERK : "demo-" + shop.id(), code, new CampaignDrafts.Redemption(
					outlet.id(), new BigDecimal(zong ? "68.00" : 50 + random.nextInt(80) + ".00")), null);
		}
		int[] walkIns = { 86, 124, 57 };
		for (int i = 0; i < walkIns.length; i++) {
			story.at(day.atTime(11 + 2 * i, 30).atZone(Zones.BEIJING).toInstant());
			markets.walkIns(system, market, walkIns[i]);
		}
		story.at(story.daysAgo(6, 10));
		campaigns.close(system, coupon);
		markets.close(system, market);

		story.at(story.daysAgo(4, 15));
		LocalDate fair = today.plusDays(12);
		long newYear = markets.create(system, new MarketDrafts.MarketDraft(union, "亦工惠·新春年货大集", "亦庄职工之家（经开区荣京西街7号）",
				fair, fair.plusDays(1), LocalTime.of(9, 30), LocalTime.of(17, 0), "年货采买、春联义写、乡村振兴农特产品展销。"));
		// a lunchtime pop-up market in the park today, under way
		story.at(story.daysAgo(2, 16));
		long popUp = markets.create(system, new MarketDrafts.MarketDraft(union, "亦工惠·园区午间快闪市集", "经开人才大厦广场（经开区科创十三街18号）",
				today, today, LocalTime.of(11, 0), LocalTime.of(14, 0), "午间一小时，鲜果、面点与义诊进园区。"));
		int[] popUpShops = { 2, 14, 3, 21 };
		for (int i = 0; i < popUpShops.length; i++) {
			long id = jingkai.get(popUpShops[i]);
			Merchant shop = shops.stream().filter(m -> m.id() == id).findFirst().orElseThrow();
			markets.addStall(system, popUp,
					new MarketDrafts.StallDraft(id, "广场", i + 1, shop.categories().get(0), goods[popUpShops[i]]));
		}
		story.at(story.today);
		markets.walkIns(system, popUp, 35);

		int[] fairShops = { 0, 9, 10, 2, 14, 1, 3, 13 };
		for (int i = 0; i < fairShops.length; i++) {
			long id = jingkai.get(fairShops[i]);
			Merchant shop = shops.stream().filter(m -> m.id() == id).findFirst().orElseThrow();
			markets.addStall(system, newYear, new MarketDrafts.StallDraft(id, i < 4 ? "A 排" : "B 排", i % 4 + 1,
					shop.categories().get(0), goods[fairShops[i]]));
		}
	}

	/**
	 * Two gifts too scarce for first come: the physiotherapy vouchers drawn five days ago
	 * (宗树龙 registered), and the reunion-dinner vouchers open for registration now (宗树龙
	 * has not registered yet).
	 */
	private void jingkaiDraws(List<Long> jingkai) {
		long union = unions.get(DemoUnions.JINGKAI);
		LocalDate today = story.today.atZone(Zones.BEIJING).toLocalDate();
		List<Someone> people = new ArrayList<>();
		for (String company : DemoUnions.JINGKAI_COMPANIES) {
			people.addAll(roster.of(company));
		}
		story.at(story.daysAgo(13, 9));
		LocalDateTime opens = today.minusDays(12).atTime(10, 0);
		long therapy = publish(new CampaignDrafts.CampaignDraft(union, "亦工惠·中医理疗体验券（抽签）", CouponKind.CASH,
				new BigDecimal("100"), null, null, BigDecimal.ZERO, 60, 1, List.of(), null, Allocation.LOTTERY, opens,
				today.minusDays(6).atTime(22, 0), today.minusDays(5), today.plusDays(30), Campaign.Payer.UNION,
				List.of(jingkai.get(19), jingkai.get(3)), List.of()));
		// entries are numbered in the order members came
		TreeMap<Instant, Someone> entrants = new TreeMap<>();
		for (Someone someone : people) {
			if (someone.name().equals("宗树龙") || random.nextInt(3) == 0) {
				entrants.put(opens.plusDays(random.nextInt(6))
					.plusMinutes(random.nextInt(600))
					.plusSeconds(random.nextInt(60))
					.atZone(Zones.BEIJING)
					.toInstant(), someone);
			}
		}
		entrants.forEach((at, someone) -> {
			story.at(at);
			lottery.register(memberActor(someone, DemoUnions.JINGKAI), therapy);
		});
		story.at(story.daysAgo(5, 10));
		lottery.drawNow(system, therapy);

		story.at(story.daysAgo(3, 9));
		LocalDateTime dinner = today.minusDays(2).atTime(10, 0);
		long reunion = publish(new CampaignDrafts.CampaignDraft(union, "亦工惠·新春团圆饭套餐券（抽签）", CouponKind.CASH,
				new BigDecimal("88"), null, null, new BigDecimal("288"), 120, 1, List.of(), null, Allocation.LOTTERY,
				dinner, today.plusDays(3).atTime(22, 0), today.plusDays(5), today.plusDays(40), Campaign.Payer.UNION,
				List.of(jingkai.get(1), jingkai.get(4), jingkai.get(17)), List.of()));
		TreeMap<Instant, Someone> diners = new TreeMap<>();
		for (Someone someone : people) {
			if (!someone.name().equals("宗树龙") && random.nextInt(4) == 0) {
				Instant at = dinner.plusMinutes(random.nextInt(60 * 40))
					.plusSeconds(random.nextInt(60))
					.atZone(Zones.BEIJING)
					.toInstant();
				if (!at.isAfter(story.today)) {
					diners.put(at, someone);
				}
			}
		}
		diners.forEach((at, someone) -> {
			story.at(at);
			lottery.register(memberActor(someone, DemoUnions.JINGKAI), reunion);
		});
	}

	/**
	 * The plan's online offers for card holders (seed 001: 持卡职工在线上选择相关企业参与优惠), one of
	 * last year's withdrawn.
	 */
	private void jingkaiOffers(List<Long> jingkai) {
		long union = unions.get(DemoUnions.JINGKAI);
		LocalDate today = story.today.atZone(Zones.BEIJING).toLocalDate();
		story.at(story.daysAgo(60, 10));
		String[][] terms = { { "职工就餐九折", "持会员互助服务卡就餐享九折，酒水除外" },
				{ "农特产品满 100 减 15", "新疆红枣、内蒙古牛羊肉等农特产品，持卡满 100 元减 15 元" }, { "时令水果会员价", "持卡购买时令水果享会员价，每日限一次" },
				{ "免费健康咨询", "持卡职工每月一次免费健康咨询与血压血糖检测" }, { "手作面馆第二碗半价", "持卡堂食第二碗半价" },
				{ "药品满 200 减 20", "非处方药及保健品持卡满 200 元减 20 元" }, { "干洗八五折", "持卡衣物干洗享八五折" },
				{ "团课首月 99 元", "职工健身团课首月 99 元，续课九折" } };
		int[] shops = { 1, 0, 2, 3, 4, 5, 6, 11 };
		for (int i = 0; i < terms.length; i++) {
			offers.create(system, new OfferDraft(jingkai.get(shops[i]), union, terms[i][0], terms[i][1],
					today.minusDays(60), today.plusMonths(6), List.of()));
		}
		long old = offers.create(system, new OfferDraft(jingkai.get(8), union, "理发八折（已结束）", "持卡理发八折",
				today.minusDays(60), today.plusMonths(1), List.of()));
		story.at(story.daysAgo(20, 16));
		offers.withdraw(system, old);
	}

	private long publish(CampaignDrafts.CampaignDraft draft) {
		long id = campaigns.create(system, draft);
		campaigns.publish(system, id);
		return id;
	}

	/** A member claims one coupon, unless they hold as many as the campaign allows. */
	private void claim(Someone someone, String union, long campaign) {
		int limit = jdbc.sql("SELECT per_member FROM coupon_campaign WHERE id = ?")
			.param(campaign)
			.query(Integer.class)
			.single();
		int held = jdbc.sql("SELECT COUNT(*) FROM coupon WHERE campaign_id = ? AND member_id = ?")
			.params(campaign, someone.id())
			.query(Integer.class)
			.single();
		if (held >= limit) {
			return;
		}
		claims.claim(memberActor(someone, union), campaign, "demo-" + campaign + "-" + someone.id() + "-" + held);
	}

	private Actor memberActor(Someone someone, String union) {
		return new Actor(0, someone.cardNo(), someone.name(), Set.of(Role.MEMBER), unions.get(union), Set.of(),
				someone.id());
	}

	/**
	 * Uses a share of a campaign's claimed coupons at its merchants' outlets on the days
	 * after their claim, up to {@code lastDay}.
	 */
	private void redeemSome(long campaign, List<Long> merchantIds, LocalDate lastDay, int percent, BigDecimal bill,
			long keep) {
		List<Object[]> claimed = jdbc.sql("""
				SELECT code, claimed_at FROM coupon WHERE campaign_id = ? AND member_id IS NOT NULL
				AND redeemed_at IS NULL AND member_id <> ? ORDER BY claimed_at, id""")
			.params(campaign, keep)
			.query((rs, n) -> new Object[] { rs.getString(1), CampaignStore.instant(rs, "claimed_at") })
			.list();
		List<Merchant> shops = merchantStore.findAll(merchantIds);
		for (Object[] row : claimed) {
			if (random.nextInt(100) >= percent) {
				continue;
			}
			Instant claimedAt = (Instant) row[1];
			Instant at = claimedAt.plusSeconds(3600L * (2 + random.nextInt(24 * 6)));
			Instant last = lastDay.atTime(20, 0).atZone(Zones.BEIJING).toInstant();
			if (at.isAfter(last)) {
				continue;
			}
			if (at.isAfter(story.today)) {
				continue;
			}
			story.at(at);
			Merchant shop = shops.get(random.nextInt(shops.size()));
			Merchant.Outlet outlet = shop.outlets().get(random.nextInt(shop.outlets().size()));
			BigDecimal paid = bill == null ? new BigDecimal(80 + random.nextInt(60)) : bill;
			redemptions.redeemFor(shop, "demo-" + shop.id(), (String) row[0],
					new CampaignDrafts.Redemption(outlet.id(), paid), null);
		}
	}

}
