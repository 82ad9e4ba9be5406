package org.planmetrics.api.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.planmetrics.api.AnsweredValues.asAnswered;
import static org.planmetrics.api.cli.Tool.fixture;
import static org.planmetrics.api.cli.Tool.run;
import static org.planmetrics.api.cli.Tool.sampleCsv;
import static org.planmetrics.api.cli.Tool.sampleJson;
import static org.planmetrics.api.cli.Tool.sampleWorkbook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planmetrics.api.AnswerNumbersTest;
import org.planmetrics.metrics.assessment.Assessor;
import org.planmetrics.metrics.observation.LedgerProject;
import org.planmetrics.metrics.observation.Observations;
import org.planmetrics.metrics.observation.PublishedRanks;
import org.planmetrics.metrics.result.Scorecard;
import org.planmetrics.metrics.result.Status;
import org.planmetrics.model.json.PlanJson;
import org.planmetrics.model.plans.BundledPlans;
import org.planmetrics.model.quantity.Commitment;

/** {@code plan-metrics score}: the scorecard of a JSON file or a CSV folder, and its exit codes. */
class ScoreCommandTest {

  @TempDir
  Path dir;

  static Scorecard parse(String json) throws IOException {
    return PlanJson.mapper().readValue(json, Scorecard.class);
  }

  private String write(String name, String json) throws IOException {
    return Files.writeString(dir.resolve(name), json, StandardCharsets.UTF_8).toString();
  }

  // --- exit codes ------------------------------------------------------------------------------

  @Test
  void theSampleHasABindingShortfallAndExitsOne() {
    Tool.Run run = run("score", sampleJson());
    assertThat(run.code()).isEqualTo(ExitCodes.SHORTFALL);
    assertThat(run.err()).isEmpty();
  }

  @Test
  void everyBindingTargetOnTrackExitsZero() throws IOException {
    // The sample, with the 2023 growth rank inside the first tier (5 of 13) and one more leading
    // industrial project: 8 of 10 is above 70%.
    Observations sample = Tool.sample();
    Observations passing = sample
        .withRanks(Map.of("2022", sample.ranks().get("2022"), "2023", PublishedRanks.of(2, 5, 13)))
        .withProjects(sample.projects().stream()
            .map(p -> p.name().contains("project H") ? p.withLeadingIndustry(true) : p)
            .collect(Collectors.toList()));
    assertThat(passing.projects()).filteredOn(LedgerProject::leadingIndustry).hasSize(8);
    Scorecard expected = Assessor.of(BundledPlans.gongqingcheng2022()).scorecard(passing);
    assertThat(expected.assessments()).filteredOn(a -> a.commitment() == Commitment.ENSURE)
        .hasSize(3).allSatisfy(a -> assertThat(a.status()).isIn(Status.MET, Status.ON_TRACK));

    Tool.Run run = run("score", write("passing.json", PlanJson.mapper()
        .writeValueAsString(passing)));
    assertThat(run.code()).isEqualTo(ExitCodes.OK);
    assertThat(run.out()).containsPattern("主导工业项目占比\\s+进度正常");
  }

  @Test
  void aBindingTargetWithoutDataExitsThree() throws IOException {
    // No figures at all: the three 确保 targets are not assessable, and none falls short.
    Tool.Run run = run("score", write("empty.json", "{\"asOf\":\"2024-06-30\"}"));
    assertThat(run.code()).isEqualTo(ExitCodes.NOT_ASSESSABLE);
    assertThat(run.out()).containsPattern("主导工业项目占比\\s+无法评估")
        .contains("主导工业项目占比:规划期内截至2024-06-30没有计入分母的项目");
  }

  @Test
  void aShortfallWinsOverMissingData() throws IOException {
    // The rank misses the first tier; the two shares have no projects to count.
    Tool.Run run = run("score", write("rank-only.json",
        "{\"asOf\":\"2024-06-30\",\"ranks\":{\"2022\":{\"totalRank\":7,\"growthRank\":2,"
            + "\"peerCount\":13}}}"));
    assertThat(run.out()).containsPattern("开放型经济指标进入第一方阵\\s+未达标")
        .containsPattern("主导工业项目占比\\s+无法评估");
    assertThat(run.code()).isEqualTo(ExitCodes.SHORTFALL);
  }

  @Test
  void badOptionsAreListedTogetherAndExitTwo() {
    Tool.Run run = run("score", "--lang", "fr", "--as-of", "30/06/2024", "--format", "xml",
        sampleJson());
    assertThat(run.code()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err()).contains("--lang 须为 zh 或 en,实为'fr'",
        "--as-of 须为日期 YYYY-MM-DD,实为'30/06/2024'", "--format 须为 table|json|csv|xlsx|markdown",
        "运行 plan-metrics score --help 查看用法。");
    assertThat(run.out()).isEmpty();
    Tool.Run unknown = run("score", "--lang", "en", "--verbose", sampleJson());
    assertThat(unknown.code()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(unknown.err()).contains("error: unknown option '--verbose'",
        "Run 'plan-metrics score --help' for usage.");
    assertThat(run("score").err()).contains("缺少 OBSERVATIONS");
    assertThat(run("score", "--lang").code()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run("score", sampleJson(), sampleJson()).err()).contains("多余的参数");
  }

  @Test
  void missingFilesAndPlansExitTwo() {
    Tool.Run missing = run("score", dir.resolve("nope.json").toString());
    assertThat(missing.code()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(missing.err()).contains("nope.json", "文件或文件夹不存在", "[no-such-file]");
    Tool.Run plan = run("score", "--plan", dir.resolve("no-plan.json").toString(), sampleJson());
    assertThat(plan.code()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(plan.err()).contains("no-plan.json");
  }

  // --- the printed table -----------------------------------------------------------------------

  @Test
  void theChineseTableShowsTheTargetsChineseNamesAndWhyEachFallsShort() {
    String out = run("score", sampleJson()).out();
    assertThat(out).contains("评估日期 2024-06-30", "状态", "序时进度", "职责自 2022-12-22 起计");
    assertThat(out).containsPattern("主导工业项目占比\\s+落后\\s+70\\.0%\\s+确保 > 70\\.0%");
    assertThat(out).containsPattern("实际利用外资累计\\s+进度正常\\s+5\\.86亿美元\\s+力争 ≥ 7亿美元"
        + "\\s+完成83\\.7% / 时间83\\.3% \\(\\+0\\.4个百分点\\)");
    // No target id in Chinese mode; a shortfall says which year and by how much.
    assertThat(out).doesNotContain("leading-industry-share", "fdi-cumulative");
    assertThat(out).contains(
        "  现汇进资年增长:2022年增长3.0%,距目标(10%以上)差7.0个百分点\n",
        "  开放型经济指标进入第一方阵:2023年增幅第6位,在第一方阵(前5位,共13个)之外\n",
        "  每年引进“50·20”项目:2023年引进3个,距目标(4个以上)差1个\n",
        "  主导工业项目占比:占比70.0%(10个中7个),恰好等于目标值,须高于70%\n",
        "  省外项目实际进资累计:数据不连续:有2024年数据但缺少2023年数据");
    // Cadences by name, counted from the issue date: March 2022's single meeting is not short.
    assertThat(out).containsPattern("招商组团小分队会议\\s+未达标\\s+2023-01\\s+18\\s+2023-08 \\(0/2\\)\n")
        .doesNotContain("2022-03 (1/2)");
    assertThat(out).containsPattern("领导小组办公室通报\\s+未达标\\s+2022-W52\\s+79\\s+"
        + "2022-W52–2024-W26 \\(0/1 ×79\\)");
    assertThat(out).contains("■ 未规定次数的职责(列出,不评分)")
        .containsPattern("全市招商引资项目推进会\\s+五\\.2\n");
    assertThat(out).contains("按状态计数: 达标 1");
  }

  @Test
  void theEnglishTableShowsTheEnglishNames() {
    Tool.Run zh = run("score", "--lang", "zh", sampleJson());
    Tool.Run en = run("score", "--lang=en", sampleJson());
    assertThat(en.code()).isEqualTo(zh.code());
    assertThat(en.out()).contains("as of 2024-06-30", "status", "target value", "pace",
        Status.ON_TRACK.englishName(), Status.NOT_ASSESSABLE.englishName(), "targets by status");
    assertThat(en.out()).containsPattern(
        "Share of leading-industry projects\\s+behind\\s+70\\.0%\\s+ensure > 70\\.0%");
    assertThat(en.out()).contains("  Growth of cash foreign capital: 2022: grew 3.0%, 7.0"
        + " percentage points below the target of at least 10%\n");
    assertThat(en.out()).doesNotContain("状态", "落后", "进度正常", "主导工业项目占比");
    assertThat(zh.out()).doesNotContain("target value", "on track");
  }

  @Test
  void aTargetThePlanGivesNoNameIsShownByItsId() throws IOException {
    JsonNode plan = PlanJson.mapper().readTree(Tool.repository().resolve(
        "plan-model/src/main/resources/org/planmetrics/model/plans/gongqingcheng-2022.json")
        .toFile());
    for (JsonNode goal : plan.get("goals")) {
      for (JsonNode target : goal.get("targets")) {
        if (target.get("id").asText().equals("leading-industry-share")) {
          ((ObjectNode) target).remove("name");
        }
      }
    }
    Tool.Run run = run("score", "--plan", write("unnamed.json",
        PlanJson.mapper().writeValueAsString(plan)), sampleJson());
    assertThat(run.out()).containsPattern("leading-industry-share\\s+落后")
        .containsPattern("战新项目占工业项目比重\\s+进度正常");
  }

  // --- formats ---------------------------------------------------------------------------------

  @Test
  void jsonParsesBackIntoTheLibrarysScorecard() throws IOException {
    Tool.Run run = run("score", "--format", "json", sampleJson());
    assertThat(run.code()).isEqualTo(1);
    // The tool's JSON follows the server's precision policy.
    AnswerNumbersTest.assertNumbersWithinPolicy(run.out());
    assertThat(parse(run.out()))
        .isEqualTo(asAnswered(
            Assessor.of(BundledPlans.gongqingcheng2022()).scorecard(Tool.sample()), Scorecard.class));
  }

  @Test
  void csvHasOneRowPerTargetAndMarkdownATablePerGoal() throws IOException {
    Tool.Run csv = run("score", "--format", "csv", sampleJson());
    assertThat(csv.out().split("\r\n")).hasSize(14);
    assertThat(csv.out()).startsWith("目标组,目标编号,目标,状态代码,状态,实际,目标值,序时进度,说明\r\n")
        .contains("产业集聚效应更加明显,leading-industry-share,主导工业项目占比,BEHIND,落后,70.0%,"
            + "确保 > 70.0%,,\"占比70.0%(10个中7个),恰好等于目标值,须高于70%\"\r\n");
    Tool.Run markdown = run("score", "--format", "markdown", "--lang", "en", sampleJson());
    assertThat(markdown.out()).startsWith("# Implementation Plan of Gongqingcheng City")
        .contains("\n## Make the effect of industrial clustering more marked (behind)\n\n"
            + "| target | status | actual | target value | pace | why |\n")
        .contains("| Share of leading-industry projects | behind | 70.0% | ensure > 70.0% |  |");
    Path file = dir.resolve("scorecard.csv");
    Tool.Run written = run("score", "--format", "csv", "-o", file.toString(), sampleJson());
    assertThat(written.code()).isEqualTo(1);
    assertThat(written.out()).isEmpty();
    // A byte order mark, so that Excel shows the Chinese.
    assertThat(Files.readAllBytes(file)).startsWith(0xEF, 0xBB, 0xBF);
    assertThat(Files.readString(file)).isEqualTo("\uFEFF" + csv.out());
  }

  @Test
  void aBuildWithoutWorkbooksSaysSoForXlsxOutAndIn() throws IOException {
    Tool.Run xlsx = Tool.run(Map.of(), WorkbookSupport.NONE, "score", "--format", "xlsx", "-o",
        dir.resolve("s.xlsx").toString(), sampleJson());
    assertThat(xlsx.code()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(xlsx.err()).contains("本版本尚不支持Excel工作簿(.xlsx)");
    Path workbook = Files.write(dir.resolve("figures.xlsx"), new byte[] {0x50, 0x4B, 3, 4});
    Tool.Run input = Tool.run(Map.of(), WorkbookSupport.NONE, "score", "--lang", "en",
        workbook.toString());
    assertThat(input.code()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(input.err()).contains("this build has no workbook (.xlsx) support yet");
  }

  @Test
  void theSampleWorkbookScoresAsTheSampleJsonDoes() throws IOException {
    Tool.Run fromJson = run("score", "--format", "json", sampleJson());
    Tool.Run fromWorkbook = run("score", "--format", "json", sampleWorkbook());

    assertThat(fromWorkbook.code()).as(fromWorkbook.err()).isEqualTo(fromJson.code());
    // The same scorecard; a cell holds 2.4 where the JSON writes 2.40, so numbers compare by value.
    JsonNode json = PlanJson.mapper().readTree(fromJson.out());
    JsonNode workbook = PlanJson.mapper().readTree(fromWorkbook.out());
    assertThat(json.equals((a, b) -> a.isNumber() && b.isNumber()
        ? a.decimalValue().compareTo(b.decimalValue()) : a.equals(b) ? 0 : 1, workbook))
        .as("%s%nversus%n%s", fromJson.out(), fromWorkbook.out()).isTrue();
  }

  @Test
  void theScorecardWrittenAsAWorkbookHasARowPerTarget() throws IOException {
    Path file = dir.resolve("scorecard.xlsx");
    Tool.Run run = run("score", "--format", "xlsx", "-o", file.toString(), sampleJson());

    assertThat(run.code()).as(run.err()).isEqualTo(1);
    try (org.dhatim.fastexcel.reader.ReadableWorkbook book =
        new org.dhatim.fastexcel.reader.ReadableWorkbook(file.toFile())) {
      assertThat(book.getSheets().map(org.dhatim.fastexcel.reader.Sheet::getName))
          .contains("目标", "工作要求");
      String cells = book.getFirstSheet().read().stream().map(r -> r.toString())
          .collect(Collectors.joining("\n"));
      assertThat(cells).contains("主导工业项目占比", "落后");
    }
  }

  @Test
  void aWorkbookWithBadCellsListsEachAtItsSheetRowAndColumn() throws IOException {
    byte[] template = org.planmetrics.api.workbook.ObservationsTemplate.write(
        org.planmetrics.model.plans.BundledPlans.gongqingcheng2022());
    // The template has no date on its first sheet: one error, placed on its sheet.
    Path blank = Files.write(dir.resolve("blank.xlsx"), template);

    Tool.Run run = run("score", blank.toString());

    assertThat(run.code()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err()).contains("blank.xlsx 填写说明", "[missing-as-of]");
  }

  // --- CSV folders -----------------------------------------------------------------------------

  @Test
  void csvNeedsAsOfAndThenGivesTheSameScorecardAsJson() throws IOException {
    Tool.Run without = run("score", sampleCsv());
    assertThat(without.code()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(without.err()).contains("--as-of", "[missing-as-of]");
    Tool.Run csv = run("score", "--format", "json", "--as-of", "2024-06-30", sampleCsv());
    Tool.Run json = run("score", "--format", "json", sampleJson());
    assertThat(csv.code()).isEqualTo(json.code());
    assertThat(parse(csv.out())).isEqualTo(parse(json.out()));
    // Which files were read, in which encoding, is said on standard error.
    assertThat(csv.err()).contains("已读取 " + Path.of(sampleCsv(), "series.csv") + "(UTF-8,");
  }

  @Test
  void asOfOverridesTheJsonFilesDate() throws IOException {
    Tool.Run run = run("score", "--format", "json", "--as-of", "2023-12-31", sampleJson());
    Scorecard card = parse(run.out());
    assertThat(card.asOf()).isEqualTo(LocalDate.of(2023, 12, 31));
    assertThat(card).isEqualTo(asAnswered(Assessor.of(BundledPlans.gongqingcheng2022())
        .scorecard(Tool.sample().withAsOf(LocalDate.of(2023, 12, 31))), Scorecard.class));
    // A file without a date is read with --as-of.
    String undated = write("undated.json", "{\"series\":{\"cash-fdi\":{\"2021\":0.165}}}");
    assertThat(run("score", undated).err()).contains("asOf");
    assertThat(run("score", "--as-of", "2022-06-30", undated).code()).isIn(0, 1, 3);
  }

  @Test
  void aGbkFolderIsReadAndItsEncodingSaid() throws IOException {
    Path folder = Files.createDirectories(dir.resolve("gbk"));
    Files.write(folder.resolve("指标数据.csv"), ("指标,期间,数值\n现汇进资,2021年,0.165\n"
        + "现汇进资,2022年,\"0.17\"\n").getBytes(Charset.forName("GBK")));
    Tool.Run run = run("score", "--as-of", "2023-01-31", folder.toString());
    assertThat(run.err()).contains("指标数据.csv(GBK/GB18030,2行数据)");
    assertThat(run.out()).containsPattern("现汇进资年增长\\s+未达标\\s+3\\.0%");
  }

  @Test
  void aSemicolonFileAndASingleFileGetAdvice() throws IOException {
    Path folder = Files.createDirectories(dir.resolve("semicolons"));
    Files.writeString(folder.resolve("series.csv"), "indicator;period;value\ncash-fdi;2021;0,165\n");
    Tool.Run semicolons = run("score", "--as-of", "2024-06-30", folder.toString());
    assertThat(semicolons.code()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(semicolons.err()).contains("分号", "另存为", "[semicolon-separated]")
        .doesNotContain("Exception", "at org.");
    Tool.Run single = run("score", "--lang", "en", "--as-of", "2024-06-30",
        folder.resolve("series.csv").toString());
    assertThat(single.code()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(single.err()).contains("is a single CSV file; give the folder that holds the CSV"
        + " files (" + folder + ")", "[csv-file-not-folder]");
  }

  @Test
  void aFileWithThreeBadCellsGivesThreeErrors() throws IOException {
    Path folder = Files.createDirectories(dir.resolve("bad"));
    Files.writeString(folder.resolve("projects.csv"), "项目编号,签约日期,总投资(亿元),是否工业项目,"
        + "是否主导产业,是否战略性新兴产业\nP-1,2022-03-15,20,是,否,否\nP-2,3/15/2022,lots,是,也许,否\n");
    Tool.Run run = run("score", "--as-of", "2024-06-30", folder.toString());
    assertThat(run.code()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err()).contains("错误: 输入有3处错误:\n",
        "projects.csv 第3行 “签约日期”列:'3/15/2022'的月、日次序不明;请把年写在前面,例如2022-03-15 [ambiguous-date]",
        "projects.csv 第3行 “总投资(亿元)”列:须为数字,例如12.5,实为'lots' [not-a-number]",
        "projects.csv 第3行 “是否主导产业”列:须为“是”或“否”(或true/false),实为'也许' [not-yes-or-no]");
    assertThat(run.out()).isEmpty();
    Tool.Run en = run("score", "--lang", "en", "--as-of", "2024-06-30", folder.toString());
    assertThat(en.err()).contains("error: 3 errors in the input:\n",
        "projects.csv:3: column '总投资(亿元)': must be a number such as 12.5 but was 'lots'");
  }

  @Test
  void theOldFixturesNameTheFileTheLineAndTheField() {
    Tool.Run csv = run("score", "--as-of", "2024-06-30", fixture("bad-investment"));
    assertThat(csv.err()).contains("projects.csv 第3行 “investment”列", "'lots'");
    Tool.Run malformed = run("score", "--lang", "en", fixture("malformed.json"));
    assertThat(malformed.code()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(malformed.err()).contains("malformed.json:3: ", "[malformed-json]");
    Tool.Run wrongType = run("score", "--lang", "en", fixture("wrong-type.json"));
    assertThat(wrongType.err()).contains("wrong-type.json:4: field '/projects/0/investment'");
    Tool.Run unknown = run("score", "--lang", "en", fixture("unknown-indicator.json"));
    assertThat(unknown.err()).contains("unknown-indicator.json:5: field '/series/inside-capital'",
        "[unknown-indicator]", "'inside-capital'");
    Tool.Run unknownCsv = run("score", "--as-of", "2024-06-30", fixture("unknown-indicator-csv"));
    assertThat(unknownCsv.err()).contains("series.csv 第3行 “indicator”列", "[unknown-indicator]");
    Tool.Run column = run("score", "--as-of", "2024-06-30", fixture("unknown-column"));
    assertThat(column.err()).contains("events.csv 第1行 “owner”列", "[unknown-column]");
  }
}
