package org.planmetrics.api.page;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The page's speed in headless Chromium, run by {@code bench/page.sh} against a server started
 * from the jar (not a test: timings are measured, never asserted). With the browser cache off,
 * so every load fetches every file, it loads, RUNS times each:
 * <ul>
 *   <li>the baseline: {@code /} until the plans are listed (the page, ECharts and one API call);
 *   <li>{@code /?sample=1} until the sample's cards with their traffic lights are shown (mark
 *       "scorecard-shown"), until their charts are drawn ("charts-drawn"), and until the team
 *       ranking and the bulletin are there too ("page-complete").
 * </ul>
 * Times are the page's own marks, in milliseconds from the start of navigation. It prints the
 * medians, the sample's time as a ratio of the baseline's, and the bytes of the page's files
 * (the API's answers left out) as sent (gzip) and as decoded.
 *
 * <p>Usage: {@code PageSpeed BASE_URL [RUNS [detail]]}; "detail" also lists the last load's
 * files and calls with their start and end times.
 */
public final class PageSpeed {

  private PageSpeed() {}

  public static void main(String[] args) {
    String base = args.length > 0 ? args[0] : "http://127.0.0.1:7070";
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 10;
    try (Chromium chromium = Chromium.start()) {
      ChromeDriver driver = chromium.driver();
      driver.executeCdpCommand("Network.enable", Map.of());
      driver.executeCdpCommand("Network.setCacheDisabled", Map.of("cacheDisabled", true));
      // One load of each first, so the server's code paths and the JIT are warm for both.
      mark(chromium, base + "/", "plans-loaded");
      mark(chromium, base + "/?sample=1", "page-complete");

      List<Double> baseline = new ArrayList<>();
      List<Double> shown = new ArrayList<>();
      List<Double> charts = new ArrayList<>();
      List<Double> complete = new ArrayList<>();
      for (int i = 0; i < runs; i++) {
        baseline.add(mark(chromium, base + "/", "plans-loaded"));
        complete.add(mark(chromium, base + "/?sample=1", "page-complete"));
        shown.add(markTime(driver, "scorecard-shown"));
        charts.add(markTime(driver, "charts-drawn"));
      }
      @SuppressWarnings("unchecked")
      List<Number> bytes = (List<Number>) driver.executeScript(
          "const files = performance.getEntriesByType('resource')"
              + ".concat(performance.getEntriesByType('navigation'))"
              + ".filter(e => !e.name.includes('/api/') && !e.name.startsWith('blob:'));"
              + "return [files.length, files.reduce((s, e) => s + e.transferSize, 0),"
              + " files.reduce((s, e) => s + e.decodedBodySize, 0)];");
      if (args.length > 2 && args[2].equals("detail")) {
        // Where the last load's time went: each file and call, when it started and ended.
        System.out.println(driver.executeScript("return performance.getEntriesByType('resource')"
            + ".concat(performance.getEntriesByType('navigation'), performance.getEntriesByType("
            + "'mark')).map(e => Math.round(e.startTime) + '-' + Math.round(e.responseEnd || "
            + "e.startTime) + ' ' + e.name.replace(/^https?:[/][/][^/]+/, '')).sort((a, b) => "
            + "parseInt(a) - parseInt(b)).join('\\n')"));
      }
      double base50 = median(baseline);
      double shown50 = median(shown);
      System.out.printf("runs                            %d (browser cache off)%n", runs);
      System.out.printf("baseline: / to plans listed     median %.0f ms (min %.0f, max %.0f)%n",
          base50, Collections.min(baseline), Collections.max(baseline));
      System.out.printf("sample: cards shown             median %.0f ms (min %.0f, max %.0f)%n",
          shown50, Collections.min(shown), Collections.max(shown));
      System.out.printf("sample: charts drawn            median %.0f ms (min %.0f, max %.0f)%n",
          median(charts), Collections.min(charts), Collections.max(charts));
      System.out.printf("sample: everything, with ranking and bulletin  median %.0f ms (min %.0f,"
          + " max %.0f)%n", median(complete), Collections.min(complete), Collections.max(complete));
      System.out.printf("ratio cards shown / baseline    %.2f; everything / baseline %.2f%n",
          shown50 / base50, median(complete) / base50);
      System.out.printf("page files                      %d files, %d bytes sent, %d bytes "
          + "decoded%n", bytes.get(0).intValue(), bytes.get(1).longValue(),
          bytes.get(2).longValue());
    }
  }

  /** Loads {@code url} and returns the time of {@code mark} once the page has set it. */
  private static double mark(Chromium chromium, String url, String mark) {
    chromium.open(url);
    try {
      return chromium.waitUntil(mark, java.time.Duration.ofSeconds(30),
          d -> markTime((ChromeDriver) d, mark));
    } catch (org.openqa.selenium.TimeoutException e) {
      // Say why: what the page logged, and which of its marks it reached.
      chromium.consoleEntries().forEach(System.err::println);
      System.err.println(chromium.driver().executeScript("return performance"
          + ".getEntriesByType('mark').map(m => m.name).join(', ') + ' echarts: ' + typeof "
          + "window.echarts + ' charts: ' + document.querySelectorAll('.chart canvas').length"
          + " + ' problems: ' + document.getElementById('problems').textContent"));
      throw e;
    }
  }

  private static Double markTime(ChromeDriver driver, String mark) {
    Object time = driver.executeScript("const m = performance.getEntriesByName(arguments[0]);"
        + "return m.length ? m[0].startTime : null;", mark);
    return time == null ? null : ((Number) time).doubleValue();
  }

  private static double median(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    int middle = sorted.size() / 2;
    return sorted.size() % 2 == 1 ? sorted.get(middle)
        : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
  }
}
