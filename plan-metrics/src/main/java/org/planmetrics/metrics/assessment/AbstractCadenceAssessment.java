package org.planmetrics.metrics.assessment;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.immutables.value.Value;
import org.planmetrics.metrics.CadencePeriodResult;
import org.planmetrics.model.CadencePeriod;
import org.planmetrics.model.LocalizedText;

/**
 * How one reporting cadence was kept, for example {@code team-meetings-monthly}: 18 months
 * checked, 2 short (2022-03 with 1 meeting, 2022-08 with 0), MISSED.
 */
@Value.Immutable
@JsonSerialize(as = CadenceAssessment.class)
@JsonDeserialize(as = CadenceAssessment.class)
public abstract class AbstractCadenceAssessment {

  public abstract String cadenceId();

  public abstract String kind();

  public abstract CadencePeriod period();

  public abstract int minimumCount();

  public abstract Status status();

  /** The number of finished periods inside the window checked. */
  public abstract int periodsChecked();

  /** The finished periods that fell short, in order. */
  public abstract List<CadencePeriodResult> shortfalls();

  public abstract LocalizedText explanation();
}
