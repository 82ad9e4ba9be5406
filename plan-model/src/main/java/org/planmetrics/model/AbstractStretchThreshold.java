package org.planmetrics.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;
import org.planmetrics.model.quantity.Commitment;
import org.planmetrics.model.quantity.Quantity;

/**
 * A second, stricter threshold on the same target with a weaker commitment, for example "确保完成
 * 30亿美元,力争32亿美元": the target's own threshold is 30 ({@code ENSURE}, binding) and the
 * stretch is 32 ({@code STRIVE}).
 *
 * <p>The target's own threshold decides its status, its goal's status and the tool's exit code;
 * the stretch is judged by the same rule and shown beside it, so that meeting 30 but not 32 reads
 * as met, with the stretch still open.
 */
@Value.Immutable
@JsonSerialize(as = StretchThreshold.class)
@JsonDeserialize(as = StretchThreshold.class)
public abstract class AbstractStretchThreshold {

  /** The stricter figure, in a unit the target's threshold could have: 32 {@code USD_100M}. */
  public abstract Quantity threshold();

  /** Usually {@code STRIVE} (力争); never {@code ENSURE}, which belongs to the binding figure. */
  public abstract Commitment commitment();
}
