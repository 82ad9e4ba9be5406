package org.planmetrics.model;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.planmetrics.model.quantity.ComparisonOperator;
import org.planmetrics.model.quantity.Quantity;
import org.planmetrics.model.quantity.Unit;

/**
 * The rules of one target's own fields: unique id, the subject its kind needs, references that
 * exist, a threshold whose unit fits the kind and whose size makes sense, an operator that fits
 * the kind, and no second target that promises the same thing.
 *
 * <p>The sizes a threshold may have, and why:
 * <ul>
 *   <li>{@code ANNUAL_GROWTH}: from -1 to 1 (−100% to +100% a year), both included. Growth above
 *       100% a year, more than doubling every year, is no plan's target but the sign of a
 *       percentage typed whole: 7 where 7% is 0.07. Below −100% a figure would have to fall by
 *       more than all of itself.
 *   <li>{@code SHARE} and {@code COHORT_RATE}: above 0 and at most 1. No share exceeds the
 *       whole, and a share of at least 0 is met by any ledger, so 0 is a slip rather than a
 *       target.
 *   <li>{@code FIRST_TIER_RANK}: a whole tier of at least 1, 1 being the first tier (第一方阵),
 *       with the operator {@code AT_MOST} (see {@link TargetKind#allowsOperator}).
 *   <li>amounts and counts: not negative; counts whole.
 * </ul>
 */
final class TargetChecks {

  private static final BigDecimal MINUS_ONE = BigDecimal.ONE.negate();

  private final Plan plan;
  private final ViolationList out;
  private final Set<String> indicatorIds;
  private final ProjectSelectionChecks selections;
  private final Map<String, String> pathById = new HashMap<>();
  private final Map<List<Object>, String> pathByPromise = new HashMap<>();

  TargetChecks(Plan plan, ViolationList out, Set<String> indicatorIds, Set<String> tierIds) {
    this.plan = plan;
    this.out = out;
    this.indicatorIds = indicatorIds;
    this.selections = new ProjectSelectionChecks(plan, out, tierIds);
  }

  /** Checks the target at {@code path}, for example {@code /goals/0/targets/2}. */
  void check(String path, Target target) {
    String earlier = pathById.putIfAbsent(target.id(), path);
    if (earlier != null) {
      out.add(path + "/id", "duplicate-id", "'id' must be unique among targets but '"
          + target.id() + "' is also used at " + earlier, "'id'在各目标中须唯一,但'" + target.id()
          + "'在" + earlier + "已使用", target.id());
    }
    TargetKind kind = target.kind();
    subject(path, "indicator", target.indicator().isPresent(),
        kind.subject() == TargetKind.Subject.INDICATOR, kind);
    subject(path, "projects", target.projects().isPresent(),
        kind.subject() == TargetKind.Subject.PROJECTS, kind);
    subject(path, "share", target.share().isPresent(),
        kind.subject() == TargetKind.Subject.SHARE, kind);
    subject(path, "cohort", target.cohort().isPresent(),
        kind.subject() == TargetKind.Subject.COHORT, kind);
    subject(path, "reached", target.reached().isPresent(),
        kind.subject() == TargetKind.Subject.COHORT, kind);

    Unit indicatorUnit = null;
    if (target.indicator().isPresent()) {
      String id = target.indicator().get();
      if (out.reference(path + "/indicator", "indicator", id, indicatorIds)) {
        indicatorUnit = plan.indicator(id).map(Indicator::unit).orElse(null);
      }
    }
    target.projects().ifPresent(p -> selections.check(path + "/projects", p));
    target.share().ifPresent(s -> selections.check(path + "/share", s));
    target.cohort().ifPresent(c -> selections.check(path + "/cohort", c));
    if (target.cohort().isPresent() && target.reached().isPresent()) {
      CountingStage from = target.cohort().get().stageIn(plan);
      CountingStage to = target.reached().get().stage();
      if (from == to) {
        // Every project of the cohort has reached its own stage: the rate would always be 1.
        out.add(path + "/reached/stage", "same-stage", "'stage' to reach must differ from the "
            + "cohort's stage (" + from + "), or every project of the cohort has reached it, but "
            + "was " + to, "'stage'(须达到的阶段)须不同于队列的阶段(" + from + "),否则队列中每个项目都已达到,实为"
            + to, to.name());
      }
    }
    checkThreshold(path, target, indicatorUnit);
    checkOperator(path, target);
    checkRepeat(path, target);
  }

  /** The other scales of a money unit's currency, listed after {@code prefix}; none for others. */
  private static String amountScales(Unit unit, String separator, String prefix) {
    if (!unit.isCurrency()) {
      return "";
    }
    List<String> scales = Arrays.stream(Unit.values())
        .filter(u -> u != unit && u.isCommensurableWith(unit))
        .map(u -> u.name() + "(" + u.chineseSymbol() + ")").sorted().toList();
    return scales.isEmpty() ? "" : prefix + String.join(separator, scales);
  }

  private void checkThreshold(String path, Target target, Unit indicatorUnit) {
    TargetKind kind = target.kind();
    Quantity threshold = target.threshold();
    boolean indicatorKnown = kind.subject() != TargetKind.Subject.INDICATOR || indicatorUnit != null;
    boolean unitFits = !indicatorKnown || kind.accepts(threshold.unit(), indicatorUnit);
    if (!unitFits) {
      // An amount may be in any scale of its indicator's currency (亿元 figures, a 万元
      // threshold), so the message lists those scales rather than the indicator's one unit.
      String expected = kind == TargetKind.CUMULATIVE_AMOUNT
          ? "the unit of indicator '" + target.indicator().orElse("") + "' (" + indicatorUnit + ")"
              + amountScales(indicatorUnit, ", ", " or a scale of its currency: ")
          : "one of " + kind.acceptedUnits().stream().map(Enum::name).sorted()
              .collect(Collectors.joining(", "));
      String expectedZh = kind == TargetKind.CUMULATIVE_AMOUNT
          ? "指标'" + target.indicator().orElse("") + "'的单位(" + indicatorUnit + ")"
              + amountScales(indicatorUnit, "、", "或同一币种的其他单位:")
          : kind.acceptedUnits().stream().map(Enum::name).sorted()
              .collect(Collectors.joining("、")) + "之一";
      out.add(path + "/threshold/unit", "unit-mismatch", "'threshold' of "
          + ViolationList.article(kind.name()) + " " + kind + " target must be in " + expected
          + " but was " + threshold.unit(), kind + "类目标的'threshold'单位须为" + expectedZh
          + ",实为" + threshold.unit(), threshold.unit().name());
    }
    BigDecimal value = threshold.value();
    String valuePath = path + "/threshold/value";
    String plain = value.toPlainString();
    int before = out.size();
    if (kind == TargetKind.SHARE || kind == TargetKind.COHORT_RATE) {
      if (value.signum() <= 0 || value.compareTo(BigDecimal.ONE) > 0) {
        out.add(valuePath, "share-out-of-range", "'threshold' of " + ViolationList.article(
            kind.name()) + " " + kind + " target must be above 0 and at most 1 but was " + plain,
            kind + "类目标的'threshold'须大于0且不超过1,实为" + plain, plain);
      }
    } else if (kind == TargetKind.ANNUAL_GROWTH) {
      if (value.compareTo(MINUS_ONE) < 0 || value.compareTo(BigDecimal.ONE) > 0) {
        out.add(valuePath, "growth-out-of-range", "'threshold' of an ANNUAL_GROWTH target must "
            + "be a yearly rate from -1 to 1 (−100% to +100%) but was " + plain + " ("
            + value.movePointRight(2).stripTrailingZeros().toPlainString() + "%); 7% is 0.07",
            "ANNUAL_GROWTH类目标的'threshold'须为-1至1之间的年增长率(−100%至+100%),实为" + plain
                + "(" + value.movePointRight(2).stripTrailingZeros().toPlainString()
                + "%);7%应写作0.07", plain);
      }
    } else if (kind == TargetKind.FIRST_TIER_RANK) {
      if (value.compareTo(BigDecimal.ONE) < 0) {
        out.add(valuePath, "not-positive", "'threshold' of a FIRST_TIER_RANK target must be a "
            + "tier of at least 1 (1 is the first tier) but was " + plain,
            "FIRST_TIER_RANK类目标的'threshold'须为不小于1的方阵序号(1为第一方阵),实为" + plain, plain);
      }
    } else if (value.signum() < 0) {
      out.add(valuePath, "negative-amount", "'threshold' of "
          + ViolationList.article(kind.name()) + " " + kind + " target must not be negative but"
          + " was " + plain, kind + "类目标的'threshold'不得为负数,实为" + plain, plain);
    }
    boolean inRange = out.size() == before;
    if (unitFits && inRange
        && (kind == TargetKind.FIRST_TIER_RANK || threshold.unit() == Unit.COUNT)
        && value.stripTrailingZeros().scale() > 0) {
      out.add(valuePath, "not-whole", "'threshold' of a count or tier must be a "
          + "whole number but was " + plain, "个数或方阵目标的'threshold'须为整数,实为" + plain, plain);
    }
  }

  private void checkOperator(String path, Target target) {
    ComparisonOperator operator = target.operator();
    if (!target.kind().allowsOperator(operator)) {
      out.add(path + "/operator", "operator-direction", "'operator' of a " + target.kind()
          + " target must be AT_MOST, as tiers count down from 1 (第一方阵), but was " + operator,
          target.kind() + "类目标的'operator'须为AT_MOST(方阵从1起算,1为第一方阵),实为" + operator,
          operator.name());
    }
  }

  /** Reports a target that promises exactly what an earlier one does, whatever its id. */
  private void checkRepeat(String path, Target target) {
    // stripTrailingZeros: 0.7 and 0.70 are the same threshold.
    List<Object> promise = List.of(target.kind(), target.indicator(), target.projects(),
        target.share(), target.cohort(), target.reached(), target.operator(),
        target.threshold().unit(),
        target.threshold().value().stripTrailingZeros());
    String earlier = pathByPromise.putIfAbsent(promise, path);
    if (earlier != null) {
      out.add(path, "duplicate-target", "target '" + target.id() + "' must differ from the "
          + "target at " + earlier + " but has the same kind, subject, operator and threshold",
          "目标'" + target.id() + "'须与" + earlier + "的目标不同,但二者的类型、对象、比较方式和阈值都相同",
          target.id());
    }
  }

  private void subject(String path, String field, boolean present, boolean required,
      TargetKind kind) {
    String a = ViolationList.article(kind.name());
    if (required && !present) {
      out.add(path + "/" + field, "missing-field", a + " " + kind
          + " target must have '" + field + "'", kind + "类目标须有'" + field + "'", null);
    } else if (!required && present) {
      out.add(path + "/" + field, "unexpected-field", a + " " + kind
          + " target must not have '" + field + "'", kind + "类目标不得有'" + field + "'", null);
    }
  }
}
