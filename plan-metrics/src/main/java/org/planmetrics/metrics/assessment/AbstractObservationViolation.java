package org.planmetrics.metrics.assessment;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One thing wrong with observations for a given plan, for example at {@code
 * /series/foreign-capital-utilized/2023-13}, rule {@code bad-period}.
 */
@Value.Immutable
@JsonSerialize(as = ObservationViolation.class)
@JsonDeserialize(as = ObservationViolation.class)
public abstract class AbstractObservationViolation {

  /** A JSON Pointer into the observations document. */
  @Value.Parameter
  public abstract String pointer();

  @Value.Parameter
  public abstract String rule();

  @Value.Parameter
  public abstract String message();

  @Value.Parameter
  public abstract Optional<String> value();

  @Override
  public String toString() {
    return pointer() + " [" + rule() + "] " + message();
  }
}
