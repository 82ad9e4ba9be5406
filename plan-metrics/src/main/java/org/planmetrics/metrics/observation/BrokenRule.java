package org.planmetrics.metrics.observation;

import java.math.BigDecimal;
import java.util.List;
import org.planmetrics.model.InvalidArgumentException;
import org.planmetrics.model.Violation;

/**
 * One rule a value of the observations breaks, for example {@code peerCount} [bad-rank] "must be
 * at least 1", refusing 0: what a builder throws as an {@link InvalidArgumentException}
 * ("'peerCount' must be at least 1 but was 0") and what a reader of JSON, CSV or a workbook
 * reports as a {@link Violation} at the value's JSON Pointer ({@code /ranks/2023/peerCount}).
 * Both are made here, from one finding of one rule, so that the Java path and the readers cannot
 * drift apart.
 *
 * @param field where in the value the rule is broken: a member ({@code investment}), or a path
 *     of members and keys written as a JSON Pointer without its leading {@code /} ({@code
 *     tasks/2023/signed-investment}, each segment escaped as {@link
 *     org.planmetrics.model.json.JsonPointers#segment} escapes it)
 * @param rule the rule's code, as violations carry it, for example {@code bad-rank}
 * @param mustEn what the field must be, phrased to follow its name: "must be at least 1"
 * @param mustZh the same in Chinese: "须至少为1"
 * @param refused the refused value itself (a number, a date, a text), or null where a value is
 *     missing
 * @param messageEn the sentence a reader reports, for example "'peerCount' must be at least 1 but
 *     was 0"
 * @param messageZh the same in Chinese, for example "'peerCount'(参与排位单位数)须至少为1,实为0"
 */
public record BrokenRule(String field, String rule, String mustEn, String mustZh, Object refused,
    String messageEn, String messageZh) {

  /**
   * A broken rule worded as most are: "'peerCount' must be at least 1 but was 0" and
   * "'peerCount'(参与排位单位数)须至少为1,实为0", the value shown as {@link InvalidArgumentException}
   * shows it (a text in quotes, a decimal in plain notation).
   */
  static BrokenRule of(String field, String rule, String mustEn, String mustZh, Object refused) {
    String shown = refused instanceof CharSequence ? "'" + refused + "'" : plain(refused);
    return new BrokenRule(field, rule, mustEn, mustZh, refused,
        "'" + field + "' " + mustEn + " but was " + shown,
        ObservationFields.zh(field) + mustZh + ",实为" + shown);
  }

  /** The refused value as text, without quotes: {@code -5}, {@code 2023-13}; null if missing. */
  public String value() {
    return refused == null ? null : plain(refused);
  }

  /**
   * The problem at the field of the value at {@code at}, for example at {@code /projects/3}: the
   * violation at {@code /projects/3/investment}.
   */
  public Violation violation(String at) {
    return ObservationChecks.violation(at + "/" + field, rule, messageEn, messageZh, value());
  }

  /**
   * The exception a Java caller gets from a builder, for example "'investment' must not be
   * negative but was -5", with {@link InvalidArgumentException#argument()} the field.
   */
  public InvalidArgumentException exception() {
    // The value itself, not its text, so that a number shows unquoted ("but was -5").
    return new InvalidArgumentException(field, mustEn, mustZh, refused);
  }

  /**
   * Throws the first of {@code broken}, if any: a value's {@code @Value.Check} refuses to be built
   * at the first rule it breaks, as a builder can say only one thing.
   *
   * @throws InvalidArgumentException for the first rule broken
   */
  static void refuseFirst(List<BrokenRule> broken) {
    if (!broken.isEmpty()) {
      throw broken.get(0).exception();
    }
  }

  private static String plain(Object value) {
    return value instanceof BigDecimal decimal ? decimal.toPlainString() : String.valueOf(value);
  }
}
