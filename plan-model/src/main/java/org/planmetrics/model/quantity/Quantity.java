package org.planmetrics.model.quantity;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * An exact amount with its unit, for example {@code 304.2 CNY_100M} (304.2 亿元).
 *
 * <p>Arithmetic and comparison between quantities require the same unit or two scales of one
 * currency, and throw {@link UnitMismatchException} otherwise (亿美元 and 亿元, or 亿元 and 个).
 * Scales of one currency meet exactly, by moving the decimal point, never by division: 0.25亿元
 * plus 5000万元 is 0.75亿元, and 5000万元 compares equal to 0.5亿元. A sum or difference is in the
 * coarser of the two units, the one the larger figure is written in. Like Joda-Money, {@link
 * #equals} is scale-sensitive (0.10 is not equal to 0.1, so a value survives a round trip through
 * JSON unchanged) while {@link
 * #isEqual} compares numerically. A negative scale is normalised to zero so that {@code 1E+2} and
 * {@code 100} are written to JSON the same way.
 */
@JsonPropertyOrder({"value", "unit"})
public final class Quantity implements Comparable<Quantity> {
  private final BigDecimal value;
  private final Unit unit;

  private Quantity(BigDecimal value, Unit unit) {
    this.value = value.scale() < 0 ? value.setScale(0) : value;
    this.unit = unit;
  }

  /** A quantity of {@code value} in {@code unit}. */
  @JsonCreator
  public static Quantity of(
      @JsonProperty(value = "value", required = true) BigDecimal value,
      @JsonProperty(value = "unit", required = true) Unit unit) {
    requireNonNull(value, "'value' must not be null");
    requireNonNull(unit, "'unit' must not be null");
    return new Quantity(value, unit);
  }

  /** A quantity parsed from its decimal text, for example {@code Quantity.of("304.2", CNY_100M)}. */
  public static Quantity of(String value, Unit unit) {
    requireNonNull(value, "'value' must not be null");
    return of(new BigDecimal(value), unit);
  }

  /** A whole count, for example {@code Quantity.count(15)}. */
  public static Quantity count(long count) {
    return of(BigDecimal.valueOf(count), Unit.COUNT);
  }

  /** A ratio (decimal fraction) parsed from text, for example {@code Quantity.ratio("0.07")}. */
  public static Quantity ratio(String fraction) {
    return of(fraction, Unit.RATIO);
  }

  @JsonProperty("value")
  public BigDecimal value() {
    return value;
  }

  @JsonProperty("unit")
  public Unit unit() {
    return unit;
  }

  /**
   * The sum, exact. Both quantities must have the same unit or be two scales of one currency; the
   * sum is then in the coarser unit: 0.25亿元 + 5000万元 = 0.75亿元.
   *
   * @throws UnitMismatchException for two currencies, or a currency and a count
   */
  public Quantity plus(Quantity other) {
    requireSameUnit("plus", other);
    Unit coarser = coarser(other.unit);
    return new Quantity(to(coarser).value.add(other.to(coarser).value), coarser);
  }

  /**
   * The difference, exact, in the coarser unit as for {@link #plus}: 1亿元 − 2500万元 = 0.75亿元.
   *
   * @throws UnitMismatchException for two currencies, or a currency and a count
   */
  public Quantity minus(Quantity other) {
    requireSameUnit("minus", other);
    Unit coarser = coarser(other.unit);
    return new Quantity(to(coarser).value.subtract(other.to(coarser).value), coarser);
  }

  /**
   * This quantity in another scale of its currency, exact: 0.25亿元 to {@code CNY_10K} is
   * 2500万元, 1万亿元 to {@code CNY_100M} is 10000亿元, 5万美元 to {@code USD_100M} is 0.0005亿美元.
   * The decimal point moves by the difference of the powers of ten; nothing is rounded, so a
   * round trip gives back the same number. The same unit gives this quantity.
   *
   * @throws UnitMismatchException if {@code target} is another currency or not a scale of this
   *     quantity's unit (亿元 to 亿美元, 个 to 亿元)
   */
  public Quantity to(Unit target) {
    requireNonNull(target, "'target' must not be null");
    if (target == unit) {
      return this;
    }
    if (!unit.isCommensurableWith(target)) {
      throw new UnitMismatchException("to", unit, target);
    }
    return new Quantity(value.movePointRight(unit.powerOfTen() - target.powerOfTen()), target);
  }

  private Unit coarser(Unit other) {
    return other.powerOfTen() > unit.powerOfTen() ? other : unit;
  }

  /** Whether the value is below zero. */
  public boolean isNegative() {
    return value.signum() < 0;
  }

  /** Numeric equality, ignoring scale: {@code 0.10 RATIO} is equal to {@code 0.1 RATIO}. */
  public boolean isEqual(Quantity other) {
    return compareTo(other) == 0;
  }

  /**
   * Compares values numerically, exactly across scales of one currency (5000万元 equals 0.5亿元).
   *
   * @throws UnitMismatchException for two currencies, or a currency and a count
   */
  @Override
  public int compareTo(Quantity other) {
    requireSameUnit("compareTo", other);
    // The finer unit holds both values exactly.
    Unit finer = other.unit.powerOfTen() < unit.powerOfTen() ? other.unit : unit;
    return to(finer).value.compareTo(other.to(finer).value);
  }

  private void requireSameUnit(String operation, Quantity other) {
    requireNonNull(other, "'other' must not be null");
    if (!unit.isCommensurableWith(other.unit)) {
      throw new UnitMismatchException(operation, unit, other.unit);
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Quantity
        && ((Quantity) o).unit == unit
        && ((Quantity) o).value.equals(value);
  }

  @Override
  public int hashCode() {
    return Objects.hash(value, unit);
  }

  /**
   * The quantity as a Chinese text writes it, exactly as given: {@code 304.2亿元}, {@code 15个},
   * a ratio as a percentage ({@code 0.07} → {@code 7%}), a tier as {@code 第1方阵}. Trailing
   * zeros are dropped ({@code 7.0} → {@code 7}); nothing is rounded.
   */
  public String chineseText() {
    return switch (unit) {
      case RATIO -> percent();
      case TIER -> "第" + plainValue() + "方阵";
      default -> plainValue() + unit.chineseSymbol();
    };
  }

  /**
   * The quantity as an English text writes it, exactly as given and as the library's English
   * sentences write amounts: {@code 304.2 (CNY 100 million)}, a count bare ({@code 15}), a ratio
   * as a percentage ({@code 7%}), a tier as {@code tier 1}.
   */
  public String englishText() {
    return switch (unit) {
      case RATIO -> percent();
      case TIER -> "tier " + plainValue();
      case COUNT -> plainValue();
      default -> plainValue() + " (" + unit.englishName() + ")";
    };
  }

  private String plainValue() {
    return value.stripTrailingZeros().toPlainString();
  }

  private String percent() {
    return value.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
  }

  /**
   * For developers, in no language: {@code 304.2 CNY_100M}, the value as given and the unit's
   * constant, as JSON names it. Text for people comes from {@link #chineseText()} and {@link
   * #englishText()}, so that a log line or a test failure never reads as a sentence of a report.
   */
  @Override
  public String toString() {
    return value.toPlainString() + " " + unit.name();
  }
}
