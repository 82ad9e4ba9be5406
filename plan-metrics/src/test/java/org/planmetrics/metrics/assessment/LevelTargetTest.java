package org.planmetrics.metrics.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.planmetrics.metrics.assessment.Fixtures.PLAN;
import static org.planmetrics.metrics.assessment.Fixtures.assess;
import static org.planmetrics.metrics.assessment.Fixtures.series;
import static org.planmetrics.metrics.assessment.Fixtures.withTarget;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.planmetrics.metrics.result.Assessment;
import org.planmetrics.metrics.result.Status;
import org.planmetrics.model.Indicator;
import org.planmetrics.model.IndicatorNature;
import org.planmetrics.model.LocalizedText;
import org.planmetrics.model.PeriodKind;
import org.planmetrics.model.Plan;
import org.planmetrics.model.TargetKind;
import org.planmetrics.model.TargetPeriod;
import org.planmetrics.model.quantity.Quantity;
import org.planmetrics.model.quantity.Unit;

/**
 * A level in a year ("到2024年…达到X"), on the bundled plan (window 2022–2024) with one target made
 * a LEVEL target on a level indicator (规上工业增加值占比, a ratio) or a stock (累计签约项目投资额, 亿元).
 */
class LevelTargetTest {

  private static final String TARGET = "out-of-province-capital-cumulative";
  private static final String SHARE = "industry-share";
  private static final String SIGNED = "signed-investment";

  private static Plan plan(String indicator, IndicatorNature nature, Unit unit, String zh,
      String value, Integer year) {
    List<Indicator> indicators = new ArrayList<>(PLAN.indicators());
    indicators.add(Indicator.builder().id(indicator).name(LocalizedText.of(
        indicator.equals(SHARE) ? "规上工业增加值占比" : "累计签约项目投资额",
        indicator.equals(SHARE) ? "Share of industry above designated size"
            : "Signed investment to date")).unit(unit).nature(nature).build());
    return withTarget(PLAN.withIndicators(indicators), TARGET, t -> {
      var changed = t.withKind(TargetKind.LEVEL).withIndicator(indicator)
          .withThreshold(Quantity.of(value, unit))
          .withText(LocalizedText.of(zh, "strive to reach " + value + " by the end"));
      return year == null ? changed : changed.withPeriod(
          TargetPeriod.builder().kind(PeriodKind.YEAR).year(year).build());
    });
  }

  private static Assessment share(Integer year, String asOf, String... keysAndValues) {
    return assess(plan(SHARE, IndicatorNature.LEVEL, Unit.RATIO, "力争到2024年规上工业增加值占比达到40%以上",
        "0.4", year), TARGET, series(asOf, SHARE, keysAndValues));
  }

  @Test
  void midYearAtTheLevelIsOnTrackAndSaysSo() {
    // 41% through June 2024 already meets 40%; the year's figure is not in: on track.
    Assessment a = share(null, "2024-06-30", "2023", "0.37", "2024-06", "0.41");

    assertThat(a.status()).isEqualTo(Status.ON_TRACK);
    assertThat(a.actual().orElseThrow().value()).isEqualByComparingTo("0.41");
    assertThat(a.inputs()).containsExactly("/series/industry-share/2024-06");
    assertThat(a.explanation().zh()).startsWith(
        "规上工业增加值占比到2024年40%以上:截至2024年6月为41.0%,已达到目标值。进度正常。");
    assertThat(a.explanation().en()).contains("41.0% through June 2024, already at the target");
  }

  @ParameterizedTest(name = "as of {0}, {1} = {2}: {3}")
  @CsvSource(delimiter = '|', value = {
      // Below the level mid-year: behind.
      "2024-06-30 | 2024-06 | 0.38  | BEHIND",
      // Only 2023 in so far: the latest figure is 2023's.
      "2023-12-31 | 2023    | 0.39  | BEHIND",
      "2023-12-31 | 2023    | 0.40  | ON_TRACK",
      // The year's figure decides: exactly 40% meets 以上; 39.9% misses.
      "2024-12-31 | 2024    | 0.40  | MET",
      "2024-12-31 | 2024    | 0.399 | MISSED"})
  void theLatestFigureStandsUntilTheYearsOwnIsIn(String asOf, String key, String value,
      Status status) {
    assertThat(share(null, asOf, key, value).status()).isEqualTo(status);
  }

  @Test
  void aNamedYearIgnoresLaterFigures() {
    // The level of 2023: its figure 41% decides, whatever 2024 brings.
    Assessment a = share(2023, "2024-06-30", "2023", "0.41", "2024-06", "0.30");

    assertThat(a.status()).isEqualTo(Status.MET);
    assertThat(a.inputs()).containsExactly("/series/industry-share/2023");
  }

  @Test
  void noFigureYetIsNotAssessable() {
    Assessment a = share(null, "2022-06-30");

    assertThat(a.status()).isEqualTo(Status.NOT_ASSESSABLE);
    assertThat(a.reason().orElseThrow().zh()).startsWith("规划期内尚无数据");
  }

  @Test
  void aStockIsNeverSummed() {
    // 累计签约项目投资额 is a running total: 300 at the end of 2023, 520 through June 2024. The
    // total is 520, not 820; 520 ≥ 500 before the year's figure is in: on track.
    Assessment a = assess(plan(SIGNED, IndicatorNature.STOCK, Unit.CNY_100M,
        "力争到2024年累计签约项目投资额达到500亿元以上", "500", null), TARGET,
        series("2024-06-30", SIGNED, "2023", "300", "2024-06", "520"));

    assertThat(a.status()).isEqualTo(Status.ON_TRACK);
    assertThat(a.actual().orElseThrow()).isEqualTo(Quantity.of("520", Unit.CNY_100M));
    assertThat(a.explanation().zh()).contains("截至2024年6月为520.00亿元,已达到目标值");
  }
}
