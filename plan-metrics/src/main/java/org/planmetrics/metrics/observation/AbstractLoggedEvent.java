package org.planmetrics.metrics.observation;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * One dated occurrence of a cadence kind, for example a {@code TEAM_MEETING} on 2022-01-10.
 */
@Value.Immutable
@JsonSerialize(as = LoggedEvent.class)
@JsonDeserialize(as = LoggedEvent.class)
abstract class AbstractLoggedEvent {

  @Value.Parameter
  public abstract String kind();

  @Value.Parameter
  public abstract LocalDate date();
}
