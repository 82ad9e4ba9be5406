package org.planmetrics.metrics.result;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * The plan's own unit's ranks for one period, for example 2nd on level and 6th on growth among
 * 13, where the first tier is the top 5.
 */
@Value.Immutable
@JsonSerialize(as = RankDetail.class)
@JsonDeserialize(as = RankDetail.class)
abstract class AbstractRankDetail {

  /** Where the ranks come from. */
  public enum Source {
    /** Ranked here from the peers' figures. */
    PEERS,
    /** Taken from the ranks the city published. */
    PUBLISHED
  }

  public abstract int totalRank();

  public abstract int growthRank();

  public abstract int peerCount();

  /** The number of first-tier places among {@link #peerCount()} under the plan's rule. */
  public abstract int tierSize();

  public abstract Source source();
}
