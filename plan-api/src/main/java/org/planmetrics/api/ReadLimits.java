package org.planmetrics.api;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;

/**
 * The limits on untrusted JSON that the parser enforces before any value is built, and, when a
 * body crosses one, which one it was, for example {@link Limit#NESTING} for a body nested 65
 * levels deep: 64 levels of nesting, numbers of at most 100 characters, strings of at most
 * 100,000, member names of at most 1,000. Names are ids and period keys; an error echoes its name
 * in the pointer and the message, so a longer name would only make the answer larger.
 *
 * <p>Jackson reports every crossed limit as the same {@link StreamConstraintsException}, and only
 * its message says which. {@link #CONSTRAINTS} holds the same limits, but its checks, which the
 * parser calls, throw {@link Exceeded} with the {@link Limit} as a field.
 */
final class ReadLimits {

  /** A limit the parser enforces; each says what a body must keep to. */
  enum Limit {
    NESTING("the body must not nest deeper than " + MAX_NESTING_DEPTH + " levels",
        "请求内容的嵌套不得超过" + MAX_NESTING_DEPTH + "层"),
    NUMBER_LENGTH("a number must have at most " + MAX_NUMBER_LENGTH + " characters",
        "数字最多" + MAX_NUMBER_LENGTH + "个字符"),
    STRING_LENGTH("a string must have at most " + MAX_STRING_LENGTH + " characters",
        "文本最多" + MAX_STRING_LENGTH + "个字符"),
    NAME_LENGTH("a member name must have at most " + MAX_NAME_LENGTH + " characters",
        "字段名最多" + MAX_NAME_LENGTH + "个字符"),
    /** The document's length, its number of tokens or a BigDecimal's scale (all unlimited). */
    OTHER("the body exceeds a read limit", "请求内容超出了读取限制");

    private final String rule;
    private final String ruleZh;

    Limit(String rule, String ruleZh) {
      this.rule = rule;
      this.ruleZh = ruleZh;
    }

    /** What a body must keep to, as a problem says it: "a number must have at most 100 ...". */
    String rule() {
      return rule;
    }

    /** The same in Chinese: "数字最多100个字符". */
    String ruleZh() {
      return ruleZh;
    }
  }

  static final int MAX_NESTING_DEPTH = 64;
  static final int MAX_NUMBER_LENGTH = 100;
  static final int MAX_STRING_LENGTH = 100_000;
  static final int MAX_NAME_LENGTH = 1_000;

  /** The limits, for {@code JsonFactory.builder().streamReadConstraints(...)}. */
  static final StreamReadConstraints CONSTRAINTS = new Typed(StreamReadConstraints.builder()
      .maxNestingDepth(MAX_NESTING_DEPTH)
      .maxNumberLength(MAX_NUMBER_LENGTH)
      .maxStringLength(MAX_STRING_LENGTH)
      .maxNameLength(MAX_NAME_LENGTH)
      .build());

  private ReadLimits() {}

  /** A body crossed {@link #limit()}; thrown by the parser in place of Jackson's own exception. */
  static final class Exceeded extends StreamConstraintsException {
    private static final long serialVersionUID = 1L;

    private final Limit limit;

    /** Jackson's words and location are kept, for a log; {@code limit} says which it was. */
    Exceeded(Limit limit, StreamConstraintsException jackson) {
      super(jackson.getOriginalMessage(), jackson.getLocation());
      this.limit = limit;
    }

    Limit limit() {
      return limit;
    }
  }

  /** Jackson's checks of {@code limits}, each rethrowing its failure as {@link Exceeded}. */
  private static final class Typed extends StreamReadConstraints {
    private static final long serialVersionUID = 1L;

    Typed(StreamReadConstraints limits) {
      super(limits.getMaxNestingDepth(), limits.getMaxDocumentLength(),
          limits.getMaxNumberLength(), limits.getMaxStringLength(), limits.getMaxNameLength(),
          limits.getMaxTokenCount());
    }

    @Override
    public void validateNestingDepth(int depth) throws StreamConstraintsException {
      try {
        super.validateNestingDepth(depth);
      } catch (StreamConstraintsException e) {
        throw new Exceeded(Limit.NESTING, e);
      }
    }

    @Override
    public void validateFPLength(int length) throws StreamConstraintsException {
      try {
        super.validateFPLength(length);
      } catch (StreamConstraintsException e) {
        throw new Exceeded(Limit.NUMBER_LENGTH, e);
      }
    }

    @Override
    public void validateIntegerLength(int length) throws StreamConstraintsException {
      try {
        super.validateIntegerLength(length);
      } catch (StreamConstraintsException e) {
        throw new Exceeded(Limit.NUMBER_LENGTH, e);
      }
    }

    @Override
    public void validateStringLength(int length) throws StreamConstraintsException {
      try {
        super.validateStringLength(length);
      } catch (StreamConstraintsException e) {
        throw new Exceeded(Limit.STRING_LENGTH, e);
      }
    }

    @Override
    public void validateNameLength(int length) throws StreamConstraintsException {
      try {
        super.validateNameLength(length);
      } catch (StreamConstraintsException e) {
        throw new Exceeded(Limit.NAME_LENGTH, e);
      }
    }
  }
}
