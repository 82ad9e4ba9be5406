package org.planmetrics.api.cli;

import java.util.Collection;
import org.planmetrics.metrics.result.Status;
import org.planmetrics.model.quantity.Commitment;

/**
 * The exit codes of every command, for scripts and schedulers:
 *
 * <ul>
 *   <li>0: every 确保 (ENSURE, binding) target is MET or ON_TRACK; for the commands that judge
 *       no target ({@code ranking}, {@code check-plan}, {@code template}, {@code serve}), done;
 *   <li>1: a binding target is MISSED or BEHIND;
 *   <li>2: bad input (an option, a file, a cell), every error listed;
 *   <li>3: no binding target falls short, but one is NOT_ASSESSABLE: its data is missing. A
 *       shortfall is known news and wins over missing data, so 1 comes before 3.
 * </ul>
 */
public final class ExitCodes {

  public static final int OK = 0;
  public static final int SHORTFALL = 1;
  public static final int BAD_INPUT = 2;
  public static final int NOT_ASSESSABLE = 3;

  private ExitCodes() {}

  /** A binding target's commitment and status. */
  public record Judged(Commitment commitment, Status status) {}

  /** The exit code for the statuses of a plan's targets: 1, then 3, then 0. */
  public static int of(Collection<Judged> targets) {
    boolean binding = false;
    boolean missing = false;
    for (Judged t : targets) {
      if (t.commitment() != Commitment.ENSURE) {
        continue;
      }
      binding |= t.status().isShortfall();
      missing |= t.status() == Status.NOT_ASSESSABLE;
    }
    return binding ? SHORTFALL : missing ? NOT_ASSESSABLE : OK;
  }
}
