package org.planmetrics.metrics.observation;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * Ranks the city has already published for the plan's own unit, for example 2nd on level and
 * 6th on growth among 13. Used where no peer figures are given for that period.
 *
 * <p>Ranks hold to {@link RankRules} however they are made: {@code build()} and {@code of} throw
 * {@link org.planmetrics.model.InvalidArgumentException} for a count below 1, a rank outside
 * 1..peerCount or a count or rank above {@link RankRules#MAX_PEER_COUNT}, as JSON, CSV and
 * workbooks refuse them.
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

  /**
   * Refuses ranks that break a rule of {@link RankRules}, with the first rule broken, so that no
   * reader and no assessment ever sees them.
   *
   * @throws org.planmetrics.model.InvalidArgumentException naming the field, the rule and the
   *     value, for example "'peerCount' must be at least 1 but was 0"
   */
  @Value.Check
  protected void checkRules() {
    BrokenRule.refuseFirst(RankRules.broken(totalRank(), growthRank(), peerCount()));
  }
}
