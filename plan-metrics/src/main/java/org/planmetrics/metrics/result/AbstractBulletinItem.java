package org.planmetrics.metrics.result;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;
import org.planmetrics.model.LocalizedText;

/** One line of a bulletin about a target or a duty: its id, its status and its sentence. */
@Value.Immutable
@JsonSerialize(as = BulletinItem.class)
@JsonDeserialize(as = BulletinItem.class)
abstract class AbstractBulletinItem {

  /** The target's or the cadence's id. */
  public abstract String id();

  public abstract Status status();

  public abstract LocalizedText text();
}
