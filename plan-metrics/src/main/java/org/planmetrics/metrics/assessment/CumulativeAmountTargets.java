package org.planmetrics.metrics.assessment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.planmetrics.metrics.Compounding;
import org.planmetrics.metrics.GrowthRates;
import org.planmetrics.metrics.Pacing;
import org.planmetrics.metrics.result.Assessment;
import org.planmetrics.metrics.result.Pace;
import org.planmetrics.metrics.result.RequiredFigures;
import org.planmetrics.metrics.result.Status;
import org.planmetrics.metrics.result.YearAssessment;
import org.planmetrics.model.LocalizedText;
import org.planmetrics.model.quantity.Quantity;
import org.planmetrics.model.quantity.Unit;

/**
 * Assesses amounts over the window ("累计7亿美元以上").
 *
 * <p>Achieved = the full-year figures of the window years from the start, without a gap, plus
 * the latest year-to-date figure of the first year without a full figure. Months covered = 12 ×
 * full years + that month. The target is MET as soon as achieved satisfies the rule; otherwise
 * MISSED once all months are covered; otherwise ON_TRACK when completion ≥ time progress (序时进度),
 * else BEHIND. A figure for a later year while an earlier one is missing is a gap, and the target
 * is NOT_ASSESSABLE.
 */
final class CumulativeAmountTargets {

  private CumulativeAmountTargets() {}

  static Assessment assess(TargetContext context) {
    Series<BigDecimal> series = context.series();
    Unit unit = context.target.threshold().unit();
    Quantity threshold = context.target.threshold();
    int start = context.window.startYear();
    int end = context.window.endYear();
    Set<String> inputs = new TreeSet<>();
    List<YearAssessment> years = new ArrayList<>();
    List<BigDecimal> fullValues = new ArrayList<>();

    BigDecimal achieved = BigDecimal.ZERO;
    int months = 0;
    int year = start;
    for (; year <= end && series.fullYear(year).isPresent(); year++) {
      BigDecimal value = series.fullYear(year).get();
      achieved = achieved.add(value);
      fullValues.add(value);
      months += 12;
      inputs.add(series.fullYearPointer(year));
      years.add(YearAssessment.builder().year(year).actual(Quantity.of(value, unit))
          .throughMonth(12).build());
    }
    int partialYear = year;
    Optional<Integer> partialMonth = year <= end ? series.latestMonth(year) : Optional.empty();
    if (partialMonth.isPresent()) {
      BigDecimal value = series.yearToDate(year, partialMonth.get()).orElseThrow();
      achieved = achieved.add(value);
      months += partialMonth.get();
      inputs.add(series.yearToDatePointer(year, partialMonth.get()));
      years.add(YearAssessment.builder().year(year).actual(Quantity.of(value, unit))
          .throughMonth(partialMonth.get()).build());
      year++;
    }
    Optional<Integer> gapYear = Optional.empty();
    for (int later = year; later <= end; later++) {
      if (series.hasAny(later) && gapYear.isEmpty()) {
        gapYear = Optional.of(later);
      }
      years.add(YearAssessment.builder().year(later).pending(context.isPending(later)).build());
    }

    Assessment.Builder result = context.assessment().years(years).inputs(inputs);
    String name = context.indicator().name().zh();
    String nameEn = context.indicator().name().en();
    if (gapYear.isPresent()) {
      String missing = series.fullYearPointer(partialYear);
      LocalizedText reason = LocalizedText.of(
          "数据不连续:有" + gapYear.get() + "年数据但缺少" + partialYear + "年数据(" + missing + ")",
          "the figures have a gap: " + gapYear.get() + " is given but " + partialYear
              + " is missing (" + missing + ")");
      return result.status(Status.NOT_ASSESSABLE).reason(reason)
          .explanation(LocalizedText.of(name + "累计目标无法评估:" + reason.zh() + "。",
              nameEn + " cumulative target not assessable: " + reason.en() + "."))
          .build();
    }
    if (months == 0) {
      LocalizedText reason = context.isPending(start) ? context.notStarted() : LocalizedText.of(
          "规划期内尚无数据(需要" + series.fullYearPointer(start) + "或当年累计数据)",
          "no figures for the window yet (need " + series.fullYearPointer(start)
              + " or a year-to-date figure of " + start + ")");
      return result.status(Status.NOT_ASSESSABLE).reason(reason)
          .explanation(LocalizedText.of(name + "累计目标无法评估:" + reason.zh() + "。",
              nameEn + " cumulative target not assessable: " + reason.en() + "."))
          .build();
    }

    Quantity total = Quantity.of(achieved, unit);
    int span = context.window.lengthInMonths();
    boolean passes = context.target.operator().test(total, threshold);
    Status status;
    if (context.target.operator().higherIsBetter()) {
      status = passes ? Status.MET : months >= span ? Status.MISSED : null;
    } else {
      // A ceiling is only met once the window is over; exceeding it earlier is already a miss.
      status = !passes ? Status.MISSED : months >= span ? Status.MET : Status.ON_TRACK;
    }
    result.actual(total);
    Optional<Pace> pace = pace(achieved, threshold, months, span);
    if (status == null) {
      // Not met and not over: judged by pace. Without a pace (a zero target not yet met, which
      // takes a negative total) the figure is plainly short.
      status = pace.map(p -> p.completion().compareTo(p.timeProgress()) >= 0
          ? Status.ON_TRACK : Status.BEHIND).orElse(Status.BEHIND);
    }
    required(context, series, fullValues, partialMonth).ifPresent(result::required);
    return result.status(status).pace(pace)
        .explanation(explain(context, total, status, pace)).build();
  }

  /** Completion against time progress; none for a zero target, whose completion is undefined. */
  static Optional<Pace> pace(BigDecimal achieved, Quantity threshold, int months, int span) {
    if (threshold.value().signum() <= 0) {
      return Optional.empty();
    }
    BigDecimal completion = Pacing.completionRate(achieved, threshold.value());
    BigDecimal progress = Pacing.timeProgress(months, span);
    return Optional.of(Pace.builder()
        .completion(completion)
        .timeProgress(progress)
        .gapPercentagePoints(Pacing.gapInPercentagePoints(completion, progress))
        .monthsCovered(months)
        .monthsInSpan(span)
        .remaining(Quantity.of(Pacing.remainingAmount(achieved, threshold.value()),
            threshold.unit()))
        .build());
  }

  private static Optional<RequiredFigures> required(TargetContext context,
      Series<BigDecimal> series, List<BigDecimal> fullValues, Optional<Integer> partialMonth) {
    int baseYear = context.window.baseYear();
    Optional<BigDecimal> base = series.fullYear(baseYear);
    BigDecimal target = context.target.threshold().value();
    if (base.isEmpty() || base.get().signum() <= 0 || target.signum() < 0) {
      return Optional.empty();
    }
    Unit unit = context.target.threshold().unit();
    int n = context.window.lengthInYears();
    RequiredFigures.Builder figures = RequiredFigures.builder()
        .baseValue(Quantity.of(base.get(), unit))
        .requiredGrowthRate(Compounding.requiredGrowthRate(base.get(), target, n));
    int k = fullValues.size();
    BigDecimal last = k == 0 ? null : fullValues.get(k - 1);
    if (k > 0 && last.signum() >= 0) {
      BigDecimal observed = GrowthRates.compoundAnnualGrowthRate(base.get(), last, k);
      figures.observedGrowthRate(observed).projectedTotal(Quantity.of(
          Compounding.projectedWindowTotal(fullValues, last, observed, n - k), unit));
    } else if (k == 0 && partialMonth.isPresent()) {
      int start = context.window.startYear();
      Optional<BigDecimal> ytdBase = series.yearToDate(baseYear, partialMonth.get());
      if (ytdBase.isPresent() && ytdBase.get().signum() > 0) {
        BigDecimal observed = GrowthRates.growthRate(ytdBase.get(),
            series.yearToDate(start, partialMonth.get()).orElseThrow());
        if (observed.compareTo(BigDecimal.ONE.negate()) > 0) {
          figures.observedGrowthRate(observed).projectedTotal(Quantity.of(
              Compounding.projectedTotal(base.get(), observed, n), unit));
        }
      }
    }
    return Optional.of(figures.build());
  }

  private static LocalizedText explain(TargetContext context, Quantity total, Status status,
      Optional<Pace> pace) {
    String name = context.indicator().name().zh();
    String nameEn = context.indicator().name().en();
    StringBuilder zh = new StringBuilder(name + "累计完成" + Wording.amountZh(total));
    StringBuilder en = new StringBuilder(nameEn + " totals " + Wording.amountEn(total));
    pace.ifPresent(p -> appendPace(zh, en, p, context.target.threshold()));
    zh.append("。").append(Wording.status(status).zh()).append("。");
    en.append(". ").append(capitalised(Wording.status(status).en())).append(".");
    return LocalizedText.of(zh.toString(), en.toString());
  }

  /** "，完成目标的72.9%，时间进度66.7%，超序时进度6.2个百分点", as bulletins write it. */
  static void appendPace(StringBuilder zh, StringBuilder en, Pace pace, Quantity threshold) {
      zh.append(",完成目标的").append(Wording.percent(pace.completion()))
          .append(",时间进度").append(Wording.percent(pace.timeProgress()));
      en.append(", ").append(Wording.percent(pace.completion())).append(" of the target of ")
          .append(Wording.amountEn(threshold))
          .append("; time progress ").append(Wording.percent(pace.timeProgress()));
      int sign = pace.gapPercentagePoints().signum();
      if (sign > 0) {
        zh.append(",超序时进度").append(Wording.points(pace.gapPercentagePoints())).append("个百分点");
        en.append(", ").append(Wording.points(pace.gapPercentagePoints()))
            .append(" percentage points ahead of schedule");
      } else if (sign < 0) {
        zh.append(",落后序时进度").append(Wording.points(pace.gapPercentagePoints()))
            .append("个百分点");
        en.append(", ").append(Wording.points(pace.gapPercentagePoints()))
            .append(" percentage points behind schedule");
      } else {
        zh.append(",与序时进度持平");
        en.append(", exactly on schedule");
      }
  }

  static String capitalised(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
