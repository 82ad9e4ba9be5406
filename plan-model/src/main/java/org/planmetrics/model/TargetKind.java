package org.planmetrics.model;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.planmetrics.model.quantity.ComparisonOperator;
import org.planmetrics.model.quantity.Unit;

/**
 * What a target measures and therefore how it is assessed, for example {@code ANNUAL_GROWTH} for
 * "年增长7%以上".
 */
public enum TargetKind {
  /** Year-on-year growth of an indicator, each year of the window. Threshold: a ratio. */
  ANNUAL_GROWTH(Subject.INDICATOR),
  /** The sum of an indicator over the window. Threshold: an amount in the indicator's unit. */
  CUMULATIVE_AMOUNT(Subject.INDICATOR),
  /**
   * The sum of a flow indicator within a {@link TargetPeriod}: each year, one year, one quarter
   * or a dated campaign ("全年完成省外项目实际进资120亿元"). Threshold: an amount in the indicator's
   * currency.
   */
  PERIOD_AMOUNT(Subject.INDICATOR),
  /**
   * The figure of a stock or level indicator for one year ("到2025年…达到X"): the period's year,
   * or the window's end year. Threshold: in the indicator's unit (or a scale of its currency).
   */
  LEVEL(Subject.INDICATOR),
  /**
   * Average annual growth (年均增长): the compound rate from the base year to the window's end
   * year, judged once. Threshold: a ratio.
   */
  AVERAGE_GROWTH(Subject.INDICATOR),
  /** The number of ledger projects matching a selection, each year. Threshold: a count. */
  ANNUAL_COUNT(Subject.PROJECTS),
  /** The number of ledger projects matching a selection, over the window. Threshold: a count. */
  CUMULATIVE_COUNT(Subject.PROJECTS),
  /** Numerator projects ÷ denominator projects, by count. Threshold: a ratio in [0, 1]. */
  SHARE(Subject.SHARE),
  /** The plan's own unit ranks in the first tier of its peer group on level and on growth. */
  FIRST_TIER_RANK(Subject.INDICATOR),
  /**
   * Of the projects that reached the cohort's stage in a year, the share that reached a later
   * stage by the deadline (履约率, 开工率, 投产率), judged each year. Threshold: a ratio in
   * (0, 1].
   */
  COHORT_RATE(Subject.COHORT);

  /** What a target of a kind must name. */
  public enum Subject {
    INDICATOR,
    PROJECTS,
    SHARE,
    /** A cohort ({@code cohort}) and the stage it must reach ({@code reached}). */
    COHORT
  }

  private final Subject subject;

  TargetKind(Subject subject) {
    this.subject = subject;
  }

  public Subject subject() {
    return subject;
  }

  /**
   * Whether a threshold in {@code unit} fits this kind, given the unit of the target's indicator
   * (null for targets on projects). A {@code CUMULATIVE_AMOUNT} threshold is in its indicator's
   * unit or in another scale of the same currency: figures in 亿元 against "累计5000万元以上" are
   * compared exactly, figures in 亿元 against 亿美元 never.
   */
  public boolean accepts(Unit unit, Unit indicatorUnit) {
    switch (this) {
      case ANNUAL_GROWTH:
      case AVERAGE_GROWTH:
      case SHARE:
      case COHORT_RATE:
        return unit == Unit.RATIO;
      case LEVEL:
        return indicatorUnit != null && unit.isCommensurableWith(indicatorUnit);
      case CUMULATIVE_AMOUNT:
      case PERIOD_AMOUNT:
        return unit.isSummable() && indicatorUnit != null && unit.isCommensurableWith(indicatorUnit);
      case ANNUAL_COUNT:
      case CUMULATIVE_COUNT:
        return unit == Unit.COUNT;
      case FIRST_TIER_RANK:
        return unit == Unit.TIER;
      default:
        throw new AssertionError(this);
    }
  }

  /** The units a threshold of this kind may have, for error messages. */
  public Set<Unit> acceptedUnits() {
    switch (this) {
      case ANNUAL_GROWTH:
      case AVERAGE_GROWTH:
      case SHARE:
      case COHORT_RATE:
        return Set.of(Unit.RATIO);
      case LEVEL:
        return Set.of(Unit.values());
      case CUMULATIVE_AMOUNT:
      case PERIOD_AMOUNT:
        return Arrays.stream(Unit.values()).filter(Unit::isSummable)
            .collect(Collectors.toUnmodifiableSet());
      case ANNUAL_COUNT:
      case CUMULATIVE_COUNT:
        return Set.of(Unit.COUNT);
      case FIRST_TIER_RANK:
        return Set.of(Unit.TIER);
      default:
        throw new AssertionError(this);
    }
  }

  /**
   * Whether a target of this kind may compare with {@code operator}. A {@code FIRST_TIER_RANK}
   * target takes only {@code AT_MOST}: tiers count down from 1 (第一方阵), so "in tier N" means
   * tier at most N, and {@code AT_LEAST 1} would hold for every rank. {@code LESS_THAN N + 1}
   * would say the same as {@code AT_MOST N}, but no plan writes it so, and {@code LESS_THAN 1}
   * could never hold. Every other kind takes any operator.
   */
  public boolean allowsOperator(ComparisonOperator operator) {
    return this != FIRST_TIER_RANK || operator == ComparisonOperator.AT_MOST;
  }

  /**
   * Whether the target is judged year by year (as opposed to once over the window). A {@code
   * PERIOD_AMOUNT} target is judged each year when its period names no year ({@link
   * TargetPeriod#isEachYear}); the kind alone does not say.
   */
  public boolean isAnnual() {
    return this == ANNUAL_GROWTH || this == ANNUAL_COUNT || this == FIRST_TIER_RANK
        || this == COHORT_RATE;
  }

  /** Whether a target of this kind judges a growth rate: a ratio from -1 to 1. */
  public boolean isGrowth() {
    return this == ANNUAL_GROWTH || this == AVERAGE_GROWTH;
  }

  /** Whether a target of this kind sums the figures of its indicator. */
  public boolean sumsFigures() {
    return this == CUMULATIVE_AMOUNT || this == PERIOD_AMOUNT;
  }
}
