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
 *
 * <p>A tier may also give bounds in dollars for foreign-funded projects, "1亿元(外资1000万美元)以上":
 * a project with foreign capital (外资, above 0) is then placed by that figure against {@link
 * #minForeignCapital()} and {@link #maxForeignCapital()}, and every other project by its total
 * investment in yuan. Dollars and yuan are never compared with each other.
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

  /**
   * The smallest foreign capital (外资) in the tier, inclusive, in a scale of the dollar, for
   * "外资1000万美元以上"; absent when the tier is in yuan only.
   */
  public abstract Optional<Quantity> minForeignCapital();

  /** The foreign capital the tier stays below, exclusive; absent for the top tier. */
  public abstract Optional<Quantity> maxForeignCapital();

  /** Whether a project of {@code investment} falls in this tier under {@code mode}. */
  public boolean contains(Quantity investment, BandMode mode) {
    return within(investment, minInvestment(), maxInvestment(), mode);
  }

  /**
   * Whether a project of {@code investment} and, if foreign-funded, {@code foreignCapital} falls
   * in this tier under {@code mode}: by its foreign capital where the tier has a bound in dollars
   * and the project has foreign capital above 0, else by its investment.
   */
  public boolean contains(Quantity investment, Optional<Quantity> foreignCapital, BandMode mode) {
    Optional<Quantity> foreign = foreignCapital.filter(q -> q.value().signum() > 0);
    if (foreign.isPresent() && minForeignCapital().isPresent()) {
      return within(foreign.get(), minForeignCapital().get(), maxForeignCapital(), mode);
    }
    return contains(investment, mode);
  }

  private static boolean within(Quantity amount, Quantity min, Optional<Quantity> max,
      BandMode mode) {
    if (amount.compareTo(min) < 0) {
      return false;
    }
    return mode == BandMode.NESTED || max.map(m -> amount.compareTo(m) < 0).orElse(true);
  }
}
