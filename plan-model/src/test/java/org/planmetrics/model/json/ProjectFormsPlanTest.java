package org.planmetrics.model.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.planmetrics.model.CohortReach;
import org.planmetrics.model.CountingStage;
import org.planmetrics.model.InvalidPlanException;
import org.planmetrics.model.Plan;
import org.planmetrics.model.ShareDefinition;
import org.planmetrics.model.ShareMeasure;
import org.planmetrics.model.Target;
import org.planmetrics.model.TargetKind;
import org.planmetrics.model.Violation;

/**
 * Plan files with the project-ledger forms of issue 18: a selection's own stage, a share of
 * investment or of paid-in capital, and a cohort rate. The minimal
 * plan's share "大项目占比30%以上" is rewritten for each form; its numerator is
 * {@code {"tiers": ["large"]}} and its denominator {@code {"tiers": ["large", "medium"]}}.
 */
class ProjectFormsPlanTest {

  static final String SHARE = "\"share\": {\"numerator\": {\"tiers\": [\"large\"]}, "
      + "\"denominator\": {\"tiers\": [\"large\", \"medium\"]}}";
  static final String SHARE_AT = "/goals/0/targets/2/share";

  @Test
  void aSelectionMayNameItsOwnStage() throws IOException {
    Plan plan = PlanFiles.read(withShare("\"share\": {\"numerator\": {\"tiers\": [\"large\"], "
        + "\"stage\": \"STARTED\"}, \"denominator\": {\"tiers\": [\"large\", \"medium\"], "
        + "\"stage\": \"LISTED\"}}"), "test");

    ShareDefinition share = plan.goals().get(0).targets().get(2).share().orElseThrow();
    assertThat(share.numerator().stage()).hasValue(CountingStage.STARTED);
    assertThat(share.denominator().stageIn(plan)).isEqualTo(CountingStage.LISTED);
    assertThat(PlanFiles.read(PlanFiles.write(plan), "again")).isEqualTo(plan);
  }

  @Test
  void aSelectionWithoutAStageCountsAtThePlansCountingStage() throws IOException {
    Plan plan = PlanFiles.read(minimal().replace("\"countingStage\": \"SIGNED\"",
        "\"countingStage\": \"REGISTERED\""), "test");

    ShareDefinition share = plan.goals().get(0).targets().get(2).share().orElseThrow();
    assertThat(share.numerator().stage()).isEmpty();
    assertThat(share.numerator().stageIn(plan)).isEqualTo(CountingStage.REGISTERED);
  }

  @Test
  void aSelectionMayCountPipelineProjectsButThePlanAsAWholeMayNot() throws IOException {
    // "储备项目签约转化率": a share of the pipeline's projects that were signed.
    Plan plan = PlanFiles.read(withShare("\"share\": {\"numerator\": {\"tiers\": [\"large\"], "
        + "\"stage\": \"SIGNED\"}, \"denominator\": {\"tiers\": [\"large\", \"medium\"], "
        + "\"stage\": \"PIPELINE\"}}"), "test");
    assertThat(plan.goals().get(0).targets().get(2).share().orElseThrow().denominator().stage())
        .hasValue(CountingStage.PIPELINE);

    InvalidPlanException e = refusal(minimal().replace("\"countingStage\": \"SIGNED\"",
        "\"countingStage\": \"PIPELINE\""));
    assertThat(e.violations()).extracting(Violation::path, Violation::rule)
        .containsExactly(tuple("/projectTiers/countingStage", "pipeline-counting-stage"));
    assertThat(e.violations().get(0).messageZh()).hasValueSatisfying(m -> assertThat(m)
        .startsWith("'countingStage'(全方案的计数阶段)须为签约项目所达到的阶段").contains("'stage': PIPELINE"));
  }

  @Test
  void anUnknownStageIsRefusedAtItsPointer() throws IOException {
    InvalidPlanException e = refusal(withShare("\"share\": {\"numerator\": {\"tiers\": "
        + "[\"large\"], \"stage\": \"BUILT\"}, \"denominator\": {\"tiers\": [\"large\"]}}"));

    assertThat(e.violations()).extracting(Violation::path)
        .containsExactly(SHARE_AT + "/numerator/stage");
    Violation v = e.violations().get(0);
    assertThat(v.value()).contains("BUILT");
    assertThat(v.messageZh()).hasValueSatisfying(m -> assertThat(m).contains("REGISTERED",
        "LISTED"));
  }

  @Test
  void aShareMayMeasureInvestmentOrPaidInCapital() throws IOException {
    for (ShareMeasure measure : List.of(ShareMeasure.INVESTMENT, ShareMeasure.PAID_IN)) {
      Plan plan = PlanFiles.read(withShare(SHARE.replace("]}}", "]}, \"measure\": \""
          + measure + "\"}")), "test");

      ShareDefinition share = plan.goals().get(0).targets().get(2).share().orElseThrow();
      assertThat(share.measureOrCount()).isEqualTo(measure);
      assertThat(PlanFiles.read(PlanFiles.write(plan), "again")).isEqualTo(plan);
    }
  }

  @Test
  void aShareWithoutAMeasureCountsProjectsAndIsWrittenWithoutOne() throws IOException {
    Plan plan = PlanFiles.read(minimal(), "test");

    ShareDefinition share = plan.goals().get(0).targets().get(2).share().orElseThrow();
    assertThat(share.measure()).isEmpty();
    assertThat(share.measureOrCount()).isEqualTo(ShareMeasure.COUNT);
    assertThat(PlanFiles.write(plan)).doesNotContain("\"measure\"");
  }

  @Test
  void anUnknownMeasureIsRefusedAtItsPointerInBothLanguages() throws IOException {
    InvalidPlanException e = refusal(withShare(SHARE.replace("]}}",
        "]}, \"measure\": \"AMOUNT\"}")));

    assertThat(e.violations()).extracting(Violation::path)
        .containsExactly(SHARE_AT + "/measure");
    Violation v = e.violations().get(0);
    assertThat(v.value()).contains("AMOUNT");
    assertThat(v.messageZh()).hasValueSatisfying(m -> assertThat(m).contains("INVESTMENT",
        "PAID_IN"));
    assertThat(v.message()).contains("INVESTMENT");
  }

  // ---- COHORT_RATE ----

  static final String COHORT_TARGET = "{\"id\": \"same-year-starts\", \"clause\": \"1\", "
      + "\"text\": {\"zh\": \"签约项目当年开工率60%以上\", \"en\": \"at least 60% of the projects "
      + "signed in a year start that year\"}, \"kind\": \"COHORT_RATE\", "
      + "\"cohort\": {\"stage\": \"SIGNED\"}, "
      + "\"reached\": {\"stage\": \"STARTED\", \"within\": \"SAME_YEAR\"}, "
      + "\"operator\": \"AT_LEAST\", \"threshold\": {\"value\": 0.6, \"unit\": \"RATIO\"}, "
      + "\"commitment\": \"PLAIN\"}";
  static final String COHORT_AT = "/goals/0/targets/3";

  /** The minimal plan with {@code target} as a fourth target and its sentence in the goal. */
  static String withCohortTarget(String target) throws IOException {
    String json = minimal();
    String lastTargetEnd = "\"commitment\": \"PLAIN\"\n        }\n";
    assertThat(json).contains(lastTargetEnd, "大项目占比30%以上。");
    return json.replace("大项目占比30%以上。", "大项目占比30%以上;签约项目当年开工率60%以上。")
        .replace(lastTargetEnd, "\"commitment\": \"PLAIN\"\n        },\n        " + target + "\n");
  }

  @Test
  void aCohortRateTargetIsRead() throws IOException {
    Plan plan = PlanFiles.read(withCohortTarget(COHORT_TARGET), "test");

    Target target = plan.goals().get(0).targets().get(3);
    assertThat(target.kind()).isEqualTo(TargetKind.COHORT_RATE);
    assertThat(target.cohort().orElseThrow().stage()).hasValue(CountingStage.SIGNED);
    assertThat(target.reached().orElseThrow().within()).isEqualTo(CohortReach.Deadline.SAME_YEAR);
    assertThat(PlanFiles.read(PlanFiles.write(plan), "again")).isEqualTo(plan);
  }

  @Test
  void aCohortRateWithoutItsStageToReachIsRefusedAtThatField() throws IOException {
    InvalidPlanException e = refusal(withCohortTarget(COHORT_TARGET.replace(
        "\"reached\": {\"stage\": \"STARTED\", \"within\": \"SAME_YEAR\"}, ", "")));

    assertThat(e.violations()).extracting(Violation::path, Violation::rule)
        .containsExactly(tuple(COHORT_AT + "/reached", "missing-field"));
    assertThat(e.violations().get(0).messageZh()).hasValue("COHORT_RATE类目标须有'reached'");
  }

  @Test
  void aCohortThatMustReachItsOwnStageIsRefused() throws IOException {
    // The cohort counts at the plan's stage, SIGNED; reaching SIGNED again would always be 1.
    InvalidPlanException e = refusal(withCohortTarget(COHORT_TARGET
        .replace("\"cohort\": {\"stage\": \"SIGNED\"}", "\"cohort\": {}")
        .replace("{\"stage\": \"STARTED\", \"within\"", "{\"stage\": \"SIGNED\", \"within\"")));

    assertThat(e.violations()).extracting(Violation::path, Violation::rule)
        .containsExactly(tuple(COHORT_AT + "/reached/stage", "same-stage"));
    assertThat(e.violations().get(0).messageZh()).hasValueSatisfying(m ->
        assertThat(m).startsWith("'stage'(须达到的阶段)须不同于队列的阶段(SIGNED)").endsWith("实为SIGNED"));
  }

  @Test
  void aCohortRateAboveOneAndAnUnknownDeadlineAreRefusedEachAtItsPointer() throws IOException {
    InvalidPlanException above = refusal(withCohortTarget(COHORT_TARGET
        .replace("开工率60%", "开工率120%").replace("\"value\": 0.6", "\"value\": 1.2")));
    InvalidPlanException deadline = refusal(withCohortTarget(COHORT_TARGET
        .replace("SAME_YEAR", "THIS_YEAR")));

    assertThat(above.violations()).extracting(Violation::path, Violation::rule)
        .containsExactly(tuple(COHORT_AT + "/threshold/value", "share-out-of-range"));
    assertThat(above.violations().get(0).messageZh())
        .hasValue("COHORT_RATE类目标的'threshold'须大于0且不超过1,实为1.2");
    assertThat(deadline.violations()).extracting(Violation::path)
        .containsExactly(COHORT_AT + "/reached/within");
  }

  @Test
  void aShareMustNotHaveACohort() throws IOException {
    InvalidPlanException e = refusal(withShare(SHARE + ", \"cohort\": {\"stage\": \"SIGNED\"}"));

    assertThat(e.violations()).extracting(Violation::path, Violation::rule)
        .containsExactly(tuple("/goals/0/targets/2/cohort", "unexpected-field"));
  }

  static String withShare(String share) throws IOException {
    String json = minimal();
    assertThat(json).contains(SHARE);
    return json.replace(SHARE, share);
  }

  static InvalidPlanException refusal(String json) {
    InvalidPlanException e = catchThrowableOfType(InvalidPlanException.class,
        () -> PlanFiles.read(json, "test"));
    assertThat(e).as("the plan must be refused").isNotNull();
    return e;
  }

  static String minimal() throws IOException {
    try (InputStream in = ProjectFormsPlanTest.class.getResourceAsStream(
        "/org/planmetrics/model/fixtures/minimal-plan.json")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
