package org.planmetrics.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;
import org.planmetrics.model.quantity.Unit;

/**
 * A statistical measure the plan sets targets on, for example {@code foreign-capital-utilized}
 * (实际利用外资) in 亿美元.
 */
@Value.Immutable
@JsonSerialize(as = Indicator.class)
@JsonDeserialize(as = Indicator.class)
public abstract class AbstractIndicator {

  /** A stable kebab-case id, for example {@code cash-fdi}. */
  public abstract String id();

  public abstract LocalizedText name();

  /** The unit every figure of this indicator is reported in. */
  public abstract Unit unit();

  /** What exactly is counted (口径), and any break in the series that makes years incomparable. */
  public abstract Optional<LocalizedText> caliberNote();
}
