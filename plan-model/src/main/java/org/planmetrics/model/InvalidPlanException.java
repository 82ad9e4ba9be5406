package org.planmetrics.model;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when a plan is invalid, carrying every violation found, not just the first, for example
 * a duplicate unit id and an unknown indicator reported together.
 */
public final class InvalidPlanException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String source;
  private final ImmutableList<Violation> violations;

  public InvalidPlanException(String source, List<Violation> violations) {
    super(describe(source, violations));
    this.source = source;
    this.violations = ImmutableList.copyOf(violations);
  }

  private static String describe(String source, List<Violation> violations) {
    return "invalid plan " + source + ": " + violations.size()
        + (violations.size() == 1 ? " error" : " errors") + "\n  "
        + violations.stream().map(Violation::toString).collect(Collectors.joining("\n  "));
  }

  /** Where the plan came from, for example a file path or {@code classpath:...}. */
  public String source() {
    return source;
  }

  /** Every violation: schema violations sorted by path, semantic ones in the file's field order. */
  public ImmutableList<Violation> violations() {
    return violations;
  }
}
