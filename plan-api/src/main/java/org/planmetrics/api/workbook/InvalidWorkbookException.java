package org.planmetrics.api.workbook;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.planmetrics.model.Violation;

/**
 * Thrown when a workbook of observations cannot be used, carrying every problem found, not just
 * the first, for example three bad cells of 项目台账 reported together, each at a pointer into the
 * workbook such as {@code /项目台账/5/投资额(亿元) investment} with its message in Chinese ({@link
 * Violation#messageZh()}) and English.
 *
 * <p>The {@link #kind()} says what kind of refusal it is, so a caller can answer it as it should
 * (the REST API: 400, 413 or 422) without reading a message.
 */
public final class InvalidWorkbookException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The most violations kept and listed: 100, as for plan files. */
  public static final int MAX_LISTED = 100;

  /** What kind of refusal. */
  public enum Kind {
    /** Not an .xlsx workbook at all, or one whose parts cannot be read (a damaged file). */
    UNREADABLE,
    /** Larger than one of the {@link WorkbookLimits}: refused before it was read through. */
    LIMIT_EXCEEDED,
    /** Read, but cells or observations break the rules; every problem is listed. */
    INVALID
  }

  private final Kind kind;
  private final ImmutableList<Violation> violations;
  private final int violationCount;

  /** A refusal of {@code kind} with every violation found; the first 100 are kept. */
  public InvalidWorkbookException(Kind kind, List<Violation> violations) {
    this(kind, violations, violations.size());
  }

  /**
   * A refusal of {@code kind} with the first violations found and how many there are in all,
   * at least as many as given; the first 100 are kept.
   */
  public InvalidWorkbookException(Kind kind, List<Violation> firstFound, int violationCount) {
    super(describe(kind, firstFound, violationCount));
    if (firstFound.isEmpty()) {
      throw new IllegalArgumentException("'firstFound' must hold a violation but was empty");
    }
    if (violationCount < firstFound.size()) {
      throw new IllegalArgumentException("'violationCount' must be at least the "
          + firstFound.size() + " violations given but was " + violationCount);
    }
    this.kind = kind;
    this.violations = ImmutableList.copyOf(firstFound.subList(0,
        Math.min(firstFound.size(), MAX_LISTED)));
    this.violationCount = violationCount;
  }

  private static String describe(Kind kind, List<Violation> violations, int count) {
    StringBuilder text = new StringBuilder(switch (kind) {
      case UNREADABLE -> "the workbook cannot be read";
      case LIMIT_EXCEEDED -> "the workbook is larger than the limits allow";
      case INVALID -> "the workbook has " + count + (count == 1 ? " error" : " errors");
    });
    int listed = Math.min(violations.size(), MAX_LISTED);
    violations.subList(0, listed).forEach(v -> text.append("\n  ").append(v));
    if (count > listed) {
      text.append("\n  …and ").append(count - listed).append(" more");
    }
    return text.toString();
  }

  public Kind kind() {
    return kind;
  }

  /** The violations listed: all of them, or the first {@link #MAX_LISTED}. */
  public ImmutableList<Violation> violations() {
    return violations;
  }

  /** How many violations were found, listed or not. */
  public int violationCount() {
    return violationCount;
  }
}
