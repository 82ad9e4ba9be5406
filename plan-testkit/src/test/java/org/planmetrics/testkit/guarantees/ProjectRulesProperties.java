package org.planmetrics.testkit.guarantees;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.planmetrics.metrics.observation.LedgerProject;
import org.planmetrics.metrics.observation.ObservationsJson;
import org.planmetrics.metrics.observation.ProjectRules;
import org.planmetrics.model.InvalidArgumentException;
import org.planmetrics.model.Plan;
import org.planmetrics.model.Violation;
import org.planmetrics.model.json.PlanJson;
import org.planmetrics.model.plans.BundledPlans;
import org.planmetrics.testkit.Guarantee;
import org.quicktheories.dsl.TheoryBuilder4;

/**
 * The same rules hold whichever way a project is made (see {@link Guarantee}): what Java builds,
 * JSON reads without a problem, and what Java refuses, JSON refuses at the field Java names, in
 * the same words. The figures come from small ranges rather than the kit's ledgers, which keep
 * every rule: here every order of the dates must come up often.
 */
class ProjectRulesProperties {

  private static final Plan PLAN = BundledPlans.gongqingcheng2022();

  private static final LocalDate DAY0 = LocalDate.of(2022, 1, 1);

  /** Days after DAY0, or -1 for a date not given. */
  private static Optional<LocalDate> day(int days) {
    return days < 0 ? Optional.empty() : Optional.of(DAY0.plusDays(days));
  }

  /**
   * Days of signing after DAY0, of the start and of production (-1: not given), and the
   * investment in hundredths: a small range, so that every order of the dates comes up often.
   */
  private static TheoryBuilder4<Integer, Integer, Integer, Integer> anyFigures() {
    return qt().withExamples(500).forAll(integers().between(0, 20), integers().between(-1, 20),
        integers().between(-1, 20), integers().between(-300, 300));
  }

  @Test
  @Checks(Guarantee.JAVA_BUILDS_A_PROJECT_EXACTLY_WHEN_JSON_READS_IT)
  void javaBuildsAProjectExactlyWhenJsonReadsItWithoutAProblem() {
    anyFigures().checkAssert((signed, started, producing, cents) -> {
      LocalDate signedOn = DAY0.plusDays(signed);
      BigDecimal investment = BigDecimal.valueOf(cents, 2);
      InvalidArgumentException refused = null;
      LedgerProject built = null;
      try {
        built = LedgerProject.builder().id("P-1").signedOn(signedOn)
            .startedOn(day(started)).producingOn(day(producing)).investment(investment)
            .build();
      } catch (InvalidArgumentException e) {
        refused = e;
      }

      ObservationsJson.Reading reading = ObservationsJson.check(
          tree(signedOn, day(started), day(producing), investment), PLAN);
      assertThat(reading.fieldProblems()).isEmpty();
      List<Violation> problems = reading.planProblems();

      if (built != null) {
        assertThat(problems).isEmpty();
        assertThat(reading.observations().orElseThrow().projects()).containsExactly(built);
      } else {
        assertThat(problems).isNotEmpty();
        assertThat(reading.observations()).isEmpty();
        Violation first = problems.get(0);
        assertThat(first.path()).isEqualTo("/projects/0/" + refused.argument());
        assertThat(first.value().orElse("null")).isEqualTo(refused.value());
        if (!first.rule().equals("missing-stage")) {
          assertThat(first.message()).isEqualTo(refused.getMessage());
        }
        // JSON still lists every rule broken, not only the first.
        assertThat(problems).extracting(Violation::path).doesNotHaveDuplicates()
            .allMatch(p -> p.startsWith("/projects/0/"));
      }
    });
  }

  @Test
  @Checks(Guarantee.STAND_INS_KEEP_EVERY_RULE_AND_CHANGE_NOTHING_THAT_DOES)
  void standInsKeepEveryRuleAndChangeNothingThatDoes() {
    anyFigures().checkAssert((signed, started, producing, cents) -> {
      LocalDate signedOn = DAY0.plusDays(signed);
      BigDecimal investment = BigDecimal.valueOf(cents, 2);
      ProjectRules.Figures given = new ProjectRules.Figures(signedOn, day(started),
          day(producing), investment);
      ProjectRules.Figures standIns = ProjectRules.standIns(signedOn, day(started),
          day(producing), investment);

      assertThat(ProjectRules.broken(standIns.signedOn(), standIns.startedOn(),
          standIns.producingOn(), standIns.investment())).isEmpty();
      if (ProjectRules.broken(signedOn, day(started), day(producing), investment).isEmpty()) {
        assertThat(standIns).isEqualTo(given);
      }
    });
  }

  private static ObjectNode tree(LocalDate signedOn, Optional<LocalDate> startedOn,
      Optional<LocalDate> producingOn, BigDecimal investment) {
    ObjectNode body = PlanJson.mapper().createObjectNode();
    body.put("asOf", "2024-06-30");
    ObjectNode project = body.putArray("projects").addObject();
    project.put("id", "P-1");
    project.put("signedOn", signedOn.toString());
    startedOn.ifPresent(d -> project.put("startedOn", d.toString()));
    producingOn.ifPresent(d -> project.put("producingOn", d.toString()));
    project.put("investment", investment);
    return body;
  }
}
