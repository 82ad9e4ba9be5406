package org.planmetrics.api.page;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.chromium.ChromiumDriverLogLevel;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.print.PageMargin;
import org.openqa.selenium.print.PageSize;
import org.openqa.selenium.print.PrintOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Debian Chromium driven through its chromedriver, for the tests of one class: start
 * it in {@code @BeforeAll}, close it in {@code @AfterAll}.
 *
 * <pre>{@code
 * // in @BeforeAll: the browser first, so that without one the class is skipped (or, under
 * // CI=true, fails) before anything else starts
 * chromium = Chromium.start();
 * server = PlanApiServer.start();
 * // in @AfterAll: chromium.close(); server.close();
 * }</pre>
 *
 * <p>The browser and driver are the packaged ones ({@link BrowserInstallation}), named explicitly
 * so that Selenium Manager never runs: it would look for, and if need be download, a browser and
 * driver of its own, which these machines cannot reach and which would not be the browser CI
 * tests with. A start that got to Selenium Manager anyway fails.
 *
 * <p>Each browser has a fresh temporary profile, deleted on close, so no state (cache, local
 * storage, cookies) leaks from one class or run to another. The browser console is collected
 * ({@link #severeConsoleEntries}), so tests can assert that a page logged no JavaScript error and
 * no Content-Security-Policy violation.
 */
public final class Chromium implements AutoCloseable {

  /** The page's audience reads Chinese; {@link #start(String)} chooses another language. */
  public static final String DEFAULT_LANGUAGE = "zh-CN";
  /** The viewport size of every screenshot, so that they compare from run to run. */
  public static final int WIDTH = 1280;
  public static final int HEIGHT = 1000;

  /**
   * Chromium's flags, each needed here:
   * <ul>
   *   <li>{@code --headless=new}: no display on CI; the new headless mode renders as the desktop
   *       browser does (fonts, print), unlike the old one.
   *   <li>{@code --no-sandbox}: the tests run as root, where Chromium refuses to start with its
   *       sandbox.
   *   <li>{@code --disable-gpu}: there is no GPU; software rendering without probing for one.
   *   <li>{@code --disable-dev-shm-usage}: /dev/shm may be small in containers; shared memory goes
   *       to /tmp instead of crashing the renderer.
   *   <li>{@code --disable-quic}, {@code --disable-background-networking},
   *       {@code --disable-component-update}, {@code --disable-sync}, {@code --no-first-run}: no
   *       traffic of the browser's own (updates, sync, field trials, first-run pages). The
   *       machines reach no such host, and the page under test must be all there is to see.
   * </ul>
   */
  static final List<String> FLAGS = List.of("--headless=new", "--no-sandbox", "--disable-gpu",
      "--disable-quic", "--no-first-run", "--disable-background-networking",
      "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage");

  /** Kept strongly, so that its level and handler outlive garbage collection. */
  private static final Logger SELENIUM_MANAGER = Logger.getLogger("org.openqa.selenium.manager");

  /**
   * At every start Selenium looks for its own DevTools classes for the browser's version
   * (selenium-devtools-vNNN, not on the classpath) and warns "Unable to find CDP implementation
   * matching 156". The harness uses none of them: {@link ChromeDriver#executeCdpCommand} goes
   * through chromedriver, which speaks the browser's own protocol version. Quieted, so the warning
   * does not suggest a problem at every start; kept strongly for the level to stay set.
   */
  private static final Logger CDP_VERSION_FINDER =
      Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder");

  static {
    CDP_VERSION_FINDER.setLevel(Level.SEVERE);
  }

  private final ChromeDriverService service;
  private final ChromeDriver driver;
  private final Path profile;
  private final List<LogEntry> console = new ArrayList<>();

  private Chromium(ChromeDriverService service, ChromeDriver driver, Path profile) {
    this.service = service;
    this.driver = driver;
    this.profile = profile;
  }

  /** A headless Chromium in Chinese ({@value #DEFAULT_LANGUAGE}). */
  public static Chromium start() {
    return start(DEFAULT_LANGUAGE);
  }

  /**
   * A headless Chromium whose interface and {@code Accept-Language} are {@code language} (for
   * example "en-US"). Without the browser, skips the calling test, or fails it under {@code
   * CI=true} ({@link BrowserInstallation#require}).
   */
  public static Chromium start(String language) {
    BrowserInstallation installation = BrowserInstallation.require();
    Path profile;
    try {
      profile = Files.createTempDirectory("plan-api-chromium-");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a browser profile directory", e);
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(installation.chromium().toFile());
    options.addArguments(FLAGS);
    options.addArguments("--user-data-dir=" + profile, "--window-size=" + WIDTH + "," + HEIGHT,
        "--lang=" + language);
    // --lang sets the interface language; the Accept-Language header and navigator.languages
    // follow this preference.
    options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability(ChromeOptions.LOGGING_PREFS, logs);

    File driverLog = BuildFiles.buildDirectory().resolve("chromedriver.log").toFile();
    driverLog.getParentFile().mkdirs();
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(installation.chromedriver().toFile())
        .usingAnyFreePort()
        .withLogFile(driverLog)
        .withAppendLog(true)
        .withLogLevel(ChromiumDriverLogLevel.WARNING)
        .build();

    List<LogRecord> managerRecords = new CopyOnWriteArrayList<>();
    Handler watch = new Handler() {
      @Override
      public void publish(LogRecord record) {
        managerRecords.add(record);
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    };
    watch.setLevel(Level.ALL);
    Level managerLevel = SELENIUM_MANAGER.getLevel();
    SELENIUM_MANAGER.setLevel(Level.FINE);
    SELENIUM_MANAGER.addHandler(watch);
    ChromeDriver driver = null;
    try {
      driver = new ChromeDriver(service, options);
      if (!managerRecords.isEmpty()) {
        throw new IllegalStateException("Selenium Manager ran, although the browser and driver "
            + "were given: " + managerRecords.get(0).getMessage());
      }
      driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
      // --window-size sizes the window, and headless Chromium 156 keeps about 140 px of it for a
      // window frame it does not draw: the page saw 1280×857. The viewport itself is set here, so
      // layouts and screenshots are WIDTH×HEIGHT whatever the version does with the window.
      driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", WIDTH,
          "height", HEIGHT, "deviceScaleFactor", 1, "mobile", false));
      return new Chromium(service, driver, profile);
    } catch (RuntimeException | Error e) {
      if (driver != null) {
        driver.quit();
      }
      service.stop();
      deleteQuietly(profile);
      throw e;
    } finally {
      SELENIUM_MANAGER.removeHandler(watch);
      SELENIUM_MANAGER.setLevel(managerLevel);
    }
  }

  /** The driver, for everything else Selenium can do. */
  public ChromeDriver driver() {
    return driver;
  }

  /** The browser's temporary profile directory ({@code --user-data-dir}), deleted on close. */
  public Path profile() {
    return profile;
  }

  /** Loads {@code url} and returns once the page's load event has fired. */
  public Chromium open(String url) {
    driver.get(url);
    return this;
  }

  /**
   * Waits up to {@code timeout} for {@code condition} to return something other than null or
   * false, and returns that; fails with {@code what} in the message otherwise.
   */
  public <T> T waitUntil(String what, Duration timeout, Function<? super WebDriver, T> condition) {
    return new WebDriverWait(driver, timeout).withMessage("waiting for " + what)
        .until(condition);
  }

  /**
   * Everything the pages logged to the browser console since the start (or {@link
   * #clearConsole}): {@code console.*} calls, uncaught errors, failed loads, CSP violations.
   */
  public List<LogEntry> consoleEntries() {
    // Reading the browser log empties it; keep what was read for the next call.
    console.addAll(driver.manage().logs().get(LogType.BROWSER).getAll());
    return List.copyOf(console);
  }

  /**
   * The console entries at level SEVERE: uncaught JavaScript errors, {@code console.error},
   * resources that failed to load and Content-Security-Policy violations. A page that works
   * logs none.
   */
  public List<LogEntry> severeConsoleEntries() {
    return consoleEntries().stream().filter(e -> e.getLevel().equals(Level.SEVERE)).toList();
  }

  /** Forgets the console entries so far (for example those of a page loaded before). */
  public void clearConsole() {
    consoleEntries();
    console.clear();
  }

  /** Saves the viewport ({@value #WIDTH}×{@value #HEIGHT} px) to target/screenshots/NAME.png. */
  public Path screenshot(String name) {
    return BuildFiles.saveScreenshot(name, "png", driver.getScreenshotAs(OutputType.BYTES));
  }

  /**
   * Saves the whole page, beyond the viewport, to target/screenshots/NAME.png: as wide as the
   * page's content (the viewport less a vertical scroll bar) and as high. Uses the DevTools command
   * Page.captureScreenshot through chromedriver, which WebDriver itself does not offer.
   */
  public Path fullPageScreenshot(String name) {
    Map<String, Object> metrics = driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
    @SuppressWarnings("unchecked")
    Map<String, Object> content = (Map<String, Object>) metrics.get("cssContentSize");
    Map<String, Object> clip = Map.of("x", 0, "y", 0,
        "width", Math.ceil(((Number) content.get("width")).doubleValue()),
        "height", Math.ceil(((Number) content.get("height")).doubleValue()), "scale", 1);
    Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot",
        Map.of("format", "png", "captureBeyondViewport", true, "clip", clip));
    return BuildFiles.saveScreenshot(name, "png",
        Base64.getDecoder().decode((String) shot.get("data")));
  }

  /** Print settings of an office printer: A4 portrait, backgrounds printed, 1 cm margins. */
  public static PrintOptions a4() {
    PrintOptions options = new PrintOptions();
    options.setPageSize(PageSize.ISO_A4);
    options.setOrientation(PrintOptions.Orientation.PORTRAIT);
    options.setBackground(true);
    options.setPageMargin(new PageMargin(1.0, 1.0, 1.0, 1.0));
    return options;
  }

  /** Prints the current page to PDF with {@link #a4()} (the print stylesheet applies). */
  public PrintedPages print() {
    return print(a4());
  }

  /** Prints the current page to PDF with {@code options}. */
  public PrintedPages print(PrintOptions options) {
    return PrintedPages.of(Base64.getDecoder().decode(driver.print(options).getContent()));
  }

  /** Quits the browser and the driver, and deletes the profile. */
  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      service.stop();
      deleteQuietly(profile);
    }
  }

  private static void deleteQuietly(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
    } catch (IOException | UncheckedIOException e) {
      // A file the browser was still writing while it exited; the directory is in /tmp.
    }
  }
}
