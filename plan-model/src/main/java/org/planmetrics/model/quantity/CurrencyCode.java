package org.planmetrics.model.quantity;

/**
 * The currency of a money {@link Unit}, for example {@code CNY} for 亿元 and 万元.
 *
 * <p>Units of one currency convert exactly into each other by a power of ten (1亿元 = 10000万元);
 * units of different currencies never convert, since the library knows no exchange rate and a
 * plan never gives one. Named apart from {@code java.util.Currency}, which knows no 亿.
 */
public enum CurrencyCode {
  /** 人民币: yuan. */
  CNY("元", "yuan"),
  /** 美元: US dollars. */
  USD("美元", "US dollars");

  private final String chineseName;
  private final String englishName;

  CurrencyCode(String chineseName, String englishName) {
    this.chineseName = chineseName;
    this.englishName = englishName;
  }

  /** The currency as a Chinese text names it, for example {@code 美元}. */
  public String chineseName() {
    return chineseName;
  }

  /** The currency in English, for example {@code US dollars}. */
  public String englishName() {
    return englishName;
  }
}
