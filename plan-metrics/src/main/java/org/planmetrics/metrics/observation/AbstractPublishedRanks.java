package org.planmetrics.metrics.observation;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * Ranks the city has already published for the plan's own unit, for example 2nd on level and
 * 6th on growth among 13. Used where no peer figures are given for that period.
 */
@Value.Immutable
@JsonSerialize(as = PublishedRanks.class)
@JsonDeserialize(as = PublishedRanks.class)
abstract class AbstractPublishedRanks {

  @Value.Parameter
  public abstract int totalRank();

  @Value.Parameter
  public abstract int growthRank();

  @Value.Parameter
  public abstract int peerCount();
}
