package org.planmetrics.metrics.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.planmetrics.metrics.assessment.Fixtures.PLAN;
import static org.planmetrics.metrics.assessment.Fixtures.assess;
import static org.planmetrics.metrics.assessment.Fixtures.div;
import static org.planmetrics.metrics.assessment.Fixtures.on;
import static org.planmetrics.metrics.assessment.Fixtures.project;
import static org.planmetrics.metrics.assessment.Fixtures.withTarget;
import static org.planmetrics.metrics.assessment.Fixtures.year;
import static org.planmetrics.metrics.assessment.Fixtures.yearStatus;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.planmetrics.metrics.Precision;
import org.planmetrics.metrics.observation.LedgerProject;
import org.planmetrics.metrics.observation.Observations;
import org.planmetrics.metrics.result.Assessment;
import org.planmetrics.metrics.result.Pace;
import org.planmetrics.metrics.result.Status;
import org.planmetrics.metrics.result.YearAssessment;
import org.planmetrics.model.BandMode;
import org.planmetrics.model.CountingStage;
import org.planmetrics.model.InvestorType;
import org.planmetrics.model.LocalizedText;
import org.planmetrics.model.Plan;
import org.planmetrics.model.quantity.ComparisonOperator;
import org.planmetrics.model.quantity.Quantity;
import org.planmetrics.model.quantity.Unit;

/**
 * Targets counted from the project ledger: tier-100-annual (≥ 1 "100" project a year),
 * tier-50-20-annual (≥ 4 "50·20" a year), tier-50-20-cumulative (≥ 15 over 2022–2024), and the
 * shares top-investor-share (≥ 30%), leading-industry-share (&gt; 70%) and
 * strategic-emerging-share (&gt; 60%). "100" is ≥ 100 亿元; "50·20" is [20, 100) 亿元.
 */
class ProjectTargetTest {

  /** How the explanation of a count of "100" or "50·20" projects ends: the readings it uses. */
  private static final String TIERS_ZH = "依据的解读:规划期按2022—2024年计;“100”项目为总投资100亿元以上,"
      + "“50·20”项目为20亿元以上、不足100亿元(两档不重叠),按签约年份计。";
  private static final String TIERS_EN = " Readings relied on: the window is read as 2022–2024; "
      + "a “100” project has a total investment of CNY 10 billion or more and a “50·20” project "
      + "CNY 2 billion or more but under CNY 10 billion (the bands do not overlap), each counted "
      + "in the year it is signed.";

  private static int ids;

  /** {@code count} projects of {@code investment} 亿元 signed on {@code date}. */
  private static List<LedgerProject> signed(int count, String date, String investment) {
    List<LedgerProject> out = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      out.add(project("P-" + (++ids), date, investment).build());
    }
    return out;
  }

  /** Industrial projects, {@code leading} of them in a leading industry. */
  private static List<LedgerProject> industrial(int count, int leading, String date) {
    List<LedgerProject> out = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      out.add(project("I-" + (++ids), date, "5").industrial(true).leadingIndustry(i < leading)
          .build());
    }
    return out;
  }

  private static Observations ledger(String asOf, List<LedgerProject> projects) {
    return on(asOf).addAllProjects(projects).build();
  }

  @SafeVarargs
  private static List<LedgerProject> all(List<LedgerProject>... parts) {
    List<LedgerProject> out = new ArrayList<>();
    for (List<LedgerProject> part : parts) {
      out.addAll(part);
    }
    return out;
  }

  // ---- tiers ----

  @Test
  void aProjectOfExactly100CountsAsA100Project() {
    Assessment a = assess("tier-100-annual", ledger("2022-12-31", signed(1, "2022-03-01", "100.0")));

    assertThat(yearStatus(a, 2022)).isEqualTo(Status.MET);
    assertThat(year(a, 2022).actual()).hasValue(Quantity.count(1));
    assertThat(a.inputs()).containsExactly("/projects/0");
  }

  @Test
  void aProjectOf99Point99IsNotA100ProjectButA50Point20One() {
    Observations o = ledger("2022-12-31", signed(1, "2022-03-01", "99.99"));

    Assessment hundred = assess("tier-100-annual", o);
    assertThat(yearStatus(hundred, 2022)).isEqualTo(Status.MISSED);
    assertThat(year(hundred, 2022).actual()).hasValue(Quantity.count(0));
    assertThat(hundred.inputs()).isEmpty();
    assertThat(hundred.status()).isEqualTo(Status.MISSED);
    assertThat(year(assess("tier-50-20-annual", o), 2022).actual()).hasValue(Quantity.count(1));
  }

  @ParameterizedTest(name = "{0} 亿元 counts {1} in \"50·20\"")
  @CsvSource({"20.0, 1", "19.99, 0", "50, 1", "99.99, 1", "100, 0", "120.5, 0", "0, 0"})
  void theFiftyTwentyBandIsTwentyInclusiveToHundredExclusive(String investment, long count) {
    Assessment a = assess("tier-50-20-annual",
        ledger("2022-12-31", signed(1, "2022-03-01", investment)));

    assertThat(year(a, 2022).actual()).hasValue(Quantity.count(count));
  }

  @Test
  void inNestedModeA120ProjectCountsAsFiftyTwentyToo() {
    Plan nested = PLAN.withProjectTiers(PLAN.projectTiers().withBandMode(BandMode.NESTED));
    Observations o = ledger("2022-12-31", signed(1, "2022-03-01", "120"));

    assertThat(year(assess(nested, "tier-50-20-annual", o), 2022).actual())
        .hasValue(Quantity.count(1));
    assertThat(year(assess(nested, "tier-100-annual", o), 2022).actual())
        .hasValue(Quantity.count(1));
    assertThat(year(assess("tier-50-20-annual", o), 2022).actual())
        .hasValue(Quantity.count(0));
  }

  // ---- annual counts ----

  @Test
  void aFinishedYearShortOfTheCountIsMissedAndOneReachingItIsMet() {
    Observations o = ledger("2024-12-31", all(signed(1, "2022-05-01", "150"),
        signed(1, "2024-11-01", "100")));

    Assessment a = assess("tier-100-annual", o);

    assertThat(a.years()).extracting(y -> y.status().orElseThrow())
        .containsExactly(Status.MET, Status.MISSED, Status.MET);
    assertThat(a.years()).extracting(y -> y.throughMonth().orElseThrow())
        .containsExactly(12, 12, 12);
    assertThat(a.status()).isEqualTo(Status.MISSED);
  }

  @Test
  void everyYearReachedIsMetOnceTheWindowHasEnded() {
    Observations o = ledger("2024-12-31", all(signed(1, "2022-05-01", "150"),
        signed(1, "2023-05-01", "150"), signed(1, "2024-12-31", "150")));

    assertThat(assess("tier-100-annual", o).status()).isEqualTo(Status.MET);
  }

  @Test
  void aFinishedYearMetWithLaterYearsPendingIsOnTrack() {
    Assessment a = assess("tier-100-annual", ledger("2022-12-31", signed(1, "2022-05-01", "150")));

    assertThat(yearStatus(a, 2022)).isEqualTo(Status.MET);
    assertThat(year(a, 2023).pending()).isTrue();
    assertThat(year(a, 2023).status()).isEmpty();
    assertThat(a.status()).isEqualTo(Status.ON_TRACK);
    assertThat(a.actual()).hasValue(Quantity.count(1));
  }

  @Test
  void theCurrentYearIsOnTrackWhenTheCountKeepsPaceWithTheMonths() {
    // tier-50-20-annual asks for 4 a year: by June, 4 × 6 ÷ 12 = 2.
    Observations o = ledger("2023-06-30", all(signed(4, "2022-04-01", "50"),
        signed(2, "2023-02-01", "30")));

    Assessment a = assess("tier-50-20-annual", o);

    assertThat(yearStatus(a, 2022)).isEqualTo(Status.MET);
    assertThat(yearStatus(a, 2023)).isEqualTo(Status.ON_TRACK);
    assertThat(year(a, 2023).throughMonth()).hasValue(6);
    assertThat(year(a, 2023).actual()).hasValue(Quantity.count(2));
    assertThat(a.status()).isEqualTo(Status.ON_TRACK);
    assertThat(a.actual()).hasValue(Quantity.count(2));
    assertThat(a.explanation().zh()).isEqualTo("每年引进“50·20”项目4个以上:2022年引进4个,达标;"
        + "2023年1—6月引进2个,进度正常。总体进度正常。" + TIERS_ZH);
    assertThat(a.explanation().en()).isEqualTo("\"50·20\" projects each year, at least 4: "
        + "2022: 4, met; January–June 2023: 2, on track. Overall on track." + TIERS_EN);
  }

  @Test
  void theCurrentYearIsBehindWhenTheCountLagsTheMonths() {
    Observations june = ledger("2023-06-30", all(signed(4, "2022-04-01", "50"),
        signed(1, "2023-02-01", "30")));
    Observations julyWithTwo = ledger("2023-07-31", all(signed(4, "2022-04-01", "50"),
        signed(2, "2023-02-01", "30")));

    assertThat(yearStatus(assess("tier-50-20-annual", june), 2023)).isEqualTo(Status.BEHIND);
    assertThat(assess("tier-50-20-annual", june).status()).isEqualTo(Status.BEHIND);
    // By July 4 × 7 ÷ 12 = 2.33, so 2 no longer keeps pace.
    assertThat(yearStatus(assess("tier-50-20-annual", julyWithTwo), 2023))
        .isEqualTo(Status.BEHIND);
  }

  @Test
  void theCurrentYearIsMetAsSoonAsTheCountIsReached() {
    Observations o = ledger("2023-03-31", all(signed(4, "2022-04-01", "50"),
        signed(4, "2023-02-01", "30")));

    Assessment a = assess("tier-50-20-annual", o);

    assertThat(yearStatus(a, 2023)).isEqualTo(Status.MET);
    assertThat(a.status()).isEqualTo(Status.ON_TRACK);
  }

  @Test
  void onTheLastDayOfTheYearItIsFinishedTheDayBeforeItIsStillCurrent() {
    Observations none = ledger("2022-12-30", List.of());
    Observations endOfYear = ledger("2022-12-31", List.of());

    assertThat(yearStatus(assess("tier-100-annual", none), 2022)).isEqualTo(Status.BEHIND);
    assertThat(year(assess("tier-100-annual", none), 2022).throughMonth()).hasValue(12);
    assertThat(yearStatus(assess("tier-100-annual", endOfYear), 2022)).isEqualTo(Status.MISSED);
  }

  @Test
  void aYearStartsOnItsFirstDay() {
    Observations o = on("2023-01-01").addAllProjects(signed(1, "2022-05-01", "150")).build();
    Observations dayBefore = o.withAsOf(LocalDate.parse("2022-12-31"));

    Assessment a = assess("tier-100-annual", o);
    assertThat(year(a, 2023).pending()).isFalse();
    // 0 × 12 < 1 × 1: in January a "100" project is already expected on a pro-rata basis.
    assertThat(yearStatus(a, 2023)).isEqualTo(Status.BEHIND);
    assertThat(year(a, 2023).throughMonth()).hasValue(1);
    assertThat(year(assess("tier-100-annual", dayBefore), 2023).pending()).isTrue();
  }

  // ---- ceilings (不超过, 以内, 低于): fewer is better, and a count only grows ----

  /** The bundled annual "100" target turned into a ceiling of 2 a year, its text saying so. */
  private static Plan annualCeiling(ComparisonOperator operator, String textZh) {
    return withTarget(PLAN, "tier-100-annual", t -> t.withOperator(operator)
        .withThreshold(Quantity.count(2))
        .withText(LocalizedText.of(textZh, "at most 2 \"100\" projects a year")));
  }

  /** 2022's status of {@code plan}'s annual "100" target, {@code projects} signed in March. */
  private static Status year2022(Plan plan, String asOf, int projects) {
    return yearStatus(assess(plan, "tier-100-annual",
        ledger(asOf, signed(projects, "2022-03-01", "120"))), 2022);
  }

  @Test
  void anAnnualCeilingIsOnTrackWhileUnderItAndMissedAsSoonAsItIsPassed() {
    Plan ceiling = annualCeiling(ComparisonOperator.AT_MOST, "全市每年引进“100”项目不超过2个");

    // Under the ceiling in June: on track, never "behind", however few.
    assertThat(year2022(ceiling, "2022-06-30", 0)).isEqualTo(Status.ON_TRACK);
    assertThat(year2022(ceiling, "2022-06-30", 1)).isEqualTo(Status.ON_TRACK);
    // A third project in June: the year can no longer keep under 2, so it is missed at once.
    assertThat(year2022(ceiling, "2022-06-30", 3)).isEqualTo(Status.MISSED);
    // 不超过 includes the number: exactly 2 in a finished year is met.
    assertThat(year2022(ceiling, "2022-12-31", 2)).isEqualTo(Status.MET);
  }

  @Test
  void aStrictCeilingExcludesItsNumber() {
    Plan below = annualCeiling(ComparisonOperator.LESS_THAN, "全市每年引进“100”项目少于2个");

    assertThat(year2022(below, "2022-12-31", 2)).isEqualTo(Status.MISSED);
    assertThat(year2022(below, "2022-12-31", 1)).isEqualTo(Status.MET);
  }

  @Test
  void aCumulativeCeilingHasNoPaceAndIsMetOnlyWhenTheWindowIsOver() {
    Plan ceiling = withTarget(PLAN, "tier-50-20-cumulative", t -> t
        .withOperator(ComparisonOperator.AT_MOST).withThreshold(Quantity.count(3))
        .withText(LocalizedText.of("累计引进“50·20”项目3个以内",
            "at most 3 \"50·20\" projects over the window")));

    Assessment early = assess(ceiling, "tier-50-20-cumulative",
        ledger("2023-06-30", signed(2, "2022-03-01", "30")));
    assertThat(early.status()).isEqualTo(Status.ON_TRACK);
    assertThat(early.pace()).isEmpty();
    assertThat(assess(ceiling, "tier-50-20-cumulative",
        ledger("2023-06-30", signed(4, "2022-03-01", "30"))).status()).isEqualTo(Status.MISSED);
    assertThat(assess(ceiling, "tier-50-20-cumulative",
        ledger("2024-12-31", signed(3, "2022-03-01", "30"))).status()).isEqualTo(Status.MET);
  }

  @Test
  void projectsSignedAfterAsOfDoNotCount() {
    Observations o = ledger("2023-06-30", all(signed(1, "2023-06-30", "150"),
        signed(1, "2023-07-01", "150")));

    Assessment a = assess("tier-100-annual", o);

    assertThat(year(a, 2023).actual()).hasValue(Quantity.count(1));
    assertThat(a.inputs()).containsExactly("/projects/0");
  }

  @Test
  void projectsSignedOutsideTheWindowDoNotCount() {
    Observations o = ledger("2025-06-30", all(signed(1, "2021-12-31", "150"),
        signed(1, "2022-01-01", "150"), signed(1, "2025-01-01", "150")));

    Assessment a = assess("tier-100-annual", o);

    assertThat(year(a, 2022).actual()).hasValue(Quantity.count(1));
    assertThat(a.inputs()).containsExactly("/projects/1");
  }

  @Test
  void beforeTheWindowAnnualCountsAreNotAssessable() {
    Assessment a = assess("tier-100-annual", ledger("2021-12-31", signed(1, "2021-05-01", "150")));

    assertThat(a.status()).isEqualTo(Status.NOT_ASSESSABLE);
    assertThat(a.reason().orElseThrow().en())
        .isEqualTo("the plan window 2022–2024 has not started by 2021-12-31");
    assertThat(a.explanation().zh()).contains("规划期2022—2024年尚未开始");
    assertThat(a.actual()).isEmpty();
  }

  @Test
  void countsUseTheCountingStageOfThePlan() {
    Plan started = PLAN.withProjectTiers(
        PLAN.projectTiers().withCountingStage(CountingStage.STARTED));
    Observations o = ledger("2022-12-31", List.of(
        project("A", "2021-11-01", "150").startedOn(LocalDate.parse("2022-02-01")).build(),
        project("B", "2022-02-01", "150").build(),
        project("C", "2022-02-01", "150").startedOn(LocalDate.parse("2023-01-05")).build()));

    Assessment a = assess(started, "tier-100-annual", o);

    assertThat(year(a, 2022).actual()).hasValue(Quantity.count(1));
    assertThat(a.inputs()).containsExactly("/projects/0");
    assertThat(year(assess("tier-100-annual", o), 2022).actual()).hasValue(Quantity.count(2));
  }

  @Test
  void producingProjectsCountWhenThePlanCountsAtProduction() {
    Plan producing = PLAN.withProjectTiers(
        PLAN.projectTiers().withCountingStage(CountingStage.PRODUCING));
    Observations o = ledger("2023-12-31", List.of(
        project("A", "2021-11-01", "150").startedOn(LocalDate.parse("2022-02-01"))
            .producingOn(LocalDate.parse("2023-03-01")).build(),
        project("B", "2022-02-01", "150").startedOn(LocalDate.parse("2022-03-01")).build()));

    Assessment a = assess(producing, "tier-100-annual", o);

    assertThat(year(a, 2022).actual()).hasValue(Quantity.count(0));
    assertThat(year(a, 2023).actual()).hasValue(Quantity.count(1));
  }

  // ---- cumulative count ----

  @ParameterizedTest(name = "{0} by 2023-06-30 is {1}")
  @CsvSource({"7, BEHIND", "8, ON_TRACK", "14, ON_TRACK", "15, MET", "16, MET"})
  void theCumulativeCountKeepsPaceWithTheMonthsSinceTheWindowStarted(int count, Status expected) {
    // 15 over 36 months: after 18 months, 7.5 are due.
    int in2022 = Math.min(count, 6);
    Observations o = ledger("2023-06-30", all(signed(in2022, "2022-06-01", "30"),
        signed(count - in2022, "2023-03-01", "30")));

    Assessment a = assess("tier-50-20-cumulative", o);

    assertThat(a.status()).isEqualTo(expected);
    assertThat(a.actual()).hasValue(Quantity.count(count));
  }

  @Test
  void ledgerInputsAreInLedgerOrderAcrossYears() {
    // Twelve projects: 0–3 and 8–11 count ("50·20", in the window), 4–7 do not (too small).
    // Years alternate, so neither string order nor year order is ledger order.
    List<LedgerProject> projects = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      boolean counts = i < 4 || i >= 8;
      projects.add(project("L-" + i, i % 2 == 0 ? "2023-02-01" : "2022-02-01",
          counts ? "30" : "5").build());
    }
    Observations o = ledger("2023-06-30", projects);

    for (String target : List.of("tier-50-20-annual", "tier-50-20-cumulative")) {
      assertThat(assess(target, o).inputs()).as(target).containsExactly("/projects/0",
          "/projects/1", "/projects/2", "/projects/3", "/projects/8", "/projects/9",
          "/projects/10", "/projects/11");
    }
  }

  @Test
  void theCumulativePaceIsCountAgainstFifteenAndMonthsAgainstThirtySix() {
    Observations o = ledger("2023-06-30", all(signed(5, "2022-06-01", "30"),
        signed(3, "2023-03-01", "30"), signed(2, "2023-03-01", "150")));

    Assessment a = assess("tier-50-20-cumulative", o);

    Pace pace = a.pace().orElseThrow();
    assertThat(pace.completion()).isEqualByComparingTo(div("8", "15"));
    assertThat(pace.timeProgress()).isEqualByComparingTo("0.5");
    assertThat(pace.gapPercentagePoints())
        .isEqualByComparingTo(div("8", "15").subtract(new BigDecimal("0.5")).movePointRight(2));
    assertThat(pace.monthsCovered()).isEqualTo(18);
    assertThat(pace.monthsInSpan()).isEqualTo(36);
    assertThat(pace.remaining()).isEqualTo(Quantity.count(7));
    assertThat(year(a, 2022).actual()).hasValue(Quantity.count(5));
    assertThat(year(a, 2022).throughMonth()).hasValue(12);
    assertThat(year(a, 2023).actual()).hasValue(Quantity.count(3));
    assertThat(year(a, 2023).throughMonth()).hasValue(6);
    assertThat(year(a, 2023).status()).isEmpty();
    assertThat(year(a, 2024).pending()).isTrue();
    assertThat(year(a, 2024).actual()).isEmpty();
    assertThat(a.inputs()).hasSize(8).doesNotContain("/projects/8", "/projects/9");
    assertThat(a.explanation().zh()).isEqualTo("规划期累计引进“50·20”项目8个(目标15个以上),"
        + "完成目标的53.3%,时间进度50.0%,超序时进度3.3个百分点。进度正常。" + TIERS_ZH);
    assertThat(a.explanation().en()).isEqualTo("8 \"50·20\" projects over the window so far "
        + "(target at least 15), 53.3% of the target of 15; time progress 50.0%, "
        + "3.3 percentage points ahead of schedule. On track." + TIERS_EN);
  }

  @Test
  void theCumulativeCountShortWhenTheWindowEndsIsMissed() {
    Observations o = ledger("2024-12-31", signed(14, "2023-06-01", "30"));
    Observations dayBefore = o.withAsOf(LocalDate.parse("2024-12-30"));

    assertThat(assess("tier-50-20-cumulative", o).status()).isEqualTo(Status.MISSED);
    assertThat(assess("tier-50-20-cumulative", dayBefore).status()).isEqualTo(Status.BEHIND);
    assertThat(assess("tier-50-20-cumulative", o).pace().orElseThrow().monthsCovered())
        .isEqualTo(36);
  }

  @Test
  void theCumulativeCountReachedAfterTheWindowIsMet() {
    Observations o = ledger("2025-03-31", signed(15, "2024-06-01", "30"));

    assertThat(assess("tier-50-20-cumulative", o).status()).isEqualTo(Status.MET);
  }

  @Test
  void theCumulativeCountInTheFirstMonthUsesOneMonth() {
    // After 1 month, 15 ÷ 36 = 0.42 are due: 0 is behind, 1 is on track.
    Observations none = ledger("2022-01-31", List.of());
    Observations one = ledger("2022-01-31", signed(1, "2022-01-10", "30"));

    assertThat(assess("tier-50-20-cumulative", none).status()).isEqualTo(Status.BEHIND);
    assertThat(assess("tier-50-20-cumulative", none).pace().orElseThrow().monthsCovered())
        .isEqualTo(1);
    assertThat(assess("tier-50-20-cumulative", one).status()).isEqualTo(Status.ON_TRACK);
  }

  @Test
  void beforeTheWindowTheCumulativeCountIsNotAssessable() {
    Assessment a = assess("tier-50-20-cumulative",
        ledger("2021-12-31", signed(3, "2021-06-01", "30")));

    assertThat(a.status()).isEqualTo(Status.NOT_ASSESSABLE);
    assertThat(a.reason().orElseThrow().zh()).isEqualTo("规划期2022—2024年尚未开始(评估日期2021-12-31)");
    assertThat(a.explanation().zh()).isEqualTo(a.reason().orElseThrow().zh() + "。" + TIERS_ZH);
    assertThat(a.explanation().en()).isEqualTo(a.reason().orElseThrow().en() + "." + TIERS_EN);
    assertThat(a.pace()).isEmpty();
    assertThat(a.years()).allMatch(YearAssessment::pending);
  }

  // ---- shares ----

  @Test
  void sevenOfTenLeadingIndustryProjectsIsNotAboveSeventyPercent() {
    List<LedgerProject> projects = all(industrial(6, 4, "2022-05-01"),
        industrial(4, 3, "2023-02-01"));

    Assessment during = assess("leading-industry-share", ledger("2023-06-30", projects));
    Assessment after = assess("leading-industry-share", ledger("2025-01-01", projects));

    assertThat(during.status()).isEqualTo(Status.BEHIND);
    assertThat(after.status()).isEqualTo(Status.MISSED);
    assertThat(during.actual()).hasValue(Quantity.of(div("7", "10"), Unit.RATIO));
    assertThat(during.explanation().zh()).isEqualTo(
        "主导工业项目占比:规划期内计入分母的项目10个,其中符合条件的7个,占比70.0%,目标高于70%。落后。"
            + "依据的解读:规划期按2022—2024年计;70%占比的基数为规划期内新引进的全部工业项目,按项目个数计。");
    // A share's sentence is headed by the target's name: the plan has three shares.
    assertThat(during.explanation().en()).isEqualTo("Share of leading-industry projects: 7 of "
        + "10 projects in the window qualify, a share of 70.0% against a target above 70%. Behind. Readings relied on: the window "
        + "is read as 2022–2024; the 70% share is of all industrial projects introduced in the "
        + "window, by number of projects.");
  }

  @Test
  void eightOfTenLeadingIndustryProjectsIsAboveSeventyPercent() {
    List<LedgerProject> projects = all(industrial(6, 5, "2022-05-01"),
        industrial(4, 3, "2023-02-01"));

    assertThat(assess("leading-industry-share", ledger("2023-06-30", projects)).status())
        .isEqualTo(Status.ON_TRACK);
    assertThat(assess("leading-industry-share", ledger("2025-01-01", projects)).status())
        .isEqualTo(Status.MET);
  }

  @Test
  void aShareIsFinalOnTheWindowsLastDay() {
    List<LedgerProject> projects = industrial(10, 8, "2022-05-01");

    assertThat(assess("leading-industry-share", ledger("2024-12-31", projects)).status())
        .isEqualTo(Status.MET);
    assertThat(assess("leading-industry-share", ledger("2024-12-30", projects)).status())
        .isEqualTo(Status.ON_TRACK);
  }

  @Test
  void theNumeratorIsCountedAmongTheDenominatorOnly() {
    // Five leading-industry projects that are not industrial are outside the denominator.
    List<LedgerProject> projects = all(industrial(10, 7, "2022-05-01"),
        signed(5, "2022-05-01", "5").stream().map(p -> p.withLeadingIndustry(true)).toList());

    Assessment a = assess("leading-industry-share", ledger("2023-06-30", projects));

    assertThat(a.actual()).hasValue(Quantity.of(div("7", "10"), Unit.RATIO));
    assertThat(a.status()).isEqualTo(Status.BEHIND);
    assertThat(a.inputs()).hasSize(10).doesNotContain("/projects/10");
  }

  @Test
  void eachYearReportsItsNumeratorAndDenominator() {
    List<LedgerProject> projects = all(industrial(6, 4, "2022-05-01"),
        industrial(4, 3, "2023-02-01"));

    Assessment a = assess("leading-industry-share", ledger("2023-06-30", projects));

    YearAssessment y2022 = year(a, 2022);
    assertThat(y2022.numerator()).hasValue(4L);
    assertThat(y2022.denominator()).hasValue(6L);
    assertThat(y2022.actual()).hasValue(Quantity.of(div("4", "6"), Unit.RATIO));
    assertThat(y2022.throughMonth()).hasValue(12);
    assertThat(y2022.status()).isEmpty();
    YearAssessment y2023 = year(a, 2023);
    assertThat(y2023.numerator()).hasValue(3L);
    assertThat(y2023.denominator()).hasValue(4L);
    assertThat(y2023.actual()).hasValue(Quantity.of(div("3", "4"), Unit.RATIO));
    assertThat(y2023.throughMonth()).hasValue(6);
    assertThat(year(a, 2024).pending()).isTrue();
    assertThat(year(a, 2024).numerator()).isEmpty();
  }

  @Test
  void aYearWithoutDenominatorProjectsHasCountsButNoShare() {
    Assessment a = assess("leading-industry-share",
        ledger("2023-06-30", industrial(3, 3, "2022-05-01")));

    assertThat(year(a, 2023).denominator()).hasValue(0L);
    assertThat(year(a, 2023).numerator()).hasValue(0L);
    assertThat(year(a, 2023).actual()).isEmpty();
    assertThat(a.status()).isEqualTo(Status.ON_TRACK);
  }

  @Test
  void threeOfTenTieredProjectsByTopInvestorsIsAtLeastThirtyPercent() {
    List<LedgerProject> projects = all(
        signed(3, "2022-05-01", "30").stream()
            .map(p -> p.withInvestorTypes(InvestorType.LISTED)).toList(),
        signed(6, "2022-06-01", "30"),
        signed(1, "2023-01-10", "150"),
        // Below the tiers: a listed investor does not count here.
        signed(4, "2022-05-01", "10").stream()
            .map(p -> p.withInvestorTypes(InvestorType.LISTED)).toList());

    Assessment during = assess("top-investor-share", ledger("2023-06-30", projects));
    Assessment after = assess("top-investor-share", ledger("2025-01-01", projects));

    assertThat(during.actual()).hasValue(Quantity.of(div("3", "10"), Unit.RATIO));
    assertThat(during.status()).isEqualTo(Status.ON_TRACK);
    assertThat(after.status()).isEqualTo(Status.MET);
    assertThat(year(during, 2022).numerator()).hasValue(3L);
    assertThat(year(during, 2022).denominator()).hasValue(9L);
    assertThat(year(during, 2023).denominator()).hasValue(1L);
  }

  @Test
  void twoOfTenTieredProjectsByTopInvestorsIsBelowThirtyPercent() {
    List<LedgerProject> projects = all(
        signed(2, "2022-05-01", "30").stream()
            .map(p -> p.withInvestorTypes(InvestorType.INDUSTRY_LEADER)).toList(),
        signed(8, "2022-06-01", "30"));

    assertThat(assess("top-investor-share", ledger("2023-06-30", projects)).status())
        .isEqualTo(Status.BEHIND);
    assertThat(assess("top-investor-share", ledger("2025-01-01", projects)).status())
        .isEqualTo(Status.MISSED);
  }

  @ParameterizedTest
  @EnumSource(InvestorType.class)
  void everyTopInvestorTypeOfThePlanCounts(InvestorType type) {
    List<LedgerProject> projects = all(
        signed(1, "2022-05-01", "30").stream().map(p -> p.withInvestorTypes(type)).toList(),
        signed(2, "2022-06-01", "30"));

    assertThat(assess("top-investor-share", ledger("2023-06-30", projects)).actual())
        .hasValue(Quantity.of(div("1", "3"), Unit.RATIO));
  }

  @Test
  void anInvestorTypeTheRulesDoNotPrizeDoesNotCount() {
    Plan narrow = PLAN.withProjectTiers(
        PLAN.projectTiers().withTopInvestorTypes(InvestorType.FORTUNE_GLOBAL_500));
    List<LedgerProject> projects = all(
        signed(1, "2022-05-01", "30").stream()
            .map(p -> p.withInvestorTypes(InvestorType.LISTED)).toList(),
        signed(1, "2022-05-01", "30").stream()
            .map(p -> p.withInvestorTypes(InvestorType.FORTUNE_GLOBAL_500)).toList());

    assertThat(assess(narrow, "top-investor-share", ledger("2023-06-30", projects)).actual())
        .hasValue(Quantity.of(div("1", "2"), Unit.RATIO));
  }

  @Test
  void sixtyPercentStrategicEmergingIsNotAboveSixtyPercent() {
    List<LedgerProject> three = new ArrayList<>();
    List<LedgerProject> four = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      LedgerProject p = project("S-" + i, "2022-05-01", "5").industrial(true).build();
      three.add(p.withStrategicEmerging(i < 3));
      four.add(p.withStrategicEmerging(i < 4));
    }

    assertThat(assess("strategic-emerging-share", ledger("2023-06-30", three)).status())
        .isEqualTo(Status.BEHIND);
    assertThat(assess("strategic-emerging-share", ledger("2023-06-30", four)).status())
        .isEqualTo(Status.ON_TRACK);
  }

  @Test
  void aZeroDenominatorIsNotAssessable() {
    List<LedgerProject> projects = signed(3, "2022-05-01", "5").stream()
        .map(p -> p.withLeadingIndustry(true)).toList();

    Assessment a = assess("leading-industry-share", ledger("2023-06-30", projects));

    assertThat(a.status()).isEqualTo(Status.NOT_ASSESSABLE);
    assertThat(a.reason().orElseThrow().zh()).contains("/projects").contains("2023-06-30");
    assertThat(a.reason().orElseThrow().en()).contains("/projects");
    assertThat(a.explanation().zh()).startsWith("主导工业项目占比目标高于70%无法评估:");
    assertThat(a.explanation().en()).startsWith(
        "Share of leading-industry projects: target above 70% not assessable: ");
    assertThat(a.actual()).isEmpty();
    assertThat(year(a, 2022).denominator()).hasValue(0L);
  }

  @Test
  void beforeTheWindowAShareIsNotAssessableBecauseItHasNotStarted() {
    Assessment a = assess("leading-industry-share",
        ledger("2021-12-31", industrial(3, 3, "2021-05-01")));

    assertThat(a.status()).isEqualTo(Status.NOT_ASSESSABLE);
    assertThat(a.reason().orElseThrow().en())
        .isEqualTo("the plan window 2022–2024 has not started by 2021-12-31");
  }

  @Test
  void projectsOutsideTheWindowOrAfterAsOfAreLeftOutOfShares() {
    List<LedgerProject> projects = all(industrial(4, 4, "2021-06-01"),
        industrial(2, 2, "2022-06-01"), industrial(3, 0, "2022-07-01"),
        industrial(5, 5, "2022-07-02"));

    Assessment a = assess("leading-industry-share", ledger("2022-07-01", projects));

    assertThat(a.actual()).hasValue(Quantity.of(div("2", "5"), Unit.RATIO));
  }

  @Test
  void theDivisionIsAtTheCalculatorsPrecision() {
    Assessment a = assess("leading-industry-share",
        ledger("2023-06-30", industrial(3, 2, "2022-05-01")));

    assertThat(a.actual().orElseThrow().value())
        .isEqualByComparingTo(BigDecimal.valueOf(2).divide(BigDecimal.valueOf(3),
            Precision.MATH_CONTEXT));
    assertThat(a.status()).isEqualTo(Status.BEHIND);
  }
}
