package org.planmetrics.metrics.assessment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.planmetrics.metrics.Shares;
import org.planmetrics.metrics.result.Reason;
import org.planmetrics.metrics.result.Status;
import org.planmetrics.model.ShareDefinition;
import org.planmetrics.model.ShareMeasure;
import org.planmetrics.model.quantity.Quantity;
import org.planmetrics.model.quantity.Unit;

/**
 * The rule of shares ("其中…投资的项目占比达到30%以上"): numerator ÷ denominator over the projects
 * counted in the window so far. MET or MISSED once the window has ended; ON_TRACK or BEHIND by
 * the share so far before that; NOT_ASSESSABLE while the denominator is empty. Each started year
 * reports its own counts, and its share where it has a denominator.
 *
 * <p>The share's {@link ShareMeasure} says what each side adds up: projects ({@code COUNT}),
 * their investment ({@code INVESTMENT}, "投资额占比": NOT_ASSESSABLE while the denominator's
 * projects invest 0 in all), or capital paid in over investment ({@code PAID_IN}, 资金到位率:
 * NOT_ASSESSABLE while a numerator project has no {@code paidIn}, naming each such project).
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
    ShareMeasure measure = definition.measureOrCount();
    WindowCalendar calendar = context.calendar;
    List<String> inputs = CountedLedger.pointers(denominator);
    if (measure == ShareMeasure.PAID_IN) {
      List<String> missing = new ArrayList<>();
      for (CountedLedger.Entry entry : numerator) {
        if (entry.project.paidIn().isEmpty()) {
          missing.add(entry.pointer + "/paidIn");
        }
      }
      if (!missing.isEmpty()) {
        return Finding.of(Verdict.notAssessable(new Reason.MissingPaidIn(missing)),
            Optional.empty(), figuresByYear(context, numerator, denominator, measure), inputs);
      }
    }
    List<YearFinding> years = figuresByYear(context, numerator, denominator, measure);
    if (denominator.isEmpty()) {
      Reason reason = calendar.isPending(calendar.startYear()) ? calendar.notStarted()
          : new Reason.NoProjectsInDenominator(calendar.asOf);
      return Finding.of(Verdict.notAssessable(reason), Optional.empty(), years, inputs);
    }
    Optional<BigDecimal> share = share(numerator, denominator, measure);
    if (share.isEmpty()) {
      return Finding.of(Verdict.notAssessable(new Reason.NoInvestmentInDenominator(
          calendar.asOf)), Optional.empty(), years, inputs);
    }
    boolean passes = context.target.operator().test(share.get(),
        context.target.threshold().value());
    Status status = calendar.windowHasEnded() ? (passes ? Status.MET : Status.MISSED)
        : (passes ? Status.ON_TRACK : Status.BEHIND);
    return Finding.of(Verdict.of(status), Optional.of(Quantity.of(share.get(), Unit.RATIO)),
        years, inputs);
  }

  /**
   * Each window year's counts, amounts and share: a pending year nothing, a started one its own
   * projects. A numerator project without {@code paidIn} adds nothing to its year's amount, but
   * then the target is not assessable and says so.
   */
  private static List<YearFinding> figuresByYear(TargetContext context,
      List<CountedLedger.Entry> numerator, List<CountedLedger.Entry> denominator,
      ShareMeasure measure) {
    WindowCalendar calendar = context.calendar;
    List<YearFinding> years = new ArrayList<>();
    for (int year = calendar.startYear(); year <= calendar.endYear(); year++) {
      if (calendar.isPending(year)) {
        years.add(YearFinding.Pending.notStarted(year));
        continue;
      }
      List<CountedLedger.Entry> n = inYear(numerator, year);
      List<CountedLedger.Entry> d = inYear(denominator, year);
      boolean amounts = measure != ShareMeasure.COUNT;
      years.add(new YearFinding.Figures(year,
          share(n, d, measure).map(s -> Quantity.of(s, Unit.RATIO)),
          Optional.of(calendar.throughMonth(year)), Optional.of((long) n.size()),
          Optional.of((long) d.size()),
          amounts ? Optional.of(amount(n, numeratorAmount(measure))) : Optional.empty(),
          amounts ? Optional.of(amount(d, e -> e.project.investment())) : Optional.empty()));
    }
    return years;
  }

  private static List<CountedLedger.Entry> inYear(List<CountedLedger.Entry> entries, int year) {
    return entries.stream().filter(e -> e.year == year).toList();
  }

  /**
   * The share of {@code numerator} in {@code denominator} by {@code measure}; empty when the
   * denominator adds up to 0 (no projects, or projects of no investment).
   */
  private static Optional<BigDecimal> share(List<CountedLedger.Entry> numerator,
      List<CountedLedger.Entry> denominator, ShareMeasure measure) {
    switch (measure) {
      case COUNT:
        return denominator.isEmpty() ? Optional.empty()
            : Optional.of(Shares.share(numerator.size(), denominator.size()));
      case INVESTMENT:
      case PAID_IN:
        BigDecimal whole = amount(denominator, e -> e.project.investment()).value();
        if (whole.signum() == 0) {
          return Optional.empty();
        }
        BigDecimal part = amount(numerator, numeratorAmount(measure)).value();
        return Optional.of(measure == ShareMeasure.INVESTMENT ? Shares.share(part, whole)
            : Shares.paidInRate(part, whole));
      default:
        throw new AssertionError(measure);
    }
  }

  private static Function<CountedLedger.Entry, BigDecimal> numeratorAmount(
      ShareMeasure measure) {
    return measure == ShareMeasure.PAID_IN
        ? e -> e.project.paidIn().orElse(BigDecimal.ZERO) : e -> e.project.investment();
  }

  /** Σ {@code amount} of {@code entries}, exact, in 亿元 as the ledger records it. */
  private static Quantity amount(List<CountedLedger.Entry> entries,
      Function<CountedLedger.Entry, BigDecimal> amount) {
    BigDecimal sum = BigDecimal.ZERO;
    for (CountedLedger.Entry entry : entries) {
      sum = sum.add(amount.apply(entry));
    }
    return Quantity.of(sum, Unit.CNY_100M);
  }
}
