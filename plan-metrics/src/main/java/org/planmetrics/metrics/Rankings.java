package org.planmetrics.metrics;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.planmetrics.model.FirstTierRule;
import org.planmetrics.model.InvalidArgumentException;

/**
 * Ranks of peers by a figure, highest first, and whether a rank is in the first tier (第一方阵),
 * for example rank 5 of Jiujiang's 13 county-level units under the top-third rule.
 */
public final class Rankings {

  private Rankings() {}

  /**
   * The standard competition ranks ("1224") of {@code values}, highest value first: each value's
   * rank is 1 + the number of values strictly above it, so equal values share a rank and the next
   * rank is skipped. Values compare numerically, so 3.0 and 3 tie. The result is parallel to the
   * input and unmodifiable; an empty list gives an empty list.
   *
   * <p>Example: [5, 3, 3, 1] ranks [1, 2, 2, 4].
   *
   * @throws NullPointerException if {@code values} or one of its elements is null
   */
  public static List<Integer> competitionRanks(List<BigDecimal> values) {
    requireNonNull(values, "'values' must not be null");
    values.forEach(value -> requireNonNull(value, "'values' must not contain null"));
    List<BigDecimal> descending = new ArrayList<>(values);
    descending.sort(Comparator.reverseOrder());
    // In descending order a value's first position is 1 + the number of values above it. A
    // TreeMap keys by compareTo, so 3.0 and 3 share one entry where a HashMap would part them.
    NavigableMap<BigDecimal, Integer> firstRank = new TreeMap<>();
    for (int i = 0; i < descending.size(); i++) {
      firstRank.putIfAbsent(descending.get(i), i + 1);
    }
    return values.stream().map(firstRank::get).collect(Collectors.toUnmodifiableList());
  }

  /**
   * Whether {@code rank} among {@code peerCount} ranked peers is in the first tier: rank ≤
   * rule.tierSize(peerCount).
   *
   * <p>{@code rank} must be at least 1 and {@code peerCount} at least {@code rank}.
   *
   * <p>Example: with 13 peers and the top third (ceil(13 ÷ 3) = 5 places), rank 5 is first tier
   * and rank 6 is not.
   *
   * @throws InvalidArgumentException if {@code rank} is below 1 or {@code peerCount} below rank
   * @throws NullPointerException if {@code rule} is null
   */
  public static boolean isFirstTier(int rank, int peerCount, FirstTierRule rule) {
    requireNonNull(rule, "'rule' must not be null");
    if (rank < 1) {
      throw new InvalidArgumentException("rank", "must be at least 1", "须至少为1", rank);
    }
    if (peerCount < rank) {
      throw new InvalidArgumentException("peerCount", "must be at least 'rank' (" + rank + ")",
          "须不小于'rank'(" + rank + ")", peerCount);
    }
    return rank <= rule.tierSize(peerCount);
  }
}
