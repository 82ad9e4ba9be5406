package org.planmetrics.model.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.planmetrics.model.json.ProjectFormsPlanTest.minimal;
import static org.planmetrics.model.json.ProjectFormsPlanTest.refusal;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.planmetrics.model.InvalidPlanException;
import org.planmetrics.model.Plan;
import org.planmetrics.model.Violation;
import org.planmetrics.model.quantity.Commitment;

/**
 * A county writing in traditional script keeps its words as written in the plan file: the
 * loader reads 力爭, 確保 and 30億元 as 力争, 确保 and 30亿元 when it checks a target against its
 * text. The minimal plan, its goal and target texts written in traditional script.
 */
class TraditionalScriptPlanTest {

  private static String traditional() throws IOException {
    String json = minimal();
    for (String[] pair : new String[][] {
        {"力争县外资金年增长10%以上,确保累计30亿元以上;大项目占比30%以上。",
            "力爭縣外資金年增長10%以上,確保累計30億元以上;大項目佔比30%以上。"},
        {"\"力争县外资金年增长10%以上\"", "\"力爭縣外資金年增長10%以上\""},
        {"\"确保累计30亿元以上\"", "\"確保累計30億元以上\""},
        {"\"大项目占比30%以上\"", "\"大項目佔比30%以上\""}}) {
      assertThat(json).contains(pair[0]);
      json = json.replace(pair[0], pair[1]);
    }
    return json;
  }

  @Test
  void commitmentsAndFiguresInTraditionalScriptAreReadAsWritten() throws IOException {
    Plan plan = PlanFiles.read(traditional(), "test");
    // 力爭 is STRIVE, 確保 ENSURE; the share after the semicolon has no word of its own: PLAIN.
    assertThat(plan.goals().get(0).targets()).extracting(t -> t.commitment()).containsExactly(
        Commitment.STRIVE, Commitment.ENSURE, Commitment.PLAIN);
    assertThat(plan.goals().get(0).targets().get(1).text().zh()).isEqualTo("確保累計30億元以上");
  }

  @Test
  void aMisEncodingInTraditionalScriptIsRefusedQuotingTheTextAsWritten() throws IOException {
    // Target 1 says 確保 (ENSURE) before 30億元 (30 CNY_100M); the file says STRIVE and 31.
    String json = traditional()
        .replaceFirst("\"commitment\": \"ENSURE\"", "\"commitment\": \"STRIVE\"")
        .replace("\"value\": 30, \"unit\": \"CNY_100M\"", "\"value\": 31, \"unit\": \"CNY_100M\"");
    assertThat(json).contains("\"value\": 31, \"unit\": \"CNY_100M\"");
    InvalidPlanException e = refusal(json);
    assertThat(e.violations()).extracting(Violation::path, Violation::rule).containsExactly(
        tuple("/goals/0/targets/1/threshold/value", "threshold-mismatch"));
    assertThat(e.violations().get(0).messages().zh()).contains("30億元");

    InvalidPlanException commitment = refusal(traditional()
        .replaceFirst("\"commitment\": \"ENSURE\"", "\"commitment\": \"STRIVE\""));
    assertThat(commitment.violations()).extracting(Violation::path, Violation::rule)
        .containsExactly(tuple("/goals/0/targets/1/commitment", "commitment-mismatch"));
    assertThat(commitment.violations().get(0).message())
        .isEqualTo("'commitment' must be ENSURE, as '确保' before 30億元 in its sentence says,"
            + " but was STRIVE");
  }
}
