package org.planmetrics.testkit.guarantees;

import java.util.List;
import org.planmetrics.metrics.result.Status;

/**
 * The order of statuses the issue sets, MISSED > BEHIND > NOT_ASSESSABLE > ON_TRACK > MET,
 * written out here so that the properties hold {@link Status#worst} to it rather than to itself.
 */
final class IssueOrder {

  /** Statuses from worst to best. */
  static final List<Status> WORST_FIRST = List.of(Status.MISSED, Status.BEHIND,
      Status.NOT_ASSESSABLE, Status.ON_TRACK, Status.MET);

  private IssueOrder() {}

  /** The worst of {@code statuses} by the issue's order. */
  static Status worst(List<Status> statuses) {
    return WORST_FIRST.stream().filter(statuses::contains).findFirst().orElseThrow();
  }

  /** Whether {@code after} is at least as good as {@code before}. */
  static boolean noWorse(Status after, Status before) {
    return WORST_FIRST.indexOf(after) >= WORST_FIRST.indexOf(before);
  }
}
