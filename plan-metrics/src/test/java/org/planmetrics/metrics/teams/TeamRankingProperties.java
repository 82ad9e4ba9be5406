package org.planmetrics.metrics.teams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.planmetrics.metrics.observation.LedgerProject;
import org.planmetrics.metrics.observation.Observations;
import org.planmetrics.metrics.observation.RosterTeam;
import org.planmetrics.metrics.result.TeamMetricStanding;
import org.planmetrics.metrics.result.TeamRanking;
import org.planmetrics.metrics.result.TeamStanding;
import org.planmetrics.model.LocalizedText;
import org.planmetrics.model.Plan;
import org.planmetrics.model.plans.BundledPlans;
import org.quicktheories.core.Gen;

/**
 * The ranking's promises for any roster: a team's rank is 1 + the number of teams with a strictly
 * higher score, and a score lies between the team's lowest and highest completion.
 */
class TeamRankingProperties {

  private static final Plan PLAN = BundledPlans.gongqingcheng2022();

  /** One team as four small numbers: projects signed, investment each, and the two tasks. */
  private static Gen<List<Integer>> team() {
    return lists().of(integers().between(0, 9)).ofSize(4);
  }

  private static Observations observations(List<List<Integer>> teams) {
    Observations.Builder observations = Observations.builder().asOf(LocalDate.of(2023, 6, 30));
    for (int t = 0; t < teams.size(); t++) {
      List<Integer> numbers = teams.get(t);
      String id = "team-" + t;
      RosterTeam.Builder team = RosterTeam.builder().id(id)
          .name(LocalizedText.of("组" + t, "Team " + t));
      // A task of 0 means no task: the team is then unranked on that metric.
      Map<String, BigDecimal> tasks = new java.util.HashMap<>();
      if (numbers.get(2) > 0) {
        tasks.put("signed-projects", BigDecimal.valueOf(numbers.get(2)));
      }
      if (numbers.get(3) > 0) {
        tasks.put("signed-investment", BigDecimal.valueOf(numbers.get(3) * 10L));
      }
      observations.addTeams(team.putTasks("2023", tasks).build());
      for (int p = 0; p < numbers.get(0); p++) {
        observations.addProjects(LedgerProject.builder().id(id + "-" + p).team(id)
            .signedOn(LocalDate.of(2023, 1 + p % 5, 1 + p))
            .investment(BigDecimal.valueOf(numbers.get(1) * 3L + p)).build());
      }
    }
    return observations.build();
  }

  @Test
  void aRankIsOnePlusTheTeamsScoringHigherAndAScoreLiesAmongItsCompletions() {
    qt().forAll(lists().of(team()).ofSizeBetween(1, 8), integers().between(1, 6))
        .checkAssert((teams, month) -> {
          TeamRanking ranking = TeamRankings.ranking(PLAN, observations(teams),
              YearMonth.of(2023, month));
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
          assertThat(ranking.teams()).hasSize(teams.size());
          assertThat(ranking.teams().subList(0, ranked.size())).isEqualTo(ranked);
          assertThat(ranked).extracting(s -> s.rank().orElseThrow()).isSorted();
        });
  }
}
