package org.planmetrics.testkit.guarantees;

import static org.assertj.core.api.Assertions.assertThat;
import static org.planmetrics.testkit.guarantees.IssueOrder.noWorse;
import static org.quicktheories.QuickTheory.qt;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.planmetrics.metrics.assessment.Assessor;
import org.planmetrics.metrics.observation.LedgerProject;
import org.planmetrics.metrics.observation.Observations;
import org.planmetrics.metrics.result.Assessment;
import org.planmetrics.metrics.result.Status;
import org.planmetrics.model.LocalizedText;
import org.planmetrics.model.Plan;
import org.planmetrics.model.Target;
import org.planmetrics.model.TargetKind;
import org.planmetrics.model.TargetPeriod;
import org.planmetrics.model.plans.BundledPlans;
import org.planmetrics.testkit.Campaigns;
import org.planmetrics.testkit.Dates;
import org.planmetrics.testkit.Generator;
import org.planmetrics.testkit.Guarantee;
import org.planmetrics.testkit.Ledgers;
import org.planmetrics.testkit.PlanObservations;
import org.planmetrics.testkit.quicktheories.Gens;
import org.quicktheories.core.Gen;

/**
 * The promises of campaigns, targets with their own dates inside the window (see {@link
 * Guarantee#A_CAMPAIGN_OF_PART_MONTHS_IS_NEVER_PRO_RATED} and {@link
 * Guarantee#MORE_NEVER_WORSENS_A_CAMPAIGN_COUNT}), on the bundled plan (window 2022–2024) with
 * one target given a campaign of {@link Campaigns}.
 */
class CampaignProperties {

  private static final Plan BUNDLED = BundledPlans.gongqingcheng2022();
  private static final String AMOUNT = "out-of-province-capital-cumulative";
  private static final String COUNT = "tier-50-20-cumulative";

  private static Plan withTarget(String id, UnaryOperator<Target> change) {
    return BUNDLED.withGoals(BUNDLED.goals().stream().map(goal -> goal.withTargets(
        goal.targets().stream().map(t -> t.id().equals(id) ? change.apply(t) : t).toList()))
        .toList());
  }

  /** "力争百日攻坚期间完成省外项目实际进资304.2亿元以上": the bundled figure, within the campaign. */
  private static Plan amountIn(TargetPeriod campaign) {
    return withTarget(AMOUNT, t -> t.withKind(TargetKind.PERIOD_AMOUNT).withPeriod(campaign)
        .withText(LocalizedText.of("力争百日攻坚期间完成省外项目实际进资304.2亿元以上",
            "strive for 30.42 billion yuan from outside the province during the campaign")));
  }

  /** A campaign of part months and valid observations of the bundled plan. */
  private record PartMonths(TargetPeriod campaign, Observations observations) {}

  private static Gen<PartMonths> partMonths() {
    Generator<TargetPeriod> campaigns = Campaigns.notWholeMonths(BUNDLED.window());
    Generator<Observations> observations = PlanObservations.validFor(BUNDLED);
    return Gens.of(random -> new PartMonths(campaigns.next(random), observations.next(random)));
  }

  @Test
  @Checks(Guarantee.A_CAMPAIGN_OF_PART_MONTHS_IS_NEVER_PRO_RATED)
  void anAmountInACampaignOfPartMonthsIsNotAssessableAndNeverProRated() {
    qt().withExamples(200).forAll(partMonths()).checkAssert(c -> {
      Assessment a = Assessor.of(amountIn(c.campaign())).assess(AMOUNT, c.observations())
          .orElseThrow();

      assertThat(a.status()).isEqualTo(Status.NOT_ASSESSABLE);
      assertThat(a.actual()).isEmpty();
      assertThat(a.pace()).isEmpty();
      // The reason names both days, so that an office sees which figures would answer it.
      assertThat(a.reason().orElseThrow().zh()).contains(
          c.campaign().firstDay().orElseThrow().toString(),
          c.campaign().lastDay().orElseThrow().toString(), "不按比例折算");
    });
  }

  /** A campaign (whole months or not), a date, a valid ledger and a day to sign one more on. */
  private record Addition(TargetPeriod campaign, LocalDate asOf, List<LedgerProject> ledger,
      long dayDraw) {}

  private static Gen<Addition> additions() {
    Generator<TargetPeriod> campaigns = Campaigns.within(BUNDLED.window());
    Generator<LocalDate> days = Dates.between(LocalDate.of(2022, 1, 1),
        LocalDate.of(2025, 6, 30));
    Generator<List<LedgerProject>> ledgers = Ledgers.validFor(BUNDLED);
    return Gens.of(random -> new Addition(campaigns.next(random), days.next(random),
        ledgers.next(random), random.nextLong(0, 1L << 40)));
  }

  @Test
  @Checks(Guarantee.MORE_NEVER_WORSENS_A_CAMPAIGN_COUNT)
  void aProjectSignedWithinACampaignNeverWorsensItsCountAndOneOutsideChangesNothing() {
    qt().withExamples(300).forAll(additions()).checkAssert(c -> {
      LocalDate from = c.campaign().firstDay().orElseThrow();
      LocalDate to = c.campaign().lastDay().orElseThrow();
      Assessor assessor = Assessor.of(withTarget(COUNT, t -> t.withPeriod(c.campaign())));
      Assessment was = assess(assessor, c.asOf(), c.ledger(), null);

      // A "50·20" project (30亿元, industrial, leading): signed on a day of the campaign up to
      // the assessment date, it counts; the day before the campaign, it does not.
      LocalDate last = to.isBefore(c.asOf()) ? to : c.asOf();
      if (!from.isAfter(last)) {
        long span = last.toEpochDay() - from.toEpochDay() + 1;
        LocalDate inside = from.plusDays(c.dayDraw() % span);
        Assessment is = assess(assessor, c.asOf(), c.ledger(), inside);

        assertThat(noWorse(is.status(), was.status()))
            .as("signed %s in %s–%s: %s → %s", inside, from, to, was.status(), is.status())
            .isTrue();
        assertThat(is.actual().orElseThrow().value())
            .isEqualByComparingTo(was.actual().orElseThrow().value().add(BigDecimal.ONE));
      }
      LocalDate before = from.minusDays(1);
      if (!before.isAfter(c.asOf())) {
        Assessment outside = assess(assessor, c.asOf(), c.ledger(), before);
        assertThat(outside.status()).isEqualTo(was.status());
        assertThat(outside.actual()).isEqualTo(was.actual());
      }
    });
  }

  /** The count target assessed, with one more "50·20" project signed on {@code signedOn}. */
  private static Assessment assess(Assessor assessor, LocalDate asOf, List<LedgerProject> ledger,
      LocalDate signedOn) {
    List<LedgerProject> projects = new ArrayList<>(ledger);
    if (signedOn != null) {
      projects.add(LedgerProject.builder().id("campaign-extra").signedOn(signedOn)
          .investment(new BigDecimal("30")).industrial(true).leadingIndustry(true).build());
    }
    return assessor.assess(COUNT, Observations.builder().asOf(asOf).addAllProjects(projects)
        .build()).orElseThrow();
  }
}
