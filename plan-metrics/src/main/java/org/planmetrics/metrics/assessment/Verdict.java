package org.planmetrics.metrics.assessment;

import java.util.Objects;
import java.util.Optional;
import org.planmetrics.metrics.result.Reason;
import org.planmetrics.metrics.result.Status;

/**
 * What a rule decided: a status, or that the data cannot decide and why, for example {@code
 * Verdict.of(Status.BEHIND)} or {@code Verdict.notAssessable(new Reason.NoRanks(2022))}. There is
 * no undecided verdict, and NOT_ASSESSABLE never comes without its reason.
 */
sealed interface Verdict {

  /** The status: NOT_ASSESSABLE for {@link NotAssessable}. */
  Status status();

  /** The reason, present exactly when the status is NOT_ASSESSABLE. */
  Optional<Reason> reason();

  static Verdict of(Status status) {
    return new Decided(status);
  }

  static Verdict notAssessable(Reason reason) {
    return new NotAssessable(reason);
  }

  /** A status the data decided: anything but NOT_ASSESSABLE. */
  record Decided(Status status) implements Verdict {
    public Decided {
      Objects.requireNonNull(status, "'status' must not be null");
      if (status == Status.NOT_ASSESSABLE) {
        throw new IllegalArgumentException("'status' must not be NOT_ASSESSABLE without a reason");
      }
    }

    @Override
    public Optional<Reason> reason() {
      return Optional.empty();
    }
  }

  /** The data cannot decide the status, for {@code reason}. */
  record NotAssessable(Reason why) implements Verdict {
    public NotAssessable {
      Objects.requireNonNull(why, "'why' must not be null");
    }

    @Override
    public Status status() {
      return Status.NOT_ASSESSABLE;
    }

    @Override
    public Optional<Reason> reason() {
      return Optional.of(why);
    }
  }
}
