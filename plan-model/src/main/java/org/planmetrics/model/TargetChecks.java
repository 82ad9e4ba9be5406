package org.planmetrics.model;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.planmetrics.model.quantity.Commitment;
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
  private final PeriodChecks periods;
  private final Map<String, String> pathById = new HashMap<>();
  private final Map<List<Object>, String> pathByPromise = new HashMap<>();

  TargetChecks(Plan plan, ViolationList out, Set<String> indicatorIds, Set<String> tierIds) {
    this.plan = plan;
    this.out = out;
    this.indicatorIds = indicatorIds;
    this.selections = new ProjectSelectionChecks(plan, out, tierIds);
    this.periods = new PeriodChecks(plan, out);
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
        Optional<Indicator> indicator = plan.indicator(id);
        indicatorUnit = indicator.map(Indicator::unit).orElse(null);
        indicator.ifPresent(i -> checkNature(path, target, i));
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
    checkThreshold(path + "/threshold", target.threshold(), target, indicatorUnit);
    checkOperator(path, target);
    checkTolerance(path, target);
    if (target.stretch().isPresent()) {
      checkStretch(path, target, target.stretch().get(), indicatorUnit);
    }
    periods.check(path, target);
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

  /**
   * Checks a threshold at {@code thresholdPath}: the target's own ({@code …/threshold}) or its
   * stretch ({@code …/stretch/threshold}), which must fit the kind alike.
   */
  private void checkThreshold(String thresholdPath, Quantity threshold, Target target,
      Unit indicatorUnit) {
    TargetKind kind = target.kind();
    boolean indicatorKnown = kind.subject() != TargetKind.Subject.INDICATOR || indicatorUnit != null;
    boolean unitFits = !indicatorKnown || kind.accepts(threshold.unit(), indicatorUnit);
    if (!unitFits) {
      // An amount may be in any scale of its indicator's currency (亿元 figures, a 万元
      // threshold), so the message lists those scales rather than the indicator's one unit.
      String expected = kind.sumsFigures() || kind == TargetKind.LEVEL
          ? "the unit of indicator '" + target.indicator().orElse("") + "' (" + indicatorUnit + ")"
              + amountScales(indicatorUnit, ", ", " or a scale of its currency: ")
          : "one of " + kind.acceptedUnits().stream().map(Enum::name).sorted()
              .collect(Collectors.joining(", "));
      String expectedZh = kind.sumsFigures() || kind == TargetKind.LEVEL
          ? "指标'" + target.indicator().orElse("") + "'的单位(" + indicatorUnit + ")"
              + amountScales(indicatorUnit, "、", "或同一币种的其他单位:")
          : kind.acceptedUnits().stream().map(Enum::name).sorted()
              .collect(Collectors.joining("、")) + "之一";
      out.add(thresholdPath + "/unit", "unit-mismatch", "'threshold' of "
          + ViolationList.article(kind.name()) + " " + kind + " target must be in " + expected
          + " but was " + threshold.unit(), kind + "类目标的'threshold'单位须为" + expectedZh
          + ",实为" + threshold.unit(), threshold.unit().name());
    }
    BigDecimal value = threshold.value();
    String valuePath = thresholdPath + "/value";
    String plain = value.toPlainString();
    int before = out.size();
    if (kind == TargetKind.SHARE || kind == TargetKind.COHORT_RATE) {
      if (value.signum() <= 0 || value.compareTo(BigDecimal.ONE) > 0) {
        out.add(valuePath, "share-out-of-range", "'threshold' of " + ViolationList.article(
            kind.name()) + " " + kind + " target must be above 0 and at most 1 but was " + plain,
            kind + "类目标的'threshold'须大于0且不超过1,实为" + plain, plain);
      }
    } else if (kind.isGrowth()) {
      if (value.compareTo(MINUS_ONE) < 0 || value.compareTo(BigDecimal.ONE) > 0) {
        out.add(valuePath, "growth-out-of-range", "'threshold' of "
            + ViolationList.article(kind.name()) + " " + kind + " target must "
            + "be a yearly rate from -1 to 1 (−100% to +100%) but was " + plain + " ("
            + value.movePointRight(2).stripTrailingZeros().toPlainString() + "%); 7% is 0.07",
            kind + "类目标的'threshold'须为-1至1之间的年增长率(−100%至+100%),实为" + plain
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

  /**
   * A sum needs a flow; a level target a stock or a level: a running total or a rate added up
   * over years means nothing, and one year of a flow is a PERIOD_AMOUNT.
   */
  private void checkNature(String path, Target target, Indicator indicator) {
    TargetKind kind = target.kind();
    IndicatorNature nature = indicator.nature();
    String id = indicator.id();
    if (kind.sumsFigures() && nature != IndicatorNature.FLOW) {
      out.add(path + "/kind", "nature-mismatch", ViolationList.article(kind.name()) + " " + kind
          + " target adds up the figures of indicator '" + id + "', which is a " + nature
          + " and must not be summed; for its figure in one year use LEVEL",
          kind + "类目标会把指标'" + id + "'的各期数值相加,但该指标为" + nature + "("
              + (nature == IndicatorNature.STOCK ? "存量" : "水平或比率") + "),不能相加;某一年的数值请用LEVEL",
          kind.name());
    } else if (kind == TargetKind.LEVEL && nature == IndicatorNature.FLOW) {
      out.add(path + "/kind", "nature-mismatch", "a LEVEL target reads one year's figure of a "
          + "stock or a level, but indicator '" + id + "' is a FLOW, whose figures add up; for "
          + "the sum of one year use PERIOD_AMOUNT with 'period' {\"kind\": \"YEAR\", \"year\": …}",
          "LEVEL类目标取存量或水平指标某一年的数值,但指标'" + id + "'为FLOW(流量,各期可相加);"
              + "一年的合计请用PERIOD_AMOUNT,并写'period' {\"kind\": \"YEAR\", \"year\": …}",
          kind.name());
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

  /**
   * A 左右 target needs a tolerance and a reading that names it, since no text states how far
   * "about" reaches; the floor it makes (threshold − tolerance) must still be a threshold the kind
   * allows. No other operator takes a tolerance.
   */
  private void checkTolerance(String path, Target target) {
    boolean approximately = target.operator() == ComparisonOperator.APPROXIMATELY;
    if (target.tolerance().isEmpty()) {
      if (approximately) {
        out.add(path + "/tolerance", "missing-field", "an APPROXIMATELY (左右) target must have "
            + "'tolerance': how far below the threshold still counts as met",
            "APPROXIMATELY(左右)类目标须有'tolerance',即低于阈值多少仍算达到", null);
      }
      return;
    }
    Quantity tolerance = target.tolerance().get();
    String tolerancePath = path + "/tolerance";
    if (!approximately) {
      out.add(tolerancePath, "unexpected-field", "only an APPROXIMATELY (左右) target may have "
          + "'tolerance', but the operator is " + target.operator(),
          "仅APPROXIMATELY(左右)目标可有'tolerance',本目标的'operator'为" + target.operator(), null);
      return;
    }
    Quantity threshold = target.threshold();
    String plain = tolerance.value().toPlainString();
    if (!tolerance.unit().isCommensurableWith(threshold.unit())) {
      out.add(tolerancePath + "/unit", "unit-mismatch", "'tolerance' must be in the unit of "
          + "'threshold' (" + threshold.unit() + ")" + amountScales(threshold.unit(), ", ",
          " or a scale of its currency: ") + " but was " + tolerance.unit(),
          "'tolerance'的单位须与'threshold'相同(" + threshold.unit() + ")" + amountScales(
          threshold.unit(), "、", "或同一币种的其他单位:") + ",实为" + tolerance.unit(),
          tolerance.unit().name());
      return;
    }
    if (tolerance.value().signum() <= 0) {
      out.add(tolerancePath + "/value", "not-positive", "'tolerance' must be above 0 but was "
          + plain, "'tolerance'须大于0,实为" + plain, plain);
      return;
    }
    if (tolerance.unit() == Unit.COUNT && tolerance.value().stripTrailingZeros().scale() > 0) {
      out.add(tolerancePath + "/value", "not-whole", "'tolerance' of a count must be a whole "
          + "number but was " + plain, "个数目标的'tolerance'须为整数,实为" + plain, plain);
      return;
    }
    Quantity floor = target.approximateFloor().orElseThrow();
    boolean floorAllowed = target.kind() == TargetKind.ANNUAL_GROWTH
        ? floor.value().compareTo(MINUS_ONE) >= 0 : floor.value().signum() > 0;
    if (!floorAllowed) {
      String floorText = floor.value().toPlainString();
      out.add(tolerancePath + "/value", "tolerance-too-large", "'tolerance' must leave a floor "
          + "(threshold − tolerance) " + (target.kind() == TargetKind.ANNUAL_GROWTH
          ? "of at least -1" : "above 0") + " but leaves " + floorText,
          "'tolerance'须使下限(阈值 − 容差)" + (target.kind() == TargetKind.ANNUAL_GROWTH
          ? "不低于-1" : "大于0") + ",实为" + floorText, plain);
    }
    boolean read = plan.readings().stream().anyMatch(r -> r.targets().contains(target.id()));
    if (!read) {
      out.add(tolerancePath, "unread-tolerance", "a reading must name target '" + target.id()
          + "' in its 'targets': the text says 左右 but no text states the tolerance",
          "须有一条解读(readings)在'targets'中列出目标'" + target.id() + "':文本只写“左右”,容差是"
          + "本文件的解读", target.id());
    }
  }

  /**
   * A stretch figure must fit the kind as the threshold does, be stricter than it under the
   * operator (above a floor, below a ceiling), and not be ensured: the binding figure is the
   * target's own.
   */
  private void checkStretch(String path, Target target, StretchThreshold stretch,
      Unit indicatorUnit) {
    String stretchPath = path + "/stretch";
    if (target.operator() == ComparisonOperator.APPROXIMATELY) {
      out.add(stretchPath, "unexpected-field", "an APPROXIMATELY (左右) target must not have "
          + "'stretch'; write the stretch figure as a target of its own",
          "APPROXIMATELY(左右)类目标不得有'stretch',请将力争数写为另一目标", null);
      return;
    }
    if (stretch.commitment() == Commitment.ENSURE) {
      out.add(stretchPath + "/commitment", "stretch-ensured", "'stretch' must not be ENSURE: "
          + "the ensured figure is the target's own 'threshold'",
          "'stretch'的'commitment'不得为ENSURE:确保的是目标本身的'threshold'", "ENSURE");
    }
    int before = out.size();
    checkThreshold(stretchPath + "/threshold", stretch.threshold(), target, indicatorUnit);
    boolean comparable = out.size() == before
        && stretch.threshold().unit().isCommensurableWith(target.threshold().unit());
    if (comparable) {
      int order = stretch.threshold().compareTo(target.threshold());
      boolean stricter = target.operator().higherIsBetter() ? order > 0 : order < 0;
      if (!stricter) {
        String plain = stretch.threshold().value().toPlainString();
        String way = target.operator().higherIsBetter() ? "above" : "below";
        out.add(stretchPath + "/threshold/value", "stretch-not-stricter", "'stretch' must be "
            + way + " the threshold (" + target.threshold().value().toPlainString() + ") under "
            + target.operator() + " but was " + plain, "'stretch'须比'threshold'("
            + target.threshold().value().toPlainString() + ")" + (way.equals("above") ? "更高"
            : "更低") + "(比较方式为" + target.operator() + "),实为" + plain, plain);
      }
    }
  }

  /** Reports a target that promises exactly what an earlier one does, whatever its id. */
  private void checkRepeat(String path, Target target) {
    // stripTrailingZeros: 0.7 and 0.70 are the same threshold.
    List<Object> promise = List.of(target.kind(), target.indicator(), target.projects(),
        target.share(), target.period(), target.cohort(), target.reached(),
        target.operator(), target.threshold().unit(),
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
