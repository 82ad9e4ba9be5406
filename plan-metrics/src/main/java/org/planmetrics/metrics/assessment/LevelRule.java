package org.planmetrics.metrics.assessment;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.planmetrics.metrics.observation.PeriodKey;
import org.planmetrics.metrics.result.Reason;
import org.planmetrics.metrics.result.Status;
import org.planmetrics.model.TargetPeriod;
import org.planmetrics.model.quantity.Quantity;
import org.planmetrics.model.quantity.Unit;

/**
 * The rule of a level in a year ("到2024年…达到X"), for a stock or a level indicator, for example
 * 规上工业增加值占比 at least 40% in 2024: the year's figure, once in, is MET or MISSED; before it,
 * the latest figure of the window so far (a year to date, or an earlier year) is ON_TRACK when it
 * already satisfies the rule and BEHIND when it does not.
 *
 * <p>Nothing is summed and there is no 序时进度: a level or a running total has no share of the
 * year that is due by a month, and its path to the year need not be straight, so the latest
 * figure is read as "where it stands now". The year is the period's, or the window's end year. No
 * figure yet is NOT_ASSESSABLE: waiting for the window's first while the year is under way, for
 * the year's own once it has ended.
 */
final class LevelRule {

  private LevelRule() {}

  static Finding judge(TargetContext context) {
    WindowCalendar calendar = context.calendar;
    if (calendar.isPending(calendar.startYear())) {
      return Finding.notAssessable(calendar.notStarted(), List.of());
    }
    Unit unit = context.target.threshold().unit();
    Series<BigDecimal> series = context.seriesIn(unit);
    int year = context.target.period().flatMap(TargetPeriod::year).orElse(calendar.endYear());
    Optional<PeriodKey> latest = Optional.empty();
    for (int y = year; y >= calendar.startYear() && latest.isEmpty(); y--) {
      latest = series.latestPeriod(y);
    }
    if (latest.isEmpty()) {
      return Finding.notAssessable(calendar.hasEnded(year)
          ? new Reason.MissingFigure(series.fullYearPointer(year))
          : new Reason.NoFiguresYet(calendar.startYear(),
              series.fullYearPointer(calendar.startYear())), List.of());
    }
    PeriodKey key = latest.get();
    String pointer = series.pointer(key);
    BigDecimal value = series.get(key).orElseThrow();
    if (!ComputableFigures.isComputable(value)) {
      return Finding.notAssessable(ComputableFigures.outOfRange(pointer), List.of(pointer));
    }
    boolean passes = context.target.operator().test(value, context.target.threshold().value());
    boolean yearIsIn = key.year() == year && key.isFullYear();
    Status status = yearIsIn ? (passes ? Status.MET : Status.MISSED)
        : (passes ? Status.ON_TRACK : Status.BEHIND);
    Quantity figure = Quantity.of(value, unit);
    // The one year listed is the figure's own, so the wording can say which period it is.
    return Finding.of(Verdict.of(status), Optional.of(figure),
        List.of(YearFinding.Figures.of(key.year(), figure, key.throughMonth())), List.of(pointer));
  }
}
