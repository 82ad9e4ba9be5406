package org.planmetrics.model.draft;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The draft plan file writes each newly read form in the shape the plan file takes (README
 * "Periods, levels and average growth", "Bare figures, 左右 and stretch figures", "Project
 * stages … cohort rates"), with a reading wherever the text left a choice open.
 */
class DraftPlanFormsTest {

  private static JsonNode firstTarget(String text) {
    return PlanDrafts.draft("二、目标任务\n1.招商引资。" + text).draftPlan().at("/goals/0/targets/0");
  }

  private static JsonNode readingsOf(String text) {
    return PlanDrafts.draft("二、目标任务\n1.招商引资。" + text).draftPlan().get("readings");
  }

  @Test
  void anAmountInEachYearIsAPeriodAmountWithAYearPeriod() {
    JsonNode t = firstTarget("全年完成省外项目实际进资120亿元以上。");
    assertThat(t.get("kind").asText()).isEqualTo("PERIOD_AMOUNT");
    assertThat(t.get("period").toString()).isEqualTo("{\"kind\":\"YEAR\"}");
    assertThat(t.at("/threshold/value").decimalValue()).isEqualByComparingTo("120");
    // The indicator's unit is the threshold's currency, as for a total.
    JsonNode indicator = PlanDrafts.draft("二、目标任务\n1.招商引资。全年完成省外项目实际进资120亿元以上。")
        .draftPlan().at("/indicators/0");
    assertThat(indicator.get("unit").asText()).isEqualTo("CNY_100M");
  }

  @Test
  void aCountByAYearIsTheLevelOfAStockInThatYear() {
    String text = "二、目标任务\n1.招商引资。到2025年,全市规模以上工业企业达到300家。";
    JsonNode plan = PlanDrafts.draft(text).draftPlan();
    JsonNode t = plan.at("/goals/0/targets/0");
    assertThat(t.get("kind").asText()).isEqualTo("LEVEL");
    assertThat(t.get("period").toString()).isEqualTo("{\"kind\":\"YEAR\",\"year\":2025}");
    assertThat(t.at("/threshold/value").decimalValue()).isEqualByComparingTo("300");
    // How many enterprises there are at the end of 2025: a stock, counted, never summed.
    assertThat(plan.at("/indicators/0/unit").asText()).isEqualTo("COUNT");
    assertThat(plan.at("/indicators/0/nature").asText()).isEqualTo("STOCK");
    // 达到300家 has no comparison word: the bare-figure reading names the target.
    assertThat(plan.get("readings").findValuesAsText("zh"))
        .contains("原文未写比较词,按下限理解")
        .anyMatch(zh -> zh.contains("2025年的水平") && zh.contains("不累加"));
  }

  @Test
  void aShareByAYearIsTheLevelOfARate() {
    JsonNode plan = PlanDrafts.draft(
        "二、目标任务\n1.招商引资。到2025年,规上工业增加值占地区生产总值比重达到40%以上。").draftPlan();
    assertThat(plan.at("/goals/0/targets/0/kind").asText()).isEqualTo("LEVEL");
    assertThat(plan.at("/goals/0/targets/0/threshold/value").decimalValue())
        .isEqualByComparingTo("0.4");
    assertThat(plan.at("/indicators/0/name/zh").asText()).isEqualTo("规上工业增加值占地区生产总值比重");
    assertThat(plan.at("/indicators/0/nature").asText()).isEqualTo("LEVEL");
    assertThat(plan.at("/goals/0/targets/0/share").isMissingNode()).isTrue();
  }

  @Test
  void anAmountByAYearIsThatYearsAmountOfAFlow() {
    // The loader refuses a LEVEL on a flow; one year of a flow is a PERIOD_AMOUNT with its year.
    JsonNode plan = PlanDrafts.draft("二、目标任务\n1.招商引资。到2025年,外贸进出口总额达到50亿元。")
        .draftPlan();
    JsonNode t = plan.at("/goals/0/targets/0");
    assertThat(t.get("kind").asText()).isEqualTo("PERIOD_AMOUNT");
    assertThat(t.get("period").toString()).isEqualTo("{\"kind\":\"YEAR\",\"year\":2025}");
    assertThat(plan.at("/indicators/0/unit").asText()).isEqualTo("CNY_100M");
    assertThat(plan.at("/indicators/0").has("nature")).isFalse();
    assertThat(plan.get("readings").findValuesAsText("zh"))
        .anyMatch(zh -> zh.contains("2025年全年的数额") && zh.contains("STOCK"));
  }

  @Test
  void aFirstQuarterAmountNamesQuarterOne() {
    JsonNode t = firstTarget("一季度完成县外资金实际到位8亿元以上。");
    assertThat(t.get("period").toString()).isEqualTo("{\"kind\":\"QUARTER\",\"quarter\":1}");
  }

  @Test
  void approximatelyLeavesTheToleranceToAPersonAndSaysSo() {
    String text = "主导产业工业项目占比70%左右。";
    JsonNode t = firstTarget(text);
    assertThat(t.get("operator").asText()).isEqualTo("APPROXIMATELY");
    assertThat(t.at("/tolerance/value").asText()).startsWith(PlanDrafts.TO_FILL);
    assertThat(t.at("/tolerance/unit").asText()).isEqualTo("RATIO");
    assertThat(readingsOf(text).findValuesAsText("zh"))
        .anyMatch(zh -> zh.contains("容差") && zh.contains("人工"));
  }

  @Test
  void aSameYearStartRateIsACohortRate() {
    JsonNode t = firstTarget("当年签约项目当年开工率60%以上。");
    assertThat(t.get("kind").asText()).isEqualTo("COHORT_RATE");
    assertThat(t.get("cohort").toString()).isEqualTo("{\"stage\":\"SIGNED\"}");
    assertThat(t.get("reached").toString())
        .isEqualTo("{\"stage\":\"STARTED\",\"within\":\"SAME_YEAR\"}");
    // 60% is the fraction 0.60; a cohort rate names no indicator and no share.
    assertThat(t.at("/threshold/value").decimalValue()).isEqualByComparingTo("0.6");
    assertThat(t.has("indicator") || t.has("share")).isFalse();
  }

  @Test
  void aPerformanceRateIsLeftToAPersonWithItsOwnReason() {
    // 履约 could be registering, starting or paying in as contracted, by a deadline each
    // contract sets: a COHORT_RATE would have to guess a stage and 当年/次年, so none is drafted.
    PlanDraft draft = PlanDrafts.draft("二、目标任务\n1.招商引资。2023年签约项目履约率达到80%以上。");
    assertThat(draft.targets()).isEmpty();
    assertThat(draft.notRead()).singleElement().satisfies(n -> {
      assertThat(n.reason()).isEqualTo("performance-rate");
      assertThat(n.why().zh()).contains("开工", "COHORT_RATE");
      assertThat(n.text()).isEqualTo("2023年签约项目履约率达到80%以上");
    });
  }

  /** A comma or an enumeration comma (、) between the 确保 and the 力争 figure: the same target. */
  @ParameterizedTest
  @ValueSource(strings = {",", "、"})
  void ensureThenStriveIsOneTargetWithAStretch(String joint) {
    String text = "二、目标任务\n1.招商引资。确保全年完成省外项目实际进资30亿元" + joint + "力争32亿元。";
    PlanDraft draft = PlanDrafts.draft(text);
    assertThat(draft.targets()).hasSize(1);
    assertThat(draft.notRead()).isEmpty();
    JsonNode t = draft.draftPlan().at("/goals/0/targets/0");
    // 30 binds (确保), 32 is the stretch (力争); the target's text holds both figures.
    assertThat(t.at("/threshold/value").decimalValue()).isEqualByComparingTo("30");
    assertThat(t.get("commitment").asText()).isEqualTo("ENSURE");
    assertThat(t.at("/stretch/threshold/value").decimalValue()).isEqualByComparingTo("32");
    assertThat(t.at("/stretch/threshold/unit").asText()).isEqualTo("CNY_100M");
    assertThat(t.at("/stretch/commitment").asText()).isEqualTo("STRIVE");
    assertThat(t.at("/text/zh").asText())
        .isEqualTo("确保全年完成省外项目实际进资30亿元" + joint + "力争32亿元");
    DraftField stretch = draft.targets().get(0).field("stretch").orElseThrow();
    // The stretch's words: the 力争 clause.
    assertThat(stretch.span().orElseThrow().in(text)).isEqualTo("力争32亿元");
  }

  @Test
  void aStriveFigureJoinedByTheEnumerationCommaIsItsStretchOrNothing() {
    // 累计100亿元 is not a stricter figure for one year: after 、 it is not read on its own.
    PlanDraft draft = PlanDrafts.draft("确保全年完成省外项目实际进资30亿元、力争累计100亿元。");
    assertThat(draft.targets()).singleElement()
        .satisfies(t -> assertThat(t.stretch()).isEmpty());
    assertThat(draft.notRead()).singleElement().satisfies(n -> {
      assertThat(n.reason()).isEqualTo("stretch-mismatch");
      assertThat(n.text()).isEqualTo("力争累计100亿元");
    });
  }

  @Test
  void aStriveFigureOfAnotherKindIsNotAStretch() {
    // 累计100亿元 is a total over the window, not a stricter figure for one year.
    PlanDraft draft = PlanDrafts.draft("确保全年完成省外项目实际进资30亿元,力争累计100亿元。");
    assertThat(draft.targets()).hasSize(2);
    assertThat(draft.targets().get(0).stretch()).isEmpty();
    assertThat(draft.targets().get(1).kind().name()).isEqualTo("CUMULATIVE_AMOUNT");
    assertThat(draft.targets().get(1).commitment().name()).isEqualTo("STRIVE");
  }

  @Test
  void aYearsFigureAfterATotalIsNotItsStretch() {
    // 全年60亿元 is one year's amount, not a stricter total than 累计50亿元.
    PlanDraft draft = PlanDrafts.draft("确保累计完成投资50亿元以上,力争全年60亿元。");
    assertThat(draft.targets()).hasSize(2);
    assertThat(draft.targets().get(0).stretch()).isEmpty();
    assertThat(draft.targets().get(1).kind().name()).isEqualTo("PERIOD_AMOUNT");
  }

  @Test
  void averageGrowthSaysItIsJudgedOnce() {
    String text = "实际利用外资年均增长8%以上。";
    assertThat(firstTarget(text).get("kind").asText()).isEqualTo("AVERAGE_GROWTH");
    assertThat(readingsOf(text).findValuesAsText("zh")).anyMatch(zh -> zh.contains("复合增长率"));
  }
}
