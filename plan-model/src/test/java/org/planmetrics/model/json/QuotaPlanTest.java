package org.planmetrics.model.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.planmetrics.model.InvalidPlanException;
import org.planmetrics.model.Plan;
import org.planmetrics.model.TeamMetric;
import org.planmetrics.model.UnitQuota;
import org.planmetrics.model.Violation;
import org.planmetrics.model.quantity.Quantity;
import org.planmetrics.model.quantity.Unit;

/**
 * A quota on the minimal plan: "各园区全年新签约工业项目投资额分别为800万元、600万元、300万元", one
 * figure for each of two parks and a township, in 万元 while the metric counts 亿元.
 */
class QuotaPlanTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String QUOTA = "/quotas/0";

  @Test
  void aQuotaWithAFigureForEachUnitIsValid() throws IOException {
    Plan plan = read(withQuota(q -> { }));

    UnitQuota quota = plan.quotas().get(0);
    assertThat(quota.metric()).isEqualTo(TeamMetric.SIGNED_INVESTMENT);
    assertThat(quota.year()).isEmpty();
    assertThat(quota.figures()).extracting(f -> f.unit())
        .containsExactly("north-park", "south-park", "east-township");
    // 800万元 is 0.08亿元, the metric's unit, exactly.
    assertThat(quota.figures().get(0).task().isEqual(Quantity.of("0.08", Unit.CNY_100M)))
        .isTrue();
    assertThat(PlanFiles.read(PlanFiles.write(plan), "again")).isEqualTo(plan);
  }

  @Test
  void everyBrokenRuleOfAQuotaIsListedAtItsPointer() throws IOException {
    InvalidPlanException e = refusal(withQuota(q -> {
      q.put("year", 2040);
      ArrayNode figures = (ArrayNode) q.get("figures");
      ((ObjectNode) figures.get(0)).put("unit", "west-park");
      ((ObjectNode) figures.get(1).get("task")).put("value", 700);
      ((ObjectNode) figures.get(2)).put("unit", "north-park");
    }));

    assertThat(e.violations()).extracting(Violation::path, Violation::rule)
        .containsExactlyInAnyOrder(
            tuple(QUOTA + "/year", "year-outside-window"),
            tuple(QUOTA + "/figures/0/unit", "unknown-reference"),
            tuple(QUOTA + "/figures/1/task/value", "task-mismatch"));
  }

  @Test
  void aUnitNamedTwiceIsRefused() throws IOException {
    InvalidPlanException e = refusal(withQuota(q ->
        ((ObjectNode) q.get("figures").get(2)).put("unit", "north-park")));

    assertThat(e.violations()).extracting(Violation::path, Violation::rule)
        .contains(tuple(QUOTA + "/figures/2", "duplicate-reference"));
  }

  @Test
  void activitiesTakeNoQuotaInAFileNorInJava() throws IOException {
    InvalidPlanException inFile = refusal(withQuota(q -> q.put("metric", "activities")));
    Plan plan = read(withQuota(q -> { }));
    UnitQuota quota = plan.quotas().get(0);
    InvalidPlanException inJava = catchThrowableOfType(InvalidPlanException.class,
        () -> plan.withQuotas(quota.withMetric(TeamMetric.ACTIVITIES)));

    // The schema lists the four metrics a quota takes; Java is held to the same rule.
    assertThat(inFile.violations()).extracting(Violation::path)
        .containsExactly(QUOTA + "/metric");
    assertThat(inJava.violations()).extracting(Violation::path, Violation::rule)
        .contains(tuple(QUOTA + "/metric", "quota-metric"));
  }

  @Test
  void aTaskInDollarsOrAHalfProjectIsRefused() throws IOException {
    InvalidPlanException dollars = refusal(withQuota(q ->
        ((ObjectNode) q.get("figures").get(0).get("task")).put("unit", "USD_10K")));
    InvalidPlanException half = refusal(withQuota(q -> {
      q.put("metric", "signed-projects");
      q.set("text", text("各园区全年新签约工业项目分别为2.5个、2个、1个"));
      ((ObjectNode) q.get("figures").get(0).get("task")).put("unit", "COUNT").put("value", 2.5);
      ((ObjectNode) q.get("figures").get(1).get("task")).put("unit", "COUNT").put("value", 2);
      ((ObjectNode) q.get("figures").get(2).get("task")).put("unit", "COUNT").put("value", 1);
    }));

    assertThat(dollars.violations()).extracting(Violation::path, Violation::rule)
        .containsExactly(tuple(QUOTA + "/figures/0/task/unit", "unit-mismatch"));
    assertThat(dollars.violations().get(0).messageZh()).hasValueSatisfying(m ->
        assertThat(m).startsWith("signed-investment配额的'task'单位须为CNY_100M"));
    assertThat(half.violations()).extracting(Violation::path, Violation::rule)
        .containsExactly(tuple(QUOTA + "/figures/0/task/value", "not-whole"));
  }

  private static String withQuota(Consumer<ObjectNode> change) throws IOException {
    ObjectNode plan;
    try (InputStream in = QuotaPlanTest.class.getResourceAsStream(
        "/org/planmetrics/model/fixtures/minimal-plan.json")) {
      plan = (ObjectNode) JSON.readTree(in);
    }
    ArrayNode units = (ArrayNode) plan.get("units");
    unit(units, "north-park", "北区工业园", "PARK");
    unit(units, "south-park", "南区工业园", "PARK");
    unit(units, "east-township", "东乡镇", "TOWNSHIP");
    ObjectNode quota = plan.putArray("quotas").addObject();
    quota.put("id", "park-signed-investment");
    quota.put("clause", "3.1");
    quota.set("text", text("各园区全年新签约工业项目投资额分别为800万元、600万元、300万元"));
    quota.put("metric", "signed-investment");
    ArrayNode figures = quota.putArray("figures");
    String[] ids = {"north-park", "south-park", "east-township"};
    int[] tasks = {800, 600, 300};
    for (int i = 0; i < 3; i++) {
      ObjectNode figure = figures.addObject().put("unit", ids[i]);
      figure.putObject("task").put("value", tasks[i]).put("unit", "CNY_10K");
    }
    change.accept(quota);
    return JSON.writeValueAsString(plan);
  }

  private static void unit(ArrayNode units, String id, String zh, String kind) {
    ObjectNode unit = units.addObject().put("id", id);
    unit.set("name", text(zh));
    unit.put("kind", kind);
  }

  private static ObjectNode text(String zh) {
    return JSON.createObjectNode().put("zh", zh).put("en", "(rendering)");
  }

  private static Plan read(String json) {
    return PlanFiles.read(json, "test");
  }

  private static InvalidPlanException refusal(String json) {
    InvalidPlanException e = catchThrowableOfType(InvalidPlanException.class,
        () -> PlanFiles.read(json, "test"));
    assertThat(e).as("the plan must be refused").isNotNull();
    return e;
  }
}
