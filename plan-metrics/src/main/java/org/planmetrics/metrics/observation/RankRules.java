package org.planmetrics.metrics.observation;

import java.util.ArrayList;
import java.util.List;

/**
 * The rules published ranks hold to whichever way they are made, for example "'totalRank' must be
 * between 1 and 'peerCount' (13) but was 14": {@link PublishedRanks} refuses to be built against
 * them (its {@code @Value.Check}), and the readers of JSON, CSV and workbooks report every one
 * they find, each at its field, before they build. They need no plan.
 *
 * <ul>
 *   <li>{@code bad-rank}: {@code peerCount} is at least 1, and each rank is between 1 and {@code
 *       peerCount};
 *   <li>{@code too-large}: no count or rank is above {@link #MAX_PEER_COUNT}, even where {@code
 *       peerCount} is unusable, so that a typing error is named where it was made.
 * </ul>
 */
public final class RankRules {

  /**
   * The largest {@code peerCount} of published ranks, and so the largest rank: 10,000. A peer
   * group is small (Jiujiang ranks 13 county-level units, and all of China has fewer than 3,000),
   * so a larger count is a typing error; the bound also keeps the arithmetic on ranks far from
   * int overflow.
   */
  public static final int MAX_PEER_COUNT = 10_000;

  private RankRules() {}

  /** Every rule the ranks break, in field order; empty when they may be built. */
  public static List<BrokenRule> broken(int totalRank, int growthRank, int peerCount) {
    List<BrokenRule> out = new ArrayList<>(3);
    if (peerCount >= 1 && peerCount <= MAX_PEER_COUNT) {
      // Ranks within 1..peerCount are within the bound too.
      rank(out, "totalRank", totalRank, peerCount);
      rank(out, "growthRank", growthRank, peerCount);
      return out;
    }
    if (peerCount < 1) {
      out.add(BrokenRule.of("peerCount", "bad-rank", "must be at least 1", "须至少为1", peerCount));
    }
    // Without a usable 'peerCount', the ranks are still held to the bound.
    atMostMax(out, "peerCount", peerCount);
    atMostMax(out, "totalRank", totalRank);
    atMostMax(out, "growthRank", growthRank);
    return out;
  }

  /**
   * The ranks, with every rule they break; where they break one, built with stand-ins that keep
   * the rules: the count brought within 1..{@link #MAX_PEER_COUNT}, each rank within 1 and the
   * count.
   */
  public static Checked<PublishedRanks> checked(int totalRank, int growthRank, int peerCount) {
    List<BrokenRule> broken = broken(totalRank, growthRank, peerCount);
    if (broken.isEmpty()) {
      return new Checked<>(PublishedRanks.of(totalRank, growthRank, peerCount), broken);
    }
    int count = within(peerCount, MAX_PEER_COUNT);
    return new Checked<>(PublishedRanks.of(within(totalRank, count), within(growthRank, count),
        count), broken);
  }

  private static int within(int value, int max) {
    return Math.min(Math.max(value, 1), max);
  }

  private static void rank(List<BrokenRule> out, String field, int rank, int peerCount) {
    if (rank < 1 || rank > peerCount) {
      out.add(BrokenRule.of(field, "bad-rank", "must be between 1 and 'peerCount' (" + peerCount
          + ")", "须在1至参与排位单位数(" + peerCount + ")之间", rank));
    }
  }

  private static void atMostMax(List<BrokenRule> out, String field, int count) {
    if (count > MAX_PEER_COUNT) {
      out.add(BrokenRule.of(field, "too-large", "must be at most " + MAX_PEER_COUNT,
          "最大为" + MAX_PEER_COUNT, count));
    }
  }
}
