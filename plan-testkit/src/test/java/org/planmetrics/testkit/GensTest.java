package org.planmetrics.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.QuickTheory.qt;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.planmetrics.testkit.quicktheories.Gens;

/**
 * The QuickTheories adapters shrink: a failing example comes back as the simplest one that still
 * fails, and QuickTheories reports it.
 */
class GensTest {

  /** The smallest falsifying value as QuickTheories' report shows it, on one or more lines. */
  private static String smallest(AssertionError failure) {
    String report = failure.getMessage();
    String heading = "Smallest found falsifying value(s) :-\n";
    int at = report.indexOf(heading);
    assertThat(at).as("QuickTheories' report:%n%s", report).isNotNegative();
    String rest = report.substring(at + heading.length());
    int end = rest.indexOf("\nOther found falsifying value(s)");
    return (end < 0 ? rest : rest.substring(0, end)).strip();
  }

  @Test
  void aPropertyFailingForPlansOfMoreThanOneTargetShrinksToTwoTargets() {
    AssertionError failure = catchThrowableOfType(AssertionError.class, () ->
        qt().withExamples(200).forAll(Gens.plans().describedAs(plan -> "targets="
                + plan.targets().size()))
            .check(plan -> plan.targets().size() <= 1));

    assertThat(failure).as("a plan of two or more targets among 200").isNotNull();
    Matcher shown = Pattern.compile("targets=(\\d+)").matcher(smallest(failure));
    assertThat(shown.find()).isTrue();
    assertThat(shown.group(1)).isEqualTo("2");
  }

  @Test
  void theDefaultReportOfAPlanIsItsPlanFile() {
    AssertionError failure = catchThrowableOfType(AssertionError.class, () ->
        qt().withExamples(50).forAll(Gens.plans()).check(plan -> false));

    assertThat(smallest(failure)).startsWith("{").contains("\"goals\"");
  }

  @Test
  void aFailingDecimalShrinksToTheSimplestThatFailsAndPrintsPlainly() {
    BigDecimal threshold = new BigDecimal("12.5");
    AssertionError failure = catchThrowableOfType(AssertionError.class, () ->
        qt().withExamples(500).forAll(Gens.decimals(BigDecimal.ZERO, BigDecimal.valueOf(1_000), 1))
            .check(value -> value.compareTo(threshold) < 0));

    // The number of places shrinks towards 0 and the digits towards 0: 13, or 12.5 with one place.
    assertThat(smallest(failure)).isIn("13", "12.5");
  }

  @Test
  void aFailingEdgeCaseStaysAnEdgeCaseThatFails() {
    // An edge case shrinks among the edge cases: 999.9999 (one step under the bound) or 1000.
    BigDecimal threshold = new BigDecimal("999.99");
    AssertionError failure = catchThrowableOfType(AssertionError.class, () ->
        qt().withExamples(500).forAll(Gens.nonNegativeAmounts(BigDecimal.valueOf(1_000)))
            .check(amount -> amount.compareTo(threshold) < 0));

    assertThat(new BigDecimal(smallest(failure))).isGreaterThanOrEqualTo(threshold)
        .isLessThanOrEqualTo(BigDecimal.valueOf(1_000));
  }

  @Test
  void theSameSeedGivesTheSameExamples() {
    StringBuilder first = new StringBuilder();
    StringBuilder second = new StringBuilder();
    qt().withFixedSeed(7).withExamples(20).forAll(Gens.plans())
        .checkAssert(plan -> first.append(plan.id()).append(plan.targets()));
    qt().withFixedSeed(7).withExamples(20).forAll(Gens.plans())
        .checkAssert(plan -> second.append(plan.id()).append(plan.targets()));

    assertThat(first.toString()).isEqualTo(second.toString()).isNotEmpty();
  }

  @Test
  void aGeneratorOfTheUsersOwnShrinksToItsSmallestFailingDraw() {
    Generator<Integer> percents = random -> random.nextInt(101);
    AssertionError failure = catchThrowableOfType(AssertionError.class, () ->
        qt().withExamples(500).forAll(Gens.of(percents)).check(percent -> percent < 50));

    assertThat(smallest(failure)).isEqualTo("50");
  }
}
