package org.planmetrics.metrics.assessment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.planmetrics.metrics.Compounding;
import org.planmetrics.metrics.GrowthRates;
import org.planmetrics.metrics.result.Pace;
import org.planmetrics.metrics.result.Reason;
import org.planmetrics.metrics.result.RequiredFigures;
import org.planmetrics.metrics.result.Status;
import org.planmetrics.model.quantity.ComparisonOperator;
import org.planmetrics.model.quantity.Quantity;
import org.planmetrics.model.quantity.Unit;

/**
 * The rule of amounts over the window ("累计7亿美元以上").
 *
 * <p>Achieved = the full-year figures of the window years from the start, without a gap, plus
 * the latest year-to-date figure of the first year without a full figure. Months covered = 12 ×
 * full years + that month. The target is MET as soon as achieved satisfies the rule; otherwise
 * MISSED once all months are covered; otherwise ON_TRACK when completion ≥ time progress (序时进度),
 * else BEHIND. A figure for a later year while an earlier one is missing is a gap, and the target
 * is NOT_ASSESSABLE, as it is before any figure of the window has arrived and when a figure is
 * beyond {@link ComputableFigures}. The figures are read in the threshold's unit, which may be
 * another scale of the indicator's currency (figures in 亿元, "累计5000万元以上"). From the base
 * year it
 * also gives the constant growth the target requires and a projection at the observed growth.
 */
final class CumulativeAmountRule {

  private CumulativeAmountRule() {}

  static Finding judge(TargetContext context) {
    WindowCalendar calendar = context.calendar;
    Quantity threshold = context.target.threshold();
    Unit unit = threshold.unit();
    // Everything is counted in the threshold's unit, so that "累计5000万元以上" over figures in
    // 亿元 reads 5500万元 achieved, exactly, and the sentences print the threshold as the plan does.
    Series<BigDecimal> series = context.seriesIn(unit);
    int start = calendar.startYear();
    int end = calendar.endYear();
    Set<String> inputs = new TreeSet<>();
    List<YearFinding> years = new ArrayList<>();
    List<BigDecimal> fullValues = new ArrayList<>();

    BigDecimal achieved = BigDecimal.ZERO;
    int months = 0;
    Optional<Reason> outOfRange = Optional.empty();
    int year = start;
    for (; year <= end && series.fullYear(year).isPresent(); year++) {
      BigDecimal value = series.fullYear(year).get();
      String pointer = series.fullYearPointer(year);
      months += 12;
      inputs.add(pointer);
      if (!ComputableFigures.isComputable(value)) {
        outOfRange = outOfRange.or(() -> Optional.of(ComputableFigures.outOfRange(pointer)));
        years.add(YearFinding.Figures.unusable(year, 12));
        continue;
      }
      achieved = achieved.add(value);
      fullValues.add(value);
      years.add(YearFinding.Figures.of(year, Quantity.of(value, unit), 12));
    }
    int partialYear = year;
    Optional<Integer> partialMonth = year <= end ? series.latestMonth(year) : Optional.empty();
    if (partialMonth.isPresent()) {
      BigDecimal value = series.yearToDate(year, partialMonth.get()).orElseThrow();
      String pointer = series.yearToDatePointer(year, partialMonth.get());
      months += partialMonth.get();
      inputs.add(pointer);
      if (ComputableFigures.isComputable(value)) {
        achieved = achieved.add(value);
        years.add(YearFinding.Figures.of(year, Quantity.of(value, unit), partialMonth.get()));
      } else {
        outOfRange = outOfRange.or(() -> Optional.of(ComputableFigures.outOfRange(pointer)));
        years.add(YearFinding.Figures.unusable(year, partialMonth.get()));
      }
      year++;
    }
    Optional<Integer> gapYear = Optional.empty();
    for (int later = year; later <= end; later++) {
      if (series.hasAny(later) && gapYear.isEmpty()) {
        gapYear = Optional.of(later);
      }
      years.add(calendar.isPending(later) ? YearFinding.Pending.notStarted(later)
          : YearFinding.Figures.none(later));
    }

    List<String> pointers = List.copyOf(inputs);
    if (gapYear.isPresent()) {
      return Finding.of(Verdict.notAssessable(new Reason.GapInFigures(gapYear.get(), partialYear,
          series.fullYearPointer(partialYear))), Optional.empty(), years, pointers);
    }
    if (outOfRange.isPresent()) {
      return Finding.of(Verdict.notAssessable(outOfRange.get()), Optional.empty(), years,
          pointers);
    }
    if (months == 0) {
      Reason reason = calendar.isPending(start) ? calendar.notStarted()
          : new Reason.NoFiguresYet(start, series.fullYearPointer(start));
      return Finding.of(Verdict.notAssessable(reason), Optional.empty(), years, pointers);
    }

    Quantity total = Quantity.of(achieved, unit);
    int span = calendar.window.lengthInMonths();
    Optional<Pace> pace = ScheduleProgress.pace(achieved, threshold, months, span);
    Status status = status(context.target.operator(), total, threshold, months, span, pace);
    return Finding.of(Verdict.of(status), Optional.of(total), years, pointers).withPace(pace)
        .withRequired(required(context, series, fullValues, partialMonth));
  }

  private static Status status(ComparisonOperator operator, Quantity total, Quantity threshold,
      int months, int span, Optional<Pace> pace) {
    boolean passes = operator.test(total, threshold);
    if (!operator.higherIsBetter()) {
      return ScheduleProgress.ceilingStatus(passes, months >= span);
    }
    if (passes) {
      return Status.MET;
    }
    if (months >= span) {
      return Status.MISSED;
    }
    // Not met and not over: judged by pace. Without a pace (a zero target not yet met, which
    // takes a negative total) the figure is plainly short.
    return pace.map(p -> p.completion().compareTo(p.timeProgress()) >= 0
        ? Status.ON_TRACK : Status.BEHIND).orElse(Status.BEHIND);
  }

  /**
   * The growth the target requires from the base year, and the projection at the growth observed
   * so far: from the full years, or else from the first year's year to date against the base
   * year's same months. None without a positive base-year figure or for a negative target.
   */
  private static Optional<RequiredFigures> required(TargetContext context,
      Series<BigDecimal> series, List<BigDecimal> fullValues, Optional<Integer> partialMonth) {
    int baseYear = context.calendar.window.baseYear();
    Optional<BigDecimal> base = series.fullYear(baseYear);
    BigDecimal target = context.target.threshold().value();
    // The figures of the window are computable here (the target is NOT_ASSESSABLE otherwise);
    // the base year's are not summed, so they are checked here.
    if (base.isEmpty() || base.get().signum() <= 0 || target.signum() < 0
        || !ComputableFigures.isComputable(base.get())) {
      return Optional.empty();
    }
    Unit unit = context.target.threshold().unit();
    int n = context.calendar.window.lengthInYears();
    RequiredFigures.Builder figures = RequiredFigures.builder()
        .baseValue(Quantity.of(base.get(), unit))
        .requiredGrowthRate(Compounding.requiredGrowthRate(base.get(), target, n));
    int k = fullValues.size();
    if (k > 0 && fullValues.get(k - 1).signum() >= 0) {
      BigDecimal last = fullValues.get(k - 1);
      BigDecimal observed = GrowthRates.compoundAnnualGrowthRate(base.get(), last, k);
      figures.observedGrowthRate(observed).projectedTotal(Quantity.of(
          Compounding.projectedWindowTotal(fullValues, last, observed, n - k), unit));
    } else if (k == 0 && partialMonth.isPresent()) {
      int start = context.calendar.startYear();
      Optional<BigDecimal> ytdBase = series.yearToDate(baseYear, partialMonth.get());
      if (ytdBase.isPresent() && ytdBase.get().signum() > 0
          && ComputableFigures.isComputable(ytdBase.get())) {
        BigDecimal observed = GrowthRates.growthRate(ytdBase.get(),
            series.yearToDate(start, partialMonth.get()).orElseThrow());
        // At −1 or below nothing is left to compound.
        if (observed.compareTo(BigDecimal.ONE.negate()) > 0) {
          figures.observedGrowthRate(observed).projectedTotal(Quantity.of(
              Compounding.projectedTotal(base.get(), observed, n), unit));
        }
      }
    }
    return Optional.of(figures.build());
  }
}
