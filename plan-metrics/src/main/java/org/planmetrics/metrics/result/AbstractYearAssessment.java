package org.planmetrics.metrics.result;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;
import org.planmetrics.model.LocalizedText;
import org.planmetrics.model.quantity.Quantity;

/**
 * One window year of a target, for example 2023: year-to-date growth through June of 0.127,
 * ON_TRACK. A year that starts after the assessment date is {@link #pending()} and has no
 * status.
 */
@Value.Immutable
@JsonSerialize(as = YearAssessment.class)
@JsonDeserialize(as = YearAssessment.class)
abstract class AbstractYearAssessment {

  public abstract int year();

  /**
   * True for a year not judged yet: it starts after the assessment date, or it is under way and
   * its first figures have not arrived (then {@link #reason()} says which).
   */
  @Value.Default
  public boolean pending() {
    return false;
  }

  /**
   * The year's own status, for targets judged year by year (growth, annual counts, ranks).
   * Absent for pending years and for targets judged over the whole window.
   */
  public abstract Optional<Status> status();

  /** The year's figure: a growth rate, an amount, a count, a share or a tier. */
  public abstract Optional<Quantity> actual();

  /** The last month the figure covers: 12 for a full year, 6 for 1—6月. */
  public abstract Optional<Integer> throughMonth();

  /** For shares: the projects counted in the numerator. */
  public abstract Optional<Long> numerator();

  /** For shares: the projects counted in the denominator. */
  public abstract Optional<Long> denominator();

  /**
   * For shares of investment: Σ investment of the numerator's projects; for funding rates: Σ
   * paid in. In 亿元.
   */
  public abstract Optional<Quantity> numeratorAmount();

  /**
   * For shares of investment and funding rates: Σ investment of the denominator's (the
   * selection's) projects, in 亿元.
   */
  public abstract Optional<Quantity> denominatorAmount();

  /** For ranks: where the plan's own unit stood. */
  public abstract Optional<RankDetail> ranks();

  /**
   * Why the year is NOT_ASSESSABLE, or which first figures a pending year under way waits for,
   * naming the missing input.
   */
  public abstract Optional<LocalizedText> reason();

  /**
   * Refuses a year, for example one read from JSON, that says what no rule says: a pending year
   * with a status or a figure, a reason beside a decided status, NOT_ASSESSABLE without a reason,
   * a month outside 1–12, or a share's counts apart or out of order.
   */
  @Value.Check
  protected void check() {
    if (pending() && (status().isPresent() || actual().isPresent())) {
      throw new IllegalStateException("a pending year must have no 'status' or 'actual' but "
          + year() + " had " + status() + " and " + actual());
    }
    boolean notAssessable = status().filter(s -> s == Status.NOT_ASSESSABLE).isPresent();
    if (notAssessable && reason().isEmpty()) {
      throw new IllegalStateException("a NOT_ASSESSABLE year must have a 'reason' but " + year()
          + " had none");
    }
    if (reason().isPresent() && !notAssessable && !pending()) {
      throw new IllegalStateException("'reason' must be given only for a NOT_ASSESSABLE or "
          + "pending year but " + year() + " was " + status());
    }
    throughMonth().filter(m -> m < 1 || m > 12).ifPresent(m -> {
      throw new IllegalStateException("'throughMonth' must be between 1 and 12 but was " + m);
    });
    if (numerator().isPresent() != denominator().isPresent()) {
      throw new IllegalStateException("'numerator' and 'denominator' must be given together but "
          + "were " + numerator() + " and " + denominator());
    }
    if (numerator().isPresent()
        && (numerator().get() < 0 || numerator().get() > denominator().get())) {
      throw new IllegalStateException("'numerator' must be between 0 and 'denominator' ("
          + denominator().get() + ") but was " + numerator().get());
    }
  }
}
