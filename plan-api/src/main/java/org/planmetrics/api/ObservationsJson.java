package org.planmetrics.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.planmetrics.metrics.observation.Observations;
import org.planmetrics.model.Plan;
import org.planmetrics.model.Violation;

/**
 * Observations JSON read from a file, for example one given to the command line, with the same
 * checks and the same words as a request body ({@link ObservationsReader}): read limits, numbers
 * of at most 40 digits, at most 10,000 projects and events, 500 teams, and each failure as a
 * {@link Violation} with its JSON Pointer, in Chinese and English. What is refused is thrown as
 * {@link Refused}, every problem of the fields and of the plan's checks at once.
 */
public final class ObservationsJson {

  private ObservationsJson() {}

  /**
   * The observations {@code json} holds, checked against {@code plan}; {@code asOf}, if given,
   * stands in for the document's own {@code asOf} (which may then be left out).
   *
   * @throws Refused with the violations, if the bytes are not observations JSON
   */
  public static Observations read(byte[] json, Plan plan, Optional<LocalDate> asOf) {
    try {
      return new ObservationsReader(ServerSettings.defaults()).read(json, plan, asOf);
    } catch (ApiProblem problem) {
      List<Violation> violations = problem.errors.isEmpty()
          ? List.of(Violation.builder().path("").rule(problem.slug).message(problem.detail.en())
              .messageZh(problem.detail.zh()).build())
          : problem.errors;
      throw new Refused(problem.slug, violations);
    }
  }

  /** Observations JSON refused: the problem's type ({@code malformed-json}) and its violations. */
  public static final class Refused extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String kind;
    private final transient List<Violation> violations;

    Refused(String kind, List<Violation> violations) {
      super(kind + ": " + violations);
      this.kind = kind;
      this.violations = List.copyOf(violations);
    }

    /** The kind of refusal, as the REST API types it: {@code malformed-json}, {@code invalid-body}. */
    public String kind() {
      return kind;
    }

    public List<Violation> violations() {
      return violations;
    }
  }
}
