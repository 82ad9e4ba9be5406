package org.planmetrics.metrics.projects;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.planmetrics.metrics.Precision;
import org.planmetrics.metrics.observation.LedgerProject;
import org.planmetrics.metrics.observation.Observations;
import org.planmetrics.metrics.result.ProjectFunnel;
import org.planmetrics.metrics.result.StalledProject;
import org.planmetrics.metrics.wording.ProjectSentences;
import org.planmetrics.model.KeyDirection;
import org.planmetrics.model.LocalizedText;
import org.planmetrics.model.Plan;
import org.planmetrics.model.StalledProjectRule;

/**
 * Projects followed from signing to production (从项目签约到投产实行全过程督查, 四.(二).5): the
 * projects signed from 1 January of the window's first year through the observations' {@code
 * asOf}, how many of them started and produced by then, and which have stalled.
 *
 * <p>Rates: started ÷ signed and producing ÷ started, empty when the denominator is 0. Medians
 * of whole days; for an even count the mean of the two middle values (so 80 and 91 give 85.5).
 * A project is stalled when more than the rule's days have passed since its last stage: signed
 * on 2024-01-01 and not started, it is stalled under 180 days from 2024-06-30 (181 days) on, not
 * on 2024-06-29 (180 days). A project whose start or production is dated after {@code asOf} has
 * not reached that stage yet.
 *
 * <p>Worked example, the sample data as of 2024-06-30 (window 2022–2024): 13 projects signed, 1
 * started (P-2024-10, 81 days after signing), none producing; start rate 1 ÷ 13 = 7.7%. The 9
 * projects signed before 2024-01-02 and not started are stalled; the longest wait is P-2022-01,
 * 838 days.
 */
public final class ProjectFunnels {

  private ProjectFunnels() {}

  /**
   * The funnel of {@code observations}' ledger under {@code plan}'s window and stalled-project
   * rule.
   *
   * @throws NullPointerException if an argument is null
   */
  public static ProjectFunnel funnel(Plan plan, Observations observations) {
    requireNonNull(plan, "'plan' must not be null");
    requireNonNull(observations, "'observations' must not be null");
    LocalDate from = LocalDate.of(plan.window().startYear(), 1, 1);
    LocalDate asOf = observations.asOf();
    StalledProjectRule rule = plan.stalledProjects();
    int signed = 0;
    int started = 0;
    int producing = 0;
    List<Long> daysToStart = new ArrayList<>();
    List<Long> daysToProduce = new ArrayList<>();
    List<StalledProject> stalled = new ArrayList<>();
    for (LedgerProject project : observations.projects()) {
      if (!project.signedWithin(from, asOf)) {
        continue;
      }
      LocalDate signedOn = project.signedOn().orElseThrow();
      signed++;
      Optional<LocalDate> start = project.startedOn().filter(d -> !d.isAfter(asOf));
      Optional<LocalDate> production = project.producingOn().filter(d -> !d.isAfter(asOf));
      if (start.isEmpty()) {
        long waited = ChronoUnit.DAYS.between(signedOn, asOf);
        if (waited > rule.daysToStart()) {
          stalled.add(stalled(plan, observations, project, StalledProject.Stage.NOT_STARTED,
              signedOn, waited));
        }
        continue;
      }
      started++;
      daysToStart.add(ChronoUnit.DAYS.between(signedOn, start.get()));
      if (production.isPresent()) {
        producing++;
        daysToProduce.add(ChronoUnit.DAYS.between(start.get(), production.get()));
      } else {
        long waited = ChronoUnit.DAYS.between(start.get(), asOf);
        if (waited > rule.daysToProduce()) {
          stalled.add(stalled(plan, observations, project, StalledProject.Stage.NOT_PRODUCING,
              start.get(), waited));
        }
      }
    }
    // Longest wait first; the ledger's order among equal waits.
    stalled.sort(Comparator.comparingLong(StalledProject::days).reversed());
    return ProjectFunnel.builder()
        .planId(plan.id())
        .from(from)
        .asOf(asOf)
        .signed(signed)
        .started(started)
        .producing(producing)
        .startRate(rate(started, signed))
        .productionRate(rate(producing, started))
        .medianDaysToStart(median(daysToStart))
        .medianDaysToProduce(median(daysToProduce))
        .rule(rule)
        .stalled(stalled)
        .build();
  }

  private static StalledProject stalled(Plan plan, Observations observations,
      LedgerProject project, StalledProject.Stage stage, LocalDate since, long days) {
    // The line names the team as the roster does and the direction by its title.
    Optional<LocalizedText> team = project.team().map(observations::teamName);
    Optional<LocalizedText> direction = project.direction()
        .flatMap(plan::keyDirection).map(KeyDirection::title);
    return StalledProject.builder()
        .project(project.id())
        .name(project.name())
        .team(project.team())
        .direction(project.direction())
        .stage(stage)
        .since(since)
        .days(days)
        .summary(ProjectSentences.stalled(project.id(), project.name(), team, direction, stage,
            days))
        .build();
  }

  private static Optional<BigDecimal> rate(int part, int whole) {
    return whole == 0 ? Optional.empty() : Optional.of(BigDecimal.valueOf(part)
        .divide(BigDecimal.valueOf(whole), Precision.MATH_CONTEXT));
  }

  /** The median of whole days: the middle value, or the mean of the two middle values. */
  static Optional<BigDecimal> median(List<Long> days) {
    if (days.isEmpty()) {
      return Optional.empty();
    }
    List<Long> sorted = new ArrayList<>(days);
    sorted.sort(null);
    int middle = sorted.size() / 2;
    if (sorted.size() % 2 == 1) {
      return Optional.of(BigDecimal.valueOf(sorted.get(middle)));
    }
    // Exact: the sum of two longs halved has at most one decimal place.
    return Optional.of(BigDecimal.valueOf(sorted.get(middle - 1))
        .add(BigDecimal.valueOf(sorted.get(middle))).divide(BigDecimal.valueOf(2)));
  }
}
