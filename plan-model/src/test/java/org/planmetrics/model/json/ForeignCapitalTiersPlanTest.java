package org.planmetrics.model.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.planmetrics.model.json.ProjectFormsPlanTest.minimal;
import static org.planmetrics.model.json.ProjectFormsPlanTest.refusal;

import java.io.IOException;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.planmetrics.model.BandMode;
import org.planmetrics.model.InvalidPlanException;
import org.planmetrics.model.Plan;
import org.planmetrics.model.ProjectTier;
import org.planmetrics.model.Violation;
import org.planmetrics.model.quantity.Quantity;
import org.planmetrics.model.quantity.Unit;

/**
 * Tier bounds in two currencies, "1亿元(外资1000万美元)以上": the minimal plan's tiers "large"
 * (10 亿元 and up) and "medium" (1 to 10 亿元) gain bounds in dollars for foreign-funded projects:
 * "large" from 1 亿美元, "medium" from 1000 万美元 up to 1 亿美元.
 */
class ForeignCapitalTiersPlanTest {

  private static final String LARGE = "\"minInvestment\": {\"value\": 10, \"unit\": \"CNY_100M\"}}";
  private static final String MEDIUM = "\"maxInvestment\": {\"value\": 10, \"unit\": \"CNY_100M\"}}";

  private static String withForeignBounds(String large, String medium) throws IOException {
    String json = minimal();
    assertThat(json).contains(LARGE, MEDIUM);
    return json.replace(LARGE, LARGE.substring(0, LARGE.length() - 1) + large + "}")
        .replace(MEDIUM, MEDIUM.substring(0, MEDIUM.length() - 1) + medium + "}");
  }

  private static Quantity yi(String value) {
    return Quantity.of(value, Unit.CNY_100M);
  }

  private static Optional<Quantity> wanDollars(String value) {
    return Optional.of(Quantity.of(value, Unit.USD_10K));
  }

  @Test
  void aForeignFundedProjectIsPlacedByItsDollarsAndADomesticOneByItsYuan() throws IOException {
    Plan plan = PlanFiles.read(withForeignBounds(
        ", \"minForeignCapital\": {\"value\": 1, \"unit\": \"USD_100M\"}",
        ", \"minForeignCapital\": {\"value\": 1000, \"unit\": \"USD_10K\"}, "
            + "\"maxForeignCapital\": {\"value\": 1, \"unit\": \"USD_100M\"}"), "test");
    ProjectTier large = plan.projectTiers().tier("large").orElseThrow();
    ProjectTier medium = plan.projectTiers().tier("medium").orElseThrow();
    BandMode mode = plan.projectTiers().bandMode();

    // Domestic, 1.2 亿元: medium by its yuan (1 ≤ 1.2 < 10).
    assertThat(medium.contains(yi("1.2"), Optional.empty(), mode)).isTrue();
    // Foreign-funded, 0.5 亿元 in all but 1500 万美元 of foreign capital: medium by its dollars
    // (1000 ≤ 1500 < 10000 万美元), though its yuan are under every tier.
    assertThat(medium.contains(yi("0.5"), wanDollars("1500"), mode)).isTrue();
    // Foreign-funded, 3 亿元 but 800 万美元: under 1000 万美元, so in no tier.
    assertThat(medium.contains(yi("3"), wanDollars("800"), mode)).isFalse();
    assertThat(large.contains(yi("3"), wanDollars("800"), mode)).isFalse();
    // Exactly 1 亿美元 = 10000 万美元: large (inclusive), not medium (exclusive).
    assertThat(large.contains(yi("8"), wanDollars("10000"), mode)).isTrue();
    assertThat(medium.contains(yi("8"), wanDollars("10000"), mode)).isFalse();
    // Foreign capital of 0 is a domestic project: placed by its 12 亿元, large.
    assertThat(large.contains(yi("12"), wanDollars("0"), mode)).isTrue();
    assertThat(PlanFiles.read(PlanFiles.write(plan), "again")).isEqualTo(plan);
  }

  @Test
  void aBoundInDollarsMustBeInDollarsNotNegativeAndItsBandNotEmpty() throws IOException {
    InvalidPlanException e = refusal(withForeignBounds(
        ", \"minForeignCapital\": {\"value\": 1, \"unit\": \"CNY_100M\"}",
        ", \"minForeignCapital\": {\"value\": 2000, \"unit\": \"USD_10K\"}, "
            + "\"maxForeignCapital\": {\"value\": 0.1, \"unit\": \"USD_100M\"}"));

    // 0.1 亿美元 = 1000 万美元, below the minimum of 2000 万美元: an empty band.
    assertThat(e.violations()).extracting(Violation::path, Violation::rule).containsExactly(
        tuple("/projectTiers/tiers/0/minForeignCapital/unit", "unit-mismatch"),
        tuple("/projectTiers/tiers/1/maxForeignCapital", "empty-band"));
    assertThat(e.violations().get(0).messageZh()).hasValueSatisfying(m ->
        assertThat(m).startsWith("外资界限以美元计(万美元或亿美元)"));

    InvalidPlanException negative = refusal(withForeignBounds(
        ", \"minForeignCapital\": {\"value\": 1, \"unit\": \"USD_100M\"}",
        ", \"minForeignCapital\": {\"value\": -5, \"unit\": \"USD_10K\"}"));
    assertThat(negative.violations()).extracting(Violation::path, Violation::rule)
        .contains(tuple("/projectTiers/tiers/1/minForeignCapital/value", "negative-amount"));
  }

  @Test
  void exclusiveBandsNeedDollarBoundsOnEveryTierOnceOneHasThemAndMustNotOverlap()
      throws IOException {
    InvalidPlanException missing = refusal(withForeignBounds(
        ", \"minForeignCapital\": {\"value\": 1, \"unit\": \"USD_100M\"}", ""));
    assertThat(missing.violations()).extracting(Violation::path, Violation::rule)
        .containsExactly(tuple("/projectTiers/tiers/1/minForeignCapital",
            "foreign-bounds-incomplete"));

    // medium's dollars [1000 万, ∞) overlap large's [1 亿, ∞) though their yuan do not.
    InvalidPlanException overlapping = refusal(withForeignBounds(
        ", \"minForeignCapital\": {\"value\": 1, \"unit\": \"USD_100M\"}",
        ", \"minForeignCapital\": {\"value\": 1000, \"unit\": \"USD_10K\"}"));
    assertThat(overlapping.violations()).extracting(Violation::path, Violation::rule)
        .containsExactly(tuple("/projectTiers/tiers/1", "overlapping-tiers"));

    // NESTED tiers may overlap and need no dollar bound on every tier.
    Plan nested = PlanFiles.read(withForeignBounds(
        ", \"minForeignCapital\": {\"value\": 1, \"unit\": \"USD_100M\"}", "")
        .replace("\"bandMode\": \"EXCLUSIVE\"", "\"bandMode\": \"NESTED\""), "test");
    assertThat(nested.projectTiers().tier("medium").orElseThrow().minForeignCapital()).isEmpty();
  }

  @Test
  void aMaximumInDollarsNeedsAMinimum() throws IOException {
    InvalidPlanException e = refusal(withForeignBounds(
        ", \"minForeignCapital\": {\"value\": 1, \"unit\": \"USD_100M\"}",
        ", \"maxForeignCapital\": {\"value\": 1, \"unit\": \"USD_100M\"}"));

    assertThat(e.violations()).extracting(Violation::path, Violation::rule).contains(
        tuple("/projectTiers/tiers/1/minForeignCapital", "missing-field"));
  }
}
