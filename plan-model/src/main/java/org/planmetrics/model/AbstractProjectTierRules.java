package org.planmetrics.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * How the plan sizes and counts projects: the tiers of "100·50·20", their band mode, the stage at
 * which a project counts, and the investor types that count as top investors for 二.2.
 */
@Value.Immutable
@JsonSerialize(as = ProjectTierRules.class)
@JsonDeserialize(as = ProjectTierRules.class)
public abstract class AbstractProjectTierRules {

  /** The tiers, largest first. */
  public abstract List<ProjectTier> tiers();

  @Value.Default
  public BandMode bandMode() {
    return BandMode.EXCLUSIVE;
  }

  @Value.Default
  public CountingStage countingStage() {
    return CountingStage.SIGNED;
  }

  /** The investor types whose projects count as invested by top investors. */
  public abstract Set<InvestorType> topInvestorTypes();

  /** The tier with this id, if there is one. */
  public Optional<ProjectTier> tier(String id) {
    return tiers().stream().filter(t -> t.id().equals(id)).findFirst();
  }
}
