package cn.jiangxin.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;

import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A walk through the pages in Debian's Chromium, driven by Playwright, at desktop and
 * phone size, saving screenshots under {@code target/screenshots/}. Without a browser it
 * skips with a message, except in CI ({@code CI=true}), where it must run. It shares the
 * flow tests' context ({@link WholeApplication}).
 */
@WholeApplication
@Tag("browser")
public abstract class BrowserTest {

	protected static final Path CHROMIUM = Paths.get("/usr/bin/chromium");

	static final Path SCREENSHOTS = Paths.get("target", "screenshots");

	protected static Playwright playwright;

	static Browser browser;

	@LocalServerPort
	protected int port;

	@BeforeAll
	static void launch() throws Exception {
		boolean ci = "true".equalsIgnoreCase(System.getenv("CI"));
		if (!Files.isExecutable(CHROMIUM)) {
			if (ci) {
				throw new IllegalStateException("CI=true but " + CHROMIUM + " is missing: install Debian's chromium");
			}
			Assumptions.abort("Browser suite skipped: " + CHROMIUM
					+ " is not installed (apt-get install chromium fonts-noto-cjk)");
		}
		Files.createDirectories(SCREENSHOTS);
		playwright = Playwright.create();
		browser = playwright.chromium()
			.launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM)
				.setHeadless(true)
				.setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
						"--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic")));
	}

	@AfterAll
	static void close() {
		if (browser != null) {
			browser.close();
		}
		if (playwright != null) {
			playwright.close();
		}
	}

	protected BrowserContext desktop() {
		return browser.newContext(new Browser.NewContextOptions().setViewportSize(1366, 900).setLocale("zh-CN"));
	}

	protected BrowserContext phone() {
		return browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844)
			.setDeviceScaleFactor(3)
			.setIsMobile(true)
			.setHasTouch(true)
			.setLocale("zh-CN"));
	}

	protected String url(String path) {
		return "http://localhost:" + port + path;
	}

	protected void signIn(Page page, String username, String password) {
		page.navigate(url("/login"));
		page.fill("#username", username);
		page.fill("#password", password);
		page.click("#login-submit");
		page.waitForURL(url("/"));
	}

	/**
	 * Signs a member in with their card number or phone; members land on their own page.
	 */
	protected void signInMember(Page page, String login) {
		page.navigate(url("/login"));
		page.fill("#username", login);
		page.fill("#password", Demo.PASSWORD);
		page.click("#login-submit");
		page.waitForURL(url("/me"));
	}

	protected static void shoot(Page page, String name) {
		// A long page at phone width (an exam's item analysis) takes a while to shoot on
		// a busy machine
		page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png"))
			.setFullPage(true)
			.setTimeout(120_000));
	}

}
