package org.planmetrics.api.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;
import static org.planmetrics.api.workbook.TestWorkbook.percent;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.planmetrics.api.workbook.InvalidWorkbookException.Kind;
import org.planmetrics.metrics.assessment.Assessor;
import org.planmetrics.metrics.observation.LedgerProject;
import org.planmetrics.metrics.observation.Observations;
import org.planmetrics.model.InvestorType;
import org.planmetrics.model.Plan;
import org.planmetrics.model.Violation;
import org.planmetrics.model.plans.BundledPlans;

/**
 * Reading workbooks: every problem at once, each at its sheet, row and header in both
 * languages; Chinese or English headers; the forgiving forms of numbers, rates, dates, periods,
 * 是/否 and ids, and the ambiguous ones refused. The figures are the sample's (P-2022-01, signed
 * 2022-03-15 for 120.5 亿元; 2.035 亿美元 of foreign capital in 2021).
 */
class ObservationsWorkbookTest {

  private static final Plan PLAN = BundledPlans.gongqingcheng2022();
  private static final Object[] LEDGER_HEADER = {"项目编号 id", "项目名称 name", "签约日期 signedOn",
      "投资额(亿元) investment", "工业项目 industrial", "主导产业 leadingIndustry",
      "战略性新兴产业 strategicEmerging", "投资方类型 investorTypes"};

  private static Observations read(TestWorkbook workbook) {
    return ObservationsWorkbook.read(workbook.bytes(), PLAN);
  }

  private static InvalidWorkbookException refusal(TestWorkbook workbook) {
    return refusal(workbook.bytes());
  }

  private static InvalidWorkbookException refusal(byte[] workbook) {
    InvalidWorkbookException refused = catchThrowableOfType(InvalidWorkbookException.class,
        () -> ObservationsWorkbook.read(workbook, PLAN));
    assertThat(refused).as("the workbook must be refused").isNotNull();
    return refused;
  }

  private static Object[] row(Object... cells) {
    return cells;
  }

  @Nested
  class EveryErrorAtOnce {

    @Test
    void threeBadCellsGiveThreeErrorsEachWithItsSheetRowAndHeader() {
      InvalidWorkbookException refused = refusal(TestWorkbook.asOf("2024-06-30").sheet("项目台账",
          LEDGER_HEADER,
          row("P-2022-01", "A", LocalDate.of(2022, 3, 15), new BigDecimal("120.5"), "是", "是"),
          row("P-2022-02", "B", LocalDate.of(2022, 4, 20), "abc", "是", "是"),
          row("P-2022-03", "C", "2022-02-30", new BigDecimal("35"), "是", "是"),
          row("P-2022-04", "D", LocalDate.of(2022, 9, 5), new BigDecimal("48"), "也许", "是")));

      assertThat(refused.kind()).isEqualTo(Kind.INVALID);
      assertThat(refused.violationCount()).isEqualTo(3);
      assertThat(refused.violations()).extracting(Violation::path).containsExactly(
          "/项目台账/3/投资额(亿元) investment",
          "/项目台账/4/签约日期 signedOn",
          "/项目台账/5/工业项目 industrial");
      assertThat(refused.violations()).extracting(Violation::rule)
          .containsExactly("not-a-number", "bad-date", "not-yes-no");
      assertThat(refused.violations()).extracting(v -> v.messageZh().orElseThrow())
          .containsExactly("项目台账 第3行 投资额(亿元):'abc'不是数字,应填写如 12.5 的数字",
              "项目台账 第4行 签约日期:不是有效日期:'2022-02-30'",
              "项目台账 第5行 工业项目:须填“是”或“否”,实为'也许'");
      assertThat(refused.violations().get(0).message()).isEqualTo("项目台账 row 3, column "
          + "'投资额(亿元) investment': must be a number such as 12.5 but was 'abc'");
      assertThat(refused.violations()).extracting(v -> v.value().orElseThrow())
          .containsExactly("abc", "2022-02-30", "也许");
    }

    @Test
    void theChecksOfTheObservationsAreReportedAtTheCellsTheyCameFrom() {
      InvalidWorkbookException refused = refusal(TestWorkbook.asOf("2024-06-30")
          .sheet("指标数据", row("指标 indicator", "期间 period", "数值 value"),
              row("gdp", "2022", new BigDecimal("5")),
              row("cash-fdi", "2022", new BigDecimal("-0.17")))
          .sheet("项目台账", LEDGER_HEADER,
              row("P-1", "A", LocalDate.of(2022, 3, 15), new BigDecimal("-5")),
              row("P-1", "B", LocalDate.of(2022, 4, 20), new BigDecimal("20"))));

      assertThat(refused.violations()).extracting(Violation::path, Violation::rule)
          .containsExactly(
              tuple("/指标数据/2/指标 indicator", "unknown-indicator"),
              tuple("/指标数据/3/数值 value", "negative-value"),
              tuple("/项目台账/2/投资额(亿元) investment",
                  "negative-investment"),
              tuple("/项目台账/3/项目编号 id", "duplicate-id"));
      assertThat(refused.violations()).extracting(v -> v.messageZh().orElseThrow())
          .containsExactly("指标数据 第2行 指标:'gdp'不是本方案的指标,请从下拉列表中选择",
              "指标数据 第3行 数值:不能为负数,实为-0.17",
              "项目台账 第2行 投资额(亿元):不能为负数,实为-5",
              "项目台账 第3行 项目编号:项目编号'P-1'与其他行重复,每个项目的编号须不同");
      // No message names a JSON Pointer of the observations the person never saw.
      assertThat(refused.violations()).allSatisfy(v ->
          assertThat(v.message() + v.messageZh().orElseThrow()).doesNotContain("/projects"));
    }

    @Test
    void aMissingDateOfTheFiguresIsReportedWithTheOtherErrors() {
      InvalidWorkbookException refused = refusal(TestWorkbook.asOf(null).sheet("活动记录",
          row("类型 kind", "日期 date"), row("TEAM_MEETING", "someday")));

      assertThat(refused.violations()).extracting(Violation::path).containsExactly(
          "/填写说明/3/数据截至日期 asOf", "/活动记录/2/日期 date");
      assertThat(refused.violations().get(0).messageZh()).hasValue(
          "填写说明 第3行 数据截至日期:未填写;请填写数据截至的日期,如 2024-06-30");
    }

    @Test
    void aSheetOfManyBadRowsListsTheFirstHundredAndCountsTheRest() {
      Object[][] rows = new Object[251][];
      rows[0] = row("类型 kind", "日期 date");
      for (int i = 1; i <= 250; i++) {
        rows[i] = row("TEAM_MEETING", "day " + i);
      }
      InvalidWorkbookException refused = refusal(TestWorkbook.asOf("2024-06-30")
          .sheet("活动记录", rows));

      assertThat(refused.violationCount()).isEqualTo(250);
      assertThat(refused.violations()).hasSize(InvalidWorkbookException.MAX_LISTED);
      assertThat(refused.getMessage()).contains("…and 150 more");
    }
  }

  @Nested
  class Headers {

    @Test
    void chineseEnglishAndBothHeadersInAnyOrderReadAlike() {
      LocalDate signed = LocalDate.of(2022, 3, 15);
      Observations both = read(TestWorkbook.asOf("2024-06-30").sheet("项目台账", LEDGER_HEADER,
          row("P-2022-01", "A", signed, new BigDecimal("120.5"), "是", "是", "是", "世界500强")));
      Observations chinese = read(TestWorkbook.asOf("2024-06-30").sheet("项目台账",
          row("投资方类型", "投资额(亿元)", "项目编号", "项目名称", "签约日期", "工业项目", "主导产业", "战略性新兴产业"),
          row("世界500强", new BigDecimal("120.5"), "P-2022-01", "A", signed, "是", "是", "是")));
      // English headers and an English sheet name; full-width brackets and spaces are folded.
      Observations english = read(TestWorkbook.asOf("2024-06-30").sheet("projects",
          row("id", "name", "signedOn", "Investment", "industrial", "leading Industry",
              "strategicEmerging", "investorTypes"),
          row("P-2022-01", "A", signed, new BigDecimal("120.5"), "是", "是", "是",
              "FORTUNE_GLOBAL_500")));
      Observations fullWidth = read(TestWorkbook.asOf("2024-06-30").sheet("项目台账",
          row("项目编号", "项目名称", "签约日期", "投资额 (亿元)", "工业项目", "主导产业", "战略性新兴产业",
              "投资方类型"),
          row("P-2022-01", "A", signed, new BigDecimal("120.5"), "是", "是", "是",
              "FORTUNE_GLOBAL_500 世界500强")));

      assertThat(both.projects()).hasSize(1);
      assertThat(both.projects().get(0).investorTypes())
          .containsExactly(InvestorType.FORTUNE_GLOBAL_500);
      assertThat(chinese).isEqualTo(both);
      assertThat(english).isEqualTo(both);
      assertThat(fullWidth).isEqualTo(both);
    }

    @Test
    void anUnknownOrRepeatedHeaderAndAMissingRequiredColumnAreReported() {
      InvalidWorkbookException refused = refusal(TestWorkbook.asOf("2024-06-30").sheet("项目台账",
          row("项目编号 id", "签约日期", "投资额", "开工日其", "id", "备注 note"),
          row("P-1", LocalDate.of(2022, 3, 15), new BigDecimal("20"), "x", "P-1", "随便写")));

      assertThat(refused.violations()).extracting(Violation::path, Violation::rule)
          .containsExactly(
              tuple("/项目台账/1/开工日其", "unknown-header"),
              tuple("/项目台账/1/id", "duplicate-header"));
      assertThat(refused.violations().get(0).messageZh().orElseThrow())
          .startsWith("项目台账 第1行 开工日其:表头“开工日其”无法识别;本表的列为项目编号 id、");
      // 备注 is a note column: allowed and not read.
      assertThat(refused.violations()).noneMatch(v -> v.path().contains("备注"));

      InvalidWorkbookException missing = refusal(TestWorkbook.asOf("2024-06-30").sheet("活动记录",
          row("日期 date"), row(LocalDate.of(2023, 1, 8))));
      assertThat(missing.violations()).extracting(Violation::path, Violation::rule)
          .containsExactly(tuple("/活动记录/1", "missing-header"));
      assertThat(missing.violations().get(0).messageZh())
          .hasValue("活动记录 第1行:表头缺少“类型 kind”列");
    }
  }

  @Nested
  class ForgivingWhereSafe {

    @ParameterizedTest
    @ValueSource(strings = {"2022-03-15", "2022/3/15", "2022-3-15", "2022.3.15", "2022年3月15日",
        "2022年3月15", "20220315", "2022-03-15 00:00:00", " 2022/03/15 "})
    void datesWrittenAsTextInTheUsualFormsAreRead(String written) {
      Observations read = read(TestWorkbook.asOf("2024-06-30").sheet("活动记录",
          row("类型 kind", "日期 date"), row("TEAM_MEETING", written)));
      assertThat(read.events().get(0).date()).isEqualTo(LocalDate.of(2022, 3, 15));
    }

    @Test
    void excelDatesAndDayNumbersAreRead() {
      Observations read = read(TestWorkbook.asOf(new BigDecimal("45473")).sheet("活动记录",
          row("类型 kind", "日期 date"),
          row("TEAM_MEETING", LocalDate.of(2022, 3, 15)),
          row("TEAM_MEETING", new BigDecimal("44635")),
          row("TEAM_MEETING", new BigDecimal("44635.75")),
          row("TEAM_MEETING", new BigDecimal("20220315"))));
      assertThat(read.asOf()).isEqualTo(LocalDate.of(2024, 6, 30));
      assertThat(read.events()).extracting(e -> e.date()).containsOnly(LocalDate.of(2022, 3, 15));
      assertThat(read.events()).hasSize(4);
    }

    @ParameterizedTest
    @ValueSource(strings = {"3/15/2022", "15/03/2022", "22-3-15", "March 15", "2022-13-01"})
    void datesThatCouldBeReadTwoWaysOrNotAtAllAreRefused(String written) {
      InvalidWorkbookException refused = refusal(TestWorkbook.asOf("2024-06-30").sheet("活动记录",
          row("类型 kind", "日期 date"), row("TEAM_MEETING", written)));
      assertThat(refused.violations()).singleElement().satisfies(v -> {
        assertThat(v.path()).isEqualTo("/活动记录/2/日期 date");
        assertThat(v.rule()).isIn("not-a-date", "bad-date");
        assertThat(v.messageZh().orElseThrow()).contains("'" + written.strip() + "'");
      });
    }

    @Test
    void amountsMayBeTextWithThousandsSeparatorsOrFullWidthDigits() {
      Observations read = read(TestWorkbook.asOf("2024-06-30").sheet("指标数据",
          row("指标 indicator", "期间 period", "数值 value"),
          row("out-of-province-capital", "2021", "83.55"),
          row("out-of-province-capital", "2022", "1,120.5"),
          row("out-of-province-capital", "2023", "１２０.５"),
          row("foreign-capital-utilized", "2021", new BigDecimal("2.0350000000000001")),
          row("foreign-capital-utilized", "2022", new BigDecimal("2.21"))));
      Map<String, BigDecimal> capital = read.series().get("out-of-province-capital");
      assertThat(capital.get("2021")).isEqualByComparingTo("83.55");
      assertThat(capital.get("2022")).isEqualByComparingTo("1120.5");
      assertThat(capital.get("2023")).isEqualByComparingTo("120.5");
      // Excel stores 2.035 as the nearest double written to 17 digits; it keeps 15.
      assertThat(read.series().get("foreign-capital-utilized").get("2021"))
          .isEqualTo(new BigDecimal("2.035"));
    }

    @Test
    void ratesMayBePercentagesOrFractionsButABareNumberAboveOneIsAmbiguous() {
      Object[] header = row("期间 period", "单位 unit", "总量 total", "增幅 growth");
      Observations read = read(TestWorkbook.asOf("2024-06-30").sheet("排名", header,
          row("2022", "gongqingcheng", new BigDecimal("3.1"), "2.035%"),
          row("2022", "ruichang", new BigDecimal("2.4"), percent("0.125")),
          row("2022", "lushan", new BigDecimal("2.2"), "0.2"),
          row("2022", "xiushui", new BigDecimal("1.1"), percent("1.5"))));
      assertThat(read.peers().get("2022").get("gongqingcheng").growth())
          .isEqualByComparingTo("0.02035");
      assertThat(read.peers().get("2022").get("ruichang").growth()).isEqualByComparingTo("0.125");
      assertThat(read.peers().get("2022").get("lushan").growth()).isEqualByComparingTo("0.2");
      // A cell formatted as a percentage holds the fraction, whatever its size: 150%.
      assertThat(read.peers().get("2022").get("xiushui").growth()).isEqualByComparingTo("1.5");

      InvalidWorkbookException refused = refusal(TestWorkbook.asOf("2024-06-30").sheet("排名",
          header, row("2022", "gongqingcheng", new BigDecimal("3.1"), new BigDecimal("12.5"))));
      assertThat(refused.violations()).singleElement().satisfies(v -> {
        assertThat(v.path()).isEqualTo("/排名/2/增幅 growth");
        assertThat(v.rule()).isEqualTo("ambiguous-rate");
        assertThat(v.messageZh().orElseThrow())
            .isEqualTo("排名 第2行 增幅:此列为增幅,请写成百分数(如12.5%)或小数(如0.125),'12.5'含义不明");
      });
    }

    @Test
    void aPercentageInAnAmountColumnIsRefused() {
      InvalidWorkbookException refused = refusal(TestWorkbook.asOf("2024-06-30").sheet("项目台账",
          LEDGER_HEADER,
          row("P-1", "A", LocalDate.of(2022, 3, 15), "12%"),
          row("P-2", "B", LocalDate.of(2022, 3, 15), percent("0.2"))));
      assertThat(refused.violations()).extracting(Violation::path, Violation::rule)
          .containsExactly(
              tuple("/项目台账/2/投资额(亿元) investment",
                  "percent-not-allowed"),
              tuple("/项目台账/3/投资额(亿元) investment",
                  "percent-not-allowed"));
    }

    @Test
    void periodsInTheUsualFormsAreRead() {
      Observations read = read(TestWorkbook.asOf("2024-06-30").sheet("指标数据",
          row("指标 indicator", "期间 period", "数值 value"),
          row("cash-fdi", "2021年", new BigDecimal("0.165")),
          row("cash-fdi", new BigDecimal("2022"), new BigDecimal("0.17")),
          row("cash-fdi", "2023/6", new BigDecimal("0.1")),
          row("cash-fdi", "2024年1-6月", new BigDecimal("0.09")),
          row("foreign-capital-utilized", LocalDate.of(2024, 6, 1), new BigDecimal("1.25")),
          row("foreign-capital-utilized", "2023年6月", new BigDecimal("1.10"))));
      assertThat(read.series().get("cash-fdi")).containsOnlyKeys("2021", "2022", "2023-06",
          "2024-06");
      assertThat(read.series().get("foreign-capital-utilized")).containsOnlyKeys("2024-06",
          "2023-06");
    }

    @Test
    void yesNoIdsAndNamesAreReadInTheirUsualForms() {
      Observations read = read(TestWorkbook.asOf("2024-06-30")
          .sheet("项目台账", LEDGER_HEADER,
              row("P-1", "A", LocalDate.of(2022, 3, 15), new BigDecimal("20"), true, "Y", "1",
                  "上市公司;跨国公司"),
              row("P-2", "B", LocalDate.of(2022, 3, 15), new BigDecimal("20"), "否", null, false,
                  null))
          .sheet("活动记录", row("类型 kind", "日期 date"),
              row("TEAM_MEETING 招商组团小分队会议、招商组团小分队推进会", LocalDate.of(2023, 1, 8)),
              row("招商简讯", LocalDate.of(2023, 1, 9)),
              row("VISIT", LocalDate.of(2023, 1, 10))));
      LedgerProject first = read.projects().get(0);
      assertThat(first.industrial()).isTrue();
      assertThat(first.leadingIndustry()).isTrue();
      assertThat(first.strategicEmerging()).isTrue();
      assertThat(first.investorTypes()).containsExactlyInAnyOrder(InvestorType.LISTED,
          InvestorType.MULTINATIONAL);
      LedgerProject second = read.projects().get(1);
      assertThat(second.industrial()).isFalse();
      assertThat(second.leadingIndustry()).as("empty is 否").isFalse();
      assertThat(read.events()).extracting(e -> e.kind())
          .containsExactly("TEAM_MEETING", "INVESTMENT_NEWSLETTER", "VISIT");
    }

    @Test
    void emptyRowsAndNoteColumnsAreSkipped() {
      Observations read = read(TestWorkbook.asOf("2024-06-30").sheet("活动记录",
          row(null, null, null, null),
          row("类型 kind", "日期 date", null, "备注"),
          row(),
          row("TEAM_MEETING", LocalDate.of(2023, 1, 8), null, "第一次"),
          row(null, null, null, null),
          row(null, null, null, "只有备注的行"),
          row("TRAINING", LocalDate.of(2023, 2, 15))));
      assertThat(read.events()).extracting(e -> e.kind())
          .containsExactly("TEAM_MEETING", "TRAINING");
    }
  }

  @Nested
  class StrictWhereNot {

    @Test
    void aRepeatedFigureNamesTheRowItRepeats() {
      InvalidWorkbookException refused = refusal(TestWorkbook.asOf("2024-06-30").sheet("指标数据",
          row("指标 indicator", "期间 period", "数值 value"),
          row("cash-fdi", "2022", new BigDecimal("0.17")),
          row("现汇进资", "2022", new BigDecimal("0.18"))));
      assertThat(refused.violations()).singleElement().satisfies(v -> {
        assertThat(v.path()).isEqualTo("/指标数据/3/期间 period");
        assertThat(v.messageZh()).hasValue("指标数据 第3行 期间:与第2行重复(同一指标、同一期间),只保留一行");
      });
    }

    @Test
    void aRankingRowHoldsEitherAUnitsFiguresOrPublishedRanks() {
      InvalidWorkbookException refused = refusal(TestWorkbook.asOf("2024-06-30").sheet("排名",
          row("期间 period", "单位 unit", "总量 total", "增幅 growth", "总量位次 totalRank",
              "增幅位次 growthRank", "参与排名单位数 peerCount"),
          row("2022", null, null, null, 3, 4, 13),
          row("2023", "gongqingcheng", new BigDecimal("3"), "5%", 2, 6, 13),
          row("2024"),
          row("2023", null, null, null, 2, null, 13)));
      assertThat(refused.violations()).extracting(Violation::path, Violation::rule)
          .containsExactly(
              tuple("/排名/3", "mixed-row"),
              tuple("/排名/4", "incomplete-row"),
              tuple("/排名/5/增幅位次 growthRank", "required"));
    }

    @Test
    void theRulesOfTheWholeAreEveryOneReportedAtItsCell() {
      // Observations that break them cannot be built: each is found first, none stops the
      // reading.
      InvalidWorkbookException refused = refusal(TestWorkbook.asOf("2024-06-30")
          .sheet("指标数据", row("指标 indicator", "期间 period", "数值 value"),
              row("cash-fdi", "2022", new BigDecimal("0.17")),
              row("cash-fdi", "2022-12", new BigDecimal("0.2")))
          .sheet("项目台账", row("项目编号 id", "签约日期 signedOn", "投资额(亿元) investment",
                  "组团 team"),
              row("P-1", LocalDate.of(2022, 3, 15), new BigDecimal("20"), "team-9")));
      assertThat(refused.violations()).extracting(Violation::path, Violation::rule)
          .containsExactly(
              tuple("/指标数据/3/期间 period", "duplicate-period"),
              tuple("/项目台账/2/组团 team", "unknown-team"));
      assertThat(refused.violations().get(1).messageZh())
          .hasValue("项目台账 第2行 组团:'team-9'不是“组团任务”表中的组团");
    }

    @Test
    void ranksThatBreakTheirRulesAreEveryOneReportedAtItsCell() {
      // Such ranks cannot be built: each rule is found before building, none stops the reading.
      InvalidWorkbookException refused = refusal(TestWorkbook.asOf("2024-06-30").sheet("排名",
          row("期间 period", "总量位次 totalRank", "增幅位次 growthRank", "参与排名单位数 peerCount"),
          row("2022", 14, 0, 13),
          row("2023", 2, 6, 0),
          row("2023-06", 2, 6, 20_000)));
      assertThat(refused.violations()).extracting(Violation::path, Violation::rule)
          .containsExactly(
              tuple("/排名/2/总量位次 totalRank", "bad-rank"),
              tuple("/排名/2/增幅位次 growthRank", "bad-rank"),
              tuple("/排名/3/参与排名单位数 peerCount", "bad-rank"),
              tuple("/排名/4/参与排名单位数 peerCount", "too-large"));
      assertThat(refused.violations().get(2).messageZh())
          .hasValue("排名 第3行 参与排名单位数:参与排名单位数须至少为1,实为0");
    }

    @Test
    void aTeamIsGivenOnceAndEachTaskOnce() {
      Object[] header = row("组团编号 id", "组团名称 nameZh", "英文名称 nameEn", "成员单位 units",
          "年度 year", "任务指标 metric", "任务量 task");
      Observations read = read(TestWorkbook.asOf("2024-06-30").sheet("组团任务", header,
          row("team-1", "招商一组", null, "市商务局、htz-investment-service-bureau", "2024",
              "signed-investment", new BigDecimal("200")),
          row("team-1", null, null, null, "2024年", "签约项目数", 3),
          row("legal-team", "法务团队", "Legal team", "justice-bureau")));
      assertThat(read.teams()).hasSize(2);
      assertThat(read.teams().get(0).name().en()).as("no English name: the Chinese one")
          .isEqualTo("招商一组");
      assertThat(read.teams().get(0).units())
          .containsExactly("commerce-bureau", "htz-investment-service-bureau");
      assertThat(read.teams().get(0).tasks().get("2024"))
          .containsOnlyKeys("signed-investment", "signed-projects");
      assertThat(read.teams().get(1).tasks()).isEmpty();
      // The CSV files' names work too: tasks.csv calls the id "team".
      Observations csvNames = read(TestWorkbook.asOf("2024-06-30").sheet("teams",
          row("team", "nameZh", "nameEn", "units", "year", "metric", "task"),
          row("legal-team", "法务团队", "Legal team", "justice-bureau")));
      assertThat(csvNames.teams()).singleElement().satisfies(t ->
          assertThat(t.name().en()).isEqualTo("Legal team"));

      InvalidWorkbookException refused = refusal(TestWorkbook.asOf("2024-06-30").sheet("组团任务",
          header,
          row("team-1", "招商一组", null, null, "2024", "signed-investment", new BigDecimal("200")),
          row("team-1", "招商二组", null, null, "2024", "signed-investment", new BigDecimal("100")),
          row("team-1", null, null, null, "2024", "signed-projects", new BigDecimal("0.5"))));
      assertThat(refused.violations()).extracting(Violation::path, Violation::rule)
          .containsExactly(
              tuple("/组团任务/3/组团名称 nameZh", "inconsistent-team"),
              tuple("/组团任务/3/任务指标 metric", "duplicate-row"),
              tuple("/组团任务/4/任务量 task", "not-whole"));
    }

    @Test
    void aCellHoldingAnErrorValueIsReported() {
      XlsxEditor editor = new XlsxEditor(TestWorkbook.asOf("2024-06-30").sheet("指标数据",
          row("指标 indicator", "期间 period", "数值 value"),
          row("cash-fdi", "2022", new BigDecimal("0.17"))).bytes());
      editor.sheet("指标数据").error(2, "C", "#DIV/0!");
      InvalidWorkbookException refused = refusal(editor.bytes());
      assertThat(refused.violations()).singleElement().satisfies(v -> {
        assertThat(v.path()).isEqualTo("/指标数据/2/数值 value");
        assertThat(v.rule()).isEqualTo("error-value");
        assertThat(v.messageZh()).hasValue("指标数据 第2行 数值:单元格为错误值#DIV/0!,请改为实际数值");
      });
    }
  }

  @Nested
  class NotAWorkbookOfObservations {

    @Test
    void anOldExcelFileIsNamedAsSuch() {
      byte[] xls = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
          (byte) 0xE1, 0, 0, 0, 0};
      InvalidWorkbookException refused = refusal(xls);
      assertThat(refused.kind()).isEqualTo(Kind.UNREADABLE);
      assertThat(refused.violations().get(0).messageZh().orElseThrow()).contains(".xls", ".xlsx");
    }

    @Test
    void textOrADamagedArchiveIsNotAWorkbook() {
      InvalidWorkbookException text = refusal("{\"asOf\": \"2024-06-30\"}".getBytes(
          java.nio.charset.StandardCharsets.UTF_8));
      assertThat(text.kind()).isEqualTo(Kind.UNREADABLE);
      assertThat(text.violations().get(0).rule()).isEqualTo("not-a-workbook");

      byte[] workbook = TestWorkbook.asOf("2024-06-30").bytes();
      byte[] cut = java.util.Arrays.copyOf(workbook, workbook.length / 2);
      InvalidWorkbookException damaged = refusal(cut);
      assertThat(damaged.kind()).isEqualTo(Kind.UNREADABLE);
      assertThat(damaged.violations().get(0).rule()).isEqualTo("damaged-workbook");
      assertThat(damaged.getMessage()).doesNotContain("Exception", "java.", "zip.");
    }

    @Test
    void aScorecardWorkbookIsNotAWorkbookOfObservations() {
      byte[] scorecard = ScorecardWorkbook.write(Assessor.of(PLAN).scorecard(
          SampleWorkbook.sample()), PLAN);
      InvalidWorkbookException refused = refusal(scorecard);
      assertThat(refused.kind()).isEqualTo(Kind.INVALID);
      assertThat(refused.violations()).extracting(Violation::rule)
          .contains("not-an-observations-workbook");
    }

    @Test
    void noMessageNamesAJavaClassOrALibrary() {
      List<InvalidWorkbookException> refusals = List.of(
          refusal(new byte[] {0x50, 0x4B, 0x03, 0x04, 1, 2, 3}),
          refusal(TestWorkbook.asOf("soon").sheet("排名", row("期间 period", "增幅 growth"),
              row("x", "y"))));
      for (InvalidWorkbookException refused : refusals) {
        for (Violation v : refused.violations()) {
          assertThat(v.message() + v.messageZh().orElse("")).doesNotContainIgnoringCase("exception")
              .doesNotContain("java.", "fastexcel", "dhatim", "BigDecimal", "Jackson");
        }
      }
    }
  }
}
