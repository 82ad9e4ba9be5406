package org.planmetrics.metrics.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.planmetrics.metrics.assessment.Fixtures.SELF;
import static org.planmetrics.metrics.assessment.Fixtures.assess;
import static org.planmetrics.metrics.assessment.Fixtures.dec;
import static org.planmetrics.metrics.assessment.Fixtures.on;
import static org.planmetrics.metrics.assessment.Fixtures.peerIds;
import static org.planmetrics.metrics.assessment.Fixtures.year;
import static org.planmetrics.metrics.assessment.Fixtures.yearStatus;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.planmetrics.metrics.observation.PeerFigures;
import org.planmetrics.metrics.observation.PublishedRanks;
import org.planmetrics.metrics.result.Assessment;
import org.planmetrics.metrics.result.RankDetail;
import org.planmetrics.metrics.result.Status;
import org.planmetrics.metrics.result.YearAssessment;
import org.planmetrics.model.quantity.Quantity;
import org.planmetrics.model.quantity.Unit;

/**
 * open-economy-first-tier: 总量和增幅在全九江市第一方阵 (AT_MOST tier 1, 确保). With the plan's 13
 * county-level units the first tier is the top ceil(13 ÷ 3) = 5, on both level and growth.
 */
class RankTargetTest {

  private static final String TARGET = "open-economy-first-tier";

  private static List<String> others() {
    return peerIds().stream().filter(id -> !id.equals(SELF)).collect(Collectors.toList());
  }

  /**
   * Figures for {@code peers} units (self included) in which exactly {@code totalRank − 1} others
   * have a higher level and {@code growthRank − 1} others a higher growth than self.
   */
  private static Map<String, PeerFigures> ranked(int totalRank, int growthRank, int peers) {
    Map<String, PeerFigures> figures = new LinkedHashMap<>();
    List<String> others = others().subList(0, peers - 1);
    for (int i = 0; i < others.size(); i++) {
      BigDecimal total = i < totalRank - 1 ? BigDecimal.valueOf(100 - i)
          : BigDecimal.valueOf(40 - i);
      BigDecimal growth = i < growthRank - 1 ? new BigDecimal("0.90").subtract(
          BigDecimal.valueOf(i, 2)) : new BigDecimal("0.30").subtract(BigDecimal.valueOf(i, 2));
      figures.put(others.get(i), PeerFigures.of(total, growth));
    }
    figures.put(SELF, PeerFigures.of(dec("50"), dec("0.5")));
    return figures;
  }

  private static Map<String, PeerFigures> ranked(int totalRank, int growthRank) {
    return ranked(totalRank, growthRank, 13);
  }

  @Test
  void secondOnLevelAndFifthOnGrowthAmongThirteenIsFirstTier() {
    Assessment a = assess(TARGET, on("2022-12-31").putPeers("2022", ranked(2, 5)).build());

    YearAssessment y2022 = year(a, 2022);
    assertThat(y2022.status()).hasValue(Status.MET);
    assertThat(y2022.throughMonth()).hasValue(12);
    assertThat(y2022.actual()).hasValue(Quantity.of(BigDecimal.ONE, Unit.TIER));
    RankDetail ranks = y2022.ranks().orElseThrow();
    assertThat(ranks.totalRank()).isEqualTo(2);
    assertThat(ranks.growthRank()).isEqualTo(5);
    assertThat(ranks.peerCount()).isEqualTo(13);
    assertThat(ranks.tierSize()).isEqualTo(5);
    assertThat(ranks.source()).isEqualTo(RankDetail.Source.PEERS);
    assertThat(a.status()).isEqualTo(Status.ON_TRACK);
    assertThat(a.inputs()).containsExactly("/peers/2022");
    assertThat(a.actual()).hasValue(Quantity.of(BigDecimal.ONE, Unit.TIER));
    assertThat(a.explanation().zh()).isEqualTo("开放型经济指标总量和增幅位于九江市县(市、区)第一方阵:"
        + "2022年总量第2位、增幅第5位(共13个,第一方阵为前5位),达标。总体进度正常。"
        + "依据的解读:规划期按2022—2024年计;“开放型经济指标”(复数)按一项综合指标的总量和增幅排位;"
        + "第一方阵为参与排位单位的前三分之一(向上取整,13个县(市、区)时为前5位),总量和增幅都须进入。");
    assertThat(a.explanation().en()).isEqualTo("Open-economy indicators in the first tier of "
        + "County-level units of Jiujiang on level and growth: 2022: level rank 2, growth rank 5 "
        + "of 13 (first tier: top 5), met. Overall on track. Readings relied on: the window is "
        + "read as 2022–2024; the plural “open-economy indicators” are ranked as one index, on its "
        + "total and on its growth; the first tier is the top third of the units ranked (rounded "
        + "up: the top 5 of Jiujiang's 13 county-level units), on both total and growth.");
    assertThat(a.readings()).containsExactly("window", "open-economy-index", "first-tier-rule");
  }

  @ParameterizedTest(name = "level rank {0}, growth rank {1}: {2}, tier {3}")
  @CsvSource({
      "1, 1, MET, 1",
      "5, 5, MET, 1",
      "6, 1, MISSED, 2",
      "1, 6, MISSED, 2",
      "10, 2, MISSED, 2",
      "11, 2, MISSED, 3",
      "2, 13, MISSED, 3",
  })
  void bothRanksMustBeWithinTheTopFive(int totalRank, int growthRank, Status expected,
      int tier) {
    Assessment a = assess(TARGET,
        on("2022-12-31").putPeers("2022", ranked(totalRank, growthRank)).build());

    assertThat(yearStatus(a, 2022)).isEqualTo(expected);
    assertThat(year(a, 2022).ranks().orElseThrow().totalRank()).isEqualTo(totalRank);
    assertThat(year(a, 2022).ranks().orElseThrow().growthRank()).isEqualTo(growthRank);
    assertThat(year(a, 2022).actual()).hasValue(Quantity.of(BigDecimal.valueOf(tier), Unit.TIER));
  }

  @Test
  void aMissedYearMakesTheTargetMissedEvenWithYearsPending() {
    Assessment a = assess(TARGET, on("2022-12-31").putPeers("2022", ranked(6, 1)).build());

    assertThat(a.status()).isEqualTo(Status.MISSED);
  }

  @Test
  void tiesShareTheBestRank() {
    // Four units above, then self tied with two others: all three are 5th, inside the tier.
    Map<String, PeerFigures> figures = new LinkedHashMap<>(ranked(1, 1));
    List<String> others = others();
    for (int i = 0; i < 4; i++) {
      figures.put(others.get(i), PeerFigures.of(BigDecimal.valueOf(90 - i), dec("0.9")));
    }
    figures.put(others.get(4), PeerFigures.of(dec("50.00"), dec("0.1")));
    figures.put(others.get(5), PeerFigures.of(dec("50"), dec("0.1")));

    Assessment a = assess(TARGET, on("2022-12-31").putPeers("2022", figures).build());

    assertThat(year(a, 2022).ranks().orElseThrow().totalRank()).isEqualTo(5);
    assertThat(yearStatus(a, 2022)).isEqualTo(Status.MET);
  }

  @Test
  void tiesAboveSelfSkipTheRanksTheyShare() {
    // Five units above self, two of them tied: self is 6th ("1224" ranking), not 5th.
    Map<String, PeerFigures> figures = new LinkedHashMap<>(ranked(1, 1));
    List<String> others = others();
    figures.put(others.get(0), PeerFigures.of(dec("90"), dec("0.1")));
    figures.put(others.get(1), PeerFigures.of(dec("90"), dec("0.1")));
    figures.put(others.get(2), PeerFigures.of(dec("80"), dec("0.1")));
    figures.put(others.get(3), PeerFigures.of(dec("70"), dec("0.1")));
    figures.put(others.get(4), PeerFigures.of(dec("60"), dec("0.1")));

    Assessment a = assess(TARGET, on("2022-12-31").putPeers("2022", figures).build());

    assertThat(year(a, 2022).ranks().orElseThrow().totalRank()).isEqualTo(6);
    assertThat(yearStatus(a, 2022)).isEqualTo(Status.MISSED);
  }

  @ParameterizedTest(name = "{0} peers ranked: self {1} is {2}")
  @CsvSource({"7, 3, MET", "7, 4, MISSED", "4, 2, MET", "4, 3, MISSED", "2, 1, MET",
      "2, 2, MISSED"})
  void theTierSizeIsAThirdOfThePeersWithFiguresRoundedUp(int peers, int rank, Status expected) {
    Assessment a = assess(TARGET,
        on("2022-12-31").putPeers("2022", ranked(rank, 1, peers)).build());

    assertThat(year(a, 2022).ranks().orElseThrow().peerCount()).isEqualTo(peers);
    assertThat(year(a, 2022).ranks().orElseThrow().tierSize()).isEqualTo((peers + 2) / 3);
    assertThat(yearStatus(a, 2022)).isEqualTo(expected);
  }

  @Test
  void publishedRanksAreUsedWhenThereAreNoPeerFiguresForTheYear() {
    Assessment a = assess(TARGET,
        on("2022-12-31").putRanks("2022", PublishedRanks.of(2, 5, 13)).build());

    assertThat(yearStatus(a, 2022)).isEqualTo(Status.MET);
    RankDetail ranks = year(a, 2022).ranks().orElseThrow();
    assertThat(ranks.source()).isEqualTo(RankDetail.Source.PUBLISHED);
    assertThat(ranks.totalRank()).isEqualTo(2);
    assertThat(ranks.growthRank()).isEqualTo(5);
    assertThat(ranks.peerCount()).isEqualTo(13);
    assertThat(ranks.tierSize()).isEqualTo(5);
    assertThat(a.inputs()).containsExactly("/ranks/2022");
  }

  @ParameterizedTest(name = "published {0}/{1} of {2}: {3}")
  @CsvSource({"6, 1, 13, MISSED", "1, 6, 13, MISSED", "13, 13, 13, MISSED", "1, 1, 1, MET",
      "6, 6, 16, MET", "7, 1, 16, MISSED"})
  void publishedRanksAreJudgedByTheTierSizeOfTheirPeerCount(int total, int growth, int count,
      Status expected) {
    Assessment a = assess(TARGET,
        on("2022-12-31").putRanks("2022", PublishedRanks.of(total, growth, count)).build());

    assertThat(yearStatus(a, 2022)).isEqualTo(expected);
  }

  @Test
  void peerFiguresWinOverPublishedRanksForTheSamePeriod() {
    Assessment a = assess(TARGET, on("2022-12-31").putPeers("2022", ranked(6, 1))
        .putRanks("2022", PublishedRanks.of(1, 1, 13)).build());

    assertThat(year(a, 2022).ranks().orElseThrow().source()).isEqualTo(RankDetail.Source.PEERS);
    assertThat(yearStatus(a, 2022)).isEqualTo(Status.MISSED);
    assertThat(a.inputs()).containsExactly("/peers/2022");
  }

  @Test
  void peerFiguresForAYearToDateAreOnTrackOrBehind() {
    Assessment onTrack = assess(TARGET, on("2023-06-30").putPeers("2022", ranked(1, 1))
        .putPeers("2023-06", ranked(3, 4)).build());
    Assessment behind = assess(TARGET, on("2023-06-30").putPeers("2022", ranked(1, 1))
        .putPeers("2023-06", ranked(3, 7)).build());

    assertThat(yearStatus(onTrack, 2023)).isEqualTo(Status.ON_TRACK);
    assertThat(year(onTrack, 2023).throughMonth()).hasValue(6);
    assertThat(onTrack.status()).isEqualTo(Status.ON_TRACK);
    assertThat(onTrack.inputs()).containsExactly("/peers/2022", "/peers/2023-06");
    assertThat(onTrack.explanation().zh()).contains("2023年1—6月总量第3位、增幅第4位");
    assertThat(yearStatus(behind, 2023)).isEqualTo(Status.BEHIND);
    assertThat(behind.status()).isEqualTo(Status.BEHIND);
  }

  @Test
  void publishedRanksForAYearToDateAreOnTrackOrBehind() {
    Assessment onTrack = assess(TARGET, on("2023-06-30").putRanks("2022", PublishedRanks.of(1, 1, 13))
        .putRanks("2023-06", PublishedRanks.of(2, 2, 13)).build());
    Assessment behind = assess(TARGET, on("2023-06-30").putRanks("2022", PublishedRanks.of(1, 1, 13))
        .putRanks("2023-06", PublishedRanks.of(2, 8, 13)).build());

    assertThat(yearStatus(onTrack, 2023)).isEqualTo(Status.ON_TRACK);
    assertThat(yearStatus(behind, 2023)).isEqualTo(Status.BEHIND);
    assertThat(year(behind, 2023).actual()).hasValue(Quantity.of(BigDecimal.valueOf(2), Unit.TIER));
    assertThat(behind.inputs()).containsExactly("/ranks/2022", "/ranks/2023-06");
  }

  @Test
  void theLatestPeriodOfTheYearIsUsed() {
    Assessment a = assess(TARGET, on("2023-01-31").putPeers("2022-06", ranked(1, 1))
        .putPeers("2022", ranked(6, 1)).build());

    assertThat(year(a, 2022).throughMonth()).hasValue(12);
    assertThat(yearStatus(a, 2022)).isEqualTo(Status.MISSED);
  }

  @Test
  void theLatestPeriodMayComeFromPublishedRanksOrFromPeers() {
    Assessment ranksLater = assess(TARGET, on("2023-06-30").putPeers("2022", ranked(1, 1))
        .putPeers("2023-03", ranked(1, 1)).putRanks("2023-06", PublishedRanks.of(9, 9, 13))
        .build());
    Assessment peersLater = assess(TARGET, on("2023-06-30").putPeers("2022", ranked(1, 1))
        .putRanks("2023-03", PublishedRanks.of(9, 9, 13)).putPeers("2023-06", ranked(1, 1))
        .build());

    assertThat(yearStatus(ranksLater, 2023)).isEqualTo(Status.BEHIND);
    assertThat(yearStatus(peersLater, 2023)).isEqualTo(Status.ON_TRACK);
  }

  @Test
  void rankDataForPeriodsEndingAfterAsOfIsIgnored() {
    Assessment a = assess(TARGET, on("2023-06-30").putPeers("2022", ranked(1, 1))
        .putRanks("2023-06", PublishedRanks.of(1, 1, 13))
        .putRanks("2023-07", PublishedRanks.of(9, 9, 13))
        .putRanks("2023", PublishedRanks.of(9, 9, 13)).build());

    assertThat(year(a, 2023).throughMonth()).hasValue(6);
    assertThat(yearStatus(a, 2023)).isEqualTo(Status.ON_TRACK);
  }

  @Test
  void aYearToDatePeriodOfAnEndedYearIsStillOnlyOnTrack() {
    Assessment a = assess(TARGET, on("2022-12-31").putPeers("2022-06", ranked(1, 1)).build());

    assertThat(yearStatus(a, 2022)).isEqualTo(Status.ON_TRACK);
  }

  @Test
  void everyYearInTheFirstTierAfterTheWindowIsMet() {
    Assessment a = assess(TARGET, on("2025-01-31")
        .putRanks("2022", PublishedRanks.of(1, 2, 13))
        .putRanks("2023", PublishedRanks.of(3, 4, 13))
        .putPeers("2024", ranked(5, 5)).build());

    assertThat(a.status()).isEqualTo(Status.MET);
    assertThat(a.years()).extracting(YearAssessment::year).containsExactly(2022, 2023, 2024);
    assertThat(a.years()).noneMatch(YearAssessment::pending);
  }

  @Test
  void aMissedLastYearMakesTheTargetMissed() {
    Assessment a = assess(TARGET, on("2025-01-31")
        .putRanks("2022", PublishedRanks.of(1, 2, 13))
        .putRanks("2023", PublishedRanks.of(3, 4, 13))
        .putRanks("2024", PublishedRanks.of(3, 6, 13)).build());

    assertThat(yearStatus(a, 2024)).isEqualTo(Status.MISSED);
    assertThat(a.status()).isEqualTo(Status.MISSED);
  }

  @Test
  void anEndedYearWithoutRankDataIsNotAssessableNamingBothInputs() {
    Assessment a = assess(TARGET, on("2023-01-31").build());

    YearAssessment y2022 = year(a, 2022);
    assertThat(y2022.status()).hasValue(Status.NOT_ASSESSABLE);
    assertThat(y2022.reason().orElseThrow().zh()).contains("/peers/2022").contains("/ranks/2022");
    assertThat(y2022.reason().orElseThrow().en()).contains("/peers/2022").contains("/ranks/2022");
    assertThat(a.status()).isEqualTo(Status.NOT_ASSESSABLE);
    assertThat(a.reason()).isEqualTo(y2022.reason());
    assertThat(a.explanation().zh()).contains("2022年无法评估:");
    assertThat(a.explanation().en()).contains("2022 not assessable: ");
    assertThat(a.actual()).isEmpty();
  }

  @Test
  void aMissedYearBeatsAYearWithoutData() {
    Assessment a = assess(TARGET, on("2024-01-31").putPeers("2023", ranked(7, 1)).build());

    assertThat(yearStatus(a, 2022)).isEqualTo(Status.NOT_ASSESSABLE);
    assertThat(a.status()).isEqualTo(Status.MISSED);
    assertThat(a.reason()).isEmpty();
  }

  @Test
  void peerFiguresWithoutThePlansOwnUnitAreNotAssessable() {
    Map<String, PeerFigures> figures = new LinkedHashMap<>(ranked(1, 1));
    figures.remove(SELF);

    Assessment a = assess(TARGET, on("2022-12-31").putPeers("2022", figures).build());

    assertThat(yearStatus(a, 2022)).isEqualTo(Status.NOT_ASSESSABLE);
    assertThat(a.status()).isEqualTo(Status.NOT_ASSESSABLE);
    assertThat(a.reason().orElseThrow().zh()).contains("/peers/2022/gongqingcheng");
    assertThat(a.reason().orElseThrow().en()).contains("/peers/2022/gongqingcheng");
    assertThat(year(a, 2022).ranks()).isEmpty();
  }

  @Test
  void beforeTheWindowRanksAreNotAssessable() {
    Assessment a = assess(TARGET, on("2021-12-31").putPeers("2021", ranked(1, 1)).build());

    assertThat(a.status()).isEqualTo(Status.NOT_ASSESSABLE);
    assertThat(a.reason().orElseThrow().en())
        .isEqualTo("the plan window 2022–2024 has not started by 2021-12-31");
    assertThat(a.explanation().zh()).contains("规划期2022—2024年尚未开始");
  }

  @Test
  void unitsOutsideThePeerGroupAreNotRanked() {
    Map<String, PeerFigures> figures = new LinkedHashMap<>(ranked(5, 5));
    figures.put("jiujiang-development-zone", PeerFigures.of(dec("1000"), dec("5")));

    Assessment a = assess(TARGET, on("2022-12-31").putPeers("2022", figures).build());

    assertThat(year(a, 2022).ranks().orElseThrow().totalRank()).isEqualTo(5);
    assertThat(year(a, 2022).ranks().orElseThrow().peerCount()).isEqualTo(13);
    assertThat(yearStatus(a, 2022)).isEqualTo(Status.MET);
  }

  @Test
  void aYearStillInProgressWithoutRankDataIsNotYetJudged() {
    Assessment a = assess(TARGET, on("2023-06-30").putPeers("2022", ranked(2, 5)).build());

    assertThat(year(a, 2023).status()).isEmpty();
    assertThat(a.status()).isEqualTo(Status.ON_TRACK);
  }
}
