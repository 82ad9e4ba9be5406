package org.planmetrics.metrics.wording;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.planmetrics.metrics.assessment.Assessor;
import org.planmetrics.metrics.observation.LedgerProject;
import org.planmetrics.metrics.observation.Observations;
import org.planmetrics.metrics.observation.PublishedRanks;
import org.planmetrics.metrics.result.Assessment;
import org.planmetrics.metrics.result.Status;
import org.planmetrics.model.LocalizedText;
import org.planmetrics.model.plans.BundledPlans;

/** A target that falls short says which year and by how much, in one line. */
class ShortfallSentencesTest {

  private static final Assessor ASSESSOR = Assessor.of(BundledPlans.gongqingcheng2022());

  private static Assessment assess(String targetId, Observations observations) {
    return ASSESSOR.assess(targetId, observations).orElseThrow();
  }

  private static LocalizedText line(Assessment assessment) {
    return ShortfallSentences.shortfall(assessment).orElseThrow();
  }

  private static LedgerProject project(String id, String signedOn, String investment,
      boolean industrial, boolean leading) {
    return LedgerProject.builder().id(id).signedOn(LocalDate.parse(signedOn))
        .investment(new BigDecimal(investment)).industrial(industrial).leadingIndustry(leading)
        .build();
  }

  @Test
  void aGrowthYearThatFellShortGivesItsGrowthAndTheGapInPoints() {
    // 0.17 on 0.165 is 3.03%, against "10%以上".
    Assessment growth = assess("cash-fdi-growth", Observations.builder()
        .asOf(LocalDate.of(2023, 1, 31))
        .putSeries("cash-fdi", Map.of("2021", new BigDecimal("0.165"), "2022",
            new BigDecimal("0.17")))
        .build());
    assertThat(growth.status()).isEqualTo(Status.MISSED);
    assertThat(line(growth).zh()).isEqualTo("2022年增长3.0%,距目标(10%以上)差7.0个百分点");
    assertThat(line(growth).en())
        .isEqualTo("2022: grew 3.0%, 7.0 percentage points below the target of at least 10%");
  }

  @Test
  void aShareExactlyOnAThresholdItMustExceedSaysSo() {
    Observations.Builder observations = Observations.builder().asOf(LocalDate.of(2024, 6, 30));
    for (int i = 0; i < 10; i++) {
      observations.addProjects(project("P-" + i, "2023-03-0" + (i % 9 + 1), "5", true, i < 7));
    }
    Assessment share = assess("leading-industry-share", observations.build());
    assertThat(share.status()).isEqualTo(Status.BEHIND);
    assertThat(line(share).zh()).isEqualTo("占比70.0%(10个中7个),恰好等于目标值,须高于70%");
    assertThat(line(share).en())
        .isEqualTo("70.0% (7 of 10), exactly the threshold, where the target is above 70%");
  }

  @Test
  void aFinishedYearsCountSaysHowManyWereMissingAndAYearUnderWayWhatIsDue() {
    Observations observations = Observations.builder().asOf(LocalDate.of(2023, 6, 30))
        .addProjects(project("A", "2022-02-01", "30", true, true),
            project("B", "2022-05-01", "30", true, true),
            project("C", "2022-08-01", "30", true, true),
            project("D", "2023-02-01", "30", true, true))
        .build();
    Assessment annual = assess("tier-50-20-annual", observations);
    assertThat(annual.status()).isEqualTo(Status.MISSED);
    assertThat(line(annual).zh()).isEqualTo("2022年引进3个,距目标(4个以上)差1个;"
        + "2023年1—6月引进1个,按序时应达2个(全年4个以上的6/12)");
    assertThat(line(annual).en()).isEqualTo("2022: 3, 1 short of the target of at least 4; "
        + "January–June 2023: 1, below the 2 due by now (6/12 of at least 4 a year)");
  }

  @Test
  void aCumulativeTargetBehindGivesCompletionAgainstTimeProgress() {
    // 2.21 of 7, and the figures cover 12 of the 36 months: 31.6% against 33.3%.
    Assessment fdi = assess("fdi-cumulative", Observations.builder()
        .asOf(LocalDate.of(2023, 6, 30))
        .putSeries("foreign-capital-utilized", Map.of("2022", new BigDecimal("2.21")))
        .build());
    assertThat(fdi.status()).isEqualTo(Status.BEHIND);
    assertThat(line(fdi).zh()).isEqualTo("完成31.6%,落后序时进度(33.3%)1.8个百分点");
    assertThat(line(fdi).en())
        .isEqualTo("31.6% done, 1.8 percentage points behind the time progress of 33.3%");
  }

  @Test
  void aCumulativeTargetMissedAtTheEndSaysWhatWasStillMissing() {
    Assessment cash = assess("cash-fdi-cumulative", Observations.builder()
        .asOf(LocalDate.of(2025, 1, 31))
        .putSeries("cash-fdi", Map.of("2022", new BigDecimal("0.17"), "2023",
            new BigDecimal("0.2"), "2024", new BigDecimal("0.09")))
        .build());
    assertThat(cash.status()).isEqualTo(Status.MISSED);
    assertThat(line(cash).zh()).isEqualTo("规划期累计完成0.46亿美元,距目标(0.6亿美元以上)差0.14亿美元");
    assertThat(line(cash).en()).isEqualTo("the window ended at 0.46 (USD 100 million), 0.14"
        + " (USD 100 million) short of the target of at least 0.6 (USD 100 million)");
  }

  @Test
  void aRankOutsideTheFirstTierNamesTheRankAndTheTier() {
    Assessment tier = assess("open-economy-first-tier", Observations.builder()
        .asOf(LocalDate.of(2023, 1, 31))
        .putRanks("2022", PublishedRanks.of(2, 6, 13))
        .build());
    assertThat(tier.status()).isEqualTo(Status.MISSED);
    assertThat(line(tier).zh()).isEqualTo("2022年增幅第6位,在第一方阵(前5位,共13个)之外");
    assertThat(line(tier).en())
        .isEqualTo("2022: growth rank 6, outside the first tier (top 5 of 13)");
  }

  @Test
  void onlyAShortfallHasALine() {
    Assessment met = assess("fdi-growth", Observations.builder()
        .asOf(LocalDate.of(2023, 1, 31))
        .putSeries("foreign-capital-utilized", Map.of("2021", new BigDecimal("2.035"), "2022",
            new BigDecimal("2.21")))
        .build());
    assertThat(met.status()).isIn(Status.MET, Status.ON_TRACK);
    assertThat(ShortfallSentences.shortfall(met)).isEmpty();
    Assessment none = assess("fdi-growth", Observations.builder()
        .asOf(LocalDate.of(2023, 1, 31)).build());
    assertThat(none.status()).isEqualTo(Status.NOT_ASSESSABLE);
    assertThat(ShortfallSentences.shortfall(none)).isEmpty();
  }
}
