package org.planmetrics.testkit.guarantees;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.planmetrics.metrics.assessment.Assessor;
import org.planmetrics.metrics.observation.LedgerProject;
import org.planmetrics.metrics.observation.Observations;
import org.planmetrics.model.Plan;
import org.planmetrics.model.plans.BundledPlans;
import org.planmetrics.testkit.Generator;
import org.planmetrics.testkit.Guarantee;
import org.planmetrics.testkit.PlanObservations;
import org.planmetrics.testkit.Plans;
import org.planmetrics.testkit.quicktheories.Gens;
import org.quicktheories.core.Gen;

/**
 * A pipeline project (储备) not yet signed is in no report of signed projects (see {@link
 * Guarantee}): each project of a ledger is copied as one in the pipeline since its signing day,
 * with its team, direction and figures, so that every copy would change the reports were it
 * signed. The copies stand after the ledger, so that the pointers of its projects are kept.
 */
class PipelineProperties {

  /** A plan, observations over a month of the window, that month and a week inside it. */
  private record Case(Plan plan, Observations observations, YearMonth month, LocalDate day) {
    @Override
    public String toString() {
      return month + " (" + day + ") of plan " + plan.id() + ", " + observations;
    }
  }

  private static Gen<Case> cases() {
    Generator<Plan> plans = Plans.valid().withEdgeCases(random -> BundledPlans.gongqingcheng2022());
    return Gens.of(random -> {
      Plan plan = plans.next(random);
      YearMonth month = TeamRankingProperties.anyMonthOfTheWindow(plan, random);
      LocalDate day = month.atDay(1 + random.nextInt(month.lengthOfMonth()));
      Observations observations = PlanObservations.validFor(plan).next(random);
      // A month and a week are reported once they are over.
      LocalDate sunday = day.with(java.time.DayOfWeek.SUNDAY);
      LocalDate over = sunday.isAfter(month.atEndOfMonth()) ? sunday : month.atEndOfMonth();
      if (observations.asOf().isBefore(over)) {
        observations = observations.withAsOf(over);
      }
      return new Case(plan, observations, month, day);
    });
  }

  /** The ledger, then each of its projects again, not yet signed, in the pipeline since then. */
  private static Observations withPipelineCopies(Observations observations) {
    List<LedgerProject> projects = new ArrayList<>(observations.projects());
    for (LedgerProject project : observations.projects()) {
      LocalDate since = project.signedOn().or(project::pipelineOn).orElseThrow();
      projects.add(LedgerProject.builder().from(project).id("pipeline-" + project.id())
          .signedOn(java.util.Optional.empty()).startedOn(java.util.Optional.empty())
          .producingOn(java.util.Optional.empty()).pipelineOn(since).build());
    }
    return observations.withProjects(projects);
  }

  @Test
  @Checks(Guarantee.A_PROJECT_NOT_YET_SIGNED_CHANGES_NO_REPORT_OF_SIGNED_PROJECTS)
  void aProjectNotYetSignedChangesNoReportOfSignedProjects() {
    qt().withExamples(100).forAll(cases()).checkAssert(c -> {
      Assessor assessor = Assessor.of(c.plan());
      Observations ledger = c.observations();
      Observations more = withPipelineCopies(ledger);
      int weekYear = c.day().get(IsoFields.WEEK_BASED_YEAR);
      int week = c.day().get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);

      assertThat(more.projects()).hasSize(2 * ledger.projects().size());
      assertThat(assessor.projectFunnel(more)).isEqualTo(assessor.projectFunnel(ledger));
      assertThat(assessor.projectBreakdown(more)).isEqualTo(assessor.projectBreakdown(ledger));
      assertThat(assessor.weeklyTeamReport(more, weekYear, week))
          .isEqualTo(assessor.weeklyTeamReport(ledger, weekYear, week));
      assertThat(assessor.teamRanking(more, c.month()))
          .isEqualTo(assessor.teamRanking(ledger, c.month()));
    });
  }
}
