package org.planmetrics.metrics.result;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.planmetrics.model.LocalizedText;

/**
 * A project that has waited too long for its next stage, for example P-2022-01, signed on
 * 2022-03-15 and not started 838 days later, as of 2024-06-30.
 */
@Value.Immutable
@JsonSerialize(as = StalledProject.class)
@JsonDeserialize(as = StalledProject.class)
abstract class AbstractStalledProject {

  /** Where a stalled project is stuck. */
  public enum Stage {
    /** Signed (签约), not started (未开工). */
    NOT_STARTED,
    /** Started (开工), not producing (未投产). */
    NOT_PRODUCING
  }

  public abstract String project();

  public abstract String name();

  public abstract Optional<String> team();

  public abstract Optional<String> direction();

  public abstract Stage stage();

  /** The date of the last stage reached: signing for NOT_STARTED, the start for NOT_PRODUCING. */
  public abstract LocalDate since();

  /** Days from {@link #since()} to the as-of date. */
  public abstract long days();

  /** The line a supervision report gives it. */
  public abstract LocalizedText summary();
}
