package org.planmetrics.model.quantity;

import java.util.Optional;

/**
 * The unit of a {@link Quantity}, for example {@code CNY_100M} (亿元) for 304.2 亿元.
 *
 * <p>A money unit is a currency and a power of ten of it: 万元 ({@code CNY_10K}) is 10⁴ yuan,
 * 亿元 ({@code CNY_100M}) 10⁸ and 万亿元 ({@code CNY_1T}) 10¹². Units of one currency convert
 * exactly into each other (1亿元 = 10000万元, 1万亿元 = 10000亿元) by moving the decimal point;
 * units of different currencies never do (亿美元 and 亿元), and a count is not a ratio. The
 * constants are named currency first, then the scale in English digits ({@code 10K}, {@code
 * 100M}, {@code 1T}), so that the existing names stay as they were. Plan files and JSON name
 * units by their constant ({@code "USD_100M"}).
 */
public enum Unit {
  /** 亿美元: one hundred million (10⁸) US dollars. */
  USD_100M("亿美元", "USD 100 million", CurrencyCode.USD, 8),
  /** 亿元: one hundred million (10⁸) yuan. */
  CNY_100M("亿元", "CNY 100 million", CurrencyCode.CNY, 8),
  /**
   * 个: a number of things, such as projects or meetings. Bulletins also count enterprises in
   * 家 ("引进企业3家") and households in 户; those are measure words (量词) of the same count,
   * not units of their own. What keeps 3 enterprises apart from 4 projects is the indicator or
   * the target being counted, never the measure word: two figures of one indicator always add,
   * whatever word the text puts after them, and figures of two indicators never meet in one sum.
   * A separate unit for 家 would only refuse sums a statistician makes (3家 + 2个 new firms of one
   * indicator are 5), so plan files write {@code COUNT} for all three, and the plan-file checks
   * read 个, 家, 户 and 项 in a target's text as {@code COUNT}.
   */
  COUNT("个", "count", null, 0),
  /** A decimal fraction: 0.07 is 7%. Growth rates and shares use it. */
  RATIO("比率", "ratio", null, 0),
  /** 方阵: a tier of a ranking; 1 is the first tier (第一方阵). */
  TIER("方阵", "tier", null, 0),
  /** A composite index or score published by a higher authority, ranked but not summed. */
  INDEX("指数", "index", null, 0),
  /** 万元: ten thousand (10⁴) yuan; 10000万元 = 1亿元. Small projects and grants are written so. */
  CNY_10K("万元", "CNY 10 thousand", CurrencyCode.CNY, 4),
  /** 万亿元: one trillion (10¹²) yuan; 1万亿元 = 10000亿元. Provincial and national totals. */
  CNY_1T("万亿元", "CNY 1 trillion", CurrencyCode.CNY, 12),
  /** 万美元: ten thousand (10⁴) US dollars; 10000万美元 = 1亿美元. Foreign capital of a project. */
  USD_10K("万美元", "USD 10 thousand", CurrencyCode.USD, 4);

  private final String chineseSymbol;
  private final String englishName;
  private final CurrencyCode currency;
  private final int powerOfTen;

  Unit(String chineseSymbol, String englishName, CurrencyCode currency, int powerOfTen) {
    this.chineseSymbol = chineseSymbol;
    this.englishName = englishName;
    this.currency = currency;
    this.powerOfTen = powerOfTen;
  }

  /** The symbol a Chinese bulletin writes after a number, for example {@code 亿美元}. */
  public String chineseSymbol() {
    return chineseSymbol;
  }

  /** The English name, for example {@code USD 100 million}. */
  public String englishName() {
    return englishName;
  }

  /** The currency of a money unit, for example {@code CNY} for 万元; empty for the others. */
  public Optional<CurrencyCode> currency() {
    return Optional.ofNullable(currency);
  }

  /**
   * The power of ten of one currency unit that one of this unit is: 4 for 万元, 8 for 亿元, 12 for
   * 万亿元; 0 for units that are not money, which have no scale.
   */
  public int powerOfTen() {
    return powerOfTen;
  }

  /**
   * Whether quantities in this unit and in {@code other} can be added and compared: the same unit,
   * or two scales of one currency (万元 and 亿元, never 万元 and 亿美元).
   */
  public boolean isCommensurableWith(Unit other) {
    return this == other || (currency != null && currency == other.currency);
  }

  /** Whether amounts in this unit can be added up over time (currencies and counts). */
  public boolean isSummable() {
    return isCurrency() || this == COUNT;
  }

  /** Whether this unit is a currency amount. */
  public boolean isCurrency() {
    return currency != null;
  }
}
