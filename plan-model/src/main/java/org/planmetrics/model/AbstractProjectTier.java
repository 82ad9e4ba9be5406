package org.planmetrics.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;
import org.planmetrics.model.quantity.Quantity;

/**
 * A size class of projects by total investment, for example "50·20": at least 20 亿元 and under
 * 100 亿元.
 *
 * <p>The minimum is inclusive and the maximum exclusive, so a 100.0 亿元 project is "100" and not
 * "50·20". In {@link BandMode#NESTED} mode the maximum is ignored.
 */
@Value.Immutable
@JsonSerialize(as = ProjectTier.class)
@JsonDeserialize(as = ProjectTier.class)
public abstract class AbstractProjectTier {

  /** The tier's id, as the plan writes it: {@code "100"}, {@code "50·20"}. */
  public abstract String id();

  public abstract LocalizedText name();

  /** The smallest total investment in the tier, inclusive. */
  public abstract Quantity minInvestment();

  /** The total investment the tier stays below, exclusive; absent for the top tier. */
  public abstract Optional<Quantity> maxInvestment();

  /** Whether a project of {@code investment} falls in this tier under {@code mode}. */
  public boolean contains(Quantity investment, BandMode mode) {
    if (investment.compareTo(minInvestment()) < 0) {
      return false;
    }
    return mode == BandMode.NESTED
        || maxInvestment().map(max -> investment.compareTo(max) < 0).orElse(true);
  }
}
