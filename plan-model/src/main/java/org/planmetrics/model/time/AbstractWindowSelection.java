package org.planmetrics.model.time;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The readings of a plan's period and the one in force, for example readings "drafting"
 * (2022–2024) and "publication" (2023–2025) with "drafting" selected. Switching the reading is
 * one field in a plan file ({@code "selected"}) and one call in Java
 * ({@code plan.withSelectedWindowReading("publication")}).
 */
@Value.Immutable
@JsonSerialize(as = WindowSelection.class)
@JsonDeserialize(as = WindowSelection.class)
public abstract class AbstractWindowSelection {

  /** The id of the reading in force. */
  public abstract String selected();

  /** Every reading the plan's editors considered, in the order they rank them. */
  public abstract List<WindowReading> readings();

  /** The reading with this id, if there is one. */
  public Optional<WindowReading> reading(String id) {
    return readings().stream().filter(r -> r.id().equals(id)).findFirst();
  }

  /** A selection with a single reading, for plans whose period is unambiguous. */
  public static WindowSelection single(WindowReading reading) {
    return WindowSelection.builder().selected(reading.id()).addReadings(reading).build();
  }
}
