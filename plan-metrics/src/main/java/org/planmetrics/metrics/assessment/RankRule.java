package org.planmetrics.metrics.assessment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.planmetrics.metrics.Rankings;
import org.planmetrics.metrics.observation.PeerFigures;
import org.planmetrics.metrics.observation.PeriodKey;
import org.planmetrics.metrics.observation.PublishedRanks;
import org.planmetrics.metrics.result.RankDetail;
import org.planmetrics.metrics.result.Reason;
import org.planmetrics.metrics.result.Status;
import org.planmetrics.model.PeerGroup;
import org.planmetrics.model.quantity.Quantity;
import org.planmetrics.model.quantity.Unit;

/**
 * The rule of first-tier targets ("总量和增幅在全九江市第一方阵"). For each window year the plan's
 * own unit is ranked on level and on growth, highest first with ties sharing the best rank, among
 * the peers with figures for the year's latest period; where no figures are given, the city's
 * published ranks are used. The year is MET when both ranks are within the first tier (rank ≤
 * the tier size, ceil(n ÷ 3) by default), MISSED otherwise; figures keyed by a year to date give
 * ON_TRACK or BEHIND.
 */
final class RankRule {

  private RankRule() {}

  static Finding judge(TargetContext context) {
    return YearByYear.judge(context.calendar, (year, inputs) -> judgeYear(context, year, inputs));
  }

  private static YearFinding judgeYear(TargetContext context, int year, Set<String> inputs) {
    Series<Map<String, PeerFigures>> peerTable = context.parsed.peers();
    Series<PublishedRanks> rankTable = context.parsed.ranks();
    Optional<PeriodKey> period = latest(peerTable.latestPeriod(year),
        rankTable.latestPeriod(year));
    if (period.isEmpty()) {
      // A year under way without ranks yet is not judged: it waits, like a future year.
      return context.calendar.hasEnded(year)
          ? new YearFinding.NotAssessable(year, new Reason.NoRanks(year), Optional.empty())
          : new YearFinding.Pending(year, Optional.of(new Reason.NoRanksYet(year)));
    }
    PeriodKey key = period.get();
    Optional<Integer> month = Optional.of(key.throughMonth());
    Optional<Map<String, PeerFigures>> peers = peerTable.get(key);
    RankDetail detail;
    if (peers.isPresent()) {
      String pointer = peerTable.pointer(key);
      inputs.add(pointer);
      Optional<RankDetail> ranked = ranked(context.plan.peerGroup(), peers.get());
      if (ranked.isEmpty()) {
        return new YearFinding.NotAssessable(year, new Reason.OwnUnitMissingFromPeers(
            key.toString(), pointer + "/" + context.plan.peerGroup().self()), month);
      }
      detail = ranked.get();
    } else {
      PublishedRanks ranks = rankTable.get(key).orElseThrow();
      inputs.add(rankTable.pointer(key));
      // Within 1..peerCount: ranks that are not cannot be built (RankRules).
      detail = RankDetail.builder()
          .totalRank(ranks.totalRank())
          .growthRank(ranks.growthRank())
          .peerCount(ranks.peerCount())
          .tierSize(tierSize(context.plan.peerGroup(), ranks.peerCount()))
          .source(RankDetail.Source.PUBLISHED)
          .build();
    }
    // Tier k holds ranks (k−1)·size+1 .. k·size; the plan asks for tier ≤ threshold on both.
    int tier = Math.max(tierOf(detail.totalRank(), detail.tierSize()),
        tierOf(detail.growthRank(), detail.tierSize()));
    Quantity actual = Quantity.of(BigDecimal.valueOf(tier), Unit.TIER);
    boolean passes = context.target.operator().test(actual, context.target.threshold());
    Status status = key.isFullYear() ? (passes ? Status.MET : Status.MISSED)
        : (passes ? Status.ON_TRACK : Status.BEHIND);
    return new YearFinding.Judged(year, status, actual, key.throughMonth(), Optional.of(detail));
  }

  /**
   * The own unit's ranks among the members of the peer group with figures, or none if the own
   * unit has none. Only members are ranked: a functional zone listed beside them in some tables
   * must not push the county down or change the tier size.
   */
  private static Optional<RankDetail> ranked(PeerGroup group, Map<String, PeerFigures> all) {
    Map<String, PeerFigures> figures = new LinkedHashMap<>();
    all.forEach((id, f) -> {
      if (f != null && group.unit(id).isPresent()) {
        figures.put(id, f);
      }
    });
    if (!figures.containsKey(group.self())) {
      return Optional.empty();
    }
    List<String> ids = new ArrayList<>(figures.keySet());
    List<BigDecimal> totals = new ArrayList<>();
    List<BigDecimal> growths = new ArrayList<>();
    for (String id : ids) {
      totals.add(figures.get(id).total());
      growths.add(figures.get(id).growth());
    }
    int index = ids.indexOf(group.self());
    return Optional.of(RankDetail.builder()
        .totalRank(Rankings.competitionRanks(totals).get(index))
        .growthRank(Rankings.competitionRanks(growths).get(index))
        .peerCount(ids.size())
        .tierSize(tierSize(group, ids.size()))
        .source(RankDetail.Source.PEERS)
        .build());
  }

  private static Optional<PeriodKey> latest(Optional<PeriodKey> a, Optional<PeriodKey> b) {
    if (a.isEmpty()) {
      return b;
    }
    return b.isPresent() && b.get().compareTo(a.get()) > 0 ? b : a;
  }

  private static int tierSize(PeerGroup group, int peers) {
    return Math.max(1, group.firstTierRule().tierSize(peers));
  }

  private static int tierOf(int rank, int tierSize) {
    return BigDecimal.valueOf(rank).divide(BigDecimal.valueOf(tierSize), 0, RoundingMode.CEILING)
        .intValueExact();
  }
}
