package org.planmetrics.metrics.wording;

import static org.assertj.core.api.Assertions.assertThat;
import static org.planmetrics.metrics.assessment.Fixtures.OUT_OF_PROVINCE;
import static org.planmetrics.metrics.assessment.Fixtures.PLAN;
import static org.planmetrics.metrics.assessment.Fixtures.assess;
import static org.planmetrics.metrics.assessment.Fixtures.on;
import static org.planmetrics.metrics.assessment.Fixtures.project;
import static org.planmetrics.metrics.assessment.Fixtures.series;
import static org.planmetrics.metrics.assessment.Fixtures.withTarget;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.planmetrics.metrics.observation.LedgerProject;
import org.planmetrics.metrics.result.Assessment;
import org.planmetrics.metrics.result.Status;
import org.planmetrics.model.LocalizedText;
import org.planmetrics.model.PeriodKind;
import org.planmetrics.model.Plan;
import org.planmetrics.model.Reading;
import org.planmetrics.model.Target;
import org.planmetrics.model.TargetKind;
import org.planmetrics.model.TargetPeriod;
import org.planmetrics.model.quantity.ComparisonOperator;
import org.planmetrics.model.quantity.Quantity;
import org.planmetrics.model.quantity.Unit;

/**
 * The shortfall line of a target with a period of its own names the period (a year, a quarter,
 * a campaign by its name and dates), the amount, the rule and the gap, on the bundled plan
 * (window 2022–2024) with one target rewritten. Every number is worked by hand in the comments.
 */
class PeriodShortfallsTest {

  private static final String AMOUNT = "out-of-province-capital-cumulative";
  private static final String COUNT = "tier-50-20-cumulative";

  /** The bundled plan with its out-of-province total rewritten. */
  private static Plan amountPlan(TargetPeriod period, String figure,
      ComparisonOperator operator) {
    return withTarget(PLAN, AMOUNT, t -> amount(t, period, figure, operator));
  }

  private static Target amount(Target t,
      TargetPeriod period, String figure, ComparisonOperator operator) {
    return t.withKind(TargetKind.PERIOD_AMOUNT).withPeriod(period)
        .withOperator(operator).withThreshold(Quantity.of(figure, Unit.CNY_100M))
        .withText(LocalizedText.of("力争完成省外项目实际进资" + figure + "亿元" + word(operator),
            "capital from outside the province of " + figure + " (CNY 100 million)"))
        // A 左右 figure needs its tolerance; 1亿元 for the test of one.
        .withTolerance(operator == ComparisonOperator.APPROXIMATELY
            ? Optional.of(Quantity.of("1", Unit.CNY_100M)) : Optional.empty());
  }

  private static String word(ComparisonOperator operator) {
    return switch (operator) {
      case AT_MOST -> "以内";
      case APPROXIMATELY -> "左右";
      default -> "以上";
    };
  }

  private static LocalizedText line(Plan plan, Assessment a, Status status) {
    assertThat(a.status()).isEqualTo(status);
    return ShortfallSentences.shortfall(plan, a).orElseThrow();
  }

  private static LocalizedText amountLine(TargetPeriod period, String figure,
      ComparisonOperator operator, Status status, String asOf, String... keysAndValues) {
    Plan plan = amountPlan(period, figure, operator);
    return line(plan, assess(plan, AMOUNT, series(asOf, OUT_OF_PROVINCE,
        keysAndValues)), status);
  }

  private static TargetPeriod eachYear() {
    return TargetPeriod.builder().kind(PeriodKind.YEAR).build();
  }

  private static TargetPeriod quarter(int quarter, Integer year) {
    return TargetPeriod.builder().kind(PeriodKind.QUARTER).quarter(quarter)
        .year(Optional.ofNullable(year)).build();
  }

  private static TargetPeriod drive(String from, String to) {
    return TargetPeriod.builder().kind(PeriodKind.DATES).firstDay(LocalDate.parse(from))
        .lastDay(LocalDate.parse(to)).name(LocalizedText.of("百日攻坚", "Hundred-day drive"))
        .build();
  }

  @Test
  void aYearUnderWaySaysWhatIsDueByItsMonthAndTheGap() {
    // 2022: 126 ≥ 120, met. 2023 through June: 120 × 6 ÷ 12 = 60 due; 60 − 54 = 6 short.
    LocalizedText line = amountLine(eachYear(), "120", ComparisonOperator.AT_LEAST,
        Status.BEHIND, "2023-06-30", "2022", "126", "2023-06", "54");

    assertThat(line.zh()).isEqualTo(
        "2023年1—6月完成54.00亿元,按序时应达60.00亿元(全年120亿元以上的6/12),差6.00亿元");
    assertThat(line.en()).isEqualTo("January–June 2023: 54.00 (CNY 100 million), 6.00 (CNY 100"
        + " million) below the 60.00 (CNY 100 million) due by now (6/12 of at least 120 (CNY 100"
        + " million) a year)");
  }

  @Test
  void aFinishedYearShortOfItsFigureSaysByHowMuch() {
    // 2022: 119 < 120 over the whole year: 1 short. 2023 through June: 61 ≥ 60, not a shortfall.
    LocalizedText line = amountLine(eachYear(), "120", ComparisonOperator.AT_LEAST,
        Status.MISSED, "2023-06-30", "2022", "119", "2023-06", "61");

    assertThat(line.zh()).isEqualTo("2022年完成119.00亿元,距目标(120亿元以上)差1.00亿元");
  }

  @Test
  void aQuarterIsNamedAsOfficialsNameIt() {
    // Q1 2023, 30以上: 28 through March is the whole quarter, 30 − 28 = 2 short.
    LocalizedText over = amountLine(quarter(1, 2023), "30", ComparisonOperator.AT_LEAST,
        Status.MISSED, "2023-04-30", "2023-03", "28");
    // Through February: 2 of 3 months, 30 × 2 ÷ 3 = 20 due; 20 − 15 = 5 short.
    LocalizedText underWay = amountLine(quarter(1, 2023), "30", ComparisonOperator.AT_LEAST,
        Status.BEHIND, "2023-02-28", "2023-02", "15");
    // Q2 each year: 2023's is 38 − 12 = 26 (June less March), 30 − 26 = 4 short; 2022's is
    // 45 − 10 = 35, met.
    LocalizedText second = amountLine(quarter(2, null), "30", ComparisonOperator.AT_LEAST,
        Status.MISSED, "2023-07-31", "2022-03", "10", "2022-06", "45", "2023-03", "12",
        "2023-06", "38");

    assertThat(over.zh()).isEqualTo("2023年一季度完成28.00亿元,距目标(30亿元以上)差2.00亿元");
    assertThat(over.en()).isEqualTo("Q1 2023: 28.00 (CNY 100 million), 2.00 (CNY 100 million)"
        + " short of the target of at least 30 (CNY 100 million)");
    assertThat(underWay.zh()).isEqualTo(
        "2023年一季度(1—2月)完成15.00亿元,按序时应达20.00亿元(一季度30亿元以上的2/3),差5.00亿元");
    assertThat(second.zh()).isEqualTo("2023年二季度完成26.00亿元,距目标(30亿元以上)差4.00亿元");
  }

  @Test
  void aCampaignOfWholeMonthsIsNamedByItsNameAndDates() {
    // April–June 2023: through May, 35 − 20 (March) = 15 in 2 of 3 months; 30 × 2 ÷ 3 = 20 due.
    LocalizedText line = amountLine(drive("2023-04-01", "2023-06-30"), "30",
        ComparisonOperator.AT_LEAST, Status.BEHIND, "2023-05-31", "2023-03", "20", "2023-05",
        "35");

    assertThat(line.zh()).isEqualTo("百日攻坚(2023-04-01至2023-06-30)截至2023年5月完成15.00亿元,"
        + "按序时应达20.00亿元(目标30亿元以上的2/3),差5.00亿元");
    assertThat(line.zh()).doesNotContain("规划期");
  }

  @Test
  void aCeilingPassedSaysByHowMuchItIsOver() {
    // 不超过100亿元 a year: 104 by June 2023 is past it for good, 104 − 100 = 4 over.
    LocalizedText line = amountLine(eachYear(), "100", ComparisonOperator.AT_MOST,
        Status.MISSED, "2023-06-30", "2022", "90", "2023-06", "104");

    assertThat(line.zh()).isEqualTo("2023年1—6月完成104.00亿元,超出目标(100亿元以内)4.00亿元");
    assertThat(line.en()).isEqualTo("January–June 2023: 104.00 (CNY 100 million), 4.00 (CNY 100"
        + " million) over the target of at most 100 (CNY 100 million)");
  }

  @Test
  void aCeilingOfOneQuarterPassedSaysSoFar() {
    // Q1 2023 不超过30亿元: 32 by February is past it, 32 − 30 = 2 over; a ceiling has no pace,
    // so the line says what is done so far.
    LocalizedText line = amountLine(quarter(1, 2023), "30", ComparisonOperator.AT_MOST,
        Status.MISSED, "2023-02-28", "2023-02", "32");

    assertThat(line.zh()).isEqualTo("2023年一季度已完成32.00亿元,超出目标(30亿元以内)2.00亿元");
    assertThat(line.en()).isEqualTo("Q1 2023: 32.00 (CNY 100 million) so far, 2.00 (CNY 100"
        + " million) over the target of at most 30 (CNY 100 million)");
  }

  @Test
  void aboutAFigureShowsTheWrittenFigureAndTheFloorItIsJudgedBy() {
    // 30左右 with a tolerance of 1: judged as 29以上. 2022: 27.5, 29 − 27.5 = 1.5 short.
    // The goals are changed before the plan is built, since a 左右 figure needs the reading.
    Plan plan = Plan.builder().from(PLAN).goals(PLAN.goals().stream().map(g -> g.withTargets(
            g.targets().stream().map(t -> t.id().equals(AMOUNT) ? amount(t, eachYear(), "30",
                ComparisonOperator.APPROXIMATELY) : t).toList())).toList())
        .addReadings(Reading.builder().id("about-thirty")
            .summary(LocalizedText.of("“30亿元左右”按29亿元以上理解", "“about 30” is read as at least 29"))
            .rationale(LocalizedText.of("文中未写容差,本文件取1亿元。",
                "The text states no tolerance; the file takes 1 (CNY 100 million)."))
            .addTargets(AMOUNT).build())
        .build();
    LocalizedText line = line(plan, assess(plan, AMOUNT, series("2023-01-31",
        OUT_OF_PROVINCE, "2022", "27.5")), Status.MISSED);

    assertThat(line.zh()).isEqualTo("2022年完成27.50亿元,距目标(30亿元左右,按29亿元以上计)差1.50亿元");
    assertThat(line.en()).isEqualTo("2022: 27.50 (CNY 100 million), 1.50 (CNY 100 million) short"
        + " of the target of about 30 (CNY 100 million), read as at least 29 (CNY 100 million)");
  }

  private static Plan campaign(ComparisonOperator operator, int figure) {
    return withTarget(PLAN, COUNT, t -> t.withPeriod(drive("2023-04-01", "2023-07-09"))
        .withOperator(operator).withThreshold(Quantity.count(figure))
        .withText(LocalizedText.of("百日攻坚期间引进“50·20”项目" + figure + "个" + word(operator),
            figure + " “50·20” projects during the hundred-day drive")));
  }

  /** {@code inside} "50·20" projects (30亿元) signed one a day from 2023-04-01 on. */
  private static Assessment counted(Plan plan, String asOf, int inside) {
    List<LedgerProject> projects = new ArrayList<>();
    for (int i = 0; i < inside; i++) {
      projects.add(project("p" + i, LocalDate.of(2023, 4, 1).plusDays(i).toString(), "30")
          .build());
    }
    return assess(plan, COUNT, on(asOf).addAllProjects(projects).build());
  }

  @Test
  void aCampaignCountNamesTheCampaignNeverTheWindow() {
    // Over on 9 July: 9 of 10, 10 − 9 = 1 short.
    Plan plan = campaign(ComparisonOperator.AT_LEAST, 10);
    Assessment over = counted(plan, "2023-07-31", 9);
    LocalizedText line = line(plan, over, Status.MISSED);

    assertThat(line.zh()).isEqualTo("百日攻坚(2023-04-01至2023-07-09)引进“50·20”项目9个,距目标(10个以上)差1个");
    assertThat(line.en()).isEqualTo("Hundred-day drive (2023-04-01 to 2023-07-09): 9 \"50·20\""
        + " projects, 1 short of the target of at least 10");
    // Without the plan the campaign's name is unknown, but it is still no "规划期累计".
    assertThat(ShortfallSentences.shortfall(over).orElseThrow().zh())
        .isEqualTo("活动期内引进9个,距目标(10个以上)差1个");
  }

  @Test
  void aCampaignUnderWayIsPacedByItsDays() {
    // 20 May: 30 days of April + 20 of May = 50 of 100; 10 × 50 ÷ 100 = 5 due, 4 signed.
    Plan plan = campaign(ComparisonOperator.AT_LEAST, 10);
    LocalizedText line = line(plan, counted(plan, "2023-05-20", 4), Status.BEHIND);

    assertThat(line.zh()).isEqualTo(
        "百日攻坚(2023-04-01至2023-07-09)已过50/100天,引进“50·20”项目4个,按序时应达5个(10个以上的50/100)");
  }

  @Test
  void aCampaignCeilingPassedSaysByHowMuch() {
    // 不超过3个: 5 signed by 20 May, 5 − 3 = 2 over.
    Plan plan = campaign(ComparisonOperator.AT_MOST, 3);
    LocalizedText line = line(plan, counted(plan, "2023-05-20", 5), Status.MISSED);

    assertThat(line.zh()).isEqualTo("百日攻坚(2023-04-01至2023-07-09)引进“50·20”项目5个,超出目标(3个以内)2个");
  }
}
