package org.planmetrics.metrics.assessment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.planmetrics.metrics.GrowthRates;
import org.planmetrics.metrics.result.Reason;
import org.planmetrics.metrics.result.RequiredFigures;
import org.planmetrics.metrics.result.Status;
import org.planmetrics.model.quantity.ComparisonOperator;
import org.planmetrics.model.quantity.Quantity;
import org.planmetrics.model.quantity.Unit;

/**
 * The rule of average annual growth (年均增长), judged once over the window, as distinct from
 * growth each year: base B (the base year's full figure), the threshold g, n = end year − base
 * year. For example B = 100 in 2021 and "2022—2024年年均增长10%以上": 2024 must reach 100 × 1.1³ =
 * 133.1.
 *
 * <ul>
 *   <li>the end year's full figure E in: MET when E against B × (1 + g)ⁿ satisfies the rule, else
 *       MISSED; the rate reported is GrowthRates.compoundAnnualGrowthRate(B, E, n);
 *   <li>before: the latest full window year k with its figure V, the compound rate so far over k −
 *       base year years, ON_TRACK when V against B × (1 + g)^(k − base year) satisfies the rule,
 *       else BEHIND; the growth each remaining year needs to reach B × (1 + g)ⁿ from V is given
 *       as the required figures;
 *   <li>before any full window year: the first year's growth to date over the base year's same
 *       months (同比), ON_TRACK or BEHIND against g.
 * </ul>
 *
 * Comparing the figure with B × (1 + g)^k, an exact product, decides as comparing the rate with g
 * does (B is positive), without the rounding of a k-th root: 133.1 after 100 is exactly 10% a
 * year. No base, a base of 0 or below, a negative figure, or no figure yet are NOT_ASSESSABLE.
 */
final class AverageGrowthRule {

  private AverageGrowthRule() {}

  static Finding judge(TargetContext context) {
    WindowCalendar calendar = context.calendar;
    if (calendar.isPending(calendar.startYear())) {
      return Finding.notAssessable(calendar.notStarted(), List.of());
    }
    Series<BigDecimal> series = context.series();
    int baseYear = calendar.window.baseYear();
    String basePointer = series.fullYearPointer(baseYear);
    Optional<BigDecimal> base = series.fullYear(baseYear);
    if (base.isEmpty()) {
      return Finding.notAssessable(new Reason.MissingFigure(basePointer), List.of());
    }
    List<String> inputs = new ArrayList<>(List.of(basePointer));
    if (!ComputableFigures.isComputable(base.get())) {
      return Finding.notAssessable(ComputableFigures.outOfRange(basePointer), inputs);
    }
    if (base.get().signum() <= 0) {
      return Finding.notAssessable(new Reason.BaseNotPositive(base.get(), basePointer), inputs);
    }
    Optional<Integer> last = series.latestFullYearUpTo(calendar.endYear())
        .filter(y -> y > baseYear);
    return last.isPresent() ? fromFullYears(context, series, base.get(), last.get(), inputs)
        : fromTheFirstYearToDate(context, series, inputs);
  }

  private static Finding fromFullYears(TargetContext context, Series<BigDecimal> series,
      BigDecimal base, int last, List<String> inputs) {
    WindowCalendar calendar = context.calendar;
    String pointer = series.fullYearPointer(last);
    inputs.add(pointer);
    BigDecimal value = series.fullYear(last).orElseThrow();
    if (!ComputableFigures.isComputable(value)) {
      return Finding.notAssessable(ComputableFigures.outOfRange(pointer), inputs);
    }
    if (value.signum() < 0) {
      return Finding.notAssessable(new Reason.NegativeFigure(value, pointer), inputs);
    }
    int baseYear = calendar.window.baseYear();
    int years = last - baseYear;
    BigDecimal g = context.target.threshold().value();
    ComparisonOperator operator = context.target.operator();
    boolean passes = operator.test(value, reached(base, g, years));
    boolean over = last == calendar.endYear();
    Status status = over ? (passes ? Status.MET : Status.MISSED)
        : (passes ? Status.ON_TRACK : Status.BEHIND);
    BigDecimal rate = GrowthRates.compoundAnnualGrowthRate(base, value, years);
    Quantity actual = Quantity.of(rate, Unit.RATIO);
    Finding finding = Finding.of(Verdict.of(status), Optional.of(actual),
        List.of(YearFinding.Figures.of(last, actual, 12)), inputs)
        .withCompoundGrowthRate(Optional.of(rate));
    int remaining = calendar.endYear() - last;
    if (remaining == 0 || value.signum() == 0) {
      return finding;
    }
    // From the latest figure, the growth each remaining year needs to reach B × (1 + g)ⁿ.
    BigDecimal endNeeded = reached(base, g, calendar.endYear() - baseYear);
    Unit unit = context.plan.indicator(context.target.indicator().orElseThrow()).orElseThrow()
        .unit();
    return finding.withRequired(Optional.of(RequiredFigures.builder()
        .baseValue(Quantity.of(base, unit))
        .requiredGrowthRate(GrowthRates.compoundAnnualGrowthRate(value, endNeeded, remaining))
        .observedGrowthRate(rate)
        .build()));
  }

  private static Finding fromTheFirstYearToDate(TargetContext context, Series<BigDecimal> series,
      List<String> inputs) {
    WindowCalendar calendar = context.calendar;
    int first = calendar.startYear();
    for (Optional<Integer> month = series.latestMonth(first); month.isPresent();
        month = series.monthBefore(first, month.get())) {
      int m = month.get();
      Optional<BigDecimal> before = series.yearToDate(first - 1, m);
      if (before.isEmpty()) {
        continue;
      }
      String beforePointer = series.yearToDatePointer(first - 1, m);
      String pointer = series.yearToDatePointer(first, m);
      inputs.add(beforePointer);
      inputs.add(pointer);
      BigDecimal value = series.yearToDate(first, m).orElseThrow();
      for (String p : List.of(beforePointer, pointer)) {
        BigDecimal figure = p.equals(pointer) ? value : before.get();
        if (!ComputableFigures.isComputable(figure)) {
          return Finding.notAssessable(ComputableFigures.outOfRange(p), inputs);
        }
      }
      if (before.get().signum() <= 0) {
        return Finding.notAssessable(new Reason.BaseNotPositive(before.get(), beforePointer), inputs);
      }
      BigDecimal growth = GrowthRates.growthRate(before.get(), value);
      boolean passes = context.target.operator().test(growth,
          context.target.threshold().value());
      Quantity actual = Quantity.of(growth, Unit.RATIO);
      return Finding.of(Verdict.of(passes ? Status.ON_TRACK : Status.BEHIND),
          Optional.of(actual), List.of(YearFinding.Figures.of(first, actual, m)), inputs);
    }
    Reason reason = calendar.hasEnded(first)
        ? new Reason.MissingFigure(series.fullYearPointer(first))
        : new Reason.NoYearToDateFigureYet(first, series.fullYearPointer(first));
    return Finding.notAssessable(reason, inputs);
  }

  /** B × (1 + g)^k, exactly: what k years of growth at g reach from B. */
  private static BigDecimal reached(BigDecimal base, BigDecimal g, int years) {
    return base.multiply(BigDecimal.ONE.add(g).pow(years));
  }
}
