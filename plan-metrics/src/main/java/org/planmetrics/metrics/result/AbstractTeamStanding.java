package org.planmetrics.metrics.result;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.planmetrics.model.LocalizedText;

/**
 * One team's line in a month's ranking: its figures on each metric, its score (the mean
 * completion under the plan's ranking rule), its overall rank, and the sentence a 通报 gives it.
 * A team without tasks for the year is listed unranked, with {@link #unranked()} saying why.
 */
@Value.Immutable
@JsonSerialize(as = TeamStanding.class)
@JsonDeserialize(as = TeamStanding.class)
abstract class AbstractTeamStanding {

  /** The roster team's id. */
  public abstract String team();

  public abstract LocalizedText name();

  /** The overall competition rank by {@link #score()}; empty when the team is not ranked. */
  public abstract Optional<Integer> rank();

  /** The (weighted) mean completion over the metrics that count, as a fraction. */
  public abstract Optional<BigDecimal> score();

  /** Every metric, in the order of {@link org.planmetrics.model.TeamMetric}. */
  public abstract List<TeamMetricStanding> metrics();

  /** Why the team is not ranked, when it is not. */
  public abstract Optional<LocalizedText> unranked();

  /** The team's sentence, in the style of a monthly 通报. */
  public abstract LocalizedText summary();

  @Value.Check
  protected void check() {
    if (rank().isPresent() == unranked().isPresent()) {
      throw new IllegalStateException("a team standing has a rank or a reason for having none, "
          + "not both or neither: rank " + rank() + ", unranked " + unranked());
    }
    if (rank().isPresent() != score().isPresent()) {
      throw new IllegalStateException("a ranked team has a score and an unranked one none: "
          + "rank " + rank() + ", score " + score());
    }
  }
}
