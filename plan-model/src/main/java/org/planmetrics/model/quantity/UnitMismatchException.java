package org.planmetrics.model.quantity;

/**
 * Thrown when two quantities of different units meet in arithmetic or comparison, for example
 * 7 亿美元 plus 304.2 亿元. The library never converts between units, so this is always a mistake
 * in the caller's data or code.
 */
public final class UnitMismatchException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final Unit expected;
  private final Unit actual;

  public UnitMismatchException(String operation, Unit expected, Unit actual) {
    super("'" + operation + "' needs quantities of one unit but got " + expected + " ("
        + expected.chineseSymbol() + ") and " + actual + " (" + actual.chineseSymbol() + ")");
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
