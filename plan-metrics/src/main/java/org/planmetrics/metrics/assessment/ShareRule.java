package org.planmetrics.metrics.assessment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.planmetrics.metrics.Shares;
import org.planmetrics.metrics.result.Reason;
import org.planmetrics.metrics.result.Status;
import org.planmetrics.model.ShareDefinition;
import org.planmetrics.model.quantity.Quantity;
import org.planmetrics.model.quantity.Unit;

/**
 * The rule of shares ("其中…投资的项目占比达到30%以上"): numerator ÷ denominator over the projects
 * counted in the window so far. MET or MISSED once the window has ended; ON_TRACK or BEHIND by
 * the share so far before that; NOT_ASSESSABLE while the denominator is empty. Each started year
 * reports its own counts, and its share where it has a denominator.
 */
final class ShareRule {

  private ShareRule() {}

  static Finding judge(TargetContext context) {
    Optional<Finding> unusable = context.unusableLedger();
    if (unusable.isPresent()) {
      return unusable.get();
    }
    ShareDefinition definition = context.target.share().orElseThrow();
    CountedLedger ledger = context.ledger();
    List<CountedLedger.Entry> denominator = CountedLedger.matching(ledger.entries(),
        definition.denominator());
    List<CountedLedger.Entry> numerator = CountedLedger.matching(denominator,
        definition.numerator());
    CountedLedger numeratorLedger = context.ledger(definition.numerator());
    if (numeratorLedger != ledger) {
      numerator = CountedLedger.alsoIn(numerator, numeratorLedger);
    }
    int[] denominatorByYear = ledger.countsByYear(denominator);
    int[] numeratorByYear = ledger.countsByYear(numerator);
    WindowCalendar calendar = context.calendar;
    List<YearFinding> years = new ArrayList<>();
    for (int year = calendar.startYear(); year <= calendar.endYear(); year++) {
      if (calendar.isPending(year)) {
        years.add(YearFinding.Pending.notStarted(year));
        continue;
      }
      long d = denominatorByYear[year - calendar.startYear()];
      long n = numeratorByYear[year - calendar.startYear()];
      years.add(new YearFinding.Figures(year,
          d > 0 ? Optional.of(Quantity.of(Shares.share(n, d), Unit.RATIO)) : Optional.empty(),
          Optional.of(calendar.throughMonth(year)), Optional.of(n), Optional.of(d)));
    }
    List<String> inputs = CountedLedger.pointers(denominator);
    if (denominator.isEmpty()) {
      Reason reason = calendar.isPending(calendar.startYear()) ? calendar.notStarted()
          : new Reason.NoProjectsInDenominator(calendar.asOf);
      return Finding.of(Verdict.notAssessable(reason), Optional.empty(), years, inputs);
    }
    BigDecimal share = Shares.share(numerator.size(), denominator.size());
    boolean passes = context.target.operator().test(share, context.target.threshold().value());
    Status status = calendar.windowHasEnded() ? (passes ? Status.MET : Status.MISSED)
        : (passes ? Status.ON_TRACK : Status.BEHIND);
    return Finding.of(Verdict.of(status), Optional.of(Quantity.of(share, Unit.RATIO)), years,
        inputs);
  }
}
