package org.planmetrics.testkit.guarantees;

import static org.assertj.core.api.Assertions.assertThat;
import static org.planmetrics.testkit.guarantees.IssueOrder.noWorse;
import static org.quicktheories.QuickTheory.qt;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.planmetrics.metrics.assessment.Assessor;
import org.planmetrics.metrics.observation.LedgerProject;
import org.planmetrics.metrics.observation.Observations;
import org.planmetrics.metrics.result.Assessment;
import org.planmetrics.metrics.result.YearAssessment;
import org.planmetrics.model.CohortReach;
import org.planmetrics.model.CountingStage;
import org.planmetrics.model.Plan;
import org.planmetrics.model.ProjectCriteria;
import org.planmetrics.model.TargetKind;
import org.planmetrics.model.plans.BundledPlans;
import org.planmetrics.model.quantity.Quantity;
import org.planmetrics.model.quantity.Unit;
import org.planmetrics.testkit.Dates;
import org.planmetrics.testkit.Generator;
import org.planmetrics.testkit.Guarantee;
import org.planmetrics.testkit.Ledgers;
import org.planmetrics.testkit.quicktheories.Gens;
import org.quicktheories.core.Gen;

/**
 * The promise of cohort rates (see {@link Guarantee#A_START_NEVER_LOWERS_A_COHORT_RATE}), on the
 * bundled plan with tier-100-annual turned into "签约项目当年开工率60%以上" or its next-year form.
 */
class CohortRateProperties {

  private static final Plan BUNDLED = BundledPlans.gongqingcheng2022();

  private static Assessor startRate(CohortReach.Deadline within) {
    Plan plan = BUNDLED.withGoals(BUNDLED.goals().stream().map(goal -> goal.withTargets(
        goal.targets().stream().map(t -> !t.id().equals("tier-100-annual") ? t
            : t.withKind(TargetKind.COHORT_RATE).withProjects(Optional.empty())
                .withCohort(ProjectCriteria.builder().stage(CountingStage.SIGNED).build())
                .withReached(CohortReach.builder().stage(CountingStage.STARTED).within(within)
                    .build())
                .withThreshold(Quantity.of("0.6", Unit.RATIO)))
            .toList())).toList());
    return Assessor.of(plan);
  }

  private static final Assessor SAME_YEAR = startRate(CohortReach.Deadline.SAME_YEAR);
  private static final Assessor NEXT_YEAR = startRate(CohortReach.Deadline.NEXT_YEAR);

  /** A date and a ledger valid for the bundled plan. */
  private record Case(LocalDate asOf, List<LedgerProject> ledger) {}

  private static Gen<Case> cases() {
    Generator<LocalDate> days = Dates.between(LocalDate.of(2022, 1, 1), LocalDate.of(2025, 6, 30));
    Generator<List<LedgerProject>> ledgers = Ledgers.validFor(BUNDLED);
    return Gens.of(random -> new Case(days.next(random), ledgers.next(random)));
  }

  @Test
  @Checks(Guarantee.A_START_NEVER_LOWERS_A_COHORT_RATE)
  void startingACohortProjectOnItsSigningDayNeverLowersItsYearsRate() {
    qt().withExamples(200).forAll(cases(), Gens.of(random -> random.nextBoolean()))
        .checkAssert((c, sameYear) -> {
          Assessor assessor = sameYear ? SAME_YEAR : NEXT_YEAR;
          Assessment was = assess(assessor, c.asOf(), c.ledger());
          for (int i = 0; i < c.ledger().size(); i++) {
            LedgerProject project = c.ledger().get(i);
            if (project.startedOn().isPresent()) {
              continue;
            }
            // Started the day it was signed: by any deadline, and keeping the ledger's rules.
            List<LedgerProject> more = new ArrayList<>(c.ledger());
            more.set(i, LedgerProject.builder().from(project).startedOn(project.signedOn())
                .build());
            Assessment is = assess(assessor, c.asOf(), more);

            assertThat(noWorse(is.status(), was.status()))
                .as("%s started: %s → %s", project.id(), was.status(), is.status()).isTrue();
            for (YearAssessment before : was.years()) {
              YearAssessment after = is.years().stream()
                  .filter(y -> y.year() == before.year()).findFirst().orElseThrow();
              before.actual().ifPresent(rate -> {
                assertThat(rate.value()).isBetween(BigDecimal.ZERO,
                    BigDecimal.ONE);
                assertThat(after.actual().orElseThrow().value())
                    .isGreaterThanOrEqualTo(rate.value());
                assertThat(noWorse(after.status().orElseThrow(), before.status().orElseThrow()))
                    .isTrue();
              });
            }
          }
        });
  }

  private static Assessment assess(Assessor assessor, LocalDate asOf,
      List<LedgerProject> ledger) {
    return assessor.assess("tier-100-annual", Observations.builder().asOf(asOf)
        .addAllProjects(ledger).build()).orElseThrow();
  }
}
