package org.planmetrics.metrics.teams;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.planmetrics.metrics.Pacing;
import org.planmetrics.metrics.observation.LedgerProject;
import org.planmetrics.metrics.observation.LoggedEvent;
import org.planmetrics.metrics.observation.Observations;
import org.planmetrics.metrics.observation.RosterTeam;
import org.planmetrics.metrics.result.ActivityCount;
import org.planmetrics.metrics.result.QuarterlyTeamReview;
import org.planmetrics.metrics.result.SignedProject;
import org.planmetrics.metrics.result.Status;
import org.planmetrics.metrics.result.TaskReview;
import org.planmetrics.metrics.result.TeamMetricStanding;
import org.planmetrics.metrics.result.TeamQuarter;
import org.planmetrics.metrics.result.TeamWeek;
import org.planmetrics.metrics.result.WeeklyTeamReport;
import org.planmetrics.metrics.wording.TeamSentences;
import org.planmetrics.model.ActivityKind;
import org.planmetrics.model.CadenceRequirement;
import org.planmetrics.model.InvalidArgumentException;
import org.planmetrics.model.LocalizedText;
import org.planmetrics.model.Plan;
import org.planmetrics.model.TeamMetric;

/**
 * The weekly and quarterly reports on the teams that 四.(二).5 asks for: 每周通报各招商组团招商活动详情
 * (each team's activities and signings in an ISO week, with its figures for the year so far) and
 * 每季考评任务完成情况 (each task judged at a quarter's end by the pacing rule of the plan's
 * cumulative targets). The monthly ranking is {@link TeamRankings}.
 *
 * <p>The year to date runs from 1 January of the year in which the period ends; a week that
 * starts in December and ends in January counts its activities and signings on all seven days,
 * and its year to date from the new 1 January.
 */
public final class TeamReports {

  private static final int MONTHS_IN_YEAR = 12;

  private TeamReports() {}

  /**
   * The report for ISO week {@code week} of week-based year {@code weekYear}, for example week
   * 23 of 2024: Monday 2024-06-03 to Sunday 2024-06-09.
   *
   * @throws InvalidArgumentException if the week does not exist in that year, or ends after the
   *     observations' {@code asOf}
   * @throws NullPointerException if an argument is null
   */
  public static WeeklyTeamReport weekly(Plan plan, Observations observations, int weekYear,
      int week) {
    requireNonNull(plan, "'plan' must not be null");
    requireNonNull(observations, "'observations' must not be null");
    int weeks = weeksIn(weekYear);
    if (week < 1 || week > weeks) {
      throw new InvalidArgumentException("week", "must be between 1 and " + weeks + " in "
          + weekYear, weekYear + "年须在第1至" + weeks + "周之间", week);
    }
    LocalDate monday = monday(weekYear, week);
    LocalDate sunday = monday.plusDays(6);
    String label = String.format("%d-W%02d", weekYear, week);
    requireOver(label, sunday, observations);
    Map<String, LocalizedText> kindNames = kindNames(plan);
    Map<String, Map<TeamMetric, BigDecimal>> yearToDate =
        TeamActuals.of(plan, observations, sunday.getYear(), sunday);
    // One pass over the log and one over the ledger, grouped by team: a roster of many teams
    // must not multiply the work by the size of the log.
    Map<String, Map<String, Integer>> countsByTeam = new LinkedHashMap<>();
    for (LoggedEvent event : observations.events()) {
      if (event.team().isPresent() && !event.date().isBefore(monday)
          && !event.date().isAfter(sunday)) {
        countsByTeam.computeIfAbsent(event.team().get(), t -> new LinkedHashMap<>())
            .merge(event.kind(), 1, Integer::sum);
      }
    }
    Map<String, List<LedgerProject>> signedByTeam = new LinkedHashMap<>();
    for (LedgerProject project : observations.projects()) {
      if (project.team().isPresent() && project.signedWithin(monday, sunday)) {
        signedByTeam.computeIfAbsent(project.team().get(), t -> new ArrayList<>()).add(project);
      }
    }
    List<TeamWeek> teams = new ArrayList<>();
    for (RosterTeam team : observations.teams()) {
      List<ActivityCount> activities = new ArrayList<>();
      countsByTeam.getOrDefault(team.id(), Map.of()).forEach((kind, count) ->
          activities.add(ActivityCount.builder().kind(kind)
              .name(kindNames.getOrDefault(kind, LocalizedText.of(kind, kind))).count(count)
              .build()));
      List<SignedProject> signed = new ArrayList<>();
      BigDecimal investment = BigDecimal.ZERO;
      for (LedgerProject project : signedByTeam.getOrDefault(team.id(), List.of())) {
        signed.add(SignedProject.builder().project(project.id()).name(project.name())
            .signedOn(project.signedOn().orElseThrow()).investment(project.investment())
            .direction(project.direction()).team(project.team()).teamName(team.name()).build());
        investment = investment.add(project.investment());
      }
      Map<TeamMetric, BigDecimal> tasks = TeamTasks.of(team, sunday.getYear());
      List<TeamMetricStanding> figures = new ArrayList<>();
      for (TeamMetric metric : TeamMetric.values()) {
        BigDecimal actual = yearToDate.get(team.id()).get(metric);
        TeamMetricStanding.Builder figure = TeamMetricStanding.builder().metric(metric)
            .unit(metric.unit()).actual(actual);
        if (tasks.containsKey(metric)) {
          figure.task(tasks.get(metric))
              .completion(Pacing.completionRate(actual, tasks.get(metric)));
        }
        figures.add(figure.build());
      }
      teams.add(TeamWeek.builder()
          .team(team.id())
          .name(team.name())
          .activities(activities)
          .signed(signed)
          .signedInvestment(investment)
          .yearToDate(figures)
          .summary(TeamSentences.week(team.name(), activities, signed.size(), investment,
              figures))
          .build());
    }
    return WeeklyTeamReport.builder()
        .planId(plan.id())
        .week(label)
        .from(monday)
        .through(sunday)
        .teams(teams)
        .build();
  }

  /** How many ISO weeks week-based year {@code weekYear} has: 52, or 53 (2020, 2026). */
  public static int weeksIn(int weekYear) {
    // 4 January always lies in week 1.
    return (int) LocalDate.of(weekYear, 1, 4).range(IsoFields.WEEK_OF_WEEK_BASED_YEAR)
        .getMaximum();
  }

  /**
   * The Monday of ISO week {@code week} of {@code weekYear}, for example 2024-04-15 for week 16
   * of 2024; {@code week} must be between 1 and {@link #weeksIn}.
   */
  public static LocalDate monday(int weekYear, int week) {
    return LocalDate.of(weekYear, 1, 4).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week)
        .with(DayOfWeek.MONDAY);
  }

  /**
   * The review of every team's tasks at the end of {@code quarter} (1–4) of {@code year}.
   *
   * @throws InvalidArgumentException if the quarter is not 1–4, or ends after the observations'
   *     {@code asOf}
   * @throws NullPointerException if an argument is null
   */
  public static QuarterlyTeamReview quarterly(Plan plan, Observations observations, int year,
      int quarter) {
    requireNonNull(plan, "'plan' must not be null");
    requireNonNull(observations, "'observations' must not be null");
    if (quarter < 1 || quarter > 4) {
      throw new InvalidArgumentException("quarter", "must be between 1 and 4", "须在1至4之间", quarter);
    }
    int months = quarter * 3;
    LocalDate through = YearMonth.of(year, months).atEndOfMonth();
    String label = year + "-Q" + quarter;
    requireOver(label, through, observations);
    BigDecimal progress = Pacing.timeProgress(months, MONTHS_IN_YEAR);
    Map<String, Map<TeamMetric, BigDecimal>> actuals =
        TeamActuals.of(plan, observations, year, through);
    List<TeamQuarter> teams = new ArrayList<>();
    for (RosterTeam team : observations.teams()) {
      List<TaskReview> reviews = new ArrayList<>();
      TeamTasks.of(team, year).forEach((metric, task) -> {
        BigDecimal actual = actuals.get(team.id()).get(metric);
        BigDecimal completion = Pacing.completionRate(actual, task);
        reviews.add(TaskReview.builder()
            .metric(metric)
            .unit(metric.unit())
            .actual(actual)
            .task(task)
            .completion(completion)
            .gapPercentagePoints(Pacing.gapInPercentagePoints(completion, progress))
            .status(status(actual, task, completion, progress, months))
            .build());
      });
      teams.add(TeamQuarter.builder()
          .team(team.id())
          .name(team.name())
          .tasks(reviews)
          .summary(TeamSentences.quarter(team.name(), year, quarter, reviews))
          .build());
    }
    return QuarterlyTeamReview.builder()
        .planId(plan.id())
        .quarter(label)
        .through(through)
        .timeProgress(progress)
        .teams(teams)
        .build();
  }

  /**
   * The rule of the plan's cumulative targets, for a yearly task that is a floor, after {@code
   * months} of the year: MET once reached, MISSED when the year is over short of it, else
   * ON_TRACK or BEHIND by completion against time progress. The units' quotas are judged by it
   * too ({@link UnitQuotas}).
   */
  static Status status(BigDecimal actual, BigDecimal task, BigDecimal completion,
      BigDecimal progress, int months) {
    if (actual.compareTo(task) >= 0) {
      return Status.MET;
    }
    if (months >= MONTHS_IN_YEAR) {
      return Status.MISSED;
    }
    return completion.compareTo(progress) >= 0 ? Status.ON_TRACK : Status.BEHIND;
  }

  private static void requireOver(String period, LocalDate end, Observations observations) {
    if (end.isAfter(observations.asOf())) {
      throw new InvalidArgumentException(period.contains("W") ? "week" : "quarter",
          "must end on or before the observations' 'asOf' (" + observations.asOf()
              + "): a period is reported once it is over", "须在观测数据的'asOf'("
              + observations.asOf() + ")当日或之前结束:期间结束后才报告", period);
    }
  }

  /** Each event kind's name: its activity kind's, else the first cadence's of that kind. */
  private static Map<String, LocalizedText> kindNames(Plan plan) {
    Map<String, LocalizedText> names = new LinkedHashMap<>();
    for (ActivityKind kind : plan.activityKinds()) {
      names.putIfAbsent(kind.kind(), kind.name());
    }
    for (CadenceRequirement cadence : plan.cadences()) {
      names.putIfAbsent(cadence.kind(), cadence.name());
    }
    return names;
  }
}
