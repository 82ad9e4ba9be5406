package org.planmetrics.model.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.planmetrics.model.json.MinimalPlanText.minimal;
import static org.planmetrics.model.json.MinimalPlanText.refusal;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.planmetrics.model.InvalidPlanException;
import org.planmetrics.model.Plan;
import org.planmetrics.model.Violation;
import org.planmetrics.model.quantity.Quantity;
import org.planmetrics.model.quantity.Unit;

/**
 * Plan files with thresholds and tier bounds in another scale of their currency: the minimal
 * plan's indicator counts 亿元, its total target is rewritten as "确保累计5000万元以上".
 */
class ScaledUnitsPlanTest {

  private static final String TOTAL_TEXT = "确保累计30亿元以上";
  private static final String TOTAL_THRESHOLD = "\"threshold\": {\"value\": 30, \"unit\": \"CNY_100M\"}";

  @Test
  void aThresholdInWanYuanOnAnIndicatorInYiYuanIsValid() throws IOException {
    Plan plan = PlanFiles.read(withTotal("确保累计5000万元以上", "5000", "CNY_10K"), "test");

    Quantity threshold = plan.goals().get(0).targets().get(1).threshold();
    assertThat(threshold.unit()).isEqualTo(Unit.CNY_10K);
    assertThat(threshold.value()).isEqualByComparingTo("5000");
    // 5000万元 is half of one 亿元, exactly.
    assertThat(threshold.isEqual(Quantity.of("0.5", Unit.CNY_100M))).isTrue();
    assertThat(PlanFiles.read(PlanFiles.write(plan), "again")).isEqualTo(plan);
  }

  @Test
  void aThresholdInTrillionsOfYuanIsValidToo() throws IOException {
    Plan plan = PlanFiles.read(withTotal("确保累计1万亿元以上", "1", "CNY_1T"), "test");

    assertThat(plan.goals().get(0).targets().get(1).threshold()
        .isEqual(Quantity.of("10000", Unit.CNY_100M))).isTrue();
  }

  @Test
  void aThresholdInDollarsOnAnIndicatorInYuanIsRefused() throws IOException {
    InvalidPlanException e = refusal(withTotal("确保累计5000万美元以上", "5000", "USD_10K"));

    assertThat(e.violations()).extracting(Violation::path, Violation::rule)
        .containsExactly(tuple("/goals/0/targets/1/threshold/unit", "unit-mismatch"));
    Violation v = e.violations().get(0);
    assertThat(v.value()).contains("USD_10K");
    // The message offers the scales of the yuan the threshold could have been written in.
    assertThat(v.message()).contains("CNY_10K", "CNY_1T");
    assertThat(v.messageZh()).hasValueSatisfying(m -> assertThat(m).contains("万元", "万亿元"));
  }

  @Test
  void aThresholdThatDiffersFromTheTextByOneWanYuanIsRefused() throws IOException {
    InvalidPlanException e = refusal(withTotal("确保累计4999万元以上", "5000", "CNY_10K"));

    assertThat(e.violations()).extracting(Violation::path, Violation::rule)
        .containsExactly(tuple("/goals/0/targets/1/threshold/value", "threshold-mismatch"));
    assertThat(e.violations().get(0).message()).contains("4999万元");
  }

  @Test
  void aThresholdInYiYuanMatchesTheTextsFigureInWanYuan() throws IOException {
    // 0.5亿元 is the text's 5000万元; the figure and the threshold meet exactly.
    Plan plan = PlanFiles.read(withTotal("确保累计5000万元以上", "0.5", "CNY_100M"), "test");

    assertThat(plan.goals().get(0).targets().get(1).threshold().unit())
        .isEqualTo(Unit.CNY_100M);
  }

  @Test
  void tierBoundsMayBeInWanYuan() throws IOException {
    // Medium: from 5000万元 up to 10亿元; large from 10亿元. They touch and do not overlap.
    Plan plan = PlanFiles.read(minimal().replace(
        "\"minInvestment\": {\"value\": 1, \"unit\": \"CNY_100M\"}",
        "\"minInvestment\": {\"value\": 5000, \"unit\": \"CNY_10K\"}"), "test");

    assertThat(plan.projectTiers().tier("medium").orElseThrow().minInvestment())
        .isEqualTo(Quantity.of("5000", Unit.CNY_10K));
  }

  @Test
  void tierBoundsInTwoScalesAreComparedExactly() throws IOException {
    // Medium up to 100001万元 = 10.0001亿元 reaches past large's 10亿元: they overlap.
    String overlapping = minimal().replace(
        "\"maxInvestment\": {\"value\": 10, \"unit\": \"CNY_100M\"}",
        "\"maxInvestment\": {\"value\": 100001, \"unit\": \"CNY_10K\"}");
    // Medium from 10000万元 = 1亿元 up to 1亿元 is an empty band.
    String empty = minimal().replace(
        "\"minInvestment\": {\"value\": 1, \"unit\": \"CNY_100M\"}, "
            + "\"maxInvestment\": {\"value\": 10, \"unit\": \"CNY_100M\"}",
        "\"minInvestment\": {\"value\": 10000, \"unit\": \"CNY_10K\"}, "
            + "\"maxInvestment\": {\"value\": 1, \"unit\": \"CNY_100M\"}");

    assertThat(refusal(overlapping).violations()).extracting(Violation::path, Violation::rule)
        .containsExactly(tuple("/projectTiers/tiers/1", "overlapping-tiers"));
    assertThat(refusal(empty).violations()).extracting(Violation::path, Violation::rule)
        .containsExactly(tuple("/projectTiers/tiers/1/maxInvestment", "empty-band"));
  }

  @Test
  void aTierBoundInDollarsIsRefused() throws IOException {
    InvalidPlanException e = refusal(minimal().replace(
        "\"minInvestment\": {\"value\": 10, \"unit\": \"CNY_100M\"}",
        "\"minInvestment\": {\"value\": 1000, \"unit\": \"USD_10K\"}"));

    assertThat(e.violations()).extracting(Violation::path, Violation::rule)
        .contains(tuple("/projectTiers/tiers/0/minInvestment/unit", "unit-mismatch"));
    assertThat(e.violations().get(0).messageZh()).hasValueSatisfying(m ->
        assertThat(m).startsWith("项目投资额以人民币计").contains("万美元"));
  }

  private static String withTotal(String text, String value, String unit) throws IOException {
    String json = minimal();
    assertThat(json).contains(TOTAL_TEXT, TOTAL_THRESHOLD);
    return json.replace(TOTAL_TEXT, text).replace(TOTAL_THRESHOLD,
        "\"threshold\": {\"value\": " + value + ", \"unit\": \"" + unit + "\"}");
  }
}
