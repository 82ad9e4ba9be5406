package org.planmetrics.metrics.teams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.planmetrics.metrics.observation.LedgerProject;
import org.planmetrics.metrics.observation.ObservationChecks;
import org.planmetrics.metrics.observation.Observations;
import org.planmetrics.metrics.result.QuotaReport;
import org.planmetrics.metrics.result.QuotaStanding;
import org.planmetrics.metrics.result.Status;
import org.planmetrics.metrics.result.UnitQuotaStanding;
import org.planmetrics.model.InvalidArgumentException;
import org.planmetrics.model.LocalizedText;
import org.planmetrics.model.Plan;
import org.planmetrics.model.QuotaFigure;
import org.planmetrics.model.ResponsibleUnit;
import org.planmetrics.model.TeamMetric;
import org.planmetrics.model.UnitKind;
import org.planmetrics.model.UnitQuota;
import org.planmetrics.model.Violation;
import org.planmetrics.model.plans.BundledPlans;
import org.planmetrics.model.quantity.Quantity;
import org.planmetrics.model.quantity.Unit;

/**
 * The bundled plan with a quota of its own making: "各园区全年新签约工业项目投资额分别为800万元、600万元、
 * 300万元" for two parks and a township, assessed in May 2023 (time progress 5/12 ≈ 41.7%).
 */
class UnitQuotasTest {

  private static final Plan BUNDLED = BundledPlans.gongqingcheng2022();
  private static final Plan PLAN = Plan.builder().from(BUNDLED).units(units()).addQuotas(UnitQuota.builder()
      .id("park-signed-investment").clause("四.(一).1")
      .text(LocalizedText.of("各园区全年新签约工业项目投资额分别为800万元、600万元、300万元",
          "each park signs industrial projects of 8, 6 and 3 million yuan a year"))
      .metric(TeamMetric.SIGNED_INVESTMENT)
      .addFigures(figure("north-park", 800), figure("south-park", 600),
          figure("east-township", 300))
      .build()).build();

  private static List<ResponsibleUnit> units() {
    List<ResponsibleUnit> units = new ArrayList<>(BUNDLED.units());
    units.add(unit("north-park", "北区工业园", "North Park", UnitKind.PARK));
    units.add(unit("south-park", "南区工业园", "South Park", UnitKind.PARK));
    units.add(unit("east-township", "东乡镇", "East Township", UnitKind.TOWNSHIP));
    return units;
  }

  private static ResponsibleUnit unit(String id, String zh, String en, UnitKind kind) {
    return ResponsibleUnit.builder().id(id).name(LocalizedText.of(zh, en)).kind(kind).build();
  }

  private static QuotaFigure figure(String unit, int wan) {
    return QuotaFigure.builder().unit(unit).task(Quantity.of(BigDecimal.valueOf(wan),
        Unit.CNY_10K)).build();
  }

  private static LedgerProject project(String id, String signedOn, String yi, String unit) {
    LedgerProject.Builder p = LedgerProject.builder().id(id).signedOn(LocalDate.parse(signedOn))
        .investment(new BigDecimal(yi));
    return (unit == null ? p : p.unit(unit)).build();
  }

  /** The ledger on 2023-12-31: what May counts, and what it must not. */
  private static Observations ledger() {
    return Observations.builder().asOf(LocalDate.of(2023, 12, 31)).addProjects(
        // North: 0.03 + 0.026 = 0.056亿元 = 560万元 by May.
        project("n1", "2023-02-01", "0.03", "north-park"),
        project("n2", "2023-04-10", "0.026", "north-park"),
        // Signed in 2022 and in June: neither counts for May 2023.
        project("n0", "2022-11-30", "5", "north-park"),
        project("n3", "2023-06-02", "0.1", "north-park"),
        // South: 0.02亿元 = 200万元.
        project("s1", "2023-05-31", "0.02", "south-park"),
        // East: 0.03亿元 = 300万元, its whole task.
        project("e1", "2023-03-15", "0.03", "east-township"),
        // No unit: counts for none.
        project("x1", "2023-03-15", "9", null)).build();
  }

  @Test
  void mayTwentyTwentyThreeRanksTheUnitsByCompletion() {
    QuotaReport report = UnitQuotas.report(PLAN, ledger(), YearMonth.of(2023, 5));

    // 5 ÷ 12 to the library's 20 significant digits.
    assertThat(report.timeProgress()).isEqualByComparingTo(
        BigDecimal.valueOf(5).divide(BigDecimal.valueOf(12), new MathContext(20)));
    QuotaStanding quota = report.quotas().get(0);
    assertThat(quota.year()).isEqualTo(2023);
    assertThat(quota.units()).extracting(UnitQuotaStanding::unit, UnitQuotaStanding::rank,
            UnitQuotaStanding::status)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("east-township", 1, Status.MET),
            org.assertj.core.groups.Tuple.tuple("north-park", 2, Status.ON_TRACK),
            org.assertj.core.groups.Tuple.tuple("south-park", 3, Status.BEHIND));
    UnitQuotaStanding north = quota.units().get(1);
    assertThat(north.actual()).isEqualTo(Quantity.of("560", Unit.CNY_10K));
    assertThat(north.task()).isEqualTo(Quantity.of("800", Unit.CNY_10K));
    // 560 ÷ 800 = 70%; 70% − 41.67% = 28.33 points.
    assertThat(north.completion()).isEqualByComparingTo("0.7");
    assertThat(north.gapPercentagePoints().setScale(2, java.math.RoundingMode.HALF_UP))
        .isEqualByComparingTo("28.33");
    assertThat(north.summary().zh()).isEqualTo("北区工业园签约额完成560.00万元,年度任务800.00万元,"
        + "完成70.0%,超序时进度28.3个百分点,在3个单位中排名第2。进度正常。");
    // 200 ÷ 600 = 33.3%, 8.3 points behind.
    assertThat(quota.units().get(2).summary().zh()).contains("完成33.3%,落后序时进度8.3个百分点");
  }

  @Test
  void decemberEndsAQuotaShortOfItsFigureAsMissed() {
    // By December north has 560 + 1000 = 1560万元 (met); south still 200 of 600.
    QuotaStanding quota = UnitQuotas.report(PLAN, ledger(), YearMonth.of(2023, 12)).quotas()
        .get(0);

    assertThat(quota.units()).filteredOn(u -> u.unit().equals("south-park"))
        .extracting(UnitQuotaStanding::status).containsExactly(Status.MISSED);
    assertThat(quota.units()).filteredOn(u -> u.unit().equals("north-park"))
        .extracting(UnitQuotaStanding::status).containsExactly(Status.MET);
  }

  @Test
  void aQuotaForAnotherYearIsLeftOutAndAMonthNotOverIsRefused() {
    Plan only2024 = PLAN.withQuotas(PLAN.quotas().get(0).withYear(2024));

    assertThat(UnitQuotas.report(only2024, ledger(), YearMonth.of(2023, 5)).quotas()).isEmpty();
    InvalidArgumentException e = catchThrowableOfType(InvalidArgumentException.class,
        () -> UnitQuotas.report(PLAN, ledger(), YearMonth.of(2024, 1)));
    assertThat(e).isNotNull();
  }

  @Test
  void aProjectOfAUnitThePlanDoesNotHaveIsAViolation() {
    Observations o = Observations.builder().asOf(LocalDate.of(2023, 5, 31))
        .addProjects(project("w1", "2023-02-01", "1", "west-park")).build();

    List<Violation> violations = ObservationChecks.violations(o, PLAN);

    assertThat(violations).extracting(Violation::path, Violation::rule)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("/projects/0/unit", "unknown-unit"));
    assertThat(violations.get(0).messageZh()).hasValueSatisfying(m ->
        assertThat(m).startsWith("'unit'(所属单位)须为方案"));
  }
}
