package org.planmetrics.metrics.result;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;
import org.planmetrics.model.LocalizedText;
import org.planmetrics.model.quantity.Commitment;
import org.planmetrics.model.quantity.Quantity;

/**
 * How a target stands against its stretch figure, for example "确保完成30亿美元,力争32亿美元" with
 * 31亿美元 in: the target is MET, its stretch 32 is MISSED. The same rule judges both; only the
 * target's own status counts for its goal and for the tool's exit code.
 */
@Value.Immutable
@JsonSerialize(as = StretchAssessment.class)
@JsonDeserialize(as = StretchAssessment.class)
abstract class AbstractStretchAssessment {

  public abstract Quantity threshold();

  public abstract Commitment commitment();

  public abstract Status status();

  /** For NOT_ASSESSABLE: why, as the target's own reason says. */
  public abstract Optional<LocalizedText> reason();

  /** The stretch judged as a target of its own would be, in Chinese and English. */
  public abstract LocalizedText explanation();
}
