package org.planmetrics.metrics.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.planmetrics.metrics.assessment.Fixtures.OUT_OF_PROVINCE;
import static org.planmetrics.metrics.assessment.Fixtures.PLAN;
import static org.planmetrics.metrics.assessment.Fixtures.assess;
import static org.planmetrics.metrics.assessment.Fixtures.series;
import static org.planmetrics.metrics.assessment.Fixtures.withTarget;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.planmetrics.metrics.result.Assessment;
import org.planmetrics.metrics.result.Status;
import org.planmetrics.model.LocalizedText;
import org.planmetrics.model.Plan;
import org.planmetrics.model.quantity.Quantity;
import org.planmetrics.model.quantity.Unit;

/**
 * A cumulative target whose threshold is in another scale of its indicator's currency: the
 * bundled out-of-province-capital figures are in 亿元, the target here reads "累计5000万元以上"
 * (or 1万亿元), and figures and threshold meet exactly.
 */
class ScaledThresholdTest {

  private static final String TARGET = "out-of-province-capital-cumulative";

  private static Plan planWithTotal(String zh, String value, Unit unit) {
    return withTarget(PLAN, TARGET, t -> t.withThreshold(Quantity.of(value, unit))
        .withText(LocalizedText.of("力争引进省外项目实际进资累计" + zh + "以上",
            "strive for capital from outside the province of at least " + zh + " in total")));
  }

  private static Assessment wan(String threshold, String... keysAndValues) {
    return assess(planWithTotal(threshold + "万元", threshold, Unit.CNY_10K), TARGET,
        series("2024-12-31", OUT_OF_PROVINCE, keysAndValues));
  }

  @Test
  void zeroPointTwoFiveAndZeroPointThreeYiYuanMeetFiveThousandWanYuan() {
    // 0.25亿元 + 0.30亿元 = 0.55亿元 = 5500万元 ≥ 5000万元.
    Assessment a = wan("5000", "2022", "0.25", "2023", "0.30");

    assertThat(a.status()).isEqualTo(Status.MET);
    assertThat(a.actual().orElseThrow().unit()).isEqualTo(Unit.CNY_10K);
    assertThat(a.actual().orElseThrow().value()).isEqualByComparingTo("5500");
    assertThat(a.threshold()).isEqualTo(Quantity.of("5000", Unit.CNY_10K));
  }

  @ParameterizedTest(name = "{0} + {1} 亿元 against {2} 万元: {3}")
  @CsvSource(delimiter = '|', value = {
      // 0.4999亿元 is 4999万元: exactly at a 4999万元 threshold, one 万元 short of 5000.
      "0.2499 | 0.25   | 4999 | MET",
      "0.2499 | 0.25   | 5000 | MISSED",
      "0.25   | 0.25   | 5000 | MET",
      // 0.00001亿元 is 1000元, a tenth of one 万元 short.
      "0.25   | 0.24999 | 5000 | MISSED"})
  void theEdgeIsExact(String first, String second, String threshold, Status status) {
    Assessment a = wan(threshold, "2022", first, "2023", second, "2024", "0");

    assertThat(a.status()).isEqualTo(status);
  }

  @Test
  void theExplanationPrintsTheThresholdInItsOwnUnit() {
    // 2022: 0.2亿元 = 2000万元 of 5000万元 after 12 of 36 months: 40.0% against 33.3%.
    Assessment a = assess(planWithTotal("5000万元", "5000", Unit.CNY_10K), TARGET,
        series("2022-12-31", OUT_OF_PROVINCE, "2022", "0.2"));

    assertThat(a.status()).isEqualTo(Status.ON_TRACK);
    assertThat(a.explanation().zh()).startsWith("省外项目实际进资累计完成2000.00万元,完成目标的40.0%");
    assertThat(a.explanation().en()).contains("of the target of 5000.00 (CNY 10 thousand)");
    Quantity remaining = a.pace().orElseThrow().remaining();
    assertThat(remaining.unit()).isEqualTo(Unit.CNY_10K);
    assertThat(remaining.value()).isEqualByComparingTo("3000");
  }

  @Test
  void oneTrillionYuanIsTenThousandYiYuan() {
    Plan plan = planWithTotal("1万亿元", "1", Unit.CNY_1T);
    Assessment met = assess(plan, TARGET,
        series("2024-12-31", OUT_OF_PROVINCE, "2022", "4000", "2023", "3000", "2024", "3000"));
    Assessment missed = assess(plan, TARGET,
        series("2024-12-31", OUT_OF_PROVINCE, "2022", "4000", "2023", "3000", "2024", "2999.99"));

    // 4000 + 3000 + 3000 = 10000亿元 = 1万亿元, exactly.
    assertThat(met.status()).isEqualTo(Status.MET);
    assertThat(met.actual().orElseThrow().value()).isEqualByComparingTo("1");
    assertThat(missed.status()).isEqualTo(Status.MISSED);
    assertThat(missed.actual().orElseThrow().value()).isEqualByComparingTo("0.999999");
  }
}
