package org.planmetrics.metrics.result;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.planmetrics.model.LocalizedText;

/**
 * One line of a bulletin about a target or a duty: its id, its short name where the plan gives
 * one, its status, its sentence and the readings the sentence relies on. The bulletin lists the
 * readings once at its end, so the sentence does not repeat them.
 */
@Value.Immutable
@JsonSerialize(as = BulletinItem.class)
@JsonDeserialize(as = BulletinItem.class)
abstract class AbstractBulletinItem {

  /** The target's or the cadence's id. */
  public abstract String id();

  /** The target's short name, for example 实际利用外资年增长; empty for a duty or an unnamed target. */
  public abstract Optional<LocalizedText> name();

  public abstract Status status();

  /** The assessment's explanation without the readings that end it. */
  public abstract LocalizedText text();

  /** The ids of the readings {@link #text()} relies on, as the bulletin lists them. */
  public abstract List<String> readings();
}
