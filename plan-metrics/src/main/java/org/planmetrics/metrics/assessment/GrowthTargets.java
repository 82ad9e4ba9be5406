package org.planmetrics.metrics.assessment;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.Set;
import org.planmetrics.metrics.GrowthRates;
import org.planmetrics.metrics.result.Assessment;
import org.planmetrics.metrics.result.Status;
import org.planmetrics.metrics.result.YearAssessment;
import org.planmetrics.model.LocalizedText;
import org.planmetrics.model.quantity.Quantity;
import org.planmetrics.model.quantity.Unit;

/**
 * Assesses annual growth targets ("年增长7%以上"). Each window year is judged on its own:
 *
 * <ul>
 *   <li>full-year figures for the year and the year before: growth = V(Y) ÷ V(Y−1) − 1, MET or
 *       MISSED;
 *   <li>otherwise year-to-date figures for the same month of both years (the latest such month):
 *       ON_TRACK or BEHIND by that growth (同比);
 *   <li>otherwise, or when the base is zero or negative: NOT_ASSESSABLE, naming the missing
 *       figure.
 * </ul>
 */
final class GrowthTargets {

  private GrowthTargets() {}

  static Assessment assess(TargetContext context) {
    Series<BigDecimal> series = context.series();
    TargetContext.Annual annual = context.judgeYears(
        (year, inputs) -> assessYear(context, series, year, inputs), GrowthTargets::describe);
    Assessment.Builder result = annual.assessment();
    compoundGrowth(context, series).ifPresent(result::compoundGrowthRate);
    LocalizedText rule = Wording.rule(context.target.operator(), context.target.threshold());
    LocalizedText body = annual.body();
    Status status = annual.status;
    return result.explanation(LocalizedText.of(
            context.indicator().name().zh() + "年增长目标" + rule.zh() + ":" + body.zh() + "。总体"
                + status.chineseName() + "。",
            context.indicator().name().en() + ", target growth " + rule.en() + " a year: "
                + body.en() + ". Overall " + status.englishName() + "."))
        .build();
  }

  /** "2023年1—6月同比增长12.7%,进度正常" / "January–June 2023 grew 12.7% year on year, on track". */
  private static LocalizedText describe(YearAssessment row) {
    BigDecimal growth = row.actual().orElseThrow().value();
    int month = row.throughMonth().orElse(12);
    LocalizedText period = Wording.months(row.year(), month);
    Status status = row.status().orElseThrow();
    return LocalizedText.of(
        period.zh() + (month == 12 ? "" : "同比") + (growth.signum() < 0 ? "下降" : "增长")
            + Wording.percent(growth.abs()) + "," + status.chineseName(),
        period.en() + " " + (growth.signum() < 0 ? "fell" : "grew") + " "
            + Wording.percent(growth.abs()) + (month == 12 ? "" : " year on year") + ", "
            + status.englishName());
  }

  private static YearAssessment assessYear(TargetContext context, Series<BigDecimal> series,
      int year, Set<String> inputs) {
    YearAssessment.Builder row = YearAssessment.builder().year(year);
    Optional<BigDecimal> current = series.fullYear(year);
    Optional<BigDecimal> previous = series.fullYear(year - 1);
    if (current.isPresent() && previous.isPresent()) {
      inputs.add(series.fullYearPointer(year - 1));
      inputs.add(series.fullYearPointer(year));
      return judge(context, row, previous.get(), current.get(), 12, true,
          series.fullYearPointer(year - 1));
    }
    Optional<Integer> month = series.latestMonth(year);
    while (month.isPresent()) {
      int m = month.get();
      Optional<BigDecimal> base = series.yearToDate(year - 1, m);
      if (base.isPresent()) {
        inputs.add(series.yearToDatePointer(year - 1, m));
        inputs.add(series.yearToDatePointer(year, m));
        return judge(context, row, base.get(), series.yearToDate(year, m).orElseThrow(), m, false,
            series.yearToDatePointer(year - 1, m));
      }
      // No base for this month: try an earlier month both years report.
      month = series.monthBefore(year, m);
    }
    if (!context.hasEnded(year)) {
      // A year under way with no figures yet is not judged: it counts as pending, like a year
      // that has not started, and says which figures it waits for.
      return row.pending(true).reason(LocalizedText.of(
          year + "年尚无累计数据(" + series.fullYearPointer(year) + "-MM)",
          "no year-to-date figure for " + year + " yet (" + series.fullYearPointer(year)
              + "-MM)")).build();
    }
    String missing = current.isEmpty() ? series.fullYearPointer(year)
        : series.fullYearPointer(year - 1);
    LocalizedText reason = LocalizedText.of(
        "缺少" + (current.isEmpty() ? year : year - 1) + "年全年数据(" + missing
            + "),也没有" + year + "年与上年同月的累计数据",
        "no full-year figure " + missing + " and no year-to-date figures for the same month of "
            + year + " and " + (year - 1));
    return row.status(Status.NOT_ASSESSABLE).reason(reason).build();
  }

  private static YearAssessment judge(TargetContext context, YearAssessment.Builder row,
      BigDecimal base, BigDecimal value, int month, boolean fullYear, String basePointer) {
    row.throughMonth(month);
    if (base.signum() <= 0) {
      return row.status(Status.NOT_ASSESSABLE).reason(LocalizedText.of(
          "基期数值" + base.toPlainString() + "不为正数(" + basePointer + "),无法计算增长率",
          "the base figure " + basePointer + " is " + base.toPlainString()
              + ", not above zero, so growth is undefined")).build();
    }
    BigDecimal growth = GrowthRates.growthRate(base, value);
    boolean passes = context.target.operator().test(growth, context.target.threshold().value());
    Status status = fullYear ? (passes ? Status.MET : Status.MISSED)
        : (passes ? Status.ON_TRACK : Status.BEHIND);
    return row.status(status).actual(Quantity.of(growth, Unit.RATIO)).build();
  }

  /** CAGR from the base year to the latest full window year, where both are given. */
  private static Optional<BigDecimal> compoundGrowth(TargetContext context,
      Series<BigDecimal> series) {
    int baseYear = context.window.baseYear();
    Optional<BigDecimal> base = series.fullYear(baseYear);
    Optional<Integer> last = series.latestFullYearUpTo(context.window.endYear());
    if (base.isEmpty() || base.get().signum() <= 0 || last.isEmpty() || last.get() <= baseYear) {
      return Optional.empty();
    }
    BigDecimal lastValue = series.fullYear(last.get()).orElseThrow();
    if (lastValue.signum() < 0) {
      return Optional.empty();
    }
    return Optional.of(GrowthRates.compoundAnnualGrowthRate(base.get(), lastValue,
        last.get() - baseYear));
  }
}
