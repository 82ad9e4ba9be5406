package org.planmetrics.metrics.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.planmetrics.metrics.assessment.Fixtures.PLAN;
import static org.planmetrics.metrics.assessment.Fixtures.assess;
import static org.planmetrics.metrics.assessment.Fixtures.dec;
import static org.planmetrics.metrics.assessment.Fixtures.on;
import static org.planmetrics.metrics.assessment.Fixtures.project;
import static org.planmetrics.metrics.assessment.Fixtures.withTarget;
import static org.planmetrics.metrics.assessment.Fixtures.year;

import org.junit.jupiter.api.Test;
import org.planmetrics.metrics.observation.LedgerProject;
import org.planmetrics.metrics.observation.Observations;
import org.planmetrics.metrics.result.Assessment;
import org.planmetrics.metrics.result.Status;
import org.planmetrics.metrics.wording.ShortfallSentences;
import org.planmetrics.model.Plan;
import org.planmetrics.model.ProjectCriteria;
import org.planmetrics.model.ShareDefinition;
import org.planmetrics.model.ShareMeasure;
import org.planmetrics.model.quantity.Quantity;
import org.planmetrics.model.quantity.Unit;

/**
 * Shares of amounts: "主导产业项目投资额占比" ({@code measure: INVESTMENT}) and 资金到位率 ({@code
 * measure: PAID_IN}), on the bundled plan's leading-industry-share (more than 70%, window
 * 2022–2024) with its share redefined.
 */
class AmountSharesTest {

  /** leading-industry-share measured by {@code measure}, numerator {@code numerator}. */
  private static Plan measured(ShareMeasure measure, ProjectCriteria numerator) {
    return withTarget(PLAN, "leading-industry-share", t -> t.withShare(ShareDefinition.builder()
        .numerator(numerator).denominator(ProjectCriteria.builder().industrial(true).build())
        .measure(measure).build()));
  }

  private static final ProjectCriteria LEADING =
      ProjectCriteria.builder().leadingIndustry(true).build();
  private static final ProjectCriteria ALL = ProjectCriteria.builder().build();

  private static LedgerProject.Builder industrial(String id, String signedOn, String investment) {
    return project(id, signedOn, investment).industrial(true);
  }

  private static Observations ledger(String asOf, LedgerProject... projects) {
    return on(asOf).addProjects(projects).build();
  }

  private static Assessment share(ShareMeasure measure, ProjectCriteria numerator,
      Observations observations) {
    return assess(measured(measure, numerator), "leading-industry-share", observations);
  }

  // ---- INVESTMENT ----

  @Test
  void anInvestmentShareAddsUpTheProjectsInvestments() {
    // Leading: 20 + 30 + 40 = 90 亿元; all industrial: 90 + 60 = 150 亿元. 90 ÷ 150 = 0.6,
    // not above 0.7, in 2022 of 2022–2024 → BEHIND. By count it would be 3 ÷ 4 = 0.75.
    Observations o = ledger("2022-12-31",
        industrial("A", "2022-02-01", "20").leadingIndustry(true).build(),
        industrial("B", "2022-03-01", "30").leadingIndustry(true).build(),
        industrial("C", "2022-04-01", "40").leadingIndustry(true).build(),
        industrial("D", "2022-05-01", "60").build());

    Assessment a = share(ShareMeasure.INVESTMENT, LEADING, o);

    assertThat(a.actual().orElseThrow().value()).isEqualByComparingTo("0.6");
    assertThat(a.status()).isEqualTo(Status.BEHIND);
    assertThat(year(a, 2022).numerator()).hasValue(3L);
    assertThat(year(a, 2022).denominator()).hasValue(4L);
    assertThat(year(a, 2022).numeratorAmount()).hasValue(Quantity.of(dec("90"), Unit.CNY_100M));
    assertThat(year(a, 2022).denominatorAmount())
        .hasValue(Quantity.of(dec("150"), Unit.CNY_100M));
    // The bundled plan's readings follow the sentence.
    assertThat(a.explanation().zh()).startsWith("主导工业项目占比:规划期内计入分母的项目4个、总投资150.00亿元,"
        + "其中符合条件的3个、总投资90.00亿元,投资额占比60.0%,目标高于70%。落后。");
    assertThat(a.explanation().en()).contains("a share by investment of 60.0%");
    assertThat(share(ShareMeasure.COUNT, LEADING, o).actual().orElseThrow().value())
        .isEqualByComparingTo("0.75");
    assertThat(ShortfallSentences.shortfall(a).orElseThrow().zh())
        .contains("占比60.0%(150.00亿元中90.00亿元)");
    // With the plan, over the window in the share's measure: 70 − 60 = 10 points short.
    assertThat(ShortfallSentences.shortfall(measured(ShareMeasure.INVESTMENT, LEADING), a)
        .orElseThrow().zh())
        .isEqualTo("规划期内投资额占比60.0%(总投资150.00亿元中90.00亿元),距目标(高于70%)差10.0个百分点");
  }

  @Test
  void oneLargeProjectCarriesAnInvestmentShareThatItsCountWouldMiss() {
    // 1 leading project of 100 of 4 projects: by count 0.25; by investment
    // 100 ÷ (100 + 10 + 10 + 10) = 100 ÷ 130 = 0.769230769… > 0.7. Window over → MET.
    Observations o = ledger("2025-01-31",
        industrial("A", "2022-02-01", "100").leadingIndustry(true).build(),
        industrial("B", "2023-03-01", "10").build(),
        industrial("C", "2023-04-01", "10").build(),
        industrial("D", "2024-05-01", "10").build());

    Assessment a = share(ShareMeasure.INVESTMENT, LEADING, o);

    assertThat(a.actual().orElseThrow().value())
        .isEqualByComparingTo(dec("100").divide(dec("130"), org.planmetrics.metrics.Precision
            .MATH_CONTEXT));
    assertThat(a.status()).isEqualTo(Status.MET);
    // Each year has its own amounts: 2023 has 0 of 20.
    assertThat(year(a, 2023).actual().orElseThrow().value()).isEqualByComparingTo("0");
    assertThat(year(a, 2023).denominatorAmount()).hasValue(Quantity.of(dec("20"),
        Unit.CNY_100M));
  }

  @Test
  void anInvestmentShareOfProjectsThatInvestNothingIsNotAssessable() {
    Observations o = ledger("2022-12-31",
        industrial("A", "2022-02-01", "0").leadingIndustry(true).build(),
        industrial("B", "2022-03-01", "0").build());

    Assessment a = share(ShareMeasure.INVESTMENT, LEADING, o);

    assertThat(a.status()).isEqualTo(Status.NOT_ASSESSABLE);
    assertThat(a.reason().orElseThrow().zh()).contains("总投资为0");
    assertThat(year(a, 2022).actual()).isEmpty();
  }

  // ---- PAID_IN: 资金到位率 ----

  @Test
  void aFundingRateShortOfItsThresholdSaysSoInItsOwnWords() {
    // Contracted 10 + 20 + 30 = 60 亿元; paid in 5 + 10 + 25 = 40 亿元. 40 ÷ 60 = 66.7%, not
    // above 70%: 70 − 66.67 = 3.3 points short, BEHIND in 2023 of the window.
    Observations o = ledger("2023-06-30",
        industrial("A", "2022-02-01", "10").paidIn(dec("5")).build(),
        industrial("B", "2022-08-01", "20").paidIn(dec("10")).build(),
        industrial("C", "2023-03-01", "30").paidIn(dec("25")).build());

    Assessment a = share(ShareMeasure.PAID_IN, ALL, o);

    assertThat(a.status()).isEqualTo(Status.BEHIND);
    assertThat(ShortfallSentences.shortfall(measured(ShareMeasure.PAID_IN, ALL), a).orElseThrow()
        .zh()).isEqualTo("规划期内资金到位率66.7%(总投资60.00亿元中到位40.00亿元),距目标(高于70%)差3.3个百分点");
  }

  @Test
  void aFundingRateIsThePaidInCapitalOverTheContractedInvestment() {
    // Contracted 10 + 20 + 30 = 60 亿元; paid in 5 + 15 + 25 = 45 亿元. 45 ÷ 60 = 0.75 > 0.7,
    // in 2023 of the window → ON_TRACK.
    Observations o = ledger("2023-06-30",
        industrial("A", "2022-02-01", "10").paidIn(dec("5")).build(),
        industrial("B", "2022-08-01", "20").paidIn(dec("15")).build(),
        industrial("C", "2023-03-01", "30").paidIn(dec("25")).build(),
        // Not industrial, so outside the denominator, and its missing paidIn does not matter.
        project("D", "2023-03-01", "30").build());

    Assessment a = share(ShareMeasure.PAID_IN, ALL, o);

    assertThat(a.actual().orElseThrow().value()).isEqualByComparingTo("0.75");
    assertThat(a.status()).isEqualTo(Status.ON_TRACK);
    // 2022: 20 of 30; 2023 so far: 25 of 30.
    assertThat(year(a, 2022).numeratorAmount()).hasValue(Quantity.of(dec("20"), Unit.CNY_100M));
    assertThat(year(a, 2022).denominatorAmount()).hasValue(Quantity.of(dec("30"),
        Unit.CNY_100M));
    assertThat(a.explanation().zh()).startsWith("主导工业项目占比:规划期内计入的项目3个、总投资60.00亿元,"
        + "其中3个的实际到位资金45.00亿元,资金到位率75.0%,目标高于70%。进度正常。");
    assertThat(a.inputs()).containsExactly("/projects/0", "/projects/1", "/projects/2");
  }

  @Test
  void aFundingRateMayExceedOne() {
    // 12 paid in of a 10 contract (追加投资): 1.2, above 0.7; the window is over → MET.
    Assessment a = share(ShareMeasure.PAID_IN, ALL, ledger("2025-03-31",
        industrial("A", "2024-02-01", "10").paidIn(dec("12")).build()));

    assertThat(a.actual().orElseThrow().value()).isEqualByComparingTo("1.2");
    assertThat(a.status()).isEqualTo(Status.MET);
  }

  @Test
  void aCountedProjectWithoutPaidInMakesTheFundingRateNotAssessableAndIsNamed() {
    // Reading B's blank as 0 would give 5 ÷ 30 ≈ 0.17 and a shortfall nobody measured.
    Observations o = ledger("2022-12-31",
        industrial("A", "2022-02-01", "10").paidIn(dec("5")).build(),
        industrial("B", "2022-08-01", "20").build(),
        industrial("C", "2022-09-01", "20").build());

    Assessment a = share(ShareMeasure.PAID_IN, ALL, o);

    assertThat(a.status()).isEqualTo(Status.NOT_ASSESSABLE);
    assertThat(a.reason().orElseThrow().zh())
        .isEqualTo("2个计入的项目未填实际到位资金(/projects/1/paidIn、/projects/2/paidIn),未填不按0计");
    assertThat(a.reason().orElseThrow().en()).contains("/projects/1/paidIn, /projects/2/paidIn");
    assertThat(a.explanation().zh()).startsWith("主导工业项目占比目标高于70%无法评估:2个计入的项目未填实际到位资金");
  }

  @Test
  void aFundingRateOfAGroupAddsUpTheGroupsPaidInOverAllTheContracts() {
    // Numerator: leading projects only: paid in 8 (A); the contracts of all industrial
    // projects: 10 + 10 = 20. 8 ÷ 20 = 0.4; B's missing paidIn is outside the numerator.
    Observations o = ledger("2022-12-31",
        industrial("A", "2022-02-01", "10").leadingIndustry(true).paidIn(dec("8")).build(),
        industrial("B", "2022-03-01", "10").build());

    Assessment a = share(ShareMeasure.PAID_IN, LEADING, o);

    assertThat(a.actual().orElseThrow().value()).isEqualByComparingTo("0.4");
    assertThat(a.status()).isEqualTo(Status.BEHIND);
  }
}
