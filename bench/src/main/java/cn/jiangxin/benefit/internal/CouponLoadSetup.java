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
 * 10,000 coupons, one a member, open from the current minute. Writes the tokens with their members and the campaign's
 * id under {@code target/bench-coupons/}.
 */
public final class CouponLoadSetup {

	static final int MEMBERS = Integer.getInteger("bench.members", 100_000);

	static final int STOCK = Integer.getInteger("bench.stock", 10_000);

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
		List<BenchLogins.Login> logins = BenchLogins.register(context, union, MEMBERS, 505_000_000L, "会员");
		List<String> lines = new ArrayList<>(List.of("token,member"));
		logins.forEach(login -> lines.add(login.token() + "," + login.memberId()));
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
		LocalDateTime opens = LocalDateTime.now(Zones.BEIJING).truncatedTo(ChronoUnit.MINUTES);
		long campaign = campaigns.create(system, new CampaignDrafts.CampaignDraft(jingkai, "压测消费券" + now.getEpochSecond(),
				CouponKind.CASH, new BigDecimal("20"), null, null, new BigDecimal("50"), STOCK, 1, List.of(), null,
				Allocation.FIRST, opens, opens.plusDays(1), LocalDate.now(Zones.BEIJING),
				LocalDate.now(Zones.BEIJING).plusDays(30), Campaign.Payer.UNION, List.of(merchant), List.of()));
		campaigns.publish(system, campaign);
		Files.createDirectories(OUT);
		Files.write(OUT.resolve("tokens.csv"), lines, StandardCharsets.UTF_8);
		Files.writeString(OUT.resolve("campaign.txt"), String.valueOf(campaign));
		System.out.printf("laid %d members with tokens and campaign %d of %d coupons in %.1f s%n", logins.size(),
				campaign, STOCK, (System.nanoTime() - started) / 1e9);
	}

}
