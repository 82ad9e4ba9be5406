package org.planmetrics.metrics.observation;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.Optional;
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

  /** The roster team the event belongs to, if any: its activities (招商活动) are counted. */
  public abstract Optional<String> team();
}
