package org.planmetrics.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;
import org.planmetrics.model.quantity.Commitment;
import org.planmetrics.model.quantity.ComparisonOperator;
import org.planmetrics.model.quantity.Quantity;

/**
 * One checkable promise of the plan, for example {@code fdi-growth}: "力争全市实际利用外资年增长7%以上",
 * growth of {@code foreign-capital-utilized} {@code AT_LEAST} 0.07 each year, {@code STRIVE}.
 *
 * <p>The subject depends on the {@link #kind()}: an indicator for growth, cumulative amounts and
 * ranks; a project selection for counts; a numerator and denominator for shares; a cohort and
 * the stage it must reach for cohort rates.
 */
@Value.Immutable
@JsonSerialize(as = Target.class)
@JsonDeserialize(as = Target.class)
public abstract class AbstractTarget {

  /** A stable kebab-case id, for example {@code leading-industry-share}. */
  public abstract String id();

  /** The clause of the document, for example {@code 二.3}. */
  public abstract String clause();

  /** The words of the document that set the target, and their English rendering. */
  public abstract LocalizedText text();

  /**
   * A short name that heads the target's line in a table or a bulletin, for example
   * 实际利用外资年增长 / "Growth of foreign capital utilised". Optional: several targets often
   * share one sentence of the text, and the line then needs a name to tell them apart.
   */
  public abstract Optional<LocalizedText> name();

  public abstract TargetKind kind();

  /** The indicator, for kinds whose subject is an indicator. */
  public abstract Optional<String> indicator();

  /** The projects counted, for count kinds. */
  public abstract Optional<ProjectCriteria> projects();

  /** The numerator and denominator, for share targets. */
  public abstract Optional<ShareDefinition> share();

  /**
   * The cohort of a {@code COHORT_RATE} target: the projects that reached the selection's stage
   * in a year, for example {@code {"stage": "SIGNED"}} for "2022年签约项目".
   */
  public abstract Optional<ProjectCriteria> cohort();

  /** What a cohort's project must reach, and by when, for {@code COHORT_RATE} targets. */
  public abstract Optional<CohortReach> reached();

  public abstract ComparisonOperator operator();

  public abstract Quantity threshold();

  public abstract Commitment commitment();
}
