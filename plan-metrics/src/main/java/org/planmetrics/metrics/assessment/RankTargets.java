package org.planmetrics.metrics.assessment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.planmetrics.metrics.Rankings;
import org.planmetrics.metrics.observation.PeerFigures;
import org.planmetrics.metrics.observation.PeriodKey;
import org.planmetrics.metrics.observation.PublishedRanks;
import org.planmetrics.metrics.result.Assessment;
import org.planmetrics.metrics.result.RankDetail;
import org.planmetrics.metrics.result.Status;
import org.planmetrics.metrics.result.YearAssessment;
import org.planmetrics.model.FirstTierRule;
import org.planmetrics.model.LocalizedText;
import org.planmetrics.model.quantity.Quantity;
import org.planmetrics.model.quantity.Unit;

/**
 * Assesses first-tier targets ("总量和增幅在全九江市第一方阵"). For each window year the plan's own
 * unit is ranked on level and on growth, highest first with ties sharing the best rank, among
 * the peers with figures; where no figures are given, the city's published ranks are used. The
 * year is MET when both ranks are within the first tier (rank ≤ the tier size, ceil(n ÷ 3) by
 * default), MISSED otherwise; figures keyed by a year to date give ON_TRACK or BEHIND.
 */
final class RankTargets {

  private RankTargets() {}

  static Assessment assess(TargetContext context) {
    TargetContext.Annual annual = context.judgeYears(
        (year, inputs) -> assessYear(context, year, inputs), RankTargets::describe);
    LocalizedText body = annual.body();
    Status status = annual.status;
    return annual.assessment().explanation(LocalizedText.of(
        context.indicator().name().zh() + "总量和增幅位于" + context.plan.peerGroup().name().zh()
            + "第一方阵:" + body.zh() + "。总体" + status.chineseName() + "。",
        context.indicator().name().en() + " in the first tier of "
            + context.plan.peerGroup().name().en() + " on level and growth: " + body.en()
            + ". Overall " + status.englishName() + "."))
        .build();
  }

  /** "2022年总量第2位、增幅第5位(共13个,第一方阵为前5位),达标". */
  private static LocalizedText describe(YearAssessment row) {
    RankDetail r = row.ranks().orElseThrow();
    LocalizedText period = Wording.months(row.year(), row.throughMonth().orElse(12));
    Status status = row.status().orElseThrow();
    return LocalizedText.of(
        period.zh() + "总量第" + r.totalRank() + "位、增幅第" + r.growthRank() + "位(共"
            + r.peerCount() + "个,第一方阵为前" + r.tierSize() + "位)," + status.chineseName(),
        period.en() + ": level rank " + r.totalRank() + ", growth rank " + r.growthRank()
            + " of " + r.peerCount() + " (first tier: top " + r.tierSize() + "), "
            + status.englishName());
  }

  private static YearAssessment assessYear(TargetContext context, int year, Set<String> inputs) {
    Optional<PeriodKey> period = latestPeriod(context, year);
    YearAssessment.Builder row = YearAssessment.builder().year(year);
    if (period.isEmpty() && !context.hasEnded(year)) {
      // A year under way without ranks yet is not judged: it waits, like a future year.
      return row.pending(true).reason(LocalizedText.of(
          year + "年尚无同级单位数据或公布位次", "no peer figures or published ranks for " + year
              + " yet")).build();
    }
    if (period.isEmpty()) {
      return row.status(Status.NOT_ASSESSABLE).reason(LocalizedText.of(
          "缺少" + year + "年的同级单位数据(/peers/" + year + ")或公布位次(/ranks/" + year + ")",
          "no peer figures (/peers/" + year + ") or published ranks (/ranks/" + year + ") for "
              + year)).build();
    }
    PeriodKey key = period.get();
    row.throughMonth(key.throughMonth());
    Series<Map<String, PeerFigures>> peerTable = context.parsed.peers();
    Optional<Map<String, PeerFigures>> peers = peerTable.get(key);
    RankDetail detail;
    if (peers.isPresent()) {
      String self = context.plan.peerGroup().self();
      // Only members of the plan's peer group are ranked: a functional zone listed beside them
      // in some tables must not push the county down or change the tier size.
      Map<String, PeerFigures> figures = new java.util.LinkedHashMap<>();
      peers.get().forEach((id, f) -> {
        if (f != null && context.plan.peerGroup().unit(id).isPresent()) {
          figures.put(id, f);
        }
      });
      String pointer = peerTable.pointer(key);
      inputs.add(pointer);
      if (!figures.containsKey(self)) {
        return row.status(Status.NOT_ASSESSABLE).reason(LocalizedText.of(
            key + "期同级单位数据中缺少本单位(" + pointer + "/" + self + ")",
            "the peer figures for " + key + " lack the plan's own unit (" + pointer + "/" + self
                + ")")).build();
      }
      List<String> ids = new ArrayList<>(figures.keySet());
      List<BigDecimal> totals = new ArrayList<>();
      List<BigDecimal> growths = new ArrayList<>();
      for (String id : ids) {
        totals.add(figures.get(id).total());
        growths.add(figures.get(id).growth());
      }
      int index = ids.indexOf(self);
      int n = ids.size();
      detail = RankDetail.builder()
          .totalRank(Rankings.competitionRanks(totals).get(index))
          .growthRank(Rankings.competitionRanks(growths).get(index))
          .peerCount(n)
          .tierSize(tierSize(context, n))
          .source(RankDetail.Source.PEERS)
          .build();
    } else {
      Series<PublishedRanks> rankTable = context.parsed.ranks();
      PublishedRanks ranks = rankTable.get(key).orElseThrow();
      inputs.add(rankTable.pointer(key));
      if (ranks.peerCount() < 1 || ranks.totalRank() < 1 || ranks.growthRank() < 1
          || ranks.totalRank() > ranks.peerCount() || ranks.growthRank() > ranks.peerCount()) {
        return row.status(Status.NOT_ASSESSABLE).reason(LocalizedText.of(
            "公布位次不合理(/ranks/" + rankTable.key(key) + ")",
            "the published ranks are out of range (/ranks/" + rankTable.key(key) + ")")).build();
      }
      detail = RankDetail.builder()
          .totalRank(ranks.totalRank())
          .growthRank(ranks.growthRank())
          .peerCount(ranks.peerCount())
          .tierSize(tierSize(context, ranks.peerCount()))
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
    return row.status(status).actual(actual).ranks(detail).build();
  }

  private static int tierSize(TargetContext context, int peers) {
    FirstTierRule rule = context.plan.peerGroup().firstTierRule();
    return Math.max(1, rule.tierSize(peers));
  }

  private static int tierOf(int rank, int tierSize) {
    return BigDecimal.valueOf(rank).divide(BigDecimal.valueOf(tierSize), 0, RoundingMode.CEILING)
        .intValueExact();
  }

  /** The latest period of {@code year} with peer figures or published ranks, ended by asOf. */
  private static Optional<PeriodKey> latestPeriod(TargetContext context, int year) {
    Optional<PeriodKey> peers = context.parsed.peers().latestPeriod(year);
    Optional<PeriodKey> ranks = context.parsed.ranks().latestPeriod(year);
    if (peers.isEmpty()) {
      return ranks;
    }
    return ranks.isPresent() && ranks.get().compareTo(peers.get()) > 0 ? ranks : peers;
  }
}
