package org.planmetrics.model.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.planmetrics.model.json.MinimalPlanText.minimal;
import static org.planmetrics.model.json.MinimalPlanText.refusal;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.planmetrics.model.IndicatorNature;
import org.planmetrics.model.InvalidPlanException;
import org.planmetrics.model.Plan;
import org.planmetrics.model.TargetKind;
import org.planmetrics.model.Violation;

/**
 * Flows, stocks and levels said explicitly: the minimal plan (window 2030–2032) with its
 * indicator given a nature and its targets rewritten as LEVEL or AVERAGE_GROWTH targets, and the
 * combinations the validator refuses, each at its JSON Pointer with the Chinese message first.
 */
class NatureTargetsPlanTest {

  private static final String INDICATOR_UNIT =
      "\"en\": \"Capital from outside the county\"}, \"unit\": \"CNY_100M\"";
  private static final String TOTAL_KIND = "\"kind\": \"CUMULATIVE_AMOUNT\",";
  private static final String GROWTH_KIND = "\"kind\": \"ANNUAL_GROWTH\",";

  private static String withNature(String json, String nature) {
    assertThat(json).contains(INDICATOR_UNIT);
    return json.replace(INDICATOR_UNIT, INDICATOR_UNIT + ", \"nature\": \"" + nature + "\"");
  }

  @Test
  void anIndicatorIsAFlowUnlessItSaysOtherwise() throws IOException {
    Plan plan = PlanFiles.read(minimal(), "test");

    assertThat(plan.indicators().get(0).nature()).isEqualTo(IndicatorNature.FLOW);
  }

  @Test
  void summingAStockIsRefusedAtTheTargetsKind() throws IOException {
    InvalidPlanException e = refusal(withNature(minimal(), "STOCK"));

    assertThat(e.violations()).extracting(Violation::path, Violation::rule)
        .containsExactly(tuple("/goals/0/targets/1/kind", "nature-mismatch"));
    assertThat(e.violations().get(0).messageZh()).hasValueSatisfying(m -> assertThat(m)
        .startsWith("CUMULATIVE_AMOUNT类目标会把指标'outside-capital'的各期数值相加,但该指标为STOCK(存量)")
        .contains("LEVEL"));
  }

  @Test
  void anAmountInAPeriodOfALevelIsRefused() throws IOException {
    InvalidPlanException e = refusal(withNature(minimal(), "LEVEL").replace(TOTAL_KIND,
        "\"kind\": \"PERIOD_AMOUNT\", \"period\": {\"kind\": \"YEAR\"},"));

    assertThat(e.violations()).extracting(Violation::path, Violation::rule)
        .containsExactly(tuple("/goals/0/targets/1/kind", "nature-mismatch"));
  }

  @Test
  void aLevelOfAFlowIsRefusedPointingToPeriodAmount() throws IOException {
    InvalidPlanException e = refusal(minimal().replace(TOTAL_KIND, "\"kind\": \"LEVEL\","));

    assertThat(e.violations()).extracting(Violation::path, Violation::rule)
        .containsExactly(tuple("/goals/0/targets/1/kind", "nature-mismatch"));
    assertThat(e.violations().get(0).messageZh()).hasValueSatisfying(m -> assertThat(m)
        .startsWith("LEVEL类目标取存量或水平指标某一年的数值,但指标'outside-capital'为FLOW")
        .contains("PERIOD_AMOUNT"));
    assertThat(e.violations().get(0).message()).contains("use PERIOD_AMOUNT");
  }

  @Test
  void aLevelOfAStockReadsAndRoundTrips() throws IOException {
    // A growth target on a stock is fine: only sums are refused.
    Plan plan = PlanFiles.read(withNature(minimal(), "STOCK").replace(TOTAL_KIND,
        "\"kind\": \"LEVEL\", \"period\": {\"kind\": \"YEAR\", \"year\": 2031},"), "test");

    assertThat(plan.goals().get(0).targets().get(1).kind()).isEqualTo(TargetKind.LEVEL);
    String written = PlanFiles.write(plan);
    assertThat(written).contains("\"nature\" : \"STOCK\"");
    assertThat(PlanFiles.read(written, "again")).isEqualTo(plan);
  }

  @Test
  void aLevelsPeriodNamesOneYear() throws IOException {
    String stock = withNature(minimal(), "STOCK");
    InvalidPlanException quarter = refusal(stock.replace(TOTAL_KIND,
        "\"kind\": \"LEVEL\", \"period\": {\"kind\": \"QUARTER\", \"quarter\": 1},"));
    InvalidPlanException noYear = refusal(stock.replace(TOTAL_KIND,
        "\"kind\": \"LEVEL\", \"period\": {\"kind\": \"YEAR\"},"));

    assertThat(quarter.violations()).extracting(Violation::path, Violation::rule)
        .containsExactly(tuple("/goals/0/targets/1/period/kind", "invalid-value"));
    assertThat(noYear.violations()).extracting(Violation::path, Violation::rule)
        .containsExactly(tuple("/goals/0/targets/1/period/year", "missing-field"));
  }

  @Test
  void anAverageGrowthReadsWithARatio() throws IOException {
    Plan plan = PlanFiles.read(minimal().replace(GROWTH_KIND, "\"kind\": \"AVERAGE_GROWTH\","),
        "test");

    assertThat(plan.goals().get(0).targets().get(0).kind()).isEqualTo(TargetKind.AVERAGE_GROWTH);
  }

  @Test
  void anAverageGrowthOfTenIsRefusedAsAPercentTypedWhole() throws IOException {
    InvalidPlanException e = refusal(minimal().replace(GROWTH_KIND,
        "\"kind\": \"AVERAGE_GROWTH\",").replace("\"threshold\": {\"value\": 0.1, \"unit\": "
        + "\"RATIO\"}", "\"threshold\": {\"value\": 10, \"unit\": \"RATIO\"}"));

    assertThat(e.violations()).extracting(Violation::path, Violation::rule)
        .contains(tuple("/goals/0/targets/0/threshold/value", "growth-out-of-range"));
    assertThat(e.violations().stream().filter(v -> v.rule().equals("growth-out-of-range"))
        .findFirst().orElseThrow().messageZh()).hasValueSatisfying(m -> assertThat(m)
        .startsWith("AVERAGE_GROWTH类目标的'threshold'须为-1至1之间的年增长率"));
  }
}
