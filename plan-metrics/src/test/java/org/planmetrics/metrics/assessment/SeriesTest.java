package org.planmetrics.metrics.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.planmetrics.metrics.assessment.Fixtures.dec;
import static org.planmetrics.metrics.assessment.Fixtures.values;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.planmetrics.metrics.observation.PeriodKey;

/** A map of the observations keyed by period, parsed once: what is usable and under which key. */
class SeriesTest {

  private static final LocalDate AS_OF = LocalDate.of(2023, 6, 30);

  private static Series<BigDecimal> series(Map<String, BigDecimal> raw) {
    return Series.of("/series/fdi", raw, AS_OF);
  }

  @Test
  void figuresAreReadByYearAndByMonth() {
    Series<BigDecimal> s = series(values("2021", "2.035", "2022-06", "1.02", "2022", "2.21",
        "2023-03", "0.5", "2023-06", "1.15"));

    assertThat(s.fullYear(2022)).hasValue(dec("2.21"));
    assertThat(s.yearToDate(2023, 6)).hasValue(dec("1.15"));
    assertThat(s.fullYear(2023)).isEmpty();
    assertThat(s.latestMonth(2023)).hasValue(6);
    assertThat(s.monthBefore(2023, 6)).hasValue(3);
    assertThat(s.monthBefore(2023, 3)).isEmpty();
    assertThat(s.latestMonth(2022)).hasValue(6);
    assertThat(s.latestPeriod(2022)).hasValue(PeriodKey.fullYear(2022));
    assertThat(s.latestPeriod(2023)).hasValue(PeriodKey.yearToDate(2023, 6));
    assertThat(s.latestFullYearUpTo(2024)).hasValue(2022);
    assertThat(s.latestFullYearUpTo(2021)).hasValue(2021);
    assertThat(s.latestFullYearUpTo(2020)).isEmpty();
    assertThat(s.hasAny(2023)).isTrue();
    assertThat(s.hasAny(2020)).isFalse();
  }

  @Test
  void periodsEndingAfterTheDateAreLeftOut() {
    // Keys that are no period, null values and a period given twice cannot be built at all.
    Series<BigDecimal> s = series(values("2023-07", "1", "2023", "1", "2023-06", "2"));

    assertThat(s.fullYear(2023)).isEmpty();
    assertThat(s.latestMonth(2023)).hasValue(6);
  }

  @Test
  void aDecemberFigureAloneIsTheFullYearUnderItsOwnKey() {
    Series<BigDecimal> s = series(values("2022-12", "2.3"));

    assertThat(s.fullYear(2022)).hasValue(dec("2.3"));
    assertThat(s.key(PeriodKey.fullYear(2022))).isEqualTo("2022-12");
    assertThat(s.fullYearPointer(2022)).isEqualTo("/series/fdi/2022-12");
  }

  @Test
  void aPeriodWithoutAFigureIsPointedAtAsWrittenPlainly() {
    Series<BigDecimal> s = Series.of("/series/a~b", Map.of(), AS_OF);

    assertThat(s.fullYearPointer(2021)).isEqualTo("/series/a~b/2021");
    assertThat(s.yearToDatePointer(2023, 6)).isEqualTo("/series/a~b/2023-06");
  }
}
