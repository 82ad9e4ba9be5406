package org.planmetrics.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Which projects of the ledger a count or share counts, for example {@code {"tiers": ["100"]}}
 * for "“100”项目" or {@code {"industrial": true}} for all industrial projects.
 *
 * <p>A selection may name the stage it counts at ({@code {"stage": "STARTED", "industrial":
 * true}}); without one it counts at the plan's counting stage.
 *
 * <p>Every given condition must hold; an absent condition does not filter. An empty list of tiers
 * means any investment size.
 */
@Value.Immutable
@JsonSerialize(as = ProjectCriteria.class)
@JsonDeserialize(as = ProjectCriteria.class)
public abstract class AbstractProjectCriteria {

  /** Ids of the plan's project tiers, any of which the project must fall in. */
  public abstract List<String> tiers();

  /** Whether the project must (true) or must not (false) be industrial (工业项目). */
  public abstract Optional<Boolean> industrial();

  /** Whether the project must be in a leading industry (主导产业). */
  public abstract Optional<Boolean> leadingIndustry();

  /** Whether the project must be in a strategic emerging industry (战略性新兴产业). */
  public abstract Optional<Boolean> strategicEmerging();

  /** Whether the investor must be one of the plan's top investor types (500强, 上市公司, …). */
  public abstract Optional<Boolean> topInvestor();

  /**
   * The stage at which the selection counts a project, for example {@code STARTED} for
   * "新开工亿元以上项目": a project counts in the year it reached this stage, and not at all
   * while the ledger has no date for it. Absent: the plan's {@code projectTiers/countingStage}.
   */
  public abstract Optional<CountingStage> stage();

  /** The stage this selection counts at in {@code plan}: its own, or the plan's. */
  public CountingStage stageIn(Plan plan) {
    return stage().orElse(plan.projectTiers().countingStage());
  }
}
