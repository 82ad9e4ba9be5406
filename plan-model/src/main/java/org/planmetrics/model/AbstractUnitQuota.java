package org.planmetrics.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Figures the plan assigns to each of several units, parks or townships, for example "各园区全年
 * 新签约工业项目投资额分别为800万元、600万元、300万元": one quota on {@code signed-investment} with a
 * figure for each park. Each unit's completion and rank are assessed the way the office assesses
 * its teams' tasks (see {@link TeamMetric}); the ledger says which unit a project counts for.
 */
@Value.Immutable
@JsonSerialize(as = UnitQuota.class)
@JsonDeserialize(as = UnitQuota.class)
public abstract class AbstractUnitQuota {

  /** A stable kebab-case id, for example {@code park-signed-investment}. */
  public abstract String id();

  /** The clause of the document that sets the figures, for example {@code 三.2}. */
  public abstract String clause();

  /** The words of the document that set them. */
  public abstract LocalizedText text();

  /**
   * What is counted: a metric the ledger gives per unit ({@code signed-investment}, {@code
   * signed-projects}, {@code major-projects}, {@code started-projects}). Activities are logged
   * per team, not per unit, so {@code activities} takes no quota.
   */
  public abstract TeamMetric metric();

  /** The year the figures are for; absent, each year of the window. */
  public abstract Optional<Integer> year();

  /** The figures, one per unit, in the document's order. */
  public abstract List<QuotaFigure> figures();
}
