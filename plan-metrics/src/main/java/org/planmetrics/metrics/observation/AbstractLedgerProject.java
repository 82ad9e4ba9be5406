package org.planmetrics.metrics.observation;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.planmetrics.model.CountingStage;
import org.planmetrics.model.InvestorType;
import org.planmetrics.model.quantity.Quantity;
import org.planmetrics.model.quantity.Unit;

/**
 * One project of a county's ledger (项目台账), for example {@code P-2022-001}, signed on
 * 2022-05-10 with a total investment of 120.5 亿元, industrial and in a leading industry; or a
 * project in the pipeline (储备), with a {@code pipelineOn} date and no signing yet.
 *
 * <p>A project holds to {@link ProjectRules} however it is made: {@code build()} throws {@link
 * org.planmetrics.model.InvalidArgumentException} for a negative investment or dates out of
 * order, as JSON, CSV and workbooks refuse them.
 */
@Value.Immutable
@JsonSerialize(as = LedgerProject.class)
@JsonDeserialize(as = LedgerProject.class)
abstract class AbstractLedgerProject {

  public abstract String id();

  @Value.Default
  public String name() {
    return "";
  }

  /**
   * The date the project was taken into the county's pipeline (储备, 项目储备库), for targets
   * that count at stage {@code PIPELINE}; not after {@link #signedOn()}.
   */
  public abstract Optional<LocalDate> pipelineOn();

  /**
   * The signing date (签约). Only projects signed on or before the assessment date count. Absent
   * for a pipeline project not yet signed, which is then in no report of signed projects.
   */
  public abstract Optional<LocalDate> signedOn();

  /** The date construction started (开工), for plans that count started projects. */
  public abstract Optional<LocalDate> startedOn();

  /** The date production started (投产), for plans that count producing projects. */
  public abstract Optional<LocalDate> producingOn();

  /**
   * The date the project's company was registered in the county (落地/注册), for targets that
   * count at stage {@code REGISTERED}. No order with the other dates is required: a company is
   * registered before signing as often as after.
   */
  public abstract Optional<LocalDate> registeredOn();

  /**
   * The date the project was listed in the statistics database (入库, for example 入统), for
   * targets that count at stage {@code LISTED}.
   */
  public abstract Optional<LocalDate> listedOn();

  /** Total investment in 亿元. */
  public abstract BigDecimal investment();

  /**
   * The capital actually paid in to date (实际到位资金), in 亿元 like {@link #investment()}, for
   * funding-rate shares (资金到位率). Absent: not recorded, which is not the same as 0.
   */
  public abstract Optional<BigDecimal> paidIn();

  /**
   * The foreign capital of a foreign-funded project (外资金额, for example 合同外资), in 万美元, for
   * tiers with bounds in dollars ("1亿元(外资1000万美元)以上"). Absent or 0 for a domestic
   * project, which is placed by its {@link #investment()} in yuan.
   */
  public abstract Optional<BigDecimal> foreignCapital();

  /** {@link #investment()} with its unit, 亿元. */
  public Quantity investmentAmount() {
    return Quantity.of(investment(), Unit.CNY_100M);
  }

  /** {@link #foreignCapital()} with its unit, 万美元. */
  public Optional<Quantity> foreignCapitalAmount() {
    return foreignCapital().map(amount -> Quantity.of(amount, Unit.USD_10K));
  }

  @Value.Default
  public boolean industrial() {
    return false;
  }

  @Value.Default
  public boolean leadingIndustry() {
    return false;
  }

  @Value.Default
  public boolean strategicEmerging() {
    return false;
  }

  public abstract Set<InvestorType> investorTypes();

  /** The roster team that follows the project, for example {@code team-1}. */
  public abstract Optional<String> team();

  /** The plan's key direction (重点方向) the project belongs to, for example {@code emerging-industries}. */
  public abstract Optional<String> direction();

  /**
   * The plan's responsible unit, park or township the project counts for in the plan's quotas,
   * for example {@code north-park}; a project with none counts for no unit's quota.
   */
  public abstract Optional<String> unit();

  /**
   * Refuses a project that breaks a rule of {@link ProjectRules}, with the first rule broken, so
   * that no reader and no assessment ever sees one.
   *
   * @throws org.planmetrics.model.InvalidArgumentException naming the field, the rule and the
   *     value, for example "'investment' must not be negative but was -5"
   */
  @Value.Check
  protected void checkRules() {
    BrokenRule.refuseFirst(ProjectRules.broken(new ProjectRules.Figures(pipelineOn(),
        signedOn(), startedOn(), producingOn(), investment()), paidIn(), foreignCapital()));
  }

  /**
   * Whether the project was signed from {@code from} through {@code through}, both days
   * included: a pipeline project not yet signed never was, so every report of signed projects
   * (funnels, teams, bulletin, breakdowns) leaves it out through this one test.
   */
  public boolean signedWithin(LocalDate from, LocalDate through) {
    return signedOn().filter(day -> !day.isBefore(from) && !day.isAfter(through)).isPresent();
  }

  /** The date the project reached {@code stage}, if it has. */
  public Optional<LocalDate> reached(CountingStage stage) {
    switch (stage) {
      case PIPELINE:
        return pipelineOn();
      case SIGNED:
        return signedOn();
      case STARTED:
        return startedOn();
      case PRODUCING:
        return producingOn();
      case REGISTERED:
        return registeredOn();
      case LISTED:
        return listedOn();
      default:
        throw new AssertionError(stage);
    }
  }
}
