package org.planmetrics.model.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.planmetrics.model.CountingStage;
import org.planmetrics.model.InvalidPlanException;
import org.planmetrics.model.Plan;
import org.planmetrics.model.ShareDefinition;
import org.planmetrics.model.ShareMeasure;
import org.planmetrics.model.Violation;

/**
 * Plan files with the project-ledger forms of issue 18: a selection's own stage, a share of
 * investment or of paid-in capital. The minimal
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
