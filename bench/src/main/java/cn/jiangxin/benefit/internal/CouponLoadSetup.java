package cn.jiangxin.benefit.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.jiangxin.benefit.Allocation;
import cn.jiangxin.benefit.CouponKind;
import cn.jiangxin.benefit.MerchantCategory;
import cn.jiangxin.bench.BenchLogins;
import cn.jiangxin.shared.Actor;
import cn.jiangxin.shared.CreditCode;
import cn.jiangxin.shared.Zones;

/**
 * The ground for the coupon rush, laid on the demo's database while the platform runs on it: 100,000 new members of
 * 海斯坦普's union (in 经开区) with member accounts and a live API token each (what a signed-in phone holds; the
 * deliberately slow sign-in is not what is measured), a partner merchant, and one first-come campaign of 经开区 of
 * 10,000 coupons, one a member, open from the current minute; and for the warm-up 20,000 other members with
 * tokens and a campaign of 5,000 of their own. Writes the tokens with their members and the campaigns' ids under
 * {@code target/bench-coupons/}.
 */
public final class CouponLoadSetup {

	static final int MEMBERS = Integer.getInteger("bench.members", 100_000);

	static final int STOCK = Integer.getInteger("bench.stock", 10_000);

	/** Other members, and their campaign's stock, for warming the platform up before the rush (0: no warm-up). */
	static final int WARMUP_MEMBERS = Integer.getInteger("bench.warmup.members", 20_000);

	static final int WARMUP_STOCK = Integer.getInteger("bench.warmup.stock", 5_000);

	static final Path OUT = Paths.get("target", "bench-coupons");

	private CouponLoadSetup() {
	}

	public static void run(ConfigurableApplicationContext context) {
		try {
			lay(context);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void lay(ConfigurableApplicationContext context) throws IOException {
		JdbcClient jdbc = context.getBean(JdbcClient.class);
		long started = System.nanoTime();
		long union = jdbc.sql("SELECT id FROM org WHERE name = '海斯坦普汽车组件(北京)有限公司工会'").query(Long.class).single();
		long jingkai = jdbc.sql("SELECT id FROM org WHERE name = '北京经济技术开发区总工会'").query(Long.class).single();
		// the warm-up's members first: the rush's are the last registered (BenchLogins reads them by id from the first)
		List<BenchLogins.Login> warmup = WARMUP_MEMBERS == 0 ? List.of()
				: BenchLogins.register(context, union, WARMUP_MEMBERS, 440_000_000L, "预热");
		List<BenchLogins.Login> logins = BenchLogins.register(context, union, MEMBERS, 505_000_000L, "会员");
		Instant now = Instant.now();
		SecureRandom random = new SecureRandom();

		Actor system = Actor.system();
		MerchantService merchants = context.getBean(MerchantService.class);
		CampaignService campaigns = context.getBean(CampaignService.class);
		String first17 = "91110302MA" + String.format("%07d", 9_000_000 + random.nextInt(999_999));
		long merchant = merchants.join(system, new MerchantDrafts.MerchantDraft(jingkai, "压测合作商户" + now.getEpochSecond(),
				first17 + CreditCode.checkCharacter(first17), List.of(MerchantCategory.RETAIL), null, "压测", "010-12345678",
				LocalDate.now(Zones.BEIJING).minusDays(1), LocalDate.now(Zones.BEIJING).plusYears(1)));
		merchants.addOutlet(system, merchant, new MerchantDrafts.OutletDraft("压测门店", "经开区压测路1号", null, null));
		long campaign = campaign(campaigns, jingkai, merchant, "压测消费券", STOCK);
		Files.createDirectories(OUT);
		write("tokens.csv", logins);
		Files.writeString(OUT.resolve("campaign.txt"), String.valueOf(campaign));
		if (!warmup.isEmpty()) {
			write("warmup-tokens.csv", warmup);
			Files.writeString(OUT.resolve("warmup-campaign.txt"),
					String.valueOf(campaign(campaigns, jingkai, merchant, "预热消费券", WARMUP_STOCK)));
		}
		System.out.printf("laid %d members with tokens and campaign %d of %d coupons (and %d other members for the"
				+ " warm-up) in %.1f s%n", logins.size(), campaign, STOCK, warmup.size(),
				(System.nanoTime() - started) / 1e9);
	}

	/** A published first-come campaign of 经开区 at the merchant, one coupon a member, open from this minute. */
	private static long campaign(CampaignService campaigns, long jingkai, long merchant, String title, int stock) {
		LocalDateTime opens = LocalDateTime.now(Zones.BEIJING).truncatedTo(ChronoUnit.MINUTES);
		long campaign = campaigns.create(Actor.system(),
				new CampaignDrafts.CampaignDraft(jingkai, title + Instant.now().getEpochSecond(), CouponKind.CASH,
						new BigDecimal("20"), null, null, new BigDecimal("50"), stock, 1, List.of(), null,
						Allocation.FIRST, opens, opens.plusDays(1), LocalDate.now(Zones.BEIJING),
						LocalDate.now(Zones.BEIJING).plusDays(30), Campaign.Payer.UNION, List.of(merchant), List.of()));
		campaigns.publish(Actor.system(), campaign);
		return campaign;
	}

	private static void write(String file, List<BenchLogins.Login> logins) throws IOException {
		List<String> lines = new ArrayList<>(List.of("token,member"));
		logins.forEach(login -> lines.add(login.token() + "," + login.memberId()));
		Files.write(OUT.resolve(file), lines, StandardCharsets.UTF_8);
	}

}
