package org.planmetrics.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One thing a unit is responsible for, seen from the unit, for example {@code justice-bureau}
 * leads the "法务团队" of measure {@code investment-group-structure} (四.(二).1).
 */
@Value.Immutable
@JsonSerialize(as = UnitResponsibility.class)
@JsonDeserialize(as = UnitResponsibility.class)
public abstract class AbstractUnitResponsibility {

  public abstract String unit();

  public abstract PlanItemType itemType();

  public abstract String itemId();

  public abstract String clause();

  public abstract LocalizedText itemTitle();

  public abstract ResponsibilityRole role();

  public abstract Optional<LocalizedText> scope();
}
