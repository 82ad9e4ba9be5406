package org.planmetrics.model.time;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;
import org.planmetrics.model.LocalizedText;

/**
 * One reading of a plan's vague period, for example the reading "drafting" of "未来三年" as
 * 2022–2024, with the evidence for it.
 */
@Value.Immutable
@JsonSerialize(as = WindowReading.class)
@JsonDeserialize(as = WindowReading.class)
public abstract class AbstractWindowReading {

  /** A short stable id, for example {@code drafting}. */
  public abstract String id();

  public abstract PlanWindow window();

  /** Why this reading is plausible, in Chinese and English. */
  public abstract LocalizedText rationale();
}
