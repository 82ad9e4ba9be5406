package org.planmetrics.metrics.result;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;
import org.planmetrics.model.LocalizedText;

/**
 * A duty the plan sets without a number, as a scorecard shows it: no status, only what it is and
 * why it is not scored, for example {@code citywide-progress-meetings} (五.2): "全市招商引资项目推进会:
 * 方案只写“定期召开全市招商引资项目推进会”(五.2),未规定次数,列出但不评分。".
 */
@Value.Immutable
@JsonSerialize(as = UnscoredDuty.class)
@JsonDeserialize(as = UnscoredDuty.class)
abstract class AbstractUnscoredDuty {

  public abstract String dutyId();

  public abstract String clause();

  /** The id of the unit that owns the duty. */
  public abstract String owner();

  public abstract LocalizedText name();

  /** What the plan asks and why it is not scored, in Chinese and English. */
  public abstract LocalizedText explanation();
}
