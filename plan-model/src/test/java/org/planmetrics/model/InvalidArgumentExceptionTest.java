package org.planmetrics.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.planmetrics.model.time.PlanWindow;

/** A bad argument carries its name, rule and value, and the message is made from them. */
class InvalidArgumentExceptionTest {

  @Test
  void theMessageIsMadeFromTheFields() {
    InvalidArgumentException e = new InvalidArgumentException("rate", "must be above -1",
        new BigDecimal("-2"));

    assertThat(e).hasMessage("'rate' must be above -1 but was -2");
    assertThat(e.argument()).isEqualTo("rate");
    assertThat(e.rule()).isEqualTo("must be above -1");
    assertThat(e.value()).isEqualTo("-2");
  }

  @Test
  void aDecimalIsShownPlainAndTextInQuotes() {
    assertThat(new InvalidArgumentException("target", "must be above 0", new BigDecimal("-1E-5")))
        .hasMessage("'target' must be above 0 but was -0.00001")
        .satisfies(e -> assertThat(e.value()).isEqualTo("-0.00001"));
    assertThat(new InvalidArgumentException("tierId", "must name a tier", "50"))
        .hasMessage("'tierId' must name a tier but was '50'")
        .satisfies(e -> assertThat(e.value()).isEqualTo("50"));
    assertThat(new InvalidArgumentException("quantities", "must not be empty,", List.of()))
        .hasMessage("'quantities' must not be empty, but was []");
    assertThat(new InvalidArgumentException("x", "must be set", null))
        .hasMessage("'x' must be set but was null");
  }

  @Test
  void theMessageReadsInChineseWhereTheRuleHasChineseWords() {
    InvalidArgumentException e = new InvalidArgumentException("rate", "must be above -1",
        "须大于-1", new BigDecimal("-2"));

    assertThat(e).hasMessage("'rate' must be above -1 but was -2");
    assertThat(e.messages()).isEqualTo(LocalizedText.of("'rate'须大于-1,实为-2",
        "'rate' must be above -1 but was -2"));
    assertThat(new InvalidArgumentException("resource", "must name a file", "x").messages().zh())
        .as("English where no Chinese is written").isEqualTo("'resource' must name a file but was 'x'");
  }

  @Test
  void itIsAnIllegalArgumentException() {
    assertThat(new InvalidArgumentException("years", "must be at least 1", 0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aWindowThatEndsBeforeItStartsNamesEndYear() {
    assertThatThrownBy(() -> PlanWindow.of(2024, 2022))
        .isInstanceOfSatisfying(InvalidArgumentException.class, e -> {
          assertThat(e).hasMessage("'endYear' must not be before 'startYear' (2024) but was 2022");
          assertThat(e.argument()).isEqualTo("endYear");
          assertThat(e.value()).isEqualTo("2022");
        });
  }

  @Test
  void aNegativeNumberOfRankedPeersNamesRankedPeers() {
    assertThatThrownBy(() -> FirstTierRule.topThird().tierSize(-1))
        .isInstanceOfSatisfying(InvalidArgumentException.class, e -> {
          assertThat(e).hasMessage("'rankedPeers' must be at least 0 but was -1");
          assertThat(e.argument()).isEqualTo("rankedPeers");
        });
  }
}
