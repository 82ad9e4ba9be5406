package org.planmetrics.metrics.result;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;
import org.planmetrics.model.quantity.Quantity;

/**
 * A 左右 threshold as the plan writes it, beside the floor it is judged by: "大项目占比30%左右"
 * with a tolerance of 0.02 is assessed as {@code AT_LEAST} 0.28, and the assessment's operator
 * and threshold say so; this keeps the 30% and the 0.02 for the reader.
 */
@Value.Immutable
@JsonSerialize(as = ApproximateThreshold.class)
@JsonDeserialize(as = ApproximateThreshold.class)
abstract class AbstractApproximateThreshold {

  /** The figure the text gives: 0.3 {@code RATIO} for "30%左右". */
  public abstract Quantity written();

  /** How far below it still counts as met, from the plan file. */
  public abstract Quantity tolerance();
}
