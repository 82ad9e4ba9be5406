package org.planmetrics.metrics;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.planmetrics.model.BandMode;
import org.planmetrics.model.InvalidArgumentException;
import org.planmetrics.model.ProjectTier;
import org.planmetrics.model.ProjectTierRules;
import org.planmetrics.model.quantity.Quantity;
import org.planmetrics.model.quantity.UnitMismatchException;

/**
 * Projects sorted into the tiers of "100·50·20" by total investment, for example a 99.99 亿元
 * project in "50·20" and a 100.0 亿元 project in "100".
 *
 * <p>The rules' {@link BandMode} decides whether a project can be in more than one tier: in
 * {@code EXCLUSIVE} mode the tiers are bands [min, max) and a 120 亿元 project is "100" only; in
 * {@code NESTED} mode it is also "50·20". Membership is {@link ProjectTier#contains}. Investments
 * and tier bounds must be in one currency, in any of its scales (the ledger's 亿元 against a bound
 * of 5000万元 compare exactly; the yuan in a valid plan), or {@link UnitMismatchException} is
 * thrown.
 */
public final class TierCounts {

  private TierCounts() {}

  /**
   * The ids of the tiers a project of {@code investment} falls in, in the rules' tier order.
   *
   * <p>In {@code EXCLUSIVE} mode this is at most one tier, given bands that do not overlap, which
   * plan validation ensures; in {@code NESTED} mode it may be several. A project below every
   * tier's minimum gives an empty list.
   *
   * <p>Example, with "100" = [100, ∞) and "50·20" = [20, 100): 99.99 亿元 gives ["50·20"]; 120
   * gives ["100"], or ["100", "50·20"] when nested; 19.99 gives [].
   *
   * @throws UnitMismatchException if the investment's currency differs from a tier bound's
   * @throws NullPointerException if an argument is null
   */
  public static List<String> tiersOf(Quantity investment, ProjectTierRules rules) {
    return tiersOf(investment, Optional.empty(), rules);
  }

  /**
   * The ids of the tiers a project of {@code investment} and, if it is foreign-funded, {@code
   * foreignCapital} falls in, in the rules' tier order: a tier with bounds in dollars ("1亿元
   * (外资1000万美元)以上") places a project with foreign capital above 0 by that figure, and
   * every other project by its investment (see {@link ProjectTier#contains(Quantity, Optional,
   * BandMode)}).
   *
   * <p>Example, with "large" = [1亿元, ∞) or, foreign-funded, [1000万美元, ∞): a 0.5 亿元
   * project with 1500 万美元 of foreign capital gives ["large"]; a 3 亿元 project with 800 万美元
   * gives []; a domestic 1.2 亿元 project gives ["large"].
   *
   * @throws UnitMismatchException if an amount's currency differs from its tier bound's
   * @throws NullPointerException if an argument is null
   */
  public static List<String> tiersOf(Quantity investment, Optional<Quantity> foreignCapital,
      ProjectTierRules rules) {
    requireNonNull(investment, "'investment' must not be null");
    requireNonNull(foreignCapital, "'foreignCapital' must not be null");
    requireNonNull(rules, "'rules' must not be null");
    return rules.tiers().stream()
        .filter(tier -> tier.contains(investment, foreignCapital, rules.bandMode()))
        .map(ProjectTier::id)
        .collect(Collectors.toUnmodifiableList());
  }

  /**
   * How many of {@code investments} fall in the tier {@code tierId} under the rules' band mode.
   * An empty list counts 0.
   *
   * <p>Example: of 120, 100, 99.99, 20, 19.99 and 50 亿元, "50·20" counts 3 in {@code EXCLUSIVE}
   * mode (99.99, 20, 50) and 5 in {@code NESTED} mode.
   *
   * @throws InvalidArgumentException if the rules have no tier {@code tierId}
   * @throws UnitMismatchException if an investment's currency differs from the tier bounds'
   * @throws NullPointerException if an argument or an investment is null
   */
  public static long count(List<Quantity> investments, String tierId, ProjectTierRules rules) {
    requireNonNull(investments, "'investments' must not be null");
    requireNonNull(tierId, "'tierId' must not be null");
    requireNonNull(rules, "'rules' must not be null");
    ProjectTier tier = rules.tier(tierId).orElseThrow(() -> new InvalidArgumentException(
        "tierId", "must name a tier of the rules " + tierIds(rules),
        "须为档位规则中的档位" + tierIds(rules) + "之一", tierId));
    return count(investments, tier, rules.bandMode());
  }

  /**
   * The count of {@code investments} in each tier, keyed by tier id in the rules' tier order. The
   * map is unmodifiable and has an entry, possibly 0, for every tier.
   *
   * <p>Example: of 120, 100, 99.99, 20, 19.99 and 50 亿元, {"100": 2, "50·20": 3} in {@code
   * EXCLUSIVE} mode.
   *
   * @throws UnitMismatchException if an investment's currency differs from a tier bound's
   * @throws NullPointerException if an argument or an investment is null
   */
  public static Map<String, Long> counts(List<Quantity> investments, ProjectTierRules rules) {
    requireNonNull(investments, "'investments' must not be null");
    requireNonNull(rules, "'rules' must not be null");
    Map<String, Long> counts = new LinkedHashMap<>();
    for (ProjectTier tier : rules.tiers()) {
      counts.put(tier.id(), count(investments, tier, rules.bandMode()));
    }
    return Collections.unmodifiableMap(counts);
  }

  private static long count(List<Quantity> investments, ProjectTier tier, BandMode mode) {
    return investments.stream()
        .filter(investment -> tier.contains(
            requireNonNull(investment, "'investments' must not contain null"), mode))
        .count();
  }

  private static List<String> tierIds(ProjectTierRules rules) {
    return rules.tiers().stream().map(ProjectTier::id).collect(Collectors.toList());
  }
}
