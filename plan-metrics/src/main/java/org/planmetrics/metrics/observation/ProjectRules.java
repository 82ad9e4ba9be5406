package org.planmetrics.metrics.observation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.planmetrics.model.Violation;

/**
 * The rules a ledger project holds to whichever way it is made, for example "'investment' must
 * not be negative but was -5": a {@link LedgerProject} refuses to be built against them (its
 * {@code @Value.Check}), and the readers of JSON, CSV and workbooks report every one they find,
 * each at its field, before they build. They need no plan, unlike the rules of {@link
 * ObservationChecks}.
 *
 * <ul>
 *   <li>{@code negative-investment}: {@code investment} is not below 0, nor {@code paidIn};
 *   <li>{@code date-order}: a project is signed, then started, then producing (签约 → 开工 → 投产),
 *       so {@code startedOn} is not before {@code signedOn}, nor {@code producingOn} before
 *       {@code startedOn} (or, without it, {@code signedOn});
 *   <li>{@code missing-stage}: {@code producingOn} comes with {@code startedOn}, since production
 *       without a start would count the project as neither started nor producing.
 * </ul>
 */
public final class ProjectRules {

  private ProjectRules() {}

  /** Every rule the project's figures break, in field order; empty when it may be built. */
  public static List<BrokenRule> broken(LocalDate signedOn, Optional<LocalDate> startedOn,
      Optional<LocalDate> producingOn, BigDecimal investment) {
    List<BrokenRule> out = new ArrayList<>(2);
    startedOn.filter(started -> started.isBefore(signedOn)).ifPresent(started ->
        out.add(before("startedOn", "signedOn", signedOn, started)));
    if (producingOn.isPresent() && startedOn.isEmpty()) {
      LocalDate producing = producingOn.get();
      out.add(new BrokenRule("startedOn", "missing-stage",
          "must be given when 'producingOn' is (" + producing + ")",
          "须填写(已填" + ObservationFields.zhRef("producingOn") + "(" + producing + "))", null,
          "'startedOn' is required when 'producingOn' is given (" + producing + "): a project "
              + "produces after it starts",
          "填了" + ObservationFields.zhRef("producingOn") + "(" + producing + ")就须填"
              + ObservationFields.zh("startedOn") + ":项目先开工后投产"));
    }
    producingOn.ifPresent(producing -> {
      String field = startedOn.isPresent() ? "startedOn" : "signedOn";
      LocalDate earliest = startedOn.orElse(signedOn);
      if (producing.isBefore(earliest)) {
        out.add(before("producingOn", field, earliest, producing));
      }
    });
    if (investment.signum() < 0) {
      out.add(BrokenRule.of("investment", "negative-investment", "must not be negative", "不得为负数",
          investment));
    }
    return out;
  }

  /**
   * The figures of a project: its dates and its investment, as {@link #broken} and {@link
   * #standIns} take them.
   */
  public record Figures(LocalDate signedOn, Optional<LocalDate> startedOn,
      Optional<LocalDate> producingOn, BigDecimal investment) {}

  /**
   * Figures that keep every rule, for a reader to build a project with while it reports the
   * rules the given ones break, so that the other checks (a duplicate id) still see the project:
   * a negative investment stands in as 0, a start out of order or missing as the signing date, a
   * production out of order as the start. Figures that keep the rules come back unchanged. A
   * reader that stands in for a value must refuse the whole input: the stand-ins are never the
   * caller's.
   */
  public static Figures standIns(LocalDate signedOn, Optional<LocalDate> startedOn,
      Optional<LocalDate> producingOn, BigDecimal investment) {
    Optional<LocalDate> started = producingOn.isPresent() && startedOn.isEmpty()
        ? Optional.of(signedOn)
        : startedOn.map(date -> date.isBefore(signedOn) ? signedOn : date);
    LocalDate earliest = started.orElse(signedOn);
    Optional<LocalDate> producing = producingOn
        .map(date -> date.isBefore(earliest) ? earliest : date);
    return new Figures(signedOn, started, producing, investment.signum() < 0
        ? BigDecimal.ZERO : investment);
  }

  /**
   * Every rule the project's figures break, {@code paidIn} (实际到位资金) included: it is not
   * below 0, like the investment. It may exceed the investment (追加投资).
   */
  public static List<BrokenRule> broken(LocalDate signedOn, Optional<LocalDate> startedOn,
      Optional<LocalDate> producingOn, BigDecimal investment, Optional<BigDecimal> paidIn) {
    List<BrokenRule> out = broken(signedOn, startedOn, producingOn, investment);
    paidIn.filter(amount -> amount.signum() < 0).ifPresent(amount -> out.add(BrokenRule.of(
        "paidIn", "negative-investment", "must not be negative", "不得为负数", amount)));
    return out;
  }

  /** {@code paidIn} as a reader builds the project while it reports a negative one: 0. */
  public static Optional<BigDecimal> paidInStandIn(Optional<BigDecimal> paidIn) {
    return paidIn.map(amount -> amount.signum() < 0 ? BigDecimal.ZERO : amount);
  }

  /** The problems of the project at {@code project} (a pointer), as {@link #broken} finds them. */
  public static List<Violation> violations(String project, LocalDate signedOn,
      Optional<LocalDate> startedOn, Optional<LocalDate> producingOn, BigDecimal investment) {
    return broken(signedOn, startedOn, producingOn, investment).stream()
        .map(b -> b.violation(project)).toList();
  }

  private static BrokenRule before(String field, String earlierField, LocalDate earlier,
      LocalDate date) {
    return BrokenRule.of(field, "date-order", "must not be before '" + earlierField + "' ("
        + earlier + ")", "不得早于" + ObservationFields.zhRef(earlierField) + "(" + earlier + ")",
        date);
  }
}
