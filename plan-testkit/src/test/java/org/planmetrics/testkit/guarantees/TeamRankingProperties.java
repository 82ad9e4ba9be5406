package org.planmetrics.testkit.guarantees;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.planmetrics.metrics.observation.Observations;
import org.planmetrics.metrics.result.TeamMetricStanding;
import org.planmetrics.metrics.result.TeamRanking;
import org.planmetrics.metrics.result.TeamStanding;
import org.planmetrics.metrics.teams.TeamRankings;
import org.planmetrics.model.Plan;
import org.planmetrics.model.plans.BundledPlans;
import org.planmetrics.testkit.Generator;
import org.planmetrics.testkit.Guarantee;
import org.planmetrics.testkit.PlanObservations;
import org.planmetrics.testkit.Plans;
import org.planmetrics.testkit.quicktheories.Gens;
import org.quicktheories.core.Gen;

/**
 * The ranking's promises for any roster (see {@link Guarantee}): a team's rank is 1 + the number
 * of teams with a strictly higher score, and a score lies between the team's lowest and highest
 * completion.
 */
class TeamRankingProperties {

  /**
   * A plan, observations with a roster, and a month of the window to rank, over by the
   * observations' date (a month is ranked once it is over).
   */
  private record Case(Plan plan, Observations observations, YearMonth month) {
    @Override
    public String toString() {
      return month + " of plan " + plan.id() + ", " + observations;
    }
  }

  private static Gen<Case> cases() {
    Generator<Plan> plans = Plans.valid().withEdgeCases(random -> BundledPlans.gongqingcheng2022());
    return Gens.of(random -> {
      Plan plan = plans.next(random);
      YearMonth month = anyMonthOfTheWindow(plan, random);
      Observations observations = PlanObservations.validFor(plan).next(random);
      if (observations.asOf().isBefore(month.atEndOfMonth())) {
        observations = observations.withAsOf(month.atEndOfMonth());
      }
      return new Case(plan, observations, month);
    });
  }

  /** Any month of {@code plan}'s window, for the reports made month by month. */
  static YearMonth anyMonthOfTheWindow(Plan plan, java.util.random.RandomGenerator random) {
    YearMonth first = YearMonth.from(plan.window().firstDay());
    int months = 12 * (plan.window().endYear() - plan.window().startYear() + 1);
    return first.plusMonths(random.nextInt(months));
  }

  @Test
  @Checks(Guarantee.A_TEAMS_RANK_IS_ONE_PLUS_THE_TEAMS_SCORING_HIGHER)
  void aRankIsOnePlusTheTeamsScoringHigherAndAScoreLiesAmongItsCompletions() {
    qt().withExamples(200).forAll(cases()).checkAssert(c -> {
      TeamRanking ranking = TeamRankings.ranking(c.plan(), c.observations(), c.month());
      List<TeamStanding> ranked = ranking.teams().stream()
          .filter(s -> s.rank().isPresent()).toList();
      for (TeamStanding team : ranked) {
        BigDecimal score = team.score().orElseThrow();
        long higher = ranked.stream()
            .filter(other -> other.score().orElseThrow().compareTo(score) > 0).count();
        assertThat(team.rank()).hasValue((int) higher + 1);
        List<BigDecimal> completions = team.metrics().stream()
            .map(TeamMetricStanding::completion).flatMap(Optional::stream).toList();
        assertThat(score).isBetween(
            completions.stream().min(BigDecimal::compareTo).orElseThrow(),
            completions.stream().max(BigDecimal::compareTo).orElseThrow());
      }
      // Ranked teams come first, in rank order; every roster team is listed once.
      assertThat(ranking.teams()).hasSameSizeAs(c.observations().teams());
      assertThat(ranking.teams().subList(0, ranked.size())).isEqualTo(ranked);
      assertThat(ranked).extracting(s -> s.rank().orElseThrow()).isSorted();
    });
  }
}
