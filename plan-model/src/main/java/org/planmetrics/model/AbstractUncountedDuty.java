package org.planmetrics.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * A recurring duty the plan sets without a number, for example {@code citywide-progress-meetings}
 * of 五.2: "定期召开全市招商引资项目推进会", held "regularly" (定期) but never said how often. It is
 * listed beside the cadences and shown with the scorecard, but not scored: counting it would need
 * a frequency the text does not give.
 */
@Value.Immutable
@JsonSerialize(as = UncountedDuty.class)
@JsonDeserialize(as = UncountedDuty.class)
public abstract class AbstractUncountedDuty {

  public abstract String id();

  public abstract String clause();

  public abstract LocalizedText name();

  /** The words of the document that set the duty. */
  public abstract LocalizedText text();

  /** The id of the unit that holds the meetings or issues the bulletins. */
  public abstract String owner();

  /** Whether the text names the owner; where it does not, the owner is the editors' reading. */
  public abstract boolean ownerStatedInText();
}
