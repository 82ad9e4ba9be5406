package org.planmetrics.metrics.assessment;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.Set;
import org.planmetrics.metrics.GrowthRates;
import org.planmetrics.metrics.observation.PeriodKey;
import org.planmetrics.metrics.result.Reason;
import org.planmetrics.metrics.result.Status;
import org.planmetrics.model.quantity.Quantity;
import org.planmetrics.model.quantity.Unit;

/**
 * The rule of annual growth targets ("年增长7%以上"). Each window year is judged on its own:
 *
 * <ul>
 *   <li>full-year figures for the year and the year before: growth = V(Y) ÷ V(Y−1) − 1, MET or
 *       MISSED;
 *   <li>otherwise year-to-date figures for the same month of both years (the latest such month):
 *       ON_TRACK or BEHIND by that growth (同比);
 *   <li>otherwise a year under way waits (pending), and a year that has ended is NOT_ASSESSABLE
 *       for the missing full-year figure; a base of zero or below, and a figure beyond {@link
 *       ComputableFigures}, are NOT_ASSESSABLE too.
 * </ul>
 *
 * The compound growth from the base year to the latest full year is reported beside.
 */
final class GrowthRule {

  private GrowthRule() {}

  static Finding judge(TargetContext context) {
    Series<BigDecimal> series = context.series();
    Finding years = YearByYear.judge(context.calendar,
        (year, inputs) -> judgeYear(context, series, year, inputs));
    return years.withCompoundGrowthRate(compoundGrowth(context, series));
  }

  private static YearFinding judgeYear(TargetContext context, Series<BigDecimal> series,
      int year, Set<String> inputs) {
    Optional<BigDecimal> current = series.fullYear(year);
    Optional<BigDecimal> previous = series.fullYear(year - 1);
    if (current.isPresent() && previous.isPresent()) {
      PeriodKey base = PeriodKey.fullYear(year - 1);
      inputs.add(series.pointer(base));
      inputs.add(series.fullYearPointer(year));
      return growth(context, series, year, base, previous.get(), current.get());
    }
    Optional<Integer> month = series.latestMonth(year);
    while (month.isPresent()) {
      int m = month.get();
      Optional<BigDecimal> base = series.yearToDate(year - 1, m);
      if (base.isPresent()) {
        PeriodKey basePeriod = PeriodKey.yearToDate(year - 1, m);
        inputs.add(series.pointer(basePeriod));
        inputs.add(series.yearToDatePointer(year, m));
        return growth(context, series, year, basePeriod, base.get(),
            series.yearToDate(year, m).orElseThrow());
      }
      // No base for this month: try an earlier month both years report.
      month = series.monthBefore(year, m);
    }
    if (!context.calendar.hasEnded(year)) {
      // A year under way with no figures yet is not judged: it counts as pending, like a year
      // that has not started, and says which figures it waits for.
      return new YearFinding.Pending(year, Optional.of(
          new Reason.NoYearToDateFigureYet(year, series.fullYearPointer(year))));
    }
    int missingYear = current.isEmpty() ? year : year - 1;
    return new YearFinding.NotAssessable(year, new Reason.MissingFullYearFigure(year, missingYear,
        series.fullYearPointer(missingYear)), Optional.empty());
  }

  /**
   * The growth from {@code base} (the figure of {@code basePeriod}) to {@code value} a year later:
   * MET or MISSED for full years, ON_TRACK or BEHIND for years to date.
   */
  private static YearFinding growth(TargetContext context, Series<BigDecimal> series, int year,
      PeriodKey basePeriod, BigDecimal base, BigDecimal value) {
    int month = basePeriod.throughMonth();
    if (!ComputableFigures.isComputable(base)) {
      return new YearFinding.NotAssessable(year,
          ComputableFigures.outOfRange(series.pointer(basePeriod)), Optional.of(month));
    }
    if (!ComputableFigures.isComputable(value)) {
      return new YearFinding.NotAssessable(year,
          ComputableFigures.outOfRange(series.yearToDatePointer(year, month)), Optional.of(month));
    }
    if (base.signum() <= 0) {
      return new YearFinding.NotAssessable(year,
          new Reason.BaseNotPositive(base, series.pointer(basePeriod)), Optional.of(month));
    }
    BigDecimal growth = GrowthRates.growthRate(base, value);
    boolean passes = context.target.operator().test(growth, context.target.threshold().value());
    Status status = basePeriod.isFullYear() ? (passes ? Status.MET : Status.MISSED)
        : (passes ? Status.ON_TRACK : Status.BEHIND);
    return new YearFinding.Judged(year, status, Quantity.of(growth, Unit.RATIO), month);
  }

  /** CAGR from the base year to the latest full window year, where both are given. */
  private static Optional<BigDecimal> compoundGrowth(TargetContext context,
      Series<BigDecimal> series) {
    int baseYear = context.calendar.window.baseYear();
    Optional<BigDecimal> base = series.fullYear(baseYear);
    Optional<Integer> last = series.latestFullYearUpTo(context.calendar.endYear());
    if (base.isEmpty() || base.get().signum() <= 0 || last.isEmpty() || last.get() <= baseYear) {
      return Optional.empty();
    }
    BigDecimal lastValue = series.fullYear(last.get()).orElseThrow();
    if (lastValue.signum() < 0 || !ComputableFigures.isComputable(base.get())
        || !ComputableFigures.isComputable(lastValue)) {
      return Optional.empty();
    }
    return Optional.of(GrowthRates.compoundAnnualGrowthRate(base.get(), lastValue,
        last.get() - baseYear));
  }
}
