package org.planmetrics.metrics.result;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.immutables.value.Value;
import org.planmetrics.model.LocalizedText;

/** One team's tasks reviewed at a quarter's end; no tasks for the year gives an empty list. */
@Value.Immutable
@JsonSerialize(as = TeamQuarter.class)
@JsonDeserialize(as = TeamQuarter.class)
abstract class AbstractTeamQuarter {

  public abstract String team();

  public abstract LocalizedText name();

  /** Each task of the year, in the order of {@link org.planmetrics.model.TeamMetric}. */
  public abstract List<TaskReview> tasks();

  public abstract LocalizedText summary();
}
