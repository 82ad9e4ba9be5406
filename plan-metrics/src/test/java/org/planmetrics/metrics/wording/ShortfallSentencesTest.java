package org.planmetrics.metrics.wording;

import static org.assertj.core.api.Assertions.assertThat;
import static org.planmetrics.metrics.assessment.Fixtures.withTarget;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.planmetrics.metrics.assessment.Assessor;
import org.planmetrics.metrics.observation.LedgerProject;
import org.planmetrics.metrics.observation.Observations;
import org.planmetrics.metrics.observation.PublishedRanks;
import org.planmetrics.metrics.result.Assessment;
import org.planmetrics.metrics.result.Status;
import org.planmetrics.model.Indicator;
import org.planmetrics.model.IndicatorNature;
import org.planmetrics.model.LocalizedText;
import org.planmetrics.model.Plan;
import org.planmetrics.model.TargetKind;
import org.planmetrics.model.plans.BundledPlans;
import org.planmetrics.model.quantity.ComparisonOperator;
import org.planmetrics.model.quantity.Quantity;
import org.planmetrics.model.quantity.Unit;

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

  private static final String CAPITAL = "out-of-province-capital-cumulative";

  @Test
  void aLevelShortOfItsYearsFigureSaysByHowMuchAndByWhen() {
    // "到2024年…40%以上" on the window's end: 38.5% through June 2024, 40 − 38.5 = 1.5 points;
    // the full 2024 figure of 39%, 1.0 point short, missed.
    List<Indicator> indicators = new ArrayList<>(
        BundledPlans.gongqingcheng2022().indicators());
    indicators.add(Indicator.builder().id("industry-share")
        .name(LocalizedText.of("规上工业增加值占比", "Share of industry"))
        .unit(Unit.RATIO)
        .nature(IndicatorNature.LEVEL).build());
    Plan plan = withTarget(
        BundledPlans.gongqingcheng2022().withIndicators(indicators), CAPITAL,
        t -> t.withKind(TargetKind.LEVEL).withIndicator("industry-share")
            .withThreshold(Quantity.ratio("0.4"))
            .withText(LocalizedText.of("力争到2024年规上工业增加值占比达到40%以上",
                "a share of industry of at least 40% by 2024")));
    Assessment june = Assessor.of(plan).assess(CAPITAL, Observations.builder()
        .asOf(LocalDate.of(2024, 6, 30))
        .putSeries("industry-share", Map.of("2024-06", new BigDecimal("0.385"))).build())
        .orElseThrow();
    Assessment end = Assessor.of(plan).assess(CAPITAL, Observations.builder()
        .asOf(LocalDate.of(2025, 1, 31))
        .putSeries("industry-share", Map.of("2024", new BigDecimal("0.39"))).build())
        .orElseThrow();

    assertThat(june.status()).isEqualTo(Status.BEHIND);
    assertThat(ShortfallSentences.shortfall(plan, june).orElseThrow().zh())
        .isEqualTo("截至2024年6月为38.5%,距目标(到2024年40%以上)差1.5个百分点");
    assertThat(ShortfallSentences.shortfall(plan, june).orElseThrow().en())
        .isEqualTo("38.5% through June 2024, 1.5 percentage points below the target of at least"
            + " 40% by 2024");
    assertThat(end.status()).isEqualTo(Status.MISSED);
    assertThat(ShortfallSentences.shortfall(plan, end).orElseThrow().zh())
        .isEqualTo("2024年为39.0%,距目标(40%以上)差1.0个百分点");
  }

  @Test
  void anAverageGrowthBehindSaysWhatEachRemainingYearNeeds() {
    // 100 (2021) → 104 (2022): 4.0% against 10% a year, 6.0 points short. 2024 must reach
    // 100 × 1.1³ = 133.1, so 2023 and 2024 need √(133.1 ÷ 104) − 1 = √1.27981 − 1 = 13.1% each.
    Plan plan = withTarget(
        BundledPlans.gongqingcheng2022(), CAPITAL,
        t -> t.withKind(TargetKind.AVERAGE_GROWTH)
            .withThreshold(Quantity.ratio("0.1"))
            .withText(LocalizedText.of("力争省外项目实际进资年均增长10%以上",
                "average growth of at least 10% a year")));
    Assessment a = Assessor.of(plan).assess(CAPITAL, Observations.builder()
        .asOf(LocalDate.of(2022, 12, 31))
        .putSeries("out-of-province-capital", Map.of("2021", new BigDecimal("100"), "2022",
            new BigDecimal("104"))).build()).orElseThrow();

    assertThat(a.status()).isEqualTo(Status.BEHIND);
    assertThat(ShortfallSentences.shortfall(plan, a).orElseThrow().zh())
        .isEqualTo("2021—2022年年均增长4.0%,距目标(10%以上)差6.0个百分点,其余2年每年须增长13.1%");
    assertThat(ShortfallSentences.shortfall(plan, a).orElseThrow().en())
        .isEqualTo("2021–2022: grew 4.0% a year, 6.0 percentage points below the target of at"
            + " least 10%; the remaining 2 years need 13.1% a year");
  }

  @Test
  void aCountCeilingPassedSaysByHowManyItIsOver() {
    // 累计不超过2个 "50·20" projects: 3 signed in 2022, 3 − 2 = 1 over, missed for good.
    Plan plan = withTarget(
        BundledPlans.gongqingcheng2022(), "tier-50-20-cumulative",
        t -> t.withOperator(ComparisonOperator.AT_MOST)
            .withThreshold(Quantity.count(2))
            .withText(LocalizedText.of("累计引进“50·20”项目不超过2个",
                "at most 2 “50·20” projects in all")));
    Assessment a = Assessor.of(plan).assess("tier-50-20-cumulative", Observations.builder()
        .asOf(LocalDate.of(2022, 12, 31))
        .addProjects(project("A", "2022-02-01", "30", true, true),
            project("B", "2022-05-01", "30", true, true),
            project("C", "2022-08-01", "30", true, true)).build()).orElseThrow();

    assertThat(a.status()).isEqualTo(Status.MISSED);
    assertThat(ShortfallSentences.shortfall(plan, a).orElseThrow().zh())
        .isEqualTo("规划期累计引进3个,超出目标(2个以内)1个");
  }
}
