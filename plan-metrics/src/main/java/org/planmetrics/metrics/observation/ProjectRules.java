package org.planmetrics.metrics.observation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.planmetrics.model.InvalidArgumentException;
import org.planmetrics.model.Violation;
import org.planmetrics.model.json.JsonPointers;

/**
 * The rules a ledger project holds to whichever way it is made, for example "'investment' must
 * not be negative but was -5": a {@link LedgerProject} refuses to be built against them (its
 * {@code @Value.Check}), and the readers of JSON, CSV and workbooks report every one they find,
 * each at its field, before they build. They need no plan, unlike the rules of {@link
 * ObservationChecks}.
 *
 * <ul>
 *   <li>{@code negative-investment}: {@code investment} is not below 0;
 *   <li>{@code date-order}: a project is signed, then started, then producing (签约 → 开工 → 投产),
 *       so {@code startedOn} is not before {@code signedOn}, nor {@code producingOn} before
 *       {@code startedOn} (or, without it, {@code signedOn});
 *   <li>{@code missing-stage}: {@code producingOn} comes with {@code startedOn}, since production
 *       without a start would count the project as neither started nor producing.
 * </ul>
 */
public final class ProjectRules {

  private ProjectRules() {}

  /**
   * One rule a project breaks: the {@code field}, the {@code rule}'s code, what the field must be
   * ({@code mustEn}, {@code mustZh}: "must not be negative", "不得为负数"), the refused value as
   * text (null for a missing one), and the whole message in both languages.
   */
  public record Broken(String field, String rule, String mustEn, String mustZh, String value,
      String messageEn, String messageZh) {

    /** The problem at {@code project}'s field, for example {@code /projects/3/investment}. */
    public Violation violation(String project) {
      return ObservationChecks.violation(JsonPointers.append(project, field), rule, messageEn,
          messageZh, value);
    }

    /** The exception a Java caller gets from {@code LedgerProject.builder()...build()}. */
    InvalidArgumentException exception() {
      // The value itself, not its text, so that the message shows it unquoted: "but was -5".
      Object refused = value == null ? null : field.equals("investment")
          ? new BigDecimal(value) : LocalDate.parse(value);
      return new InvalidArgumentException(field, mustEn, mustZh, refused);
    }
  }

  /** Every rule the project's figures break, in field order; empty when it may be built. */
  public static List<Broken> broken(LocalDate signedOn, Optional<LocalDate> startedOn,
      Optional<LocalDate> producingOn, BigDecimal investment) {
    List<Broken> out = new ArrayList<>(2);
    startedOn.filter(started -> started.isBefore(signedOn)).ifPresent(started ->
        out.add(before("startedOn", "signedOn", signedOn, started)));
    if (producingOn.isPresent() && startedOn.isEmpty()) {
      LocalDate producing = producingOn.get();
      out.add(new Broken("startedOn", "missing-stage",
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
      String shown = investment.toPlainString();
      out.add(new Broken("investment", "negative-investment", "must not be negative", "不得为负数",
          shown, "'investment' must not be negative but was " + shown,
          ObservationFields.zh("investment") + "不得为负数,实为" + shown));
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

  /** The problems of the project at {@code project} (a pointer), as {@link #broken} finds them. */
  public static List<Violation> violations(String project, LocalDate signedOn,
      Optional<LocalDate> startedOn, Optional<LocalDate> producingOn, BigDecimal investment) {
    return broken(signedOn, startedOn, producingOn, investment).stream()
        .map(b -> b.violation(project)).toList();
  }

  private static Broken before(String field, String earlierField, LocalDate earlier,
      LocalDate date) {
    String mustEn = "must not be before '" + earlierField + "' (" + earlier + ")";
    String mustZh = "不得早于" + ObservationFields.zhRef(earlierField) + "(" + earlier + ")";
    return new Broken(field, "date-order", mustEn, mustZh, date.toString(),
        "'" + field + "' " + mustEn + " but was " + date,
        ObservationFields.zh(field) + mustZh + ",实为" + date);
  }
}
