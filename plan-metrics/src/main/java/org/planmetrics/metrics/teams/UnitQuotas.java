package org.planmetrics.metrics.teams;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.planmetrics.metrics.Pacing;
import org.planmetrics.metrics.Rankings;
import org.planmetrics.metrics.observation.LedgerProject;
import org.planmetrics.metrics.observation.Observations;
import org.planmetrics.metrics.result.QuotaReport;
import org.planmetrics.metrics.result.QuotaStanding;
import org.planmetrics.metrics.result.Status;
import org.planmetrics.metrics.result.UnitQuotaStanding;
import org.planmetrics.metrics.wording.TeamSentences;
import org.planmetrics.model.InvalidArgumentException;
import org.planmetrics.model.LocalizedText;
import org.planmetrics.model.Plan;
import org.planmetrics.model.QuotaFigure;
import org.planmetrics.model.ResponsibleUnit;
import org.planmetrics.model.TeamMetric;
import org.planmetrics.model.UnitQuota;
import org.planmetrics.model.quantity.Quantity;

/**
 * The plan's quotas per unit, park or township in a month, assessed as the office assesses its
 * teams' tasks: each unit's figure from 1 January through the month's end (the projects whose
 * {@code unit} is it, counted as {@link TeamActuals} counts a team's) against its figure for the
 * year, the completion against the time progress, and the units of each quota ranked by
 * completion.
 *
 * <p>Worked example, May 2023 (time progress 5/12 ≈ 41.7%): a park with 0.056亿元 signed
 * against 800万元 has 560万元, 70.0% of its task, 28.3 points ahead: ON_TRACK. The status is
 * MET once the task is reached, and MISSED when December ends short of it.
 */
public final class UnitQuotas {

  private UnitQuotas() {}

  /**
   * The quotas of {@code plan} that apply to {@code month}'s year, with each unit's standing.
   *
   * @throws InvalidArgumentException if {@code month} ends after the observations' {@code asOf}:
   *     a month is assessed once it is over
   * @throws NullPointerException if an argument is null
   */
  public static QuotaReport report(Plan plan, Observations observations, YearMonth month) {
    requireNonNull(plan, "'plan' must not be null");
    requireNonNull(observations, "'observations' must not be null");
    requireNonNull(month, "'month' must not be null");
    ReportMonth over = ReportMonth.over(observations, month, "assessed", "评估");
    LocalDate through = over.through();
    BigDecimal progress = over.progress();
    int year = month.getYear();
    List<QuotaStanding> quotas = new ArrayList<>();
    for (UnitQuota quota : plan.quotas()) {
      if (!plan.window().contains(year) || quota.year().filter(y -> y != year).isPresent()) {
        continue;
      }
      quotas.add(standing(plan, observations, quota, year, through, month, progress));
    }
    return QuotaReport.builder().planId(plan.id()).month(month).through(through)
        .timeProgress(progress).quotas(quotas).build();
  }

  private static QuotaStanding standing(Plan plan, Observations observations, UnitQuota quota,
      int year, LocalDate through, YearMonth month, BigDecimal progress) {
    List<String> units = quota.figures().stream().map(QuotaFigure::unit).toList();
    Map<String, Map<TeamMetric, BigDecimal>> actuals = TeamActuals.byHolder(plan, observations,
        units, LedgerProject::unit, event -> Optional.empty(), year, through);
    TeamMetric metric = quota.metric();
    List<BigDecimal> completions = new ArrayList<>();
    for (QuotaFigure figure : quota.figures()) {
      BigDecimal task = figure.task().to(metric.unit()).value();
      completions.add(Pacing.completionRate(actuals.get(figure.unit()).get(metric), task));
    }
    List<Integer> ranks = Rankings.competitionRanks(completions);
    List<UnitQuotaStanding> standings = new ArrayList<>();
    for (int i = 0; i < quota.figures().size(); i++) {
      QuotaFigure figure = quota.figures().get(i);
      // Shown in the unit the plan writes the task in: 560万元 against 800万元.
      Quantity task = figure.task();
      Quantity actual = Quantity.of(actuals.get(figure.unit()).get(metric), metric.unit())
          .to(task.unit());
      BigDecimal completion = completions.get(i);
      BigDecimal gap = Pacing.gapInPercentagePoints(completion, progress);
      // In the task's unit, so that 560 is compared with 800 (万元) as the sentence shows them.
      Status status = TeamReports.status(actual.value(), task.value(), completion, progress,
          month.getMonthValue());
      LocalizedText name = plan.units().stream().filter(u -> u.id().equals(figure.unit()))
          .map(ResponsibleUnit::name).findFirst().orElseThrow();
      standings.add(UnitQuotaStanding.builder().unit(figure.unit()).name(name).task(task)
          .actual(actual).completion(completion).gapPercentagePoints(gap).status(status)
          .rank(ranks.get(i))
          .summary(TeamSentences.quota(name, metric, actual, task, completion, gap,
              ranks.get(i), quota.figures().size(), status))
          .build());
    }
    // By rank; a stable sort keeps the plan's order among ties.
    standings.sort(Comparator.comparingInt(UnitQuotaStanding::rank));
    return QuotaStanding.builder().quotaId(quota.id()).metric(metric).year(year)
        .text(quota.text()).units(standings).build();
  }
}
