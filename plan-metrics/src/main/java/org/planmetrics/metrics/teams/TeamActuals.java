package org.planmetrics.metrics.teams;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.planmetrics.metrics.TierCounts;
import org.planmetrics.metrics.observation.LedgerProject;
import org.planmetrics.metrics.observation.LoggedEvent;
import org.planmetrics.metrics.observation.Observations;
import org.planmetrics.metrics.observation.RosterTeam;
import org.planmetrics.model.Plan;
import org.planmetrics.model.ProjectTierRules;
import org.planmetrics.model.TeamMetric;

/**
 * Each roster team's figure on every {@link TeamMetric} from 1 January of a year through a date,
 * both days counted, in one pass over the ledger and one over the activity log. A project or an
 * event with no team, or a team not on the roster, counts for no team.
 */
final class TeamActuals {

  private TeamActuals() {}

  /** Team id → metric → figure, in roster order, every metric present (0 when nothing counts). */
  static Map<String, Map<TeamMetric, BigDecimal>> of(Plan plan, Observations observations,
      int year, LocalDate through) {
    List<String> teams = observations.teams().stream().map(RosterTeam::id).toList();
    return byHolder(plan, observations, teams, LedgerProject::team, LoggedEvent::team, year,
        through);
  }

  /**
   * Holder id → metric → figure, in {@code holders}' order, for any holder of tasks: the roster's
   * teams, or the units a plan's quotas name. {@code projectHolder} and {@code eventHolder} say
   * whom a project or an event counts for; one that names no holder of the list counts for none.
   */
  static Map<String, Map<TeamMetric, BigDecimal>> byHolder(Plan plan, Observations observations,
      List<String> holders, Function<LedgerProject, Optional<String>> projectHolder,
      Function<LoggedEvent, Optional<String>> eventHolder, int year, LocalDate through) {
    LocalDate from = LocalDate.of(year, 1, 1);
    Map<String, Map<TeamMetric, BigDecimal>> actuals = new LinkedHashMap<>();
    for (String holder : holders) {
      Map<TeamMetric, BigDecimal> zero = new EnumMap<>(TeamMetric.class);
      for (TeamMetric metric : TeamMetric.values()) {
        zero.put(metric, BigDecimal.ZERO);
      }
      actuals.putIfAbsent(holder, zero);
    }
    ProjectTierRules tiers = plan.projectTiers();
    for (LedgerProject project : observations.projects()) {
      Map<TeamMetric, BigDecimal> figures = projectHolder.apply(project).map(actuals::get)
          .orElse(null);
      if (figures == null) {
        continue;
      }
      if (within(project.signedOn(), from, through)) {
        figures.merge(TeamMetric.SIGNED_INVESTMENT, project.investment(), BigDecimal::add);
        figures.merge(TeamMetric.SIGNED_PROJECTS, BigDecimal.ONE, BigDecimal::add);
      }
      // Major projects are counted as the plan's tier targets count them: at the tier rules'
      // stage (signing, for the bundled plan), in any band.
      if (within(project.reached(tiers.countingStage()), from, through)
          && !TierCounts.tiersOf(project.investmentAmount(),
              project.foreignCapitalAmount(), tiers).isEmpty()) {
        figures.merge(TeamMetric.MAJOR_PROJECTS, BigDecimal.ONE, BigDecimal::add);
      }
      if (within(project.startedOn(), from, through)) {
        figures.merge(TeamMetric.STARTED_PROJECTS, BigDecimal.ONE, BigDecimal::add);
      }
    }
    for (LoggedEvent event : observations.events()) {
      Map<TeamMetric, BigDecimal> figures = eventHolder.apply(event).map(actuals::get)
          .orElse(null);
      if (figures != null && within(Optional.of(event.date()), from, through)) {
        figures.merge(TeamMetric.ACTIVITIES, BigDecimal.ONE, BigDecimal::add);
      }
    }
    return actuals;
  }

  private static boolean within(Optional<LocalDate> date, LocalDate from, LocalDate through) {
    return date.filter(d -> !d.isBefore(from) && !d.isAfter(through)).isPresent();
  }
}
