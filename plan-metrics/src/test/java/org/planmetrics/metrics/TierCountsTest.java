package org.planmetrics.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.planmetrics.model.BandMode;
import org.planmetrics.model.plans.BundledPlans;
import org.planmetrics.model.LocalizedText;
import org.planmetrics.model.ProjectTier;
import org.planmetrics.model.ProjectTierRules;
import org.planmetrics.model.quantity.Quantity;
import org.planmetrics.model.quantity.Unit;
import org.planmetrics.model.quantity.UnitMismatchException;

class TierCountsTest {

  private static final ProjectTier HUNDRED = ProjectTier.builder().id("100")
      .name(LocalizedText.of("“100”项目", "“100” project"))
      .minInvestment(yuan("100")).build();
  private static final ProjectTier FIFTY_TWENTY = ProjectTier.builder().id("50·20")
      .name(LocalizedText.of("“50·20”项目", "“50·20” project"))
      .minInvestment(yuan("20")).maxInvestment(yuan("100")).build();
  private static final ProjectTierRules EXCLUSIVE = rules(BandMode.EXCLUSIVE);
  private static final ProjectTierRules NESTED = rules(BandMode.NESTED);
  private static final List<Quantity> SIX_PROJECTS =
      investments("120", "100", "99.99", "20", "19.99", "50");

  @ParameterizedTest(name = "{0} 亿元 is in [{1}] when exclusive")
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
      "100.0 | 100",
      "100   | 100",
      "120   | 100",
      "99.99 | 50·20",
      "20.0  | 50·20",
      "20    | 50·20",
      "19.99 | \"\"",
      "0     | \"\"",
  })
  void exclusiveBandsIncludeTheirMinimumAndExcludeTheirMaximum(String investment,
      String expected) {
    assertThat(TierCounts.tiersOf(yuan(investment), EXCLUSIVE)).isEqualTo(ids(expected));
  }

  @ParameterizedTest(name = "{0} 亿元 is in [{1}] when nested")
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
      "120   | 100;50·20",
      "100   | 100;50·20",
      "99.99 | 50·20",
      "20    | 50·20",
      "19.99 | \"\"",
  })
  void nestedTiersCountABigProjectInEveryTierBelowIt(String investment, String expected) {
    assertThat(TierCounts.tiersOf(yuan(investment), NESTED)).isEqualTo(ids(expected));
  }

  @Test
  void theBundledPlansTiersAreExclusive() {
    ProjectTierRules bundled = BundledPlans.gongqingcheng2022().projectTiers();
    assertThat(TierCounts.tiersOf(yuan("100.0"), bundled)).containsExactly("100");
    assertThat(TierCounts.tiersOf(yuan("99.99"), bundled)).containsExactly("50·20");
    assertThat(TierCounts.tiersOf(yuan("19.99"), bundled)).isEmpty();
  }

  @Test
  void countsFollowTheBandMode() {
    assertThat(TierCounts.count(SIX_PROJECTS, "100", EXCLUSIVE)).isEqualTo(2);
    assertThat(TierCounts.count(SIX_PROJECTS, "50·20", EXCLUSIVE)).isEqualTo(3);
    assertThat(TierCounts.count(SIX_PROJECTS, "100", NESTED)).isEqualTo(2);
    assertThat(TierCounts.count(SIX_PROJECTS, "50·20", NESTED)).isEqualTo(5);
    assertThat(TierCounts.count(List.of(), "50·20", NESTED)).isZero();
  }

  @Test
  void countsPerTierAreInTheRulesOrder() {
    Map<String, Long> exclusive = TierCounts.counts(SIX_PROJECTS, EXCLUSIVE);
    assertThat(exclusive).containsExactly(entry("100", 2L), entry("50·20", 3L));
    assertThat(TierCounts.counts(SIX_PROJECTS, NESTED))
        .containsExactly(entry("100", 2L), entry("50·20", 5L));
    assertThat(TierCounts.counts(List.of(), EXCLUSIVE))
        .containsExactly(entry("100", 0L), entry("50·20", 0L));
    ProjectTierRules smallFirst = ProjectTierRules.builder().addTiers(FIFTY_TWENTY, HUNDRED)
        .build();
    assertThat(TierCounts.counts(SIX_PROJECTS, smallFirst))
        .containsExactly(entry("50·20", 3L), entry("100", 2L));
    assertThatThrownBy(() -> exclusive.put("x", 1L))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void anUnknownTierIsRefusedByNameAndValue() {
    assertThatThrownBy(() -> TierCounts.count(SIX_PROJECTS, "50", EXCLUSIVE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("'tierId' must name a tier of the rules [100, 50·20] but was '50'");
  }

  @ParameterizedTest(name = "{0} 亿元 against a band from 5000万元 up to 10000万元: [{1}]")
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
      // 5000万元 = 0.5亿元 is the inclusive minimum, 4999万元 = 0.4999亿元 falls short, and
      // 10000万元 = 1亿元 is the exclusive maximum.
      "0.5    | small",
      "0.4999 | \"\"",
      "0.9999 | small",
      "1      | \"\""})
  void boundsInWanYuanHoldInvestmentsInYiYuanExactly(String investment, String expected) {
    ProjectTier small = ProjectTier.builder().id("small")
        .name(LocalizedText.of("小项目", "small project"))
        .minInvestment(Quantity.of("5000", Unit.CNY_10K))
        .maxInvestment(Quantity.of("10000", Unit.CNY_10K)).build();
    ProjectTierRules rules = ProjectTierRules.builder().addTiers(small)
        .bandMode(BandMode.EXCLUSIVE).build();

    assertThat(TierCounts.tiersOf(yuan(investment), rules)).isEqualTo(ids(expected));
  }

  @Test
  void investmentsInDollarsCannotBeTiered() {
    Quantity dollars = Quantity.of("120", Unit.USD_100M);
    assertThatThrownBy(() -> TierCounts.tiersOf(dollars, EXCLUSIVE))
        .isInstanceOf(UnitMismatchException.class);
    assertThatThrownBy(() -> TierCounts.count(List.of(dollars), "100", EXCLUSIVE))
        .isInstanceOf(UnitMismatchException.class);
  }

  @Test
  void nullsAreRefusedByName() {
    assertThatThrownBy(() -> TierCounts.tiersOf(null, EXCLUSIVE))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("'investment'");
    assertThatThrownBy(() -> TierCounts.tiersOf(yuan("1"), null))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("'rules'");
    assertThatThrownBy(() -> TierCounts.count(null, "100", EXCLUSIVE))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("'investments'");
    assertThatThrownBy(() -> TierCounts.count(SIX_PROJECTS, null, EXCLUSIVE))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("'tierId'");
    assertThatThrownBy(() -> TierCounts.count(SIX_PROJECTS, "100", null))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("'rules'");
    assertThatThrownBy(() -> TierCounts.counts(null, EXCLUSIVE))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("'investments'");
    assertThatThrownBy(() -> TierCounts.counts(SIX_PROJECTS, null))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("'rules'");
    List<Quantity> withNull = Arrays.asList(yuan("1"), null);
    assertThatThrownBy(() -> TierCounts.counts(withNull, EXCLUSIVE))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("'investments'");
  }

  private static ProjectTierRules rules(BandMode mode) {
    return ProjectTierRules.builder().addTiers(HUNDRED, FIFTY_TWENTY).bandMode(mode).build();
  }

  private static Quantity yuan(String value) {
    return Quantity.of(value, Unit.CNY_100M);
  }

  private static List<Quantity> investments(String... values) {
    return Arrays.stream(values).map(TierCountsTest::yuan).toList();
  }

  private static List<String> ids(String semicolonSeparated) {
    return semicolonSeparated.isEmpty() ? List.of() : List.of(semicolonSeparated.split(";"));
  }
}
