package org.planmetrics.metrics.result;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.immutables.value.Value;
import org.planmetrics.model.LocalizedText;
import org.planmetrics.model.TeamMetric;

/** One quota of the plan in a month: its metric, its text and its units in rank order. */
@Value.Immutable
@JsonSerialize(as = QuotaStanding.class)
@JsonDeserialize(as = QuotaStanding.class)
abstract class AbstractQuotaStanding {

  public abstract String quotaId();

  public abstract TeamMetric metric();

  public abstract int year();

  /** The plan's words that set the figures. */
  public abstract LocalizedText text();

  /** The units by rank (ties in the plan's order). */
  public abstract List<UnitQuotaStanding> units();
}
