package org.planmetrics.api.page;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.abort;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Where Debian's Chromium and its chromedriver are, and what happens when they are not there.
 *
 * <p>The browser tests use the packaged browser and driver only: nothing may download one at build
 * or test time (the machines reach package registries only, and a downloaded browser would not be
 * the one CI has). When one is missing, a developer's run skips the browser tests with the command
 * that installs them, but under {@code CI=true} they fail: {@code .ci/run} installs both, so a
 * missing browser there is a broken CI step, not a reason to pass without testing the page.
 *
 * <p>The paths can be changed with the system properties {@code chromium.binary} and {@code
 * chromium.driver}.
 */
public record BrowserInstallation(Path chromium, Path chromedriver) {

  /** The command that installs what the browser tests need (the CJK fonts render Chinese). */
  public static final String INSTALL =
      "apt-get update && apt-get install -y chromium chromium-driver fonts-noto-cjk";

  /**
   * The installation to use; when part of it is missing, fails the calling test under {@code
   * CI=true} and skips it (an aborted assumption) otherwise. Called from {@code @BeforeAll}, this
   * fails or skips the whole class.
   */
  public static BrowserInstallation require() {
    return require(System.getenv());
  }

  static BrowserInstallation require(Map<String, String> env) {
    BrowserInstallation installation = new BrowserInstallation(
        Path.of(System.getProperty("chromium.binary", "/usr/bin/chromium")),
        Path.of(System.getProperty("chromium.driver", "/usr/bin/chromedriver")));
    List<String> missing = installation.missing();
    if (missing.isEmpty()) {
      return installation;
    }
    String what = String.join(" and ", missing);
    if ("true".equalsIgnoreCase(env.get("CI"))) {
      return fail("the browser tests need Chromium, but " + what + " (CI=true, so this is a "
          + "failure rather than a skip: .ci/run should have installed them with '" + INSTALL
          + "'; see its output)");
    }
    String skipped = "browser tests skipped: " + what + ". Install Chromium with '" + INSTALL
        + "' (as root), or point the system properties chromium.binary / chromium.driver at an "
        + "installed one.";
    // Surefire counts skipped tests on the console but shows why only in its reports.
    System.err.println(skipped);
    return abort(skipped);
  }

  /** What is missing or not executable, in words; empty when both are usable. */
  List<String> missing() {
    List<String> missing = new ArrayList<>();
    if (!Files.isExecutable(chromium)) {
      missing.add("the browser " + chromium + " is missing or not executable");
    }
    if (!Files.isExecutable(chromedriver)) {
      missing.add("the driver " + chromedriver + " is missing or not executable");
    }
    return missing;
  }
}
