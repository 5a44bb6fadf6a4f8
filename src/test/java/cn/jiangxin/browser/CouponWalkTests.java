package cn.jiangxin.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Geolocation;
import com.microsoft.playwright.assertions.LocatorAssertions;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.jiangxin.benefit.internal.BenefitSetup;
import cn.jiangxin.support.BrowserTest;
import cn.jiangxin.support.Demo;

/**
 * Coupons as members and merchants use them on a phone: 宗树龙 claims a market coupon of 经开区
 * and shows its QR; the produce centre's clerk points the phone's camera at it (a
 * Chromium whose camera plays the QR the member's page showed) and the coupon is
 * redeemed; typing the code again is told when and where it was used. And the admin's
 * view of the winter campaign at a desk, and the partner plan's merchants on a phone.
 */
class CouponWalkTests extends BrowserTest {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	BenefitSetup setup;

	@Test
	void aMemberClaimsAndShowsTheQrAndAClerkScansItWithTheCamera() throws Exception {
		long centre = jdbc.sql("SELECT id FROM merchant WHERE name = '乡村振兴经开区协同中心'").query(Long.class).single();
		setup.publish(setup.draft(Demo.JINGKAI, List.of(centre)).title("亦工惠·市集农特产品专享券").stock(50));
		String card = jdbc.sql("SELECT card_no FROM member WHERE name = '宗树龙'").query(String.class).single();
		String qr;
		String code;
		try (BrowserContext phoneContext = phone()) {
			Page phone = phoneContext.newPage();
			signInMember(phone, card);
			assertThat(phone.locator("#nav-my-coupons")).hasCount(1);
			phone.navigate(url("/me/coupons"));
			assertThat(phone.locator("#my-coupons")).containsText("亦工惠·冬季暖心消费券");
			shoot(phone, "coupons-01-my-coupons-phone");
			phone.locator("#open-campaigns a", new Page.LocatorOptions().setHasText("亦工惠·市集农特产品专享券")).click();
			double width = ((Number) phone.locator("#claim-form button")
				.evaluate("b => b.getBoundingClientRect().width")).doubleValue();
			assertThat(width).as("the claim button spans the phone").isGreaterThan(300);
			shoot(phone, "coupons-02-campaign-phone");
			phone.locator("#claim-form button").click();
			assertThat(phone.locator("#flash-success")).isVisible();
			assertThat(phone.locator("#coupon-qr")).isVisible();
			code = phone.locator("#coupon-code").innerText().replace(" ", "");
			qr = phone.locator("#coupon-qr").getAttribute("src");
			shoot(phone, "coupons-03-qr-phone");
			// the offers near him, from the phone's position at the produce centre's hall
			phoneContext.grantPermissions(List.of("geolocation"));
			phoneContext.setGeolocation(new Geolocation(39.7951, 116.5063));
			phone.navigate(url("/me/offers"));
			phone.locator("#near-button").click();
			phone.waitForURL(Pattern.compile(".*lat=.*"));
			assertThat(phone.locator("#offer-list .list-group-item").first()).containsText("农特产品满 100 减 15");
			assertThat(phone.locator("#offer-list .list-group-item").first()).containsText("约 0.0 公里");
			shoot(phone, "coupons-09-offers-near-phone");
		}
		Path camera = Files.createTempFile("coupon-qr", ".y4m");
		writeY4m(qr, camera);
		try (Browser withCamera = playwright.chromium()
			.launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM)
				.setHeadless(true)
				.setArgs(List.of("--no-sandbox", "--disable-gpu", "--use-fake-ui-for-media-stream",
						"--use-fake-device-for-media-stream", "--use-file-for-fake-video-capture=" + camera)));
				BrowserContext clerkContext = withCamera
					.newContext(new Browser.NewContextOptions().setViewportSize(390, 844)
						.setDeviceScaleFactor(3)
						.setIsMobile(true)
						.setHasTouch(true)
						.setLocale("zh-CN")
						.setPermissions(List.of("camera")))) {
			Page clerk = clerkContext.newPage();
			signIn(clerk, "xiangcun", Demo.PASSWORD);
			clerk.navigate(url("/merchant-desk"));
			clerk.locator("#billAmount").fill("128");
			clerk.locator("#scan-button").click();
			assertThat(clerk.locator("#redeem-ok"))
				.isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(20_000));
			assertThat(clerk.locator("#redeem-ok")).containsText(code.substring(0, 4));
			assertThat(clerk.locator("#redeem-ok")).containsText("20");
			shoot(clerk, "coupons-04-scanned-phone");
			clerk.locator("#code").fill(code);
			clerk.locator("#redeem-button").click();
			assertThat(clerk.locator("#redeem-failed")).containsText("不能再次核销");
			clerk.reload();
			assertThat(clerk.locator("#today-list")).containsText(code.substring(0, 4));
			shoot(clerk, "coupons-05-desk-phone");
		}
		finally {
			Files.deleteIfExists(camera);
		}
	}

	@Test
	void theAdminReadsTheWinterCampaignAtADeskAndThePlanOnAPhone() {
		long winter = jdbc.sql("SELECT id FROM coupon_campaign WHERE title = '亦工惠·冬季暖心消费券'").query(Long.class).single();
		try (BrowserContext desk = desktop()) {
			Page page = desk.newPage();
			signIn(page, Demo.JINGKAI_ADMIN, Demo.PASSWORD);
			page.navigate(url("/coupon-campaigns/" + winter));
			assertThat(page.locator("#chart-days canvas")).hasCount(1);
			assertThat(page.locator("#merchant-lines")).containsText("乡村振兴经开区协同中心");
			shoot(page, "coupons-06-campaign-desk");
			page.navigate(url("/coupon-campaigns"));
			assertThat(page.locator("#campaign-list")).containsText("亦工惠·新春年货券");
			shoot(page, "coupons-07-campaigns-desk");
		}
		try (BrowserContext phoneContext = phone()) {
			Page phone = phoneContext.newPage();
			signIn(phone, Demo.JINGKAI_ADMIN, Demo.PASSWORD);
			phone.navigate(url("/merchants"));
			// the demo's 22, and any other tests of the run have added
			assertThat(phone.locator("#merchant-list tbody tr").count()).isGreaterThanOrEqualTo(22);
			assertThat(phone.locator("#merchant-list")).containsText("乡村振兴经开区协同中心");
			double width = ((Number) phone.locator("#merchant-list tbody tr")
				.first()
				.evaluate("row => row.getBoundingClientRect().width")).doubleValue();
			assertThat(width).as("a merchant is a card across the phone").isGreaterThan(300);
			shoot(phone, "coupons-08-merchants-phone");
		}
	}

	/**
	 * A camera that shows the QR image: a few frames of YUV 4:2:0 video in the format
	 * Chromium's fake capture device plays.
	 */
	private static void writeY4m(String dataUri, Path file) throws IOException {
		byte[] png = Base64.getDecoder().decode(dataUri.substring(dataUri.indexOf(',') + 1));
		BufferedImage qr = ImageIO.read(new ByteArrayInputStream(png));
		int size = 480;
		int offset = (size - qr.getWidth()) / 2;
		byte[] y = new byte[size * size];
		for (int row = 0; row < size; row++) {
			for (int col = 0; col < size; col++) {
				int qx = col - offset;
				int qy = row - offset;
				int luma = 235;
				if (qx >= 0 && qy >= 0 && qx < qr.getWidth() && qy < qr.getHeight()) {
					int rgb = qr.getRGB(qx, qy);
					int grey = (((rgb >> 16) & 0xff) * 299 + ((rgb >> 8) & 0xff) * 587 + (rgb & 0xff) * 114) / 1000;
					luma = grey < 128 ? 16 : 235;
				}
				y[row * size + col] = (byte) luma;
			}
		}
		byte[] chroma = new byte[(size / 2) * (size / 2)];
		Arrays.fill(chroma, (byte) 128);
		try (OutputStream out = Files.newOutputStream(file)) {
			out.write(("YUV4MPEG2 W" + size + " H" + size + " F10:1 Ip A1:1 C420jpeg\n")
				.getBytes(StandardCharsets.US_ASCII));
			for (int frame = 0; frame < 10; frame++) {
				out.write("FRAME\n".getBytes(StandardCharsets.US_ASCII));
				out.write(y);
				out.write(chroma);
				out.write(chroma);
			}
		}
	}

}
