package org.planmetrics.metrics.observation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.planmetrics.model.Violation;

/**
 * The rules a ledger project holds to whichever way it is made, for example "'investment' must
 * not be negative but was -5": a {@link LedgerProject} refuses to be built against them (its
 * {@code @Value.Check}), and the readers of JSON, CSV and workbooks report every one they find,
 * each at its field, before they build. They need no plan, unlike the rules of {@link
 * ObservationChecks}.
 *
 * <ul>
 *   <li>{@code negative-investment}: {@code investment} is not below 0, nor {@code paidIn} nor
 *       {@code foreignCapital};
 *   <li>{@code date-order}: a project enters the pipeline, is signed, then started, then
 *       producing (储备 → 签约 → 开工 → 投产), so {@code signedOn} is not before {@code
 *       pipelineOn}, {@code startedOn} not before {@code signedOn}, nor {@code producingOn}
 *       before {@code startedOn} (or, without it, {@code signedOn});
 *   <li>{@code missing-stage}: a project has a {@code signedOn} or, still in the pipeline (储备),
 *       a {@code pipelineOn}; {@code startedOn} comes with {@code signedOn}, since a start
 *       without a contract would count the project as started but not signed; and {@code
 *       producingOn} comes with {@code startedOn}, since production without a start would count
 *       the project as neither started nor producing.
 * </ul>
 */
public final class ProjectRules {

  /**
   * The date a reader stands in for a missing signing date while it reports the project: any
   * date keeps the rules, and the input is refused whole, so it reaches no caller.
   */
  private static final LocalDate NO_DATE_GIVEN = LocalDate.EPOCH;

  private ProjectRules() {}

  /** Every rule the project's figures break, in field order; empty when it may be built. */
  public static List<BrokenRule> broken(Figures figures) {
    List<BrokenRule> out = new ArrayList<>(2);
    Optional<LocalDate> signedOn = figures.signedOn();
    Optional<LocalDate> startedOn = figures.startedOn();
    Optional<LocalDate> producingOn = figures.producingOn();
    if (signedOn.isEmpty() && figures.pipelineOn().isEmpty()) {
      out.add(new BrokenRule("signedOn", "missing-stage",
          "must be given, or 'pipelineOn' for a pipeline project",
          "须填写(尚未签约的储备项目改填" + ObservationFields.zhRef("pipelineOn") + ")", null,
          "'signedOn' is required, or 'pipelineOn' for a project in the pipeline (储备) not yet "
              + "signed: a project enters the ledger when it is taken into the pipeline or signed",
          "须填写" + ObservationFields.zhRef("signedOn") + ",尚未签约的储备项目改填"
              + ObservationFields.zhRef("pipelineOn") + ":项目自入储备或签约起记入台账"));
    } else if (signedOn.isEmpty() && startedOn.isPresent()) {
      out.add(requiredWith("signedOn", "startedOn", startedOn.get(),
          "a project starts after it is signed", "项目先签约后开工"));
    }
    if (signedOn.isPresent() && figures.pipelineOn().isPresent()
        && signedOn.get().isBefore(figures.pipelineOn().get())) {
      out.add(before("signedOn", "pipelineOn", figures.pipelineOn().get(), signedOn.get()));
    }
    if (signedOn.isPresent()) {
      LocalDate signed = signedOn.get();
      startedOn.filter(started -> started.isBefore(signed)).ifPresent(started ->
          out.add(before("startedOn", "signedOn", signed, started)));
    }
    if (producingOn.isPresent() && startedOn.isEmpty()) {
      out.add(requiredWith("startedOn", "producingOn", producingOn.get(),
          "a project produces after it starts", "项目先开工后投产"));
    }
    producingOn.ifPresent(producing -> {
      String field = startedOn.isPresent() ? "startedOn" : "signedOn";
      Optional<LocalDate> earliest = startedOn.or(() -> signedOn);
      if (earliest.isPresent() && producing.isBefore(earliest.get())) {
        out.add(before("producingOn", field, earliest.get(), producing));
      }
    });
    if (figures.investment().signum() < 0) {
      out.add(BrokenRule.of("investment", "negative-investment", "must not be negative", "不得为负数",
          figures.investment()));
    }
    return out;
  }

  /**
   * The figures of a project: its dates and its investment, as {@link #broken} and {@link
   * #standIns} take them. A pipeline project (储备) not yet signed has a {@code pipelineOn} and no
   * {@code signedOn}.
   */
  public record Figures(Optional<LocalDate> pipelineOn, Optional<LocalDate> signedOn,
      Optional<LocalDate> startedOn, Optional<LocalDate> producingOn, BigDecimal investment) {

    /** The figures of a signed project that was never in the pipeline. */
    public static Figures signed(LocalDate signedOn, Optional<LocalDate> startedOn,
        Optional<LocalDate> producingOn, BigDecimal investment) {
      return new Figures(Optional.empty(), Optional.of(signedOn), startedOn, producingOn,
          investment);
    }
  }

  /**
   * Figures that keep every rule, for a reader to build a project with while it reports the
   * rules the given ones break, so that the other checks (a duplicate id) still see the project:
   * a negative investment stands in as 0, a missing signing date as the earliest date given (or
   * 1970-01-01), a pipeline date after the signing as the signing date, a start out of order or
   * missing as the signing date, a production out of order as the start. Figures that keep the
   * rules come back unchanged. A reader that stands in for a value must refuse the whole input:
   * the stand-ins are never the caller's.
   */
  public static Figures standIns(Figures given) {
    Optional<LocalDate> signedOn = given.signedOn();
    if (signedOn.isEmpty() && (given.pipelineOn().isEmpty() || given.startedOn().isPresent())) {
      signedOn = Optional.of(Stream.of(given.pipelineOn(), given.startedOn(), given.producingOn())
          .flatMap(Optional::stream).min(LocalDate::compareTo).orElse(NO_DATE_GIVEN));
    }
    Optional<LocalDate> pipelineOn = given.pipelineOn();
    Optional<LocalDate> producingOn = given.producingOn();
    Optional<LocalDate> startedOn = given.startedOn();
    if (signedOn.isPresent()) {
      LocalDate signed = signedOn.get();
      pipelineOn = pipelineOn.map(date -> date.isAfter(signed) ? signed : date);
      startedOn = producingOn.isPresent() && startedOn.isEmpty()
          ? Optional.of(signed)
          : startedOn.map(date -> date.isBefore(signed) ? signed : date);
      LocalDate earliest = startedOn.orElse(signed);
      producingOn = producingOn.map(date -> date.isBefore(earliest) ? earliest : date);
    } else {
      // A pipeline project without a signing date: no start (refused above), so no production.
      producingOn = Optional.empty();
    }
    return new Figures(pipelineOn, signedOn, startedOn, producingOn,
        given.investment().signum() < 0 ? BigDecimal.ZERO : given.investment());
  }

  /**
   * Every rule the project's figures break, {@code paidIn} (实际到位资金) and {@code
   * foreignCapital} (外资金额) included: neither is below 0, like the investment. The capital paid
   * in may exceed the investment (追加投资).
   */
  public static List<BrokenRule> broken(Figures figures, Optional<BigDecimal> paidIn,
      Optional<BigDecimal> foreignCapital) {
    List<BrokenRule> out = broken(figures);
    paidIn.filter(amount -> amount.signum() < 0).ifPresent(amount -> out.add(BrokenRule.of(
        "paidIn", "negative-investment", "must not be negative", "不得为负数", amount)));
    foreignCapital.filter(amount -> amount.signum() < 0).ifPresent(amount -> out.add(
        BrokenRule.of("foreignCapital", "negative-investment", "must not be negative", "不得为负数",
            amount)));
    return out;
  }

  /**
   * An optional amount ({@code paidIn}, {@code foreignCapital}) as a reader builds the project
   * while it reports a negative one: 0.
   */
  public static Optional<BigDecimal> notNegative(Optional<BigDecimal> amount) {
    return amount.map(a -> a.signum() < 0 ? BigDecimal.ZERO : a);
  }

  /** The problems of the project at {@code project} (a pointer), as {@link #broken} finds them. */
  public static List<Violation> violations(String project, Figures figures) {
    return broken(figures).stream().map(b -> b.violation(project)).toList();
  }

  /**
   * {@code field}, missing, is required since {@code given} is given (on {@code date}): the
   * earlier stage must be recorded with the later one, for the reason {@code whyEn}/{@code whyZh}.
   */
  private static BrokenRule requiredWith(String field, String given, LocalDate date,
      String whyEn, String whyZh) {
    return new BrokenRule(field, "missing-stage",
        "must be given when '" + given + "' is (" + date + ")",
        "须填写(已填" + ObservationFields.zhRef(given) + "(" + date + "))", null,
        "'" + field + "' is required when '" + given + "' is given (" + date + "): " + whyEn,
        "填了" + ObservationFields.zhRef(given) + "(" + date + ")就须填" + ObservationFields.zh(field)
            + ":" + whyZh);
  }

  private static BrokenRule before(String field, String earlierField, LocalDate earlier,
      LocalDate date) {
    return BrokenRule.of(field, "date-order", "must not be before '" + earlierField + "' ("
        + earlier + ")", "不得早于" + ObservationFields.zhRef(earlierField) + "(" + earlier + ")",
        date);
  }
}
