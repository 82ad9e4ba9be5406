package org.planmetrics.model;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * Thrown when a plan is invalid, carrying the violations found, not just the first, for example
 * a duplicate unit id and an unknown indicator reported together.
 *
 * <p>At most {@link #MAX_LISTED} (100) violations are listed, in {@link #violations()} and in the
 * message; {@link #violationCount()} says how many there are in all, so a plan with 250 errors
 * gives a message listing 100 of them and ending "…and 150 more" rather than one of 250 lines. A
 * check may also stop early, when a file has more violations than are held in memory at once
 * (see {@code PlanFiles}): then {@link #isComplete()} is false, the count is only a lower bound,
 * and a full list ends "…and more".
 */
public final class InvalidPlanException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /**
   * The most violations listed: 100. A person fixes a file from the first errors; beyond that a
   * longer list only hides the rest of the output (other files' errors, say) and costs memory.
   */
  public static final int MAX_LISTED = 100;

  private final String source;
  private final ImmutableList<Violation> violations;
  private final long violationCount;
  private final boolean complete;

  /**
   * Every violation of the plan from {@code source}, in the order to list them; the first {@link
   * #MAX_LISTED} are kept and listed, and the rest are counted.
   */
  public InvalidPlanException(String source, List<Violation> violations) {
    this(source, violations, violations.size(), true);
  }

  private InvalidPlanException(String source, List<Violation> found, long violationCount,
      boolean complete) {
    super(describe(source, found, violationCount, complete));
    this.source = source;
    this.violations = ImmutableList.copyOf(found.subList(0, Math.min(found.size(), MAX_LISTED)));
    this.violationCount = violationCount;
    this.complete = complete;
  }

  /**
   * The refusal of a plan whose check stopped before the end, for example at the 1,001st
   * violation of a file of 50,001 empty goals, or at the value limit of a file.
   *
   * @param firstFound violations found before the check stopped, in the order to list them; the
   *     first {@link #MAX_LISTED} are kept
   * @param atLeast how many violations the plan is known to have, at least {@code
   *     firstFound.size()}
   * @throws IllegalArgumentException if {@code firstFound} is empty or {@code atLeast} is less
   *     than its size
   */
  public static InvalidPlanException ofIncompleteCheck(String source, List<Violation> firstFound,
      long atLeast) {
    if (firstFound.isEmpty()) {
      throw new IllegalArgumentException("'firstFound' must hold a violation but was empty");
    }
    if (atLeast < firstFound.size()) {
      throw new IllegalArgumentException("'atLeast' must be at least the " + firstFound.size()
          + " violations found but was " + atLeast);
    }
    return new InvalidPlanException(source, firstFound, atLeast, false);
  }

  /** The same refusal for a plan from another source, for example a file path. */
  public InvalidPlanException withSource(String source) {
    return new InvalidPlanException(source, violations, violationCount, complete);
  }

  private static String describe(String source, List<Violation> found, long count,
      boolean complete) {
    return describe(source, found, count, complete, Language.EN);
  }

  /**
   * The refusal in {@code language}, one violation a line: the message in English (the same as
   * {@link #getMessage()}), or in Chinese, for example
   * <pre>
   * 方案plans/my-county.json无效:共3处错误
   *   /units/3/id [duplicate-id] 'id'须唯一,但'commerce-office'在/units/0已使用
   * </pre>
   */
  public String text(Language language) {
    return describe(source, violations, violationCount, complete, language);
  }

  private static String describe(String source, List<Violation> found, long count,
      boolean complete, Language language) {
    int listed = Math.min(found.size(), MAX_LISTED);
    boolean zh = language == Language.ZH;
    StringBuilder text = new StringBuilder();
    if (zh) {
      text.append("方案").append(source).append("无效:").append(complete ? "共" : "至少")
          .append(count).append("处错误");
      if (listed < count) {
        text.append(",列出前").append(listed).append("处");
      }
    } else {
      text.append("invalid plan ").append(source).append(": ")
          .append(complete ? "" : "at least ").append(count)
          .append(count == 1 ? " error" : " errors");
      if (listed < count) {
        text.append(", the first ").append(listed).append(" listed");
      }
    }
    for (Violation violation : found.subList(0, listed)) {
      text.append("\n  ").append(violation.in(language));
    }
    String more = null;
    if (listed < count) {
      more = complete ? (zh ? "…另有" + (count - listed) + "处" : "…and " + (count - listed)
          + " more") : (zh ? "…还有更多" : "…and more");
    } else if (!complete && listed == MAX_LISTED) {
      // The check stopped with a full list: there are very likely more.
      more = zh ? "…还有更多" : "…and more";
    }
    if (more != null) {
      text.append("\n  ").append(more);
    }
    return text.toString();
  }

  /** Where the plan came from, for example a file path or {@code classpath:...}. */
  public String source() {
    return source;
  }

  /**
   * The violations listed: every one found if there are at most {@link #MAX_LISTED}, otherwise
   * the first {@code MAX_LISTED}. Schema violations come sorted by path, semantic ones in the
   * file's field order.
   */
  public ImmutableList<Violation> violations() {
    return violations;
  }

  /**
   * How many violations the plan has: {@code violations().size()} plus those not listed. When
   * {@link #isComplete()} is false this is a lower bound.
   */
  public long violationCount() {
    return violationCount;
  }

  /**
   * Whether the check went through the whole plan, so that {@link #violationCount()} is exact;
   * false when it stopped early because the file had more violations, or more JSON values, than
   * are checked at once.
   */
  public boolean isComplete() {
    return complete;
  }
}
