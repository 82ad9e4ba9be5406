package org.planmetrics.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planmetrics.metrics.assessment.Assessor;
import org.planmetrics.metrics.observation.LedgerProject;
import org.planmetrics.metrics.observation.Observations;
import org.planmetrics.metrics.observation.PublishedRanks;
import org.planmetrics.metrics.result.Scorecard;
import org.planmetrics.metrics.result.Status;
import org.planmetrics.model.plans.BundledPlans;
import org.planmetrics.model.quantity.Commitment;
import org.planmetrics.model.json.PlanJson;
import org.planmetrics.model.quantity.Commitment;

class ScorecardCliTest {

  @TempDir
  Path dir;

  /** The result of one run: exit code, stdout and stderr. */
  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = ScorecardCli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(code, out.toString(StandardCharsets.UTF_8),
        err.toString(StandardCharsets.UTF_8));
  }

  static String sampleJson() {
    return SampleDataTest.samples().resolve("gongqingcheng-sample.json").toString();
  }

  static String sampleCsv() {
    return SampleDataTest.samples().resolve("csv").toString();
  }

  static String fixture(String name) throws URISyntaxException {
    return ObservationsCsvTest.fixture(name).toString();
  }

  static Scorecard parse(String json) throws IOException {
    return PlanJson.mapper().readValue(json, Scorecard.class);
  }

  @Test
  void helpDescribesTheOptionsAndExitsZero() {
    Run run = run("--help");
    assertThat(run.code()).isZero();
    assertThat(run.out()).contains("Usage:", "--lang zh|en", "--as-of YYYY-MM-DD",
        "--format table|json", "--plan PATH", "Exit codes");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void theSampleHasAnEnsureShortfallAndExitsOne() {
    Run run = run(sampleJson());
    assertThat(run.code()).isEqualTo(ScorecardCli.SHORTFALL);
    assertThat(run.err()).isEmpty();
    // Chinese by default: statuses through Status.chineseName().
    assertThat(run.out()).contains("评估日期 2024-06-30", "状态", "序时进度",
        Status.BEHIND.chineseName(), Status.MISSED.chineseName());
    assertThat(run.out()).containsPattern("leading-industry-share\\s+落后\\s+70\\.0%\\s+确保 > 70\\.0%");
    assertThat(run.out()).containsPattern("fdi-cumulative\\s+进度正常\\s+5\\.86亿美元\\s+力争 ≥ 7亿美元"
        + "\\s+完成83\\.7% / 时间83\\.3% \\(\\+0\\.4个百分点\\)");
    // The duties count from the issue date, 2022-12-22: March 2022's single meeting is not short.
    assertThat(run.out()).contains("team-meetings-monthly").doesNotContain("2022-03 (1/2)");
    assertThat(run.out()).contains("职责自 2022-12-22 起计");
    assertThat(run.out()).containsPattern(
        "team-meetings-monthly\\s+未达标\\s+2023-01\\s+18\\s+2023-08 \\(0/2\\)\n");
    // A run of periods short by the same count is one entry: 79 weeks without a bulletin, from
    // the first week that starts after the issue date (Monday 2022-12-26).
    assertThat(run.out()).containsPattern("office-bulletins-weekly\\s+未达标\\s+2022-W52\\s+79\\s+"
        + "2022-W52–2024-W26 \\(0/1 ×79\\)");
    // The three duties without a number are listed under their own heading, with no status.
    assertThat(run.out()).contains("■ 未规定次数的职责(列出,不评分)")
        .containsPattern("citywide-progress-meetings\\s+五\\.2\\s+全市招商引资项目推进会\n");
    assertThat(run.out()).contains("按状态计数: 达标 1");
  }

  @Test
  void englishLabelsWithLangEn() {
    Run zh = run("--lang", "zh", sampleJson());
    Run en = run("--lang=en", sampleJson());
    assertThat(en.code()).isEqualTo(zh.code());
    assertThat(en.out()).contains("as of 2024-06-30", "status", "target value", "pace",
        Status.ON_TRACK.englishName(), Status.NOT_ASSESSABLE.englishName(), "targets by status");
    assertThat(en.out()).containsPattern("leading-industry-share\\s+behind\\s+70\\.0%\\s+ensure > 70\\.0%");
    assertThat(en.out()).doesNotContain("状态", "落后", "进度正常");
    assertThat(zh.out()).doesNotContain("target value", "on track");
  }

  @Test
  void jsonFormatParsesBackIntoTheLibrarysScorecard() throws IOException {
    Run run = run("--format", "json", sampleJson());
    assertThat(run.code()).isEqualTo(1);
    Observations obs = SampleDataTest.json();
    assertThat(parse(run.out()))
        .isEqualTo(Assessor.of(BundledPlans.gongqingcheng2022()).scorecard(obs));
  }

  @Test
  void csvNeedsAsOfAndThenGivesTheSameScorecardAsJson() throws IOException {
    Run without = run(sampleCsv());
    assertThat(without.code()).isEqualTo(ScorecardCli.BAD_INPUT);
    assertThat(without.err()).contains("--as-of");
    Run csv = run("--format", "json", "--as-of", "2024-06-30", sampleCsv());
    Run json = run("--format", "json", sampleJson());
    assertThat(csv.code()).isEqualTo(json.code());
    assertThat(parse(csv.out())).isEqualTo(parse(json.out()));
  }

  @Test
  void asOfOverridesTheFilesDate() throws IOException {
    Run run = run("--format", "json", "--as-of", "2023-12-31", sampleJson());
    Scorecard card = parse(run.out());
    assertThat(card.asOf()).isEqualTo(LocalDate.of(2023, 12, 31));
    Observations obs = SampleDataTest.json().withAsOf(LocalDate.of(2023, 12, 31));
    assertThat(card).isEqualTo(Assessor.of(BundledPlans.gongqingcheng2022()).scorecard(obs));
    assertThat(run("--as-of", "2023-12-31", sampleJson()).out()).contains("评估日期 2023-12-31");
  }

  @Test
  void exitsZeroWhenNoEnsureTargetFallsShort() throws IOException {
    // The sample, with the 2023 growth rank inside the first tier (5 of 13) and one more leading
    // industrial project: 8 of 10 is above 70%.
    Observations sample = SampleDataTest.json();
    Observations passing = sample
        .withRanks(java.util.Map.of("2022", sample.ranks().get("2022"),
            "2023", PublishedRanks.of(2, 5, 13)))
        .withProjects(sample.projects().stream()
            .map(p -> p.name().contains("project H") ? p.withLeadingIndustry(true) : p)
            .collect(Collectors.toList()));
    assertThat(passing.projects()).filteredOn(LedgerProject::leadingIndustry).hasSize(8);
    Path file = dir.resolve("passing.json");
    Files.writeString(file, PlanJson.mapper().writeValueAsString(passing));

    Scorecard expected = Assessor.of(BundledPlans.gongqingcheng2022()).scorecard(passing);
    assertThat(expected.assessments()).filteredOn(a -> a.commitment() == Commitment.ENSURE)
        .hasSize(3).allSatisfy(a -> assertThat(a.status().isShortfall()).isFalse());
    Run run = run(file.toString());
    assertThat(run.code()).isEqualTo(ScorecardCli.OK);
    assertThat(run.out()).containsPattern("leading-industry-share\\s+进度正常");
  }

  @Test
  void badOptionsExitTwo() {
    assertThat(run("--lang", "fr", sampleJson()).code()).isEqualTo(2);
    assertThat(run("--as-of", "30/06/2024", sampleJson()).err()).contains("--as-of", "30/06/2024");
    assertThat(run("--format", "xml", sampleJson()).code()).isEqualTo(2);
    Run unknown = run("--verbose", sampleJson());
    assertThat(unknown.code()).isEqualTo(2);
    assertThat(unknown.err()).contains("unknown option '--verbose'", "--help");
    assertThat(run().err()).contains("missing the observations file");
    assertThat(run("--lang").err()).contains("--lang needs a value");
    assertThat(run(sampleJson(), sampleJson()).code()).isEqualTo(2);
  }

  @Test
  void unreadableFilesAndPlansExitTwo() {
    Run missing = run(dir.resolve("nope.json").toString());
    assertThat(missing.code()).isEqualTo(2);
    assertThat(missing.err()).contains("nope.json", "cannot be read");
    Run plan = run("--plan", dir.resolve("no-plan.json").toString(), sampleJson());
    assertThat(plan.code()).isEqualTo(2);
    assertThat(plan.err()).contains("no-plan.json");
  }

  @Test
  void aBadCsvCellNamesTheFileTheLineAndTheColumn() throws URISyntaxException {
    Run run = run("--as-of", "2024-06-30", fixture("bad-investment"));
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("projects.csv:3: column 'investment'", "'lots'");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void malformedJsonNamesTheFileTheLineAndTheColumn() throws URISyntaxException {
    Run run = run(fixture("malformed.json"));
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("malformed.json:3: column ", "malformed JSON");
  }

  @Test
  void aWrongTypeInJsonNamesTheLineAndThePointer() throws URISyntaxException {
    Run run = run(fixture("wrong-type.json"));
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("wrong-type.json:4: column ", "field '/projects/0/investment'");
  }

  @Test
  void anUnknownIndicatorNamesTheLineAndTheField() throws URISyntaxException {
    Run json = run(fixture("unknown-indicator.json"));
    assertThat(json.code()).isEqualTo(2);
    assertThat(json.err()).contains("unknown-indicator.json:5:", "field '/series/inside-capital'",
        "[unknown-indicator]", "'inside-capital'");
    Run csv = run("--as-of", "2024-06-30", fixture("unknown-indicator-csv"));
    assertThat(csv.code()).isEqualTo(2);
    assertThat(csv.err()).contains("series.csv:3: column 'indicator'", "[unknown-indicator]",
        "/series/inside-capital");
  }

  @Test
  void rankingPrintsTheMonthsTeamSentencesInRankOrder() {
    Run run = run("--ranking", "2024-06", sampleJson());

    assertThat(run.code()).isZero();
    assertThat(run.out().lines().toList()).containsExactly(
        "2024年6月组团排位(时间进度50.0%)",
        "“100·50”项目组团(示例)综合完成率100.0%,排名第1。签约额完成年度任务的100.0%,超序时进度50.0个百分点,"
            + "排名第1;重大项目数完成年度任务的100.0%,超序时进度50.0个百分点,排名第1。",
        "招商二组(示例)综合完成率65.6%,排名第2。签约额完成年度任务的46.7%,落后序时进度3.3个百分点,排名第2;"
            + "签约项目数完成年度任务的50.0%,与序时进度持平,排名第2;重大项目数完成年度任务的100.0%,"
            + "超序时进度50.0个百分点,排名第1。",
        "招商一组(示例)综合完成率35.8%,排名第3。签约额完成年度任务的26.5%,落后序时进度23.5个百分点,排名第3;"
            // Two teams completed their major-project task and share 1st: 50% is 3rd (1, 1, 3).
            + "签约项目数完成年度任务的66.7%,超序时进度16.7个百分点,排名第1;重大项目数完成年度任务的50.0%,"
            + "与序时进度持平,排名第3;开工项目数完成年度任务的0.0%,落后序时进度50.0个百分点,"
            // Only team 1 has a started-projects task: no rank, which at 0% would read as praise.
            + "仅本组团有此项任务。",
        "法务团队(示例)未参与排名:2024年未下达任务。");
  }

  @Test
  void bulletinPrintsTheWeeksTextAndAMonthNotOverIsBadInput() {
    Run bulletin = run("--lang", "en", "--bulletin", "2024-W23", sampleJson());
    assertThat(bulletin.code()).isZero();
    assertThat(bulletin.out()).startsWith(
        "Gongqingcheng City investment promotion newsletter, week 23 of 2024\n")
        .contains("\n4. Team ranking for May 2024\n");

    Run notOver = run("--ranking", "2024-07", sampleJson());
    assertThat(notOver.code()).isEqualTo(ScorecardCli.BAD_INPUT);
    assertThat(notOver.err()).contains("month", "2024-06-30");
    Run badWeek = run("--bulletin", "2024-23", sampleJson());
    assertThat(badWeek.code()).isEqualTo(ScorecardCli.BAD_INPUT);
    assertThat(badWeek.err()).contains("--bulletin must be an ISO week");
  }
}
