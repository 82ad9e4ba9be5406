package org.planmetrics.api.page;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.planmetrics.metrics.result.Status;

/**
 * The page at {@code /} in Debian's Chromium, checked by what a person sees: the cards' names and
 * traffic lights against the API's answer for the same file, the charts' pixels, the language
 * switch, a bad file's problems, the printed A4 pages, the keyboard alone, and axe-core's rules.
 * The screenshots of the sample (the first screen, the whole page and the first printed page, in
 * Chinese and English) are written to target/screenshots; a current set of the first screens
 * and printed pages is kept under docs/ for the README.
 */
class PlanPageTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Path SAMPLES = Path.of("..", "samples");
  private static final String PLAN = "/api/v1/plans/gongqingcheng-2022";
  private static final Duration WAIT = Duration.ofSeconds(20);
  /** Figures compared as numbers (27 is 27.00), a missing one (null) first. */
  private static final java.util.Comparator<BigDecimal> FIGURES =
      java.util.Comparator.nullsFirst(BigDecimal::compareTo);

  @RegisterExtension
  static final BrowserTestSetup PAGE = new BrowserTestSetup();
  private static PlanApiServer server;
  private static Chromium chromium;

  @BeforeAll
  static void start() {
    chromium = PAGE.chromium();
    server = PAGE.server();
  }

  /** No test may leave a script error or a blocked resource in the console. */
  @AfterEach
  void theConsoleHasNoScriptErrorOrPolicyViolation() {
    assertThat(chromium.severeConsoleEntries()).map(LogEntry::getMessage)
        // A refused file is answered with a 4xx problem, which Chromium logs as a failed load.
        .filteredOn(message -> !message.matches("(?s).*the server responded with a status of "
            + "4\\d\\d.*"))
        .isEmpty();
    chromium.clearConsole();
  }

  // ---------------------------------------------------------------------------------------------
  // The scorecard

  @Test
  void theSamplesThirteenCardsShowTheApisStatusesInChinese() throws Exception {
    openSample("zh");
    Map<String, String> expected = statusesFromTheApi(sample(), "application/json", "zh");
    assertThat(expected).hasSize(13);
    assertThat(cardStatuses()).isEqualTo(expected);

    // The counts the summary shows are the API's too.
    JsonNode counts = scorecard(sample(), "application/json", "zh").path("countsByStatus");
    String summary = text(By.id("summary")).replaceAll("\\s+", " ");
    assertThat(summary).contains("数据截至 2024-06-30", "13项目标");
    counts.properties().forEach(count -> assertThat(summary)
        .contains(Status.valueOf(count.getKey()).chineseName() + " " + count.getValue().asInt()));
    // A card names its commitment, figures, units and readings, as the API has them.
    String card = cardText("fdi-cumulative");
    assertThat(card).contains("力争", "≥ 7亿美元", "5.86亿美元", "83.7%", "83.3%", "超前0.4个百分点",
        "责任单位", "市商务局", "依据的解读", "规划期按2022—2024年计");
    assertThat(cardText("leading-industry-share")).contains("确保", "> 70%", "70.0%", "落后");
    chromium.fullPageScreenshot("page-zh-full");
    chromium.driver().executeScript("window.scrollTo(0, 0)");
    chromium.screenshot("page-zh");
  }

  @Test
  void aSecondFileAndTheWorkbookShowTheirOwnStatuses() throws Exception {
    openSample("zh");
    Path example = SAMPLES.resolve("observations-example.json").toAbsolutePath();
    choose(example);
    waitForLoaded("observations-example.json");
    assertThat(cardStatuses()).isEqualTo(statusesFromTheApi(Files.readAllBytes(example),
        "application/json", "zh"));
    assertThat(text(By.id("summary"))).contains("数据截至 2023-06-30");

    Path workbook = SAMPLES.resolve("gongqingcheng-sample.xlsx").toAbsolutePath();
    choose(workbook);
    waitForLoaded("gongqingcheng-sample.xlsx");
    assertThat(cardStatuses()).isEqualTo(statusesFromTheApi(Files.readAllBytes(workbook),
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "zh"));
  }

  @Test
  void anotherCountysPlanWithTheNewFormsShowsEveryCard() throws Exception {
    // The README's Riverbend plan: 左右, a stretch, periods, a level, average growth, a cohort
    // rate and shares of amounts, each with the status worked out by hand (RiverbendPlanTest).
    Path plans = Path.of("..", "plan-examples", "src", "main", "resources", "org", "planmetrics",
        "examples", "plans");
    Javalin riverbend = org.planmetrics.api.PlanServer.start(org.planmetrics.api.PlanCatalog.load(
        java.util.List.of(plans.resolve("riverbend-2025.json"))),
        org.planmetrics.api.ServerSettings.defaults().withPort(0));
    try {
      chromium.open("http://localhost:" + riverbend.port() + "/?plan=riverbend-2025&lang=zh");
      chromium.waitUntil("the plan to be chosen", WAIT, d -> "riverbend-2025".equals(
          d.findElement(By.id("plan")).getAttribute("value")));
      choose(plans.resolve("riverbend-observations.json"));
      waitForLoaded("riverbend-observations.json");

      assertThat(chromium.driver().findElements(By.cssSelector("article.card"))).hasSize(13);
      assertThat(badge("capital-each-year")).contains("落后");
      assertThat(badge("capital-first-quarter")).contains("未达标");
      assertThat(badge("fdi-total")).contains("进度正常");
      assertThat(badge("same-year-starts")).contains("未达标");
      assertThat(badge("industry-share-level")).contains("落后");
      assertThat(cardText("capital-each-year")).contains("原文为“30亿元左右”,按容差1亿元读作29亿元以上");
      assertThat(cardText("fdi-total")).contains("力争目标3500万美元以上:进度正常");
      assertThat(text(By.id("summary"))).contains("数据截至 2026-06-30");

      JsonNode plan = MAPPER.readTree(plans.resolve("riverbend-2025.json").toFile());
      JsonNode observations = MAPPER.readTree(plans.resolve("riverbend-observations.json")
          .toFile());
      everyNewFormDrawsItsChart(plan, observations);
      chromium.fullPageScreenshot("riverbend-zh-full");

      // The same charts in English: the lines and series keep the plan's figures.
      chromium.driver().findElement(By.id("language")).click();
      chromium.waitUntil("the English cards", WAIT,
          d -> text(By.id("summary")).contains("Data as of"));
      waitForCharts(13);
      assertThat(chart("capital-each-year").lineLabels())
          .containsExactly("judged: at least 29", "written: about 30");
      assertThat(chart("fdi-total").lineLabels()).containsExactly("Target 3000",
          "Strive (力争) 3500");
      assertThat(chart("non-leading-ceiling").lineLabels()).containsExactly("Ceiling 6");
      assertThat(chart("campaign-big-projects").categories())
          .containsExactly("Hundred-day drive (2025-04-01 to 2025-07-09)");
      assertThat(chart("same-year-starts").title())
          .isEqualTo("Share of each year's signed projects started the same year, against the "
              + "target");
      assertThat(chart("funding-rate").seriesNames())
          .containsExactly("Total investment", "Capital paid in");
      chromium.driver().executeScript("localStorage.clear()");
    } finally {
      riverbend.stop();
    }
  }

  /**
   * Each card of Riverbend draws the chart of its form, read back from the chart ECharts holds:
   * the lines carry the plan file's figures, and the bars and points the README's hand-worked
   * figures ("A second county: Riverbend"), not the page's own output.
   */
  private static void everyNewFormDrawsItsChart(JsonNode plan, JsonNode observations) {
    waitForCharts(13);
    Map<String, JsonNode> targets = new LinkedHashMap<>();
    plan.path("goals").forEach(g -> g.path("targets").forEach(t -> targets.put(
        t.path("id").asText(), t)));
    for (String id : targets.keySet()) {
      // Every card has a chart that has drawn something a person can see.
      WebElement canvas = chromium.driver().findElement(By.cssSelector(
          "article.card[data-target='" + id + "'] .chart canvas"));
      chromium.driver().executeScript("arguments[0].scrollIntoView({block: 'center'})", canvas);
      PixelCount pixels = PixelCount.of(canvas);
      assertThat(pixels.differingShare()).as("%s: %s", id, pixels).isGreaterThan(0.02);
      // A line above every figure (a stretch, a far target) is still on the chart.
      ChartOption chart = chart(id);
      for (BigDecimal line : chart.lineValues()) {
        assertThat(line).as("%s: a line within the axis %s", id, chart.axisExtent())
            .isBetween(chart.axisExtent().get(0), chart.axisExtent().get(1));
      }
    }

    // 全年…30亿元左右, tolerance 1亿元: judged by 29; June 2026 is due 29 × 6/12 = 14.5.
    JsonNode each = targets.get("capital-each-year");
    BigDecimal floor = threshold(each).subtract(each.path("tolerance").path("value")
        .decimalValue());
    ChartOption capital = chart("capital-each-year");
    assertThat(capital.title()).isEqualTo("各期完成与目标");
    assertThat(capital.categories()).containsExactly("2025年", "2026年1—6月");
    assertThat(capital.seriesNames()).containsExactly("完成", "序时进度应完成");
    assertFigures(capital.values("完成"), number("31"), number("13"));
    assertFigures(capital.values("序时进度应完成"), null,
        floor.multiply(number("6")).divide(number("12")));
    assertFigures(capital.lineValues(), floor, threshold(each));
    assertThat(capital.lineLabels()).containsExactly("按29以上评判", "原文30左右");

    // 一季度开门红8亿元: each year's first quarter, 8.5 and 7.2 (README); both quarters are over,
    // so nothing is due by pace and no such bar is drawn.
    ChartOption quarter = chart("capital-first-quarter");
    assertThat(quarter.categories()).containsExactly("2025年一季度", "2026年一季度");
    assertFigures(quarter.values("完成"), number("8.5"), number("7.2"));
    assertThat(quarter.seriesNames()).containsExactly("完成");
    assertFigures(quarter.lineValues(), threshold(targets.get("capital-first-quarter")));

    // 年均增长8%: from the base year 2024's 25亿元 (the observations), the path 25 × 1.08ⁿ is
    // 25, 27, 29.16, 31.4928 for 2024–2027; 2025's actual 31 (README: 25 → 31亿元).
    BigDecimal base = observations.path("series").path("outside-capital").path("2024")
        .decimalValue();
    BigDecimal growth = BigDecimal.ONE.add(threshold(targets.get("capital-average-growth")));
    ChartOption average = chart("capital-average-growth");
    assertThat(average.title()).isEqualTo("年均增长:目标路径与实际");
    assertThat(average.categories()).containsExactly("2024", "2025", "2026", "2027");
    assertThat(average.seriesNames()).containsExactly("按年均增长8%的路径", "实际");
    assertFigures(average.values("按年均增长8%的路径"), base,
        base.multiply(growth), base.multiply(growth.pow(2)), base.multiply(growth.pow(3)));
    assertFigures(average.values("实际"), base, number("31"), null, null);

    // 确保…3000万美元,力争3500万美元: the binding line and the stretch line, both from the plan.
    JsonNode fdi = targets.get("fdi-total");
    ChartOption total = chart("fdi-total");
    assertThat(total.seriesNames()).containsExactly("序时进度要求", "累计完成");
    assertFigures(total.lineValues(), threshold(fdi), threshold(fdi.path("stretch")));
    assertThat(total.lineLabels()).containsExactly("目标 3000", "力争 3500");

    // 百日攻坚 (2025-04-01 to 07-09): one bar for the campaign, 2 against 3 (README).
    JsonNode campaign = targets.get("campaign-big-projects");
    ChartOption drive = chart("campaign-big-projects");
    assertThat(drive.categories()).containsExactly("百日攻坚(" + campaign.path("period")
        .path("from").asText() + "至" + campaign.path("period").path("to").asText() + ")");
    assertThat(drive.seriesNames()).containsExactly("完成");
    assertFigures(drive.values("完成"), number("2"));
    assertFigures(drive.lineValues(), threshold(campaign));

    // 不超过6个: a maximum, with no time-paced path to keep up with.
    ChartOption ceiling = chart("non-leading-ceiling");
    assertThat(ceiling.title()).isEqualTo("累计完成与上限");
    assertThat(ceiling.seriesNames()).containsExactly("累计完成");
    assertThat(ceiling.lineLabels()).containsExactly("上限 6");
    assertFigures(ceiling.lineValues(), threshold(targets.get("non-leading-ceiling")));

    // Shares of amounts: the years' amounts add up to the README's 53.5 of 68.5亿元 and
    // 27.5 of 68亿元.
    ChartOption investment = chart("leading-investment-share");
    assertThat(investment.seriesNames()).containsExactly("计入项目投资额", "符合条件项目投资额");
    assertThat(sum(investment.values("计入项目投资额"))).isEqualByComparingTo("68.5");
    assertThat(sum(investment.values("符合条件项目投资额"))).isEqualByComparingTo("53.5");
    ChartOption funding = chart("funding-rate");
    assertThat(funding.title()).isEqualTo("总投资与实际到位资金");
    assertThat(funding.seriesNames()).containsExactly("总投资", "实际到位资金");
    assertThat(sum(funding.values("总投资"))).isEqualByComparingTo("68");
    assertThat(sum(funding.values("实际到位资金"))).isEqualByComparingTo("27.5");

    // 当年开工率60%: 3 of the 6 signed in 2025 started that year, 0.5 (README).
    ChartOption cohort = chart("same-year-starts");
    assertThat(cohort.title()).isEqualTo("各年签约项目当年开工率与目标");
    assertThat(cohort.seriesNames()).containsExactly("当年开工率");
    assertThat(cohort.values("当年开工率").get(0)).isEqualByComparingTo(
        number("3").divide(number("6")));
    assertFigures(cohort.lineValues(), threshold(targets.get("same-year-starts")));

    // 到2027年…40%以上: 38.5% through June 2026 (README), the line at 40%, 2027 named as due.
    ChartOption level = chart("industry-share-level");
    assertThat(level.title()).isEqualTo("各年水平与目标");
    assertThat(level.categories()).containsExactly("2025", "2026年1—6月", "2027(目标年)");
    assertFigures(level.values("实际水平"), null, number("0.385"), null);
    assertFigures(level.lineValues(), threshold(targets.get("industry-share-level")));
  }

  /** Asserts the figures in order, compared as numbers. */
  private static void assertFigures(List<BigDecimal> actual, BigDecimal... expected) {
    assertThat(actual).usingElementComparator(FIGURES).containsExactly(expected);
  }

  /** A target's (or its stretch's) threshold in the plan file. */
  private static BigDecimal threshold(JsonNode target) {
    return target.path("threshold").path("value").decimalValue();
  }

  private static BigDecimal number(String value) {
    return new BigDecimal(value);
  }

  private static BigDecimal sum(List<BigDecimal> values) {
    return values.stream().filter(java.util.Objects::nonNull)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /** Waits until {@code count} cards have a chart ECharts has drawn into. */
  private static void waitForCharts(int count) {
    chromium.waitUntil(count + " charts", WAIT, d -> ((Number) chromium.driver().executeScript(
        "return [...document.querySelectorAll('#goals .chart')].filter("
            + "(c) => window.echarts && window.echarts.getInstanceByDom(c)).length"))
        .intValue() == count);
  }

  /** The option of a card's chart as ECharts holds it, with its caption. */
  private static ChartOption chart(String targetId) {
    String json = (String) chromium.driver().executeScript(
        "const box = document.querySelector(`article.card[data-target='${arguments[0]}'] .chart`);"
        + "const chart = box && window.echarts.getInstanceByDom(box);"
        + "if (!chart) { return null; }"
        + "const o = chart.getOption();"
        + "const value = (d) => d !== null && typeof d === 'object' && !Array.isArray(d)"
        + "    ? d.value : d;"
        + "const axis = chart.getModel().getComponent('yAxis').axis.scale.getExtent();"
        + "return JSON.stringify({title: box.closest('figure').querySelector('figcaption')"
        + "    .textContent, categories: o.xAxis[0].data || [], axis,"
        + "  series: o.series.map((s) => ({name: s.name, data: s.data.map(value),"
        + "    lines: ((s.markLine || {}).data || []).map((l) => ({value: l.yAxis,"
        + "      label: l.label && l.label.formatter}))}))});", targetId);
    assertThat(json).as("the chart of %s", targetId).isNotNull();
    try {
      return new ChartOption(MAPPER.readTree(json));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** What a chart shows: its caption, categories, series and target lines. */
  private record ChartOption(JsonNode option) {

    String title() {
      return option.path("title").asText();
    }

    List<String> categories() {
      List<String> categories = new ArrayList<>();
      option.path("categories").forEach(c -> categories.add(c.asText()));
      return categories;
    }

    List<String> seriesNames() {
      List<String> names = new ArrayList<>();
      option.path("series").forEach(s -> names.add(s.path("name").asText()));
      return names;
    }

    /** The series' figures (null where it has none), a point's y for an [x, y] pair. */
    List<BigDecimal> values(String series) {
      List<BigDecimal> values = new ArrayList<>();
      for (JsonNode s : option.path("series")) {
        if (s.path("name").asText().equals(series)) {
          s.path("data").forEach(d -> {
            JsonNode v = d.isArray() ? d.get(1) : d;
            values.add(v.isNumber() ? v.decimalValue() : null);
          });
          return values;
        }
      }
      throw new AssertionError("no series " + series + " in " + seriesNames());
    }

    List<BigDecimal> lineValues() {
      List<BigDecimal> values = new ArrayList<>();
      option.path("series").forEach(s -> s.path("lines").forEach(l -> values.add(
          l.path("value").decimalValue())));
      return values;
    }

    /** The lowest and highest figure the value axis shows, as ECharts laid it out. */
    List<BigDecimal> axisExtent() {
      return List.of(option.path("axis").get(0).decimalValue(),
          option.path("axis").get(1).decimalValue());
    }

    List<String> lineLabels() {
      List<String> labels = new ArrayList<>();
      option.path("series").forEach(s -> s.path("lines").forEach(l -> labels.add(
          l.path("label").asText())));
      return labels;
    }
  }

  private static String badge(String targetId) {
    return chromium.driver().findElement(By.cssSelector("article.card[data-target='" + targetId
        + "'] .card-head .badge")).getText();
  }

  @Test
  void theCsvFilesOfAFolderAreAssessedAtTheDateChosen() throws Exception {
    openSample("zh");
    Path folder = SAMPLES.resolve("csv").toAbsolutePath().normalize();
    List<String> files = new ArrayList<>();
    try (var list = Files.list(folder)) {
      list.filter(f -> f.toString().endsWith(".csv")).sorted()
          .forEach(f -> files.add(f.toString()));
    }
    assertThat(files).hasSizeGreaterThan(3);

    // Without a date the server says what is missing, and the sample's results stay.
    chromium.driver().findElement(By.id("as-of")).clear();
    chromium.driver().findElement(By.id("file")).sendKeys(String.join("\n", files));
    WebElement problems = chromium.waitUntil("the problem", WAIT, d -> {
      WebElement box = d.findElement(By.id("problems"));
      return box.isDisplayed() ? box : null;
    });
    assertThat(problems.getText()).contains("asOf", "CSV");
    assertThat(cardStatuses()).hasSize(13);

    setDate("2024-06-30");
    chromium.driver().findElement(By.id("assess")).click();
    waitForLoaded("CSV");
    assertThat(text(By.id("loaded"))).contains(files.size() + "个CSV文件", "series.csv");
    // The folder holds the sample's figures, so the cards are the JSON sample's.
    assertThat(cardStatuses()).isEqualTo(statusesFromTheApi(sample(), "application/json", "zh"));
    assertThat(chromium.driver().findElement(By.id("problems")).isDisplayed()).isFalse();
  }

  @Test
  void anAsOfDateChosenOnThePageIsTheOneAssessed() throws Exception {
    openSample("zh");
    setDate("2023-12-31");
    chromium.driver().findElement(By.id("assess")).click();
    chromium.waitUntil("the scorecard at 2023-12-31", WAIT,
        d -> text(By.id("summary")).contains("2023-12-31"));
    byte[] sample = sample();
    Map<String, String> expected = statusesFromTheApi(sample, "application/json", "zh",
        "&asOf=2023-12-31");
    assertThat(expected).isNotEqualTo(statusesFromTheApi(sample, "application/json", "zh"));
    assertThat(cardStatuses()).isEqualTo(expected);
  }

  @Test
  void everyChartHasDrawnSomethingAPersonCanSee() {
    openSample("zh");
    List<WebElement> charts = chromium.driver().findElements(By.cssSelector(".chart canvas"));
    // Every target of the sample has figures to draw.
    assertThat(charts).hasSize(13);
    for (WebElement canvas : charts) {
      chromium.driver().executeScript("arguments[0].scrollIntoView({block: 'center'})", canvas);
      PixelCount pixels = PixelCount.of(canvas);
      assertThat(pixels.differingShare()).as("%s", pixels).isGreaterThan(0.02);
      assertThat(pixels.distinctColours()).as("%s", pixels).isGreaterThan(3);
    }
  }

  @Test
  void aFileDroppedOnTheDataPanelIsAssessed() throws Exception {
    openSample("zh");
    String example = Files.readString(SAMPLES.resolve("observations-example.json"));
    // What the browser hands the page when a file is dropped: a drop event with the file.
    chromium.driver().executeScript("const data = new DataTransfer();"
        + "data.items.add(new File([arguments[0]], 'dropped.json', {type: 'application/json'}));"
        + "document.getElementById('input').dispatchEvent(new DragEvent('drop',"
        + " {dataTransfer: data, bubbles: true, cancelable: true}));", example);
    waitForLoaded("dropped.json");
    assertThat(cardStatuses()).isEqualTo(statusesFromTheApi(
        example.getBytes(StandardCharsets.UTF_8), "application/json", "zh"));
  }

  /**
   * Names in a file are shown as text: markup in a team's name or a project's id does not become
   * part of the page (and so cannot run script in an official's browser).
   */
  @Test
  void markupInAFileIsShownAsTextNeverRun() throws Exception {
    openSample("zh");
    JsonNode sample = MAPPER.readTree(sample());
    ((com.fasterxml.jackson.databind.node.ObjectNode) sample.path("teams").get(0).path("name"))
        .put("zh", "<img src=x onerror=\"window.pwned=1\">");
    String json = sample.toString();
    assertThat(json).contains("onerror");
    Path file = Files.createTempFile("hostile", ".json");
    Files.writeString(file, json);
    choose(file);
    waitForLoaded(file.getFileName().toString());
    chromium.waitUntil("the ranking", WAIT, d -> text(By.id("ranking")).contains("onerror"));
    assertThat(text(By.id("ranking"))).contains("<img src=x onerror=");
    assertThat(chromium.driver().findElements(By.cssSelector("#teams img"))).isEmpty();
    assertThat(chromium.driver().executeScript("return window.pwned")).isNull();
    Files.delete(file);
  }

  // ---------------------------------------------------------------------------------------------
  // Languages

  @Test
  void theLanguageSwitchChangesTheTextAndIsRememberedAndInTheUrl() throws Exception {
    openSample("zh");
    assertThat(text(By.id("scorecard-heading"))).isEqualTo("评估结果");
    chromium.driver().findElement(By.id("language")).click();
    chromium.waitUntil("the English page", WAIT,
        d -> text(By.id("scorecard-heading")).equals("Results"));
    assertThat(chromium.driver().getCurrentUrl()).contains("lang=en");
    chromium.waitUntil("the English cards", WAIT,
        d -> text(By.id("summary")).contains("Data as of"));
    assertThat(cardStatuses()).isEqualTo(statusesFromTheApi(sample(), "application/json", "en"));
    assertThat(cardText("fdi-cumulative")).contains("strive", "Responsible units",
        "Municipal Bureau of Commerce", "0.4 points ahead");
    assertThat(text(By.id("bulletin"))).contains("newsletter");
    chromium.fullPageScreenshot("page-en-full");
    chromium.driver().executeScript("window.scrollTo(0, 0)");
    chromium.screenshot("page-en");

    // Remembered: the same page without ?lang= comes back in English.
    chromium.open(server.url("/?sample=1"));
    waitForScorecard();
    assertThat(text(By.id("scorecard-heading"))).isEqualTo("Results");
    assertThat(chromium.driver().findElement(By.tagName("html")).getAttribute("lang"))
        .isEqualTo("en");
    chromium.driver().findElement(By.id("language")).click();
    chromium.waitUntil("the Chinese page", WAIT,
        d -> text(By.id("scorecard-heading")).equals("评估结果"));
  }

  @Test
  void aBadFileShowsTheServersProblemsInThePagesLanguageAndKeepsTheResults() throws Exception {
    openSample("zh");
    String bad = "{\"asOf\": \"2024-06-30\", \"series\": {\"cash-fdi\": {\"2021\": \"abc\","
        + " \"2022\": -1}}}";
    Path file = Files.createTempFile("bad-observations", ".json");
    Files.writeString(file, bad);
    JsonNode problem = problem(bad.getBytes(StandardCharsets.UTF_8), "zh");
    List<String> chinese = new ArrayList<>();
    problem.path("errors").forEach(e -> chinese.add(e.path("messages").path("zh").asText()));
    assertThat(chinese).hasSize(2);

    choose(file);
    WebElement problems = chromium.waitUntil("the problems", WAIT, d -> {
      WebElement box = d.findElement(By.id("problems"));
      return box.isDisplayed() ? box : null;
    });
    assertThat(problems.getText()).contains(chinese).contains("/series/cash-fdi/2021",
        "/series/cash-fdi/2022", "文件有问题", file.getFileName().toString());
    // Nothing already shown is lost.
    assertThat(cardStatuses()).hasSize(13);
    assertThat(text(By.id("summary"))).contains("数据截至 2024-06-30");

    chromium.driver().findElement(By.id("language")).click();
    chromium.waitUntil("the problems in English", WAIT,
        d -> text(By.id("problems")).contains("The file has problems"));
    String english = text(By.id("problems"));
    problem.path("errors").forEach(e -> assertThat(english)
        .contains(e.path("messages").path("en").asText()));
    Files.delete(file);
  }

  // ---------------------------------------------------------------------------------------------
  // Print, keyboard, accessibility

  @Test
  void printingGivesA4PagesWithNoCardCutAcrossTwo() throws Exception {
    for (String language : List.of("zh", "en")) {
      openSample(language);
      PrintedPages printed = chromium.print();
      assertThat(printed.pagesNotA4()).as(language).isEmpty();
      // One or two cards a page (15 in English): a layout that spreads the report out shows.
      assertThat(printed.pageCount()).as(language).isBetween(5, 16);
      assertThat(printed.text(1)).contains(language.equals("zh") ? "评估结果" : "Results");
      for (WebElement card : chromium.driver().findElements(By.cssSelector("article.card"))) {
        String name = card.findElement(By.tagName("h4")).getText();
        // The card's last line, its target id, is on one page, and the name is on it too.
        String last = card.findElement(By.className("target-id")).getText();
        List<Integer> lastPage = printed.pageOf(last);
        assertThat(lastPage).as("%s: %s", language, last).hasSize(1);
        assertThat(printed.pageOf(name)).as("%s: %s", language, name).contains(lastPage.get(0));
      }
      // No control is printed.
      String all = String.join("\n", pages(printed));
      assertThat(all).doesNotContain(language.equals("zh") ? "使用示例数据" : "Use the sample data");
      printed.savePng(1, "page-" + language + "-print");
    }
  }

  @Test
  void everyControlIsReachableAndUsableWithTheKeyboardAlone() {
    chromium.open(server.url("/?lang=zh"));
    chromium.waitUntil("the plans", WAIT,
        d -> !d.findElements(By.cssSelector("#plan option")).isEmpty());
    // A date input takes three TABs (year, month, day), so the order is walked by hand here.
    assertThat(idsReachedByTab(40)).contains("language", "print", "plan", "file", "as-of",
        "assess", "sample", "template");
    List<Keyboard.Focus> before = Keyboard.tabOrder(chromium.driver(), 6);
    assertThat(before).allMatch(Keyboard.Focus::visible, "the focus can be seen");

    // Tab to the sample button and press Enter: the scorecard comes.
    chromium.driver().executeScript("document.activeElement.blur()");
    focusByTabbing("sample");
    new Actions(chromium.driver()).sendKeys(Keys.ENTER).perform();
    waitForScorecard();
    assertThat(idsReachedByTab(120)).contains("month", "week", "bulletin-text");
    assertThat((Long) chromium.driver().executeScript("return document.querySelectorAll("
        + "'details summary').length")).isGreaterThan(10);
    // The language switch works from the keyboard too.
    focusByTabbing("language");
    new Actions(chromium.driver()).sendKeys(Keys.ENTER).perform();
    chromium.waitUntil("the English page", WAIT,
        d -> text(By.id("scorecard-heading")).equals("Results"));
    chromium.driver().executeScript("localStorage.clear()");
  }

  /**
   * A server started with {@code --api-token} answers the page's POSTs with 401 until the token
   * is given: the page then shows the token field, says why, and puts the cursor in it; with the
   * token typed and Enter pressed, every card, the ranking and the bulletin come; and a reload
   * keeps the token for the tab.
   */
  @Test
  void aServerWithAnApiTokenGetsItFromThePage() {
    String token = "county-gateway-token-7";
    try (PlanApiServer guarded = PlanApiServer.start(
        org.planmetrics.api.ServerSettings.defaults().withApiToken(token))) {
      chromium.open(guarded.url("/?sample=1&lang=zh"));
      WebElement field = chromium.waitUntil("the token field", WAIT, d -> {
        WebElement f = d.findElement(By.id("token"));
        return f.isDisplayed() ? f : null;
      });
      assertThat(text(By.id("problems"))).contains("API令牌");
      assertThat(chromium.driver().executeScript("return document.activeElement.id"))
          .isEqualTo("token");
      assertThat(chromium.driver().findElements(By.cssSelector("article.card"))).isEmpty();

      field.sendKeys(token, Keys.ENTER);
      waitForScorecard();
      assertThat(cardStatuses()).hasSize(13);
      assertThat(text(By.id("ranking"))).contains("招商二组");
      assertThat(text(By.id("bulletin"))).contains("招商简讯");
      assertThat(chromium.driver().findElement(By.id("problems")).isDisplayed()).isFalse();

      // The tab keeps the token: a reload assesses the sample at once.
      chromium.driver().navigate().refresh();
      waitForScorecard();
      assertThat(chromium.driver().findElement(By.id("token")).getAttribute("value"))
          .isEqualTo(token);
      chromium.driver().executeScript("sessionStorage.clear()");
    }
  }

  @Test
  void axeFindsNoSeriousOrCriticalViolationInEitherLanguage() {
    for (String language : List.of("zh", "en")) {
      openSample(language);
      AxeReport report = AxeReport.of(chromium.driver());
      assertThat(report.rulesEvaluated()).isGreaterThan(20);
      assertThat(report.seriousOrCritical()).as(report.describeSeriousOrCritical()).isEmpty();
    }
  }

  // ---------------------------------------------------------------------------------------------

  /** The sample on a fresh page in {@code language}, once its cards, duties and teams are shown. */
  private static void openSample(String language) {
    chromium.open(server.url("/?sample=1&lang=" + language));
    waitForScorecard();
  }

  private static void waitForScorecard() {
    chromium.waitUntil("the scorecard to be shown", WAIT,
        d -> d.findElement(By.tagName("body")).getAttribute("data-shown") != null
            && !d.findElements(By.cssSelector("article.card")).isEmpty());
  }

  /**
   * Sets the as-of date as a person's choice would: typing into a date input goes field by field
   * in the browser's locale, so the value is set and the change announced.
   */
  private static void setDate(String date) {
    chromium.driver().executeScript("arguments[0].value = arguments[1];"
        + "arguments[0].dispatchEvent(new Event('change'))",
        chromium.driver().findElement(By.id("as-of")), date);
  }

  private static void choose(Path file) {
    chromium.driver().findElement(By.id("file")).sendKeys(file.toAbsolutePath().normalize()
        .toString());
  }

  private static void waitForLoaded(String name) {
    chromium.waitUntil("the page to show " + name, WAIT,
        d -> text(By.id("loaded")).contains(name) && d.findElement(By.tagName("body"))
            .getAttribute("aria-busy") == null);
  }

  /** The ids of the elements TAB reaches from the top of the page, in {@code tabs} presses. */
  private static java.util.Set<Object> idsReachedByTab(int tabs) {
    ChromeDriver driver = chromium.driver();
    driver.executeScript("document.activeElement.blur(); window.scrollTo(0, 0)");
    java.util.Set<Object> ids = new java.util.LinkedHashSet<>();
    for (int i = 0; i < tabs; i++) {
      new Actions(driver).sendKeys(Keys.TAB).perform();
      ids.add(driver.executeScript("return document.activeElement.id"));
    }
    return ids;
  }

  private static void focusByTabbing(String id) {
    ChromeDriver driver = chromium.driver();
    for (int i = 0; i < 60; i++) {
      new Actions(driver).sendKeys(Keys.TAB).perform();
      Object focused = driver.executeScript("return document.activeElement.id");
      if (id.equals(focused)) {
        return;
      }
    }
    throw new AssertionError("TAB never reached #" + id);
  }

  private static String text(By by) {
    return chromium.driver().findElement(by).getText();
  }

  private static String cardText(String targetId) {
    return chromium.driver().findElement(By.cssSelector("article.card[data-target='"
        + targetId + "']")).getText();
  }

  /** Each card's name and the word of its traffic light, as they read on the screen. */
  private static Map<String, String> cardStatuses() {
    Map<String, String> statuses = new LinkedHashMap<>();
    for (WebElement card : chromium.driver().findElements(By.cssSelector("article.card"))) {
      String name = card.findElement(By.tagName("h4")).getText();
      String badge = card.findElement(By.cssSelector(".card-head .badge")).getText();
      // The icon and the word are two boxes of one badge; the text between them is a space.
      statuses.put(name, badge.replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT));
    }
    return statuses;
  }

  /** What the cards must show: each target's name and its status word and icon, from the API. */
  private static Map<String, String> statusesFromTheApi(byte[] body, String type,
      String language) throws Exception {
    return statusesFromTheApi(body, type, language, "");
  }

  private static Map<String, String> statusesFromTheApi(byte[] body, String type,
      String language, String query) throws Exception {
    JsonNode targets = get(PLAN + "/targets");
    Map<String, String> names = new LinkedHashMap<>();
    targets.path("targets").forEach(t -> names.put(t.path("id").asText(),
        t.path("name").path(language).asText()));
    Map<String, String> statuses = new LinkedHashMap<>();
    for (JsonNode a : scorecard(body, type, language, query).path("assessments")) {
      Status status = Status.valueOf(a.path("status").asText());
      String word = language.equals("zh") ? status.chineseName() : status.englishName();
      statuses.put(names.get(a.path("targetId").asText()), icon(status) + " " + word);
    }
    return statuses;
  }

  private static String icon(Status status) {
    return switch (status) {
      case MET -> "✔";
      case ON_TRACK -> "●";
      case BEHIND -> "▲";
      case MISSED -> "✖";
      case NOT_ASSESSABLE -> "?";
    };
  }

  private static byte[] sample() throws IOException {
    return Files.readAllBytes(SAMPLES.resolve("gongqingcheng-sample.json"));
  }

  private static JsonNode scorecard(byte[] body, String type, String language) throws Exception {
    return scorecard(body, type, language, "");
  }

  private static JsonNode scorecard(byte[] body, String type, String language, String query)
      throws Exception {
    HttpResponse<String> response = post(body, type, language, query);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return MAPPER.readTree(response.body());
  }

  private static JsonNode problem(byte[] body, String language) throws Exception {
    HttpResponse<String> response = post(body, "application/json", language, "");
    assertThat(response.statusCode()).isBetween(400, 499);
    return MAPPER.readTree(response.body());
  }

  private static HttpResponse<String> post(byte[] body, String type, String language,
      String query) throws Exception {
    return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.url(
        PLAN + "/scorecard?lang=" + language + query)))
        .header("Content-Type", type)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static JsonNode get(String path) throws Exception {
    HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
        URI.create(server.url(path))).build(), HttpResponse.BodyHandlers.ofString());
    return MAPPER.readTree(response.body());
  }

  private static List<String> pages(PrintedPages printed) {
    List<String> pages = new ArrayList<>();
    for (int page = 1; page <= printed.pageCount(); page++) {
      pages.add(printed.text(page));
    }
    return pages;
  }
}
