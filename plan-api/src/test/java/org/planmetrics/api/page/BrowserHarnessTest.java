package org.planmetrics.api.page;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Rule;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Capabilities;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;

/**
 * The browser harness, tried on the page the server already has: Swagger UI at {@code /docs}.
 * Each part (server, browser, console, screenshots, print, axe, pixels, keyboard) is checked
 * against something it must find, and, where a page that works would hide a broken helper, against
 * a probe it must catch.
 *
 * <p>Swagger UI takes seconds to render, so the tests share one load of it: a test that adds
 * something to the page removes it again, and one that needs a page of its own opens it in a tab of
 * its own ({@link #inANewTab}).
 */
class BrowserHarnessTest {

  @RegisterExtension
  static final BrowserTestSetup PAGE = new BrowserTestSetup();
  private static PlanApiServer server;
  private static Chromium chromium;

  @BeforeAll
  static void start() {
    chromium = PAGE.chromium();
    server = PAGE.server();
  }

  /**
   * Swagger UI at /docs, rendered, scrolled to the top, nothing focused; loaded unless the browser
   * shows it already.
   */
  private static JavascriptExecutor docs() {
    ChromeDriver driver = chromium.driver();
    if (!server.url("/docs").equals(driver.getCurrentUrl())) {
      chromium.open(server.url("/docs"));
      chromium.waitUntil("Swagger UI to render the operations", Duration.ofSeconds(20),
          d -> d.findElements(By.cssSelector(".opblock-summary")).size() >= 10);
    }
    driver.executeScript("window.scrollTo(0, 0); document.activeElement?.blur()");
    return driver;
  }

  /** Runs {@code check} on {@code url} in a new tab, then closes it and is back on /docs. */
  private static void inANewTab(String url, Runnable check) {
    ChromeDriver driver = chromium.driver();
    String docsTab = driver.getWindowHandle();
    driver.switchTo().newWindow(WindowType.TAB);
    try {
      chromium.open(url);
      check.run();
    } finally {
      driver.close();
      driver.switchTo().window(docsTab);
    }
  }

  @Test
  void theBrowserIsThePackagedOneWithAFreshProfileInChinese() throws Exception {
    Capabilities capabilities = chromium.driver().getCapabilities();
    BrowserInstallation installation = BrowserInstallation.require();
    assertThat(versionOutput(installation.chromium())).as("chromium --version")
        .contains(" " + capabilities.getBrowserVersion() + " ");
    @SuppressWarnings("unchecked")
    Map<String, Object> chrome = (Map<String, Object>) capabilities.getCapability("chrome");
    assertThat(versionOutput(installation.chromedriver())).as("chromedriver --version")
        .startsWith("ChromeDriver " + String.valueOf(chrome.get("chromedriverVersion"))
            .split(" ")[0]);
    assertThat(chrome.get("userDataDir")).isEqualTo(chromium.profile().toString());

    JavascriptExecutor js = docs();
    assertThat(js.executeScript("return navigator.language")).isEqualTo("zh-CN");
    assertThat(js.executeScript("return [innerWidth, innerHeight]"))
        .isEqualTo(List.of((long) Chromium.WIDTH, (long) Chromium.HEIGHT));
  }

  @Test
  void swaggerUiShowsTheOperationsAndScreenshotsAreSaved() throws IOException {
    JavascriptExecutor js = docs();
    String text = chromium.driver().findElement(By.tagName("body")).getText();
    assertThat(text).contains("plan-metrics API", "/api/v1/plans", "/api/v1/plans/{planId}");

    BufferedImage viewport = ImageIO.read(chromium.screenshot("docs-viewport").toFile());
    assertThat(viewport.getWidth()).isEqualTo(Chromium.WIDTH);
    assertThat(viewport.getHeight()).isEqualTo(Chromium.HEIGHT);
    // The page's width: the viewport's less the vertical scroll bar.
    Object width = js.executeScript("return document.documentElement.clientWidth");
    BufferedImage page = ImageIO.read(chromium.fullPageScreenshot("docs-full-page").toFile());
    assertThat((long) page.getWidth()).isEqualTo(width);
    assertThat(page.getHeight()).as("the whole page, beyond the viewport")
        .isGreaterThan(2 * Chromium.HEIGHT);
  }

  @Test
  void theConsoleLogCatchesErrorsAndCspViolations() {
    docs();
    // The server has no favicon; the browser asks for one all the same.
    assertThat(chromium.severeConsoleEntries()).map(LogEntry::getMessage)
        .filteredOn(message -> !message.contains("/favicon.ico")).isEmpty();

    // A page whose policy forbids its inline script.
    chromium.clearConsole();
    inANewTab("data:text/html,<meta http-equiv=Content-Security-Policy content=\"script-src"
        + " 'none'\"><title>probe</title><script>window.harnessProbeRan = true</script>", () -> {
          JavascriptExecutor js = chromium.driver();
          assertThat(js.executeScript("return window.harnessProbeRan")).as("blocked").isNull();
          js.executeScript("console.error('harness probe: an error')");
          assertThat(chromium.severeConsoleEntries()).map(LogEntry::getMessage)
              .anySatisfy(message -> assertThat(message).contains("harness probe: an error"))
              .anySatisfy(message -> assertThat(message).contains("Content Security Policy"));
        });

    chromium.clearConsole();
    assertThat(chromium.severeConsoleEntries()).isEmpty();
  }

  @Test
  void printsA4PagesWithTheirText() throws IOException {
    JavascriptExecutor js = docs();
    js.executeScript("""
        window.printEvents = [];
        window.recordPrintEvent = event => window.printEvents.push(event.type);
        addEventListener('beforeprint', window.recordPrintEvent);
        addEventListener('afterprint', window.recordPrintEvent);
        """);
    PrintedPages pages = chromium.print();
    Object printEvents = js.executeScript("""
        removeEventListener('beforeprint', window.recordPrintEvent);
        removeEventListener('afterprint', window.recordPrintEvent);
        return window.printEvents;
        """);
    pages.savePdf("docs-print");

    assertThat(pages.pageCount()).isGreaterThanOrEqualTo(2);
    assertThat(pages.pagesNotA4()).isEmpty();
    assertThat(pages.text(1)).contains("plan-metrics API");
    // Long enough that a printed line may wrap inside it: found either way.
    assertThat(pages.pageOf("/api/v1/plans/{planId}/targets/{targetId}/assessment"))
        .isNotEmpty();
    assertThat(pages.pageOf("no such text anywhere")).isEmpty();
    // A page that redraws its charts for print relies on these: Chromium fires them for
    // WebDriver's print as for the print dialog.
    assertThat(printEvents).isEqualTo(List.of("beforeprint", "afterprint"));

    Path png = pages.savePng(1, "docs-print-page-1");
    BufferedImage image = ImageIO.read(png.toFile());
    // 210 mm at 110 dpi.
    assertThat(image.getWidth()).isBetween(908, 911);
    assertThat(PixelCount.of(Files.readAllBytes(png)).differing())
        .as("printed text on page 1").isGreaterThan(10_000);
  }

  @Test
  void axeRunsItsRulesAndReportsSeriousViolations() {
    docs();
    AxeReport report = AxeReport.of(chromium.driver());
    assertThat(report.rulesEvaluated()).as("rules axe evaluated").isGreaterThan(10);
    assertThat(report.results().getPasses()).extracting(Rule::getId).contains("document-title");
    assertThat(report.results().getUrl()).isEqualTo(server.url("/docs"));
    // Swagger UI is third-party: its findings are printed, not asserted.
    System.out.println("axe on /docs: " + report.describeSeriousOrCritical());

    // A probe axe must catch: an image without a text alternative is a critical violation.
    inANewTab("data:text/html,<html lang=en><title>probe</title><main><h1>Probe</h1>"
        + "<img id=axe-probe width=20 height=20></main>", () -> {
          AxeReport probe = AxeReport.of(chromium.driver());
          assertThat(probe.seriousOrCritical()).extracting(Rule::getId)
              .containsExactly("image-alt");
          assertThat(probe.describeSeriousOrCritical())
              .contains("image-alt (critical)", "at #axe-probe");
        });
  }

  @Test
  void pixelCountsTellDrawnFromBlank() {
    JavascriptExecutor js = docs();
    PixelCount badge = PixelCount.of(
        chromium.driver().findElement(By.cssSelector(".opblock-summary-method")), "docs-get-badge");
    assertThat(badge.differing()).as("%s", badge).isGreaterThan(50);
    assertThat(badge.distinctColours()).as("%s", badge).isGreaterThan(10);

    js.executeScript("""
        const blank = document.createElement('div');
        blank.id = 'blank-probe';
        blank.style.cssText = 'width: 200px; height: 100px; background: #fff';
        document.body.prepend(blank);
        """);
    PixelCount blank = PixelCount.of(chromium.driver().findElement(By.id("blank-probe")));
    assertThat(blank.width()).isEqualTo(200);
    assertThat(blank.height()).isEqualTo(100);
    assertThat(blank.background()).isEqualTo(0xFFFFFF);
    assertThat(blank.differing()).as("%s", blank).isZero();
    assertThat(blank.distinctColours()).isEqualTo(1);
    js.executeScript("document.getElementById('blank-probe').remove()");
  }

  @Test
  void tabWalksTheControlsFromTheTop() {
    docs();
    List<Keyboard.Focus> order = Keyboard.tabOrder(chromium.driver(), 6);
    assertThat(order).as("%s", order).hasSize(6);
    assertThat(order.get(0).tag()).isEqualTo("a");
    assertThat(order.get(0).label()).contains("openapi.json");
    assertThat(order).as("%s", order).anySatisfy(focus -> {
      assertThat(focus.tag()).isEqualTo("button");
      assertThat(focus.label()).startsWith("GET /api/v1/plans");
    });

    // A page with fewer controls than tabs: each once, then the focus leaves the page.
    inANewTab("data:text/html,<title>t</title><button id=one>One</button>"
        + "<p>text</p><a href=%23 aria-label=Two>2</a>", () ->
        assertThat(Keyboard.tabOrder(chromium.driver(), 10)).extracting(Keyboard.Focus::toString)
            .containsExactly("button#one \"One\"", "a \"Two\""));
  }

  private static String versionOutput(Path program) throws IOException, InterruptedException {
    Process process = new ProcessBuilder(program.toString(), "--version")
        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(10, TimeUnit.SECONDS)).isTrue();
    return out.strip();
  }
}
