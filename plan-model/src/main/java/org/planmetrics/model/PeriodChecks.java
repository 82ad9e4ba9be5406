package org.planmetrics.model;

import java.time.LocalDate;
import java.util.Optional;
import org.planmetrics.model.time.PlanWindow;
import org.planmetrics.model.time.WindowReading;

/**
 * The rules of a target's {@code period}: only the kinds that take one have it (a {@code
 * PERIOD_AMOUNT} target must; a {@code LEVEL} target may name its year, a {@code
 * CUMULATIVE_COUNT} target a campaign's dates), each period kind has exactly its own fields (a quarter for
 * QUARTER, the dates for DATES), a campaign ends no earlier than it starts, and the period lies in
 * the plan's selected window. For example a QUARTER period without {@code quarter} is reported at
 * {@code /goals/0/targets/1/period/quarter}.
 */
final class PeriodChecks {

  /** The selected window; empty when the selection names no reading, reported elsewhere. */
  private final Optional<PlanWindow> window;
  private final ViolationList out;

  PeriodChecks(Plan plan, ViolationList out) {
    this.window = plan.windowSelection().reading(plan.windowSelection().selected())
        .map(WindowReading::window);
    this.out = out;
  }

  void check(String path, Target target) {
    TargetKind kind = target.kind();
    boolean takesPeriod = kind == TargetKind.PERIOD_AMOUNT || kind == TargetKind.LEVEL
        || kind == TargetKind.CUMULATIVE_COUNT;
    String at = path + "/period";
    if (target.period().isEmpty()) {
      if (kind == TargetKind.PERIOD_AMOUNT) {
        out.add(at, "missing-field", "a PERIOD_AMOUNT target must have 'period' (each year: "
            + "{\"kind\": \"YEAR\"})", "PERIOD_AMOUNT类目标须有'period'(每年:{\"kind\": \"YEAR\"})",
            null);
      }
      return;
    }
    if (!takesPeriod) {
      out.add(at, "unexpected-field", ViolationList.article(kind.name()) + " " + kind
          + " target must not have 'period'", kind + "类目标不得有'period'", null);
      return;
    }
    TargetPeriod period = target.period().get();
    PeriodKind periodKind = period.kind();
    if (kind == TargetKind.CUMULATIVE_COUNT && periodKind != PeriodKind.DATES) {
      // A count over the window is the plain CUMULATIVE_COUNT; a count each year, ANNUAL_COUNT.
      out.add(at + "/kind", "invalid-value", "'kind' of a CUMULATIVE_COUNT target's period must "
          + "be DATES, a campaign's dates, but was " + periodKind, "CUMULATIVE_COUNT类目标的时段'kind'"
          + "须为DATES(专项行动的起止日期),实为" + periodKind, periodKind.name());
      return;
    }
    if (kind == TargetKind.LEVEL) {
      // A level is one year's figure: the period only names the year.
      if (periodKind != PeriodKind.YEAR) {
        out.add(at + "/kind", "invalid-value", "'kind' of a LEVEL target's period must be YEAR, "
            + "naming the year of the figure, but was " + periodKind, "LEVEL类目标的时段'kind'须为"
            + "YEAR(说明取哪一年的数值),实为" + periodKind, periodKind.name());
        return;
      }
      if (period.year().isEmpty()) {
        out.add(at + "/year", "missing-field", "a LEVEL target's period must have 'year' (or be "
            + "left out for the window's end year)", "LEVEL类目标的时段须有'year'(省略时段则取规划期末年)",
            null);
      }
    }
    field(at, "quarter", period.quarter().isPresent(), periodKind == PeriodKind.QUARTER,
        periodKind);
    field(at, "from", period.firstDay().isPresent(), periodKind == PeriodKind.DATES, periodKind);
    field(at, "to", period.lastDay().isPresent(), periodKind == PeriodKind.DATES, periodKind);
    if (periodKind == PeriodKind.DATES && period.year().isPresent()) {
      out.add(at + "/year", "unexpected-field", "a DATES period must not have 'year': its dates"
          + " name it", "DATES时段不得有'year',其日期已说明年份", null);
    }
    boolean backwards = period.firstDay().isPresent() && period.lastDay().isPresent()
        && period.lastDay().get().isBefore(period.firstDay().get());
    if (backwards) {
      LocalDate from = period.firstDay().get();
      LocalDate to = period.lastDay().get();
      out.add(at + "/to", "period-order", "'to' of a period must not be before 'from' (" + from
          + ") but was " + to, "时段的'to'不得早于'from'(" + from + "),实为" + to, to.toString());
    }
    if (window.isEmpty()) {
      return;
    }
    PlanWindow window = this.window.get();
    period.year().filter(y -> !window.contains(y)).ifPresent(y -> out.add(at + "/year",
        "outside-window", "'year' of a period must lie in the plan window " + window.startYear()
            + "–" + window.endYear() + " but was " + y, "时段的'year'须在规划期" + window.startYear()
            + "—" + window.endYear() + "年内,实为" + y, String.valueOf(y)));
    if (periodKind == PeriodKind.DATES) {
      date(window, at + "/from", "from", period.firstDay());
      date(window, at + "/to", "to", period.lastDay());
    }
  }

  private void date(PlanWindow window, String at, String field, Optional<LocalDate> date) {
    date.filter(d -> !window.contains(d)).ifPresent(d -> out.add(at, "outside-window", "'"
        + field + "' of a period must lie in the plan window " + window.firstDay() + " – "
        + window.lastDay() + " but was " + d, "时段的'" + field + "'须在规划期" + window.firstDay()
        + "至" + window.lastDay() + "内,实为" + d, d.toString()));
  }

  private void field(String at, String field, boolean present, boolean required,
      PeriodKind kind) {
    String a = ViolationList.article(kind.name());
    if (required && !present) {
      out.add(at + "/" + field, "missing-field", a + " " + kind + " period must have '" + field
          + "'", kind + "时段须有'" + field + "'", null);
    } else if (!required && present) {
      out.add(at + "/" + field, "unexpected-field", a + " " + kind + " period must not have '"
          + field + "'", kind + "时段不得有'" + field + "'", null);
    }
  }
}
