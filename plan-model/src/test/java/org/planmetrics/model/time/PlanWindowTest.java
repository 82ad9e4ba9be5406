package org.planmetrics.model.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Year;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlanWindowTest {

  private final PlanWindow window = PlanWindow.of(2022, 2024);

  @Test
  void theDraftingReadingSpansThirtySixMonthsOnA2021Base() {
    assertThat(window.lengthInYears()).isEqualTo(3);
    assertThat(window.lengthInMonths()).isEqualTo(36);
    assertThat(window.baseYear()).isEqualTo(2021);
    assertThat(window.years()).containsExactly(Year.of(2022), Year.of(2023), Year.of(2024));
    assertThat(window.firstDay()).hasToString("2022-01-01");
    assertThat(window.lastDay()).hasToString("2024-12-31");
  }

  @ParameterizedTest(name = "{0} → {1} months")
  @CsvSource({"2021-12, 0", "2022-03, 3", "2023-06, 18", "2024-12, 36", "2025-06, 36"})
  void monthsElapsedAreClampedToTheWindow(String month, int expected) {
    assertThat(window.monthsElapsedThrough(YearMonth.parse(month))).isEqualTo(expected);
  }

  @Test
  void anEndBeforeTheStartIsRefusedWithBothYears() {
    assertThatThrownBy(() -> PlanWindow.of(2025, 2023))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'endYear'").hasMessageContaining("2025").hasMessageContaining("2023");
  }

  @Test
  void containsIsInclusiveAtBothEnds() {
    assertThat(window.contains(2022)).isTrue();
    assertThat(window.contains(2024)).isTrue();
    assertThat(window.contains(2021)).isFalse();
    assertThat(window.contains(2025)).isFalse();
  }
}
