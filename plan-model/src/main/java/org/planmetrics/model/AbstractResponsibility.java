package org.planmetrics.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A unit's part in one direction, measure or safeguard, for example {@code justice-bureau} as
 * {@code LEAD} of the scope "法务团队" in 四.(二).1.
 *
 * <p>An item's responsibilities list its 责任单位 first, in the document's order, then the units
 * its text gives a role, in text order.
 */
@Value.Immutable
@JsonSerialize(as = Responsibility.class)
@JsonDeserialize(as = Responsibility.class)
public abstract class AbstractResponsibility {

  /** The id of the responsible unit. */
  public abstract String unit();

  public abstract ResponsibilityRole role();

  /** The part of the item this role covers, where it is narrower than the whole item. */
  public abstract Optional<LocalizedText> scope();

  /** The document's wording here, where it differs from the unit's usual name (各招商成员单位). */
  public abstract Optional<String> asWritten();
}
