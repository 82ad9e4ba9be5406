package org.planmetrics.model;

import java.util.List;
import java.util.Set;
import org.planmetrics.model.quantity.Quantity;
import org.planmetrics.model.quantity.Unit;

/**
 * The rules of one quota ("各园区…分别为800万元、600万元、300万元"): a metric the ledger gives per
 * unit, a year inside the window, at least one figure, each for a unit of the plan named once,
 * above 0, in the metric's unit (or a scale of its currency), whole for counts, and written in
 * the quota's text.
 */
final class QuotaChecks {

  private QuotaChecks() {}

  static void check(String path, Plan plan, UnitQuota quota, Set<String> unitIds,
      ViolationList out) {
    if (quota.metric() == TeamMetric.ACTIVITIES) {
      out.add(path + "/metric", "quota-metric", "'metric' of a quota must be one the ledger "
          + "gives per unit (signed-investment, signed-projects, major-projects, "
          + "started-projects) but was activities, which are logged per team",
          "配额的'metric'须为项目台账可按单位统计的指标(signed-investment、signed-projects、"
          + "major-projects、started-projects),实为activities(招商活动按组团记录)",
          quota.metric().id());
    }
    quota.year().filter(year -> !plan.window().contains(year)).ifPresent(year ->
        out.add(path + "/year", "year-outside-window", "'year' must lie in the plan's window ("
            + plan.window().startYear() + "–" + plan.window().endYear() + ") but was " + year,
            "'year'须在规划期(" + plan.window().startYear() + "—" + plan.window().endYear()
            + "年)内,实为" + year, String.valueOf(year)));
    List<QuotaFigure> figures = quota.figures();
    if (figures.isEmpty()) {
      out.add(path + "/figures", "missing-field", "a quota must give at least one unit's figure",
          "配额须至少给出一个单位的数字", null);
    }
    out.repeatedEntries(path + "/figures", "unit", "unit",
        figures.stream().map(QuotaFigure::unit).toList());
    Unit metricUnit = quota.metric().unit();
    List<TargetTextChecks.Figure> written = TargetTextChecks.figures(quota.text().zh());
    for (int f = 0; f < figures.size(); f++) {
      String at = path + "/figures/" + f;
      QuotaFigure figure = figures.get(f);
      out.reference(at + "/unit", "unit", figure.unit(), unitIds);
      Quantity task = figure.task();
      String plain = task.value().toPlainString();
      if (!task.unit().isCommensurableWith(metricUnit)) {
        out.add(at + "/task/unit", "unit-mismatch", "'task' of a quota on "
            + quota.metric().id() + " must be in " + metricUnit + (metricUnit.isCurrency()
            ? " or another scale of its currency" : "") + " but was " + task.unit(),
            quota.metric().id() + "配额的'task'单位须为" + metricUnit + (metricUnit.isCurrency()
            ? "或同一币种的其他单位" : "") + ",实为" + task.unit(), task.unit().name());
        continue;
      }
      if (task.value().signum() <= 0) {
        out.add(at + "/task/value", "not-positive", "'task' must be above 0 but was " + plain,
            "'task'须大于0,实为" + plain, plain);
      } else if (task.unit() == Unit.COUNT && task.value().stripTrailingZeros().scale() > 0) {
        out.add(at + "/task/value", "not-whole", "'task' of a count must be a whole number but "
            + "was " + plain, "个数配额的'task'须为整数,实为" + plain, plain);
      } else if (written.stream().noneMatch(w -> w.unit().isCommensurableWith(task.unit())
          && Quantity.of(w.value(), w.unit()).isEqual(task))) {
        out.add(at + "/task/value", "task-mismatch", "'task' must be a figure of the quota's "
            + "text but " + plain + " " + task.unit() + " is not written there",
            "'task'须为配额文本中的数字,但文本中没有" + plain + task.unit().chineseSymbol(), plain);
      }
    }
  }
}
