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
   * Days after DAY0 of entering the pipeline and of signing (a pair; -1: not given, so that a
   * project with neither comes up too), of the start and of production, and the investment in
   * hundredths: a small range, so that every order of the dates comes up often.
   */
  private static TheoryBuilder4<int[], Integer, Integer, Integer> anyFigures() {
    return qt().withExamples(800).forAll(
        integers().between(-1, 20).zip(integers().between(-1, 20), (p, s) -> new int[] {p, s}),
        integers().between(-1, 20), integers().between(-1, 20), integers().between(-300, 300));
  }

  private static ProjectRules.Figures figures(int[] pipelineAndSigned, int started,
      int producing, int cents) {
    return new ProjectRules.Figures(day(pipelineAndSigned[0]), day(pipelineAndSigned[1]),
        day(started), day(producing), BigDecimal.valueOf(cents, 2));
  }

  @Test
  @Checks(Guarantee.JAVA_BUILDS_A_PROJECT_EXACTLY_WHEN_JSON_READS_IT)
  void javaBuildsAProjectExactlyWhenJsonReadsItWithoutAProblem() {
    anyFigures().checkAssert((pipelineAndSigned, started, producing, cents) -> {
      ProjectRules.Figures given = figures(pipelineAndSigned, started, producing, cents);
      InvalidArgumentException refused = null;
      LedgerProject built = null;
      try {
        built = LedgerProject.builder().id("P-1").pipelineOn(given.pipelineOn())
            .signedOn(given.signedOn()).startedOn(given.startedOn())
            .producingOn(given.producingOn()).investment(given.investment()).build();
      } catch (InvalidArgumentException e) {
        refused = e;
      }

      ObservationsJson.Reading reading = ObservationsJson.check(tree(given), PLAN);
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
    anyFigures().checkAssert((pipelineAndSigned, started, producing, cents) -> {
      ProjectRules.Figures given = figures(pipelineAndSigned, started, producing, cents);
      ProjectRules.Figures standIns = ProjectRules.standIns(given);

      assertThat(ProjectRules.broken(standIns)).isEmpty();
      if (ProjectRules.broken(given).isEmpty()) {
        assertThat(standIns).isEqualTo(given);
      }
    });
  }

  private static ObjectNode tree(ProjectRules.Figures figures) {
    ObjectNode body = PlanJson.mapper().createObjectNode();
    body.put("asOf", "2024-06-30");
    ObjectNode project = body.putArray("projects").addObject();
    project.put("id", "P-1");
    figures.pipelineOn().ifPresent(d -> project.put("pipelineOn", d.toString()));
    figures.signedOn().ifPresent(d -> project.put("signedOn", d.toString()));
    figures.startedOn().ifPresent(d -> project.put("startedOn", d.toString()));
    figures.producingOn().ifPresent(d -> project.put("producingOn", d.toString()));
    project.put("investment", figures.investment());
    return body;
  }
}
