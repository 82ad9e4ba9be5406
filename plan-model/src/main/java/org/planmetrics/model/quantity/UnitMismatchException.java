package org.planmetrics.model.quantity;

/**
 * Thrown when two quantities of different units meet in arithmetic or comparison, for example
 * 7 亿美元 plus 304.2 亿元. Scales of one currency meet (万元 and 亿元); the library never converts
 * between currencies, nor a count into money, so this is always a mistake in the caller's data
 * or code. The message names both units, in Chinese first: "单位不一致：亿美元(USD_100M)与亿元
 * (CNY_100M)不能相加或比较; 'plus' needs …".
 */
public final class UnitMismatchException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final Unit expected;
  private final Unit actual;

  public UnitMismatchException(String operation, Unit expected, Unit actual) {
    super("单位不一致：" + expected.chineseSymbol() + "(" + expected + ")与"
        + actual.chineseSymbol() + "(" + actual + ")不能相加、相减或比较，不同币种不换算; '"
        + operation + "' needs quantities of one unit, or of one currency, but got " + expected
        + " (" + expected.chineseSymbol() + ") and " + actual + " (" + actual.chineseSymbol()
        + ")");
    this.expected = expected;
    this.actual = actual;
  }

  public Unit expected() {
    return expected;
  }

  public Unit actual() {
    return actual;
  }
}
