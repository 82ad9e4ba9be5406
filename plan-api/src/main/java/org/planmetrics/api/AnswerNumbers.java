package org.planmetrics.api;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.JsonGeneratorDelegate;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The precision policy for the numbers of every JSON answer, from the server and from the
 * command-line tool: at most {@value #SIGNIFICANT_DIGITS} significant digits and at most {@value
 * #MAX_DECIMAL_PLACES} decimal places, rounded half up (away from zero, 四舍五入), written plainly
 * (never {@code 1E+2}). For example an implied base of 83.548475693490799231 is answered as
 * 83.548475693491.
 *
 * <p>Why: the library computes to 20 significant digits ({@code Precision}), but most clients
 * read a JSON number as an IEEE double, every browser and Swagger UI among them, and a double
 * holds only 15 decimal digits for certain. A figure of 20 digits would silently become another
 * figure in such a client; a figure of at most 15 reads back as exactly the decimal we wrote, so
 * every client shows the same number. The cap on decimal places keeps the noise of the last
 * computed digit out of figures near zero (a gap of 1E-19 is answered as 0); a twelfth decimal
 * is a ten-thousandth of a yuan in 亿元 and far below any rate a plan states.
 *
 * <p>A number within the policy is written as it is, trailing zeros included, so a plan's 20.0
 * stays 20.0 and a plan resource is still the plan file as written. A number that had to be
 * rounded loses the trailing zeros the rounding made (2.0000000000000001 becomes 2).
 *
 * <p>Only answers are rounded, here, once, as they are written: the library's results and every
 * computation keep full precision, and the response cache holds the written bytes.
 */
public final class AnswerNumbers {

  /** The most significant digits a number in an answer has: what a double holds for certain. */
  public static final int SIGNIFICANT_DIGITS = 15;

  /** The most decimal places a number in an answer has. */
  public static final int MAX_DECIMAL_PLACES = 12;

  /** Half up, as {@code DisplayRounding} rounds figures for people. */
  private static final RoundingMode ROUNDING = RoundingMode.HALF_UP;

  /** Every generator this factory makes writes its decimals through {@link #round}. */
  private static final JsonFactory ROUNDING_FACTORY = JsonFactory.builder()
      .addDecorator((factory, generator) -> new RoundingGenerator(generator))
      .build();

  private AnswerNumbers() {}

  /**
   * {@code value} within the policy: unchanged when it already is (scale kept), else rounded half
   * up to {@value #SIGNIFICANT_DIGITS} significant digits and {@value #MAX_DECIMAL_PLACES} decimal
   * places, whichever keeps fewer, with the trailing zeros of the rounding removed. For example
   * 83.548475693490799231 → 83.548475693491, 123456789.123456789 → 123456789.123457, 20.0 → 20.0
   * and −0.0000000000001 → 0.
   *
   * @param value any decimal, not null
   * @return the decimal an answer carries
   */
  public static BigDecimal round(BigDecimal value) {
    // precision − scale is the number of digits before the point (negative for 0.00x), so this
    // is the scale that leaves SIGNIFICANT_DIGITS digits in all.
    int scaleForDigits = SIGNIFICANT_DIGITS - (value.precision() - value.scale());
    int scale = Math.min(MAX_DECIMAL_PLACES, scaleForDigits);
    if (value.scale() <= scale) {
      return value;
    }
    BigDecimal rounded = value.setScale(scale, ROUNDING);
    // 0E-12 would be written 0.000000000000; a rounded-away figure is just 0.
    return rounded.signum() == 0 ? BigDecimal.ZERO : rounded.stripTrailingZeros();
  }

  /**
   * {@code writer} with the policy applied to every decimal it writes, whether it comes from a
   * result object or from a JSON tree; everything else about the writer (its mapper's settings,
   * attributes, pretty printing) is kept.
   *
   * @param writer a writer of the project's mapper, not null
   * @return the writer to use for answers
   */
  public static ObjectWriter writer(ObjectWriter writer) {
    return writer.with(ROUNDING_FACTORY);
  }

  /** Rounds each decimal on its way out, and writes it plainly. */
  private static final class RoundingGenerator extends JsonGeneratorDelegate {

    RoundingGenerator(JsonGenerator generator) {
      super(generator, false);
    }

    @Override
    public void writeNumber(BigDecimal value) throws IOException {
      if (value == null) {
        super.writeNumber(value);
        return;
      }
      // As text, so that the plain form does not depend on the writer's WRITE_BIGDECIMAL_AS_PLAIN,
      // which belongs to the factory this writer replaced.
      super.writeNumber(round(value).toPlainString());
    }
  }
}
