package org.planmetrics.model;

import java.math.BigDecimal;

/**
 * A caller's bad argument, with the argument's name, the rule it broke and the value it had as
 * fields, for example {@code 'rate' must be above -1 but was -2}: {@link #argument()} is {@code
 * rate}, {@link #rule()} is {@code must be above -1} and {@link #value()} is {@code -2}.
 *
 * <p>The message is made from the fields as {@code 'argument' rule but was value}. A decimal is
 * shown in plain notation ({@code 0.00001}, never {@code 1E-5}) and text in single quotes ({@code
 * but was '50'}); anything else as {@link String#valueOf}. Code that needs to know which argument
 * was refused, such as the REST layer naming the query parameter, reads {@link #argument()};
 * nothing parses the message.
 *
 * <p>It is an {@link IllegalArgumentException}, so callers that catch that still do.
 */
public final class InvalidArgumentException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String argument;
  private final String rule;
  private final String ruleZh;
  private final String value;
  private final String shownValue;

  /**
   * The failure of {@code argument}, which broke {@code rule} with {@code value}, for example
   * {@code new InvalidArgumentException("years", "must be at least 1", "须至少为1", 0)}; its message has no
   * Chinese wording (see {@link #messages()}).
   *
   * @param argument the argument's name as the method declares it
   * @param rule what the argument must be, phrased to follow the name: {@code must be above 0}
   * @param value the refused value; may be null
   */
  public InvalidArgumentException(String argument, String rule, Object value) {
    this(argument, rule, null, value);
  }

  /**
   * The failure of {@code argument}, with the rule in English and in Chinese, for example {@code
   * new InvalidArgumentException("years", "must be at least 1", "须至少为1", 0)}, whose messages
   * are "'years' must be at least 1 but was 0" and "'years'须至少为1,实为0".
   *
   * @param ruleZh the rule in Chinese, phrased to follow the name: {@code 须大于0}; may be null
   */
  public InvalidArgumentException(String argument, String rule, String ruleZh, Object value) {
    super("'" + argument + "' " + rule + " but was " + shown(value));
    this.argument = argument;
    this.rule = rule;
    this.ruleZh = ruleZh;
    this.value = plain(value);
    this.shownValue = shown(value);
  }

  /**
   * The message in both languages: "'rate' must be above -1 but was -2" and "'rate'须大于-1,实为-2";
   * the Chinese falls back to the English where the rule has no Chinese wording.
   */
  public LocalizedText messages() {
    String zh = ruleZh == null ? getMessage()
        : "'" + argument + "'" + ruleZh + ",实为" + shownValue;
    return LocalizedText.of(zh, getMessage());
  }

  /** The name of the refused argument, for example {@code rate}. */
  public String argument() {
    return argument;
  }

  /** What the argument must be, for example {@code must be above -1}. */
  public String rule() {
    return rule;
  }

  /** The refused value as text, without quotes: {@code -2}, {@code 50}, or {@code null}. */
  public String value() {
    return value;
  }

  private static String plain(Object value) {
    return value instanceof BigDecimal ? ((BigDecimal) value).toPlainString()
        : String.valueOf(value);
  }

  private static String shown(Object value) {
    return value instanceof CharSequence ? "'" + value + "'" : plain(value);
  }
}
