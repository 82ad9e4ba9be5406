package org.planmetrics.model.quantity;

/**
 * The unit of a {@link Quantity}, for example {@code CNY_100M} (亿元) for 304.2 亿元.
 *
 * <p>Units never convert into each other: 亿美元 and 亿元 are different currencies, and a count is
 * not a ratio. Plan files and JSON name units by their constant ({@code "USD_100M"}).
 */
public enum Unit {
  /** 亿美元: one hundred million US dollars. */
  USD_100M("亿美元", "USD 100 million"),
  /** 亿元: one hundred million yuan. */
  CNY_100M("亿元", "CNY 100 million"),
  /** 个: a number of things, such as projects or meetings. */
  COUNT("个", "count"),
  /** A decimal fraction: 0.07 is 7%. Growth rates and shares use it. */
  RATIO("比率", "ratio"),
  /** 方阵: a tier of a ranking; 1 is the first tier (第一方阵). */
  TIER("方阵", "tier"),
  /** A composite index or score published by a higher authority, ranked but not summed. */
  INDEX("指数", "index");

  private final String chineseSymbol;
  private final String englishName;

  Unit(String chineseSymbol, String englishName) {
    this.chineseSymbol = chineseSymbol;
    this.englishName = englishName;
  }

  /** The symbol a Chinese bulletin writes after a number, for example {@code 亿美元}. */
  public String chineseSymbol() {
    return chineseSymbol;
  }

  /** The English name, for example {@code USD 100 million}. */
  public String englishName() {
    return englishName;
  }

  /** Whether amounts in this unit can be added up over time (currencies and counts). */
  public boolean isSummable() {
    return this == USD_100M || this == CNY_100M || this == COUNT;
  }

  /** Whether this unit is a currency amount. */
  public boolean isCurrency() {
    return this == USD_100M || this == CNY_100M;
  }
}
