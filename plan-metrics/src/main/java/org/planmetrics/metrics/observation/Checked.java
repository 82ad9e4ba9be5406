package org.planmetrics.metrics.observation;

import java.util.List;
import org.planmetrics.model.Violation;

/**
 * A value of the observations made from what a reader found, with every rule those figures
 * broke, for example ranks 14th and 1st of 13: {@code broken} holds {@code totalRank} [bad-rank],
 * and {@code value} is {@code PublishedRanks.of(13, 1, 13)}, built with a stand-in for the refused
 * rank. A reader reports every broken rule at once and goes on with the value, so that the checks
 * of the rest still see it; a builder would have thrown at the first.
 *
 * @param value the value as given when it breaks no rule; otherwise one built with stand-ins for
 *     what it breaks, which are never the caller's: a reader that reports a broken rule must
 *     refuse the input
 * @param broken the rules broken, in the order of the value's fields; empty when {@code value} is
 *     as given
 * @param <T> the type of value, for example {@link PublishedRanks}
 */
public record Checked<T>(T value, List<BrokenRule> broken) {

  public Checked {
    broken = List.copyOf(broken);
  }

  /** Whether no rule is broken, so that {@link #value()} is exactly what was given. */
  public boolean isAsGiven() {
    return broken.isEmpty();
  }

  /** The problems of the value at {@code at}, one for each broken rule, each at its field. */
  public List<Violation> violations(String at) {
    return broken.stream().map(rule -> rule.violation(at)).toList();
  }
}
