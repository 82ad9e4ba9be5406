package org.planmetrics.metrics.assessment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.planmetrics.metrics.result.Pace;
import org.planmetrics.metrics.result.Reason;
import org.planmetrics.metrics.result.Status;
import org.planmetrics.model.TargetPeriod;
import org.planmetrics.model.quantity.ComparisonOperator;
import org.planmetrics.model.quantity.Quantity;
import org.planmetrics.model.quantity.Unit;

/**
 * The rule of amounts within one period ("全年完成省外项目实际进资120亿元", a first-quarter 开门红
 * figure, a campaign of whole months), for example 120亿元 each year with a 2023-06 year-to-date
 * figure of 54亿元: 6 of 12 months are covered, so 序时进度 asks for 120 × 6 ÷ 12 = 60亿元, and
 * 2023 is BEHIND by 6亿元.
 *
 * <p>The period's sum is read from month-end year-to-date figures: for months f … l of a year,
 * the figure through the latest month m ≤ l that has one, less the figure through month f − 1
 * (none for January). A period that runs into a second year adds that year's part the same way,
 * once the first year's part is complete. Months covered = the months so summed. Then, as for
 * counts ({@link ScheduleProgress#countStatus}): a floor is MET once reached, MISSED when every
 * month is covered and it is short, else ON_TRACK when sum × months in the period ≥ threshold ×
 * months covered, else BEHIND; a ceiling is MISSED once passed, MET when every month is covered
 * and it holds, ON_TRACK before, and has no pace.
 *
 * <p>A period judged each year ({@link TargetPeriod#isEachYear}) is judged in every year of the
 * window and its verdict is the worst year's ({@link YearByYear#verdict}); any other once. A
 * period that has not started waits; one under way without a figure waits for its first; one
 * that has ended without a figure, or whose opening figure (month f − 1) is missing, is
 * NOT_ASSESSABLE naming the figure; so is a campaign whose dates are not whole months, since no
 * month-end figure holds its sum and nothing is pro-rated.
 */
final class PeriodAmountRule {

  private PeriodAmountRule() {}

  /** One period judged: a status with its sum and pace, waiting, or not assessable. */
  private sealed interface Outcome {}

  private record Judged(Status status, BigDecimal sum, int throughMonth, Optional<Pace> pace)
      implements Outcome {}

  private record Waiting(Optional<Reason> reason) implements Outcome {}

  private record Unanswerable(Reason reason, Optional<Integer> throughMonth)
      implements Outcome {}

  static Finding judge(TargetContext context) {
    TargetPeriod period = context.target.period().orElseThrow();
    Unit unit = context.target.threshold().unit();
    Series<BigDecimal> series = context.seriesIn(unit);
    if (period.isEachYear()) {
      TreeMap<Integer, Pace> paces = new TreeMap<>();
      Finding years = YearByYear.judge(context.calendar, (year, inputs) -> {
        Outcome outcome = judgePeriod(context, series, period.firstMonth(year),
            period.lastMonth(year), inputs);
        if (outcome instanceof Judged j) {
          j.pace().ifPresent(p -> paces.put(year, p));
          return new YearFinding.Judged(year, j.status(), Quantity.of(j.sum(), unit),
              j.throughMonth());
        }
        if (outcome instanceof Unanswerable u) {
          return new YearFinding.NotAssessable(year, u.reason(), u.throughMonth());
        }
        return new YearFinding.Pending(year, ((Waiting) outcome).reason());
      });
      // The pace shown beside the years is the latest year's with one.
      return years.withPace(paces.isEmpty() ? Optional.empty()
          : Optional.of(paces.lastEntry().getValue()));
    }
    Set<String> inputs = new TreeSet<>();
    int year = period.year().orElseGet(() -> period.firstDay().orElseThrow().getYear());
    Outcome outcome = period.isWholeMonths()
        ? judgePeriod(context, series, period.firstMonth(year), period.lastMonth(year), inputs)
        : new Unanswerable(new Reason.PeriodNotWholeMonths(period.firstDay().orElseThrow(),
            period.lastDay().orElseThrow(), series.pointerPrefix()), Optional.empty());
    List<String> pointers = List.copyOf(inputs);
    if (outcome instanceof Judged j) {
      return Finding.of(Verdict.of(j.status()), Optional.of(Quantity.of(j.sum(), unit)),
          List.of(), pointers).withPace(j.pace());
    }
    Reason reason = outcome instanceof Unanswerable u ? u.reason()
        : ((Waiting) outcome).reason().orElseGet(() -> new Reason.PeriodNotStarted(
            period.firstMonth(year).atDay(1), context.calendar.asOf));
    return Finding.notAssessable(reason, pointers);
  }

  /** The sum of the months {@code first} … {@code last}, judged on the assessment date. */
  private static Outcome judgePeriod(TargetContext context, Series<BigDecimal> series,
      YearMonth first, YearMonth last, Set<String> inputs) {
    LocalDate asOf = context.calendar.asOf;
    if (first.atDay(1).isAfter(asOf)) {
      return new Waiting(Optional.empty());
    }
    int span = (int) first.until(last, ChronoUnit.MONTHS) + 1;
    BigDecimal sum = BigDecimal.ZERO;
    int covered = 0;
    int throughMonth = 0;
    for (int year = first.getYear(); year <= last.getYear(); year++) {
      int from = year == first.getYear() ? first.getMonthValue() : 1;
      int to = year == last.getYear() ? last.getMonthValue() : 12;
      Optional<Integer> month = series.latestMonthUpTo(year, to).filter(m -> m >= from);
      if (month.isEmpty()) {
        break;
      }
      int m = month.get();
      String pointer = series.yearToDatePointer(year, m);
      inputs.add(pointer);
      BigDecimal closing = series.yearToDate(year, m).orElseThrow();
      if (!ComputableFigures.isComputable(closing)) {
        return new Unanswerable(ComputableFigures.outOfRange(pointer), Optional.of(m));
      }
      BigDecimal opening = BigDecimal.ZERO;
      if (from > 1) {
        String openingPointer = series.yearToDatePointer(year, from - 1);
        Optional<BigDecimal> figure = series.yearToDate(year, from - 1);
        if (figure.isEmpty()) {
          return new Unanswerable(new Reason.MissingFigure(openingPointer), Optional.of(m));
        }
        inputs.add(openingPointer);
        if (!ComputableFigures.isComputable(figure.get())) {
          return new Unanswerable(ComputableFigures.outOfRange(openingPointer), Optional.of(m));
        }
        opening = figure.get();
      }
      sum = sum.add(closing.subtract(opening));
      covered += m - from + 1;
      throughMonth = m;
      if (m < to) {
        break;
      }
    }
    if (covered == 0) {
      boolean over = !last.atEndOfMonth().isAfter(asOf);
      String needed = series.yearToDatePointer(last.getYear(), last.getMonthValue());
      return over ? new Unanswerable(new Reason.MissingFigure(needed), Optional.empty())
          : new Waiting(Optional.of(new Reason.NoYearToDateFigureYet(first.getYear(),
              series.fullYearPointer(first.getYear()))));
    }
    ComparisonOperator operator = context.target.operator();
    Quantity threshold = context.target.threshold();
    Status status = ScheduleProgress.countStatus(operator, sum, threshold.value(), covered, span,
        covered == span);
    // Being far under a ceiling is no progress towards it: a ceiling has no pace.
    Optional<Pace> pace = operator.higherIsBetter()
        ? ScheduleProgress.pace(sum, threshold, covered, span) : Optional.empty();
    return new Judged(status, sum, throughMonth, pace);
  }
}
