package org.planmetrics.model.quantity;

import java.math.BigDecimal;

/**
 * How an actual figure is compared with a target's threshold, for example {@code AT_LEAST} for
 * 以上 ("7%以上" is growth ≥ 0.07).
 *
 * <p>Chinese legal usage (民法典 第一千二百五十九条) makes 以上, 以下, 不少于 and 不低于 include the
 * number itself, while 高于 and 超过 exclude it. So "占比高于70%" fails at exactly 0.70. Comparison
 * is numeric ({@code compareTo}), never {@code equals}, so 0.70 and 0.7 compare the same.
 */
public enum ComparisonOperator {
  /** ≥: 以上, 不少于, 不低于, 至少. Includes the threshold. */
  AT_LEAST("≥", "以上") {
    @Override
    public boolean test(BigDecimal actual, BigDecimal threshold) {
      return actual.compareTo(threshold) >= 0;
    }
  },
  /** &gt;: 高于, 超过. Excludes the threshold. */
  GREATER_THAN(">", "高于") {
    @Override
    public boolean test(BigDecimal actual, BigDecimal threshold) {
      return actual.compareTo(threshold) > 0;
    }
  },
  /** ≤: 以下, 不超过, 以内. Includes the threshold; used for ranks and tiers, where lower is better. */
  AT_MOST("≤", "以内") {
    @Override
    public boolean test(BigDecimal actual, BigDecimal threshold) {
      return actual.compareTo(threshold) <= 0;
    }
  },
  /** &lt;: 低于. Excludes the threshold. */
  LESS_THAN("<", "低于") {
    @Override
    public boolean test(BigDecimal actual, BigDecimal threshold) {
      return actual.compareTo(threshold) < 0;
    }
  },
  /**
   * ≈: 左右. No comparison without the target's tolerance, which no text states: a 左右 target
   * is judged as {@code AT_LEAST} (threshold − tolerance), see {@code Target.approximateFloor()}.
   */
  APPROXIMATELY("≈", "左右") {
    /** Refuses: "20%左右" says nothing of 19.5% until the plan file gives a tolerance. */
    @Override
    public boolean test(BigDecimal actual, BigDecimal threshold) {
      throw new UnsupportedOperationException("“左右”(APPROXIMATELY)须按目标的容差比较:"
          + "以(阈值 − 容差)为下限 / APPROXIMATELY compares only with the target's tolerance,"
          + " as at least threshold − tolerance");
    }
  };

  private final String symbol;
  private final String chineseWord;

  ComparisonOperator(String symbol, String chineseWord) {
    this.symbol = symbol;
    this.chineseWord = chineseWord;
  }

  /** Whether {@code actual} satisfies this operator against {@code threshold}. */
  public abstract boolean test(BigDecimal actual, BigDecimal threshold);

  /**
   * Whether {@code actual} satisfies this operator against {@code threshold}; the units must match
   * or be scales of one currency, compared exactly (0.55亿元 is at least 5000万元).
   */
  public boolean test(Quantity actual, Quantity threshold) {
    if (!actual.unit().isCommensurableWith(threshold.unit())) {
      throw new UnitMismatchException(name(), threshold.unit(), actual.unit());
    }
    int sign = actual.compareTo(threshold);
    return test(BigDecimal.valueOf(sign), BigDecimal.ZERO);
  }

  /**
   * Whether a larger actual figure is better under this operator. It is for 左右 too, which is
   * judged as a floor lowered by the tolerance.
   */
  public boolean higherIsBetter() {
    return this == AT_LEAST || this == GREATER_THAN || this == APPROXIMATELY;
  }

  /** The mathematical symbol, for example {@code ≥}. */
  public String symbol() {
    return symbol;
  }

  /** The word a Chinese plan uses, for example {@code 以上}. */
  public String chineseWord() {
    return chineseWord;
  }
}
