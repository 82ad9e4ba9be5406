package org.planmetrics.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.time.LocalDate;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.planmetrics.model.PeriodKind;
import org.planmetrics.model.Plan;
import org.planmetrics.model.TargetPeriod;
import org.planmetrics.model.plans.BundledPlans;
import org.planmetrics.model.time.PlanWindow;
import org.planmetrics.testkit.quicktheories.Gens;

/** Campaigns lie in their window, run forwards, and are whole months exactly when asked. */
class CampaignsTest {

  private static final Plan BUNDLED = BundledPlans.gongqingcheng2022();
  private static final PlanWindow WINDOW = BUNDLED.window();

  /** The bundled plan's "50·20" count within the campaign: built only if the validator agrees. */
  private static Plan withCampaign(TargetPeriod campaign) {
    return BUNDLED.withGoals(BUNDLED.goals().stream().map(goal -> goal.withTargets(
        goal.targets().stream().map(t -> t.id().equals("tier-50-20-cumulative")
            ? t.withPeriod(campaign) : t).toList())).toList());
  }

  @Test
  void everyCampaignIsValidInsideItsWindowAndWholeMonthsExactlyWhenAsked() {
    SplittableRandom random = new SplittableRandom(18);
    int whole = 0;
    int named = 0;
    int oneDay = 0;
    for (int i = 0; i < 2_000; i++) {
      TargetPeriod mixed = Campaigns.within(WINDOW).next(random);
      TargetPeriod wholeMonths = Campaigns.wholeMonths(WINDOW).next(random);
      TargetPeriod partial = Campaigns.notWholeMonths(WINDOW).next(random);
      for (TargetPeriod p : new TargetPeriod[] {mixed, wholeMonths, partial}) {
        assertThat(p.kind()).isEqualTo(PeriodKind.DATES);
        LocalDate from = p.firstDay().orElseThrow();
        LocalDate to = p.lastDay().orElseThrow();
        assertThat(from).isBetween(WINDOW.firstDay(), to);
        assertThat(to).isBetween(from, WINDOW.lastDay());
      }
      assertThat(wholeMonths.isWholeMonths()).isTrue();
      assertThat(partial.isWholeMonths()).isFalse();
      whole += mixed.isWholeMonths() ? 1 : 0;
      named += mixed.name().isPresent() ? 1 : 0;
      oneDay += partial.firstDay().equals(partial.lastDay()) ? 1 : 0;
      if (i < 200) {
        // The validator accepts each one: the plan could not be built otherwise.
        assertThat(withCampaign(mixed).target("tier-50-20-cumulative").orElseThrow().period())
            .hasValue(mixed);
      }
    }
    // Half and half, and half named; the edge days make one-day campaigns now and then.
    assertThat(whole).isBetween(900, 1_100);
    assertThat(named).isBetween(900, 1_100);
    assertThat(oneDay).isPositive();
  }

  @Test
  void aWindowOfOneYearStillHasRoomForBoth() {
    PlanWindow year = PlanWindow.of(2030, 2030);
    SplittableRandom random = new SplittableRandom(7);
    for (int i = 0; i < 500; i++) {
      assertThat(Campaigns.wholeMonths(year).next(random).firstDay().orElseThrow().getYear())
          .isEqualTo(2030);
      assertThat(Campaigns.notWholeMonths(year).next(random).lastDay().orElseThrow().getYear())
          .isEqualTo(2030);
    }
  }

  @Test
  void theQuickTheoriesAdapterDrawsTheSameCampaigns() {
    qt().withExamples(200).forAll(Gens.campaigns(WINDOW)).checkAssert(p -> {
      assertThat(p.firstDay().orElseThrow()).isBetween(WINDOW.firstDay(), WINDOW.lastDay());
      assertThat(p.lastDay().orElseThrow()).isBetween(p.firstDay().orElseThrow(),
          WINDOW.lastDay());
    });
  }
}
