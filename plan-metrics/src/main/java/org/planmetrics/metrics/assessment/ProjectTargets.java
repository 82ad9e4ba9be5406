package org.planmetrics.metrics.assessment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.planmetrics.metrics.Shares;
import org.planmetrics.metrics.result.Assessment;
import org.planmetrics.metrics.result.Pace;
import org.planmetrics.metrics.result.Status;
import org.planmetrics.metrics.result.YearAssessment;
import org.planmetrics.model.LocalizedText;
import org.planmetrics.model.ShareDefinition;
import org.planmetrics.model.quantity.Quantity;
import org.planmetrics.model.quantity.Unit;

/**
 * Assesses targets counted from the project ledger: annual counts, cumulative counts and shares.
 * A project counts in the year it reached the plan's counting stage (signing, by default), and
 * only if it did so on or before the assessment date.
 */
final class ProjectTargets {

  private ProjectTargets() {}

  /**
   * Each year: a finished year is MET or MISSED; the current year is MET once the count is
   * reached, else ON_TRACK if count ≥ threshold × month(asOf) ÷ 12, else BEHIND.
   */
  static Assessment assessAnnualCount(TargetContext context) {
    CountedLedger ledger = context.ledger();
    List<CountedLedger.Entry> counted = CountedLedger.matching(ledger.entries(),
        context.target.projects().orElseThrow());
    int[] countsByYear = ledger.countsByYear(counted);
    BigDecimal threshold = context.target.threshold().value();
    TargetContext.Annual annual = context.judgeYears((year, inputs) -> {
      int count = countsByYear[year - context.window.startYear()];
      BigDecimal actual = BigDecimal.valueOf(count);
      boolean passes = context.target.operator().test(actual, threshold);
      int month = context.hasEnded(year) ? 12 : context.asOf.getMonthValue();
      Status status = passes ? Status.MET
          : context.hasEnded(year) ? Status.MISSED
          : onPace(actual, threshold, month, 12) ? Status.ON_TRACK : Status.BEHIND;
      return YearAssessment.builder().year(year).status(status)
          .actual(Quantity.count(count)).throughMonth(month).build();
    }, row -> {
      LocalizedText period = Wording.months(row.year(), row.throughMonth().orElse(12));
      String count = row.actual().orElseThrow().value().toPlainString();
      Status status = row.status().orElseThrow();
      return LocalizedText.of(period.zh() + "引进" + count + "个," + status.chineseName(),
          period.en() + ": " + count + ", " + status.englishName());
    });
    LocalizedText rule = Wording.rule(context.target.operator(), context.target.threshold());
    LocalizedText body = annual.body();
    Status status = annual.status;
    // Every counted project is in a year that has started, so the inputs are all of them, in
    // ledger order; set once here rather than per year.
    return annual.assessment().inputs(CountedLedger.pointers(counted)).explanation(
        LocalizedText.of(
        "每年引进" + tiersZh(context) + "项目" + rule.zh() + ":" + body.zh() + "。总体"
            + status.chineseName() + "。",
        tiersEn(context) + " projects each year, " + rule.en() + ": " + body.en()
            + ". Overall " + status.englishName() + ".")).build();
  }

  /**
   * Over the window: MET once the count is reached; MISSED if the window has ended; else
   * ON_TRACK if count ≥ threshold × months elapsed ÷ months in the window, else BEHIND.
   */
  static Assessment assessCumulativeCount(TargetContext context) {
    CountedLedger ledger = context.ledger();
    List<CountedLedger.Entry> counted = CountedLedger.matching(ledger.entries(),
        context.target.projects().orElseThrow());
    int[] countsByYear = ledger.countsByYear(counted);
    Quantity threshold = context.target.threshold();
    int span = context.window.lengthInMonths();
    int months = context.window.monthsElapsedThrough(java.time.YearMonth.from(context.asOf));
    Quantity actual = Quantity.count(counted.size());
    List<YearAssessment> years = new ArrayList<>();
    for (int year = context.window.startYear(); year <= context.window.endYear(); year++) {
      YearAssessment.Builder row = YearAssessment.builder().year(year);
      if (context.isPending(year)) {
        row.pending(true);
      } else {
        row.actual(Quantity.count(countsByYear[year - context.window.startYear()]))
            .throughMonth(context.hasEnded(year) ? 12 : context.asOf.getMonthValue());
      }
      years.add(row.build());
    }
    Assessment.Builder result = context.assessment().years(years)
        .inputs(CountedLedger.pointers(counted));
    if (months == 0) {
      return result.status(Status.NOT_ASSESSABLE).reason(context.notStarted())
          .explanation(context.notStarted()).build();
    }
    boolean passes = context.target.operator().test(actual, threshold);
    Status status = passes ? Status.MET : context.windowHasEnded() ? Status.MISSED
        : onPace(actual.value(), threshold.value(), months, span) ? Status.ON_TRACK : Status.BEHIND;
    Optional<Pace> pace = CumulativeAmountTargets.pace(actual.value(), threshold, months, span);
    StringBuilder zh = new StringBuilder("规划期累计引进" + tiersZh(context) + "项目"
        + counted.size() + "个(目标" + Wording.rule(context.target.operator(), threshold).zh() + ")");
    StringBuilder en = new StringBuilder(counted.size() + " " + tiersEn(context)
        + " projects over the window so far (target "
        + Wording.rule(context.target.operator(), threshold).en() + ")");
    pace.ifPresent(p -> CumulativeAmountTargets.appendPace(zh, en, p, threshold));
    zh.append("。").append(status.chineseName()).append("。");
    en.append(". ").append(CumulativeAmountTargets.capitalised(status.englishName())).append(".");
    return result.status(status).actual(actual).pace(pace)
        .explanation(LocalizedText.of(zh.toString(), en.toString())).build();
  }

  /**
   * Numerator ÷ denominator over the projects counted in the window so far. MET or MISSED once
   * the window has ended; ON_TRACK or BEHIND by the share so far before that; NOT_ASSESSABLE
   * while the denominator is empty.
   */
  static Assessment assessShare(TargetContext context) {
    ShareDefinition definition = context.target.share().orElseThrow();
    CountedLedger ledger = context.ledger();
    List<CountedLedger.Entry> denominator = CountedLedger.matching(ledger.entries(),
        definition.denominator());
    List<CountedLedger.Entry> numerator = CountedLedger.matching(denominator,
        definition.numerator());
    int[] denominatorByYear = ledger.countsByYear(denominator);
    int[] numeratorByYear = ledger.countsByYear(numerator);
    List<YearAssessment> years = new ArrayList<>();
    for (int year = context.window.startYear(); year <= context.window.endYear(); year++) {
      YearAssessment.Builder row = YearAssessment.builder().year(year);
      if (context.isPending(year)) {
        years.add(row.pending(true).build());
        continue;
      }
      long d = denominatorByYear[year - context.window.startYear()];
      long n = numeratorByYear[year - context.window.startYear()];
      row.numerator(n).denominator(d)
          .throughMonth(context.hasEnded(year) ? 12 : context.asOf.getMonthValue());
      if (d > 0) {
        row.actual(Quantity.of(Shares.share(n, d), Unit.RATIO));
      }
      years.add(row.build());
    }
    Assessment.Builder result = context.assessment().years(years)
        .inputs(CountedLedger.pointers(denominator));
    LocalizedText rule = Wording.rule(context.target.operator(), context.target.threshold());
    if (denominator.isEmpty()) {
      LocalizedText reason = context.isPending(context.window.startYear()) ? context.notStarted()
          : LocalizedText.of("规划期内截至" + context.asOf + "没有计入分母的项目(/projects)",
              "no ledger project counts in the denominator up to " + context.asOf
                  + " (/projects)");
      return result.status(Status.NOT_ASSESSABLE).reason(reason)
          .explanation(LocalizedText.of("占比目标" + rule.zh() + "无法评估:" + reason.zh() + "。",
              "Share target " + rule.en() + " not assessable: " + reason.en() + "."))
          .build();
    }
    BigDecimal share = Shares.share(numerator.size(), denominator.size());
    boolean passes = context.target.operator().test(share, context.target.threshold().value());
    Status status = context.windowHasEnded() ? (passes ? Status.MET : Status.MISSED)
        : (passes ? Status.ON_TRACK : Status.BEHIND);
    return result.status(status).actual(Quantity.of(share, Unit.RATIO))
        .explanation(LocalizedText.of(
            "规划期内计入分母的项目" + denominator.size() + "个,其中符合条件的" + numerator.size()
                + "个,占比" + Wording.percent(share) + ",目标" + rule.zh() + "。"
                + status.chineseName() + "。",
            numerator.size() + " of " + denominator.size() + " projects in the window qualify, "
                + "a share of " + Wording.percent(share) + " against a target " + rule.en()
                + ". " + CumulativeAmountTargets.capitalised(status.englishName()) + "."))
        .build();
  }

  /** actual × span ≥ threshold × elapsed, in exact arithmetic: on pace for the time elapsed. */
  private static boolean onPace(BigDecimal actual, BigDecimal threshold, int elapsed, int span) {
    return actual.multiply(BigDecimal.valueOf(span))
        .compareTo(threshold.multiply(BigDecimal.valueOf(elapsed))) >= 0;
  }

  private static String tiersZh(TargetContext context) {
    return context.target.projects().map(p -> p.tiers().stream().map(t -> "“" + t + "”")
        .collect(Collectors.joining("、"))).orElse("");
  }

  private static String tiersEn(TargetContext context) {
    return context.target.projects().map(p -> p.tiers().stream().map(t -> "\"" + t + "\"")
        .collect(Collectors.joining(", "))).orElse("");
  }
}
