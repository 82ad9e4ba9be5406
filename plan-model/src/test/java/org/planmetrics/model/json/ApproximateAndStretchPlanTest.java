package org.planmetrics.model.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.planmetrics.model.InvalidPlanException;
import org.planmetrics.model.Plan;
import org.planmetrics.model.Target;
import org.planmetrics.model.Violation;
import org.planmetrics.model.quantity.Commitment;
import org.planmetrics.model.quantity.ComparisonOperator;
import org.planmetrics.model.quantity.Quantity;
import org.planmetrics.model.quantity.Unit;

/**
 * Three forms of target texts that leave a choice open, on the minimal plan's targets: a bare
 * figure ("确保累计30亿元"), 左右 ("大项目占比30%左右") and two thresholds on one indicator ("确保累计
 * 30亿元以上,力争32亿元以上").
 */
class ApproximateAndStretchPlanTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String TOTAL = "/goals/0/targets/1";
  private static final String SHARE = "/goals/0/targets/2";

  // A bare figure.

  @Test
  void aBareFigureReadAsAFloorWithAReadingIsValid() throws IOException {
    Plan plan = read(edit(TOTAL, t -> t.set("text", text("确保累计30亿元")), reading("capital-total")));

    Target total = plan.target("capital-total").orElseThrow();
    assertThat(total.operator()).isEqualTo(ComparisonOperator.AT_LEAST);
    assertThat(plan.readings()).hasSize(1);
    assertThat(plan.readings().get(0).targets()).containsExactly("capital-total");
  }

  @Test
  void aBareFigureWithoutAReadingIsRefused() throws IOException {
    InvalidPlanException e = refusal(edit(TOTAL, t -> t.set("text", text("确保累计30亿元"))));

    assertThat(e.violations()).extracting(Violation::path, Violation::rule)
        .containsExactly(tuple(TOTAL + "/operator", "unread-bare-figure"));
    assertThat(e.violations().get(0).messageZh()).hasValueSatisfying(m -> assertThat(m)
        .contains("30亿元", "原文未写比较词,按下限理解"));
  }

  @Test
  void aBareFigureReadAsAnythingButAFloorIsRefused() throws IOException {
    InvalidPlanException e = refusal(edit(TOTAL, t -> {
      t.set("text", text("确保累计30亿元"));
      t.put("operator", "GREATER_THAN");
    }, reading("capital-total")));

    assertThat(e.violations()).extracting(Violation::path, Violation::rule, Violation::value)
        .containsExactly(tuple(TOTAL + "/operator", "bare-figure-operator",
            java.util.Optional.of("GREATER_THAN")));
  }

  // 左右.

  @Test
  void approximatelyWithAToleranceAndAReadingIsJudgedFromTheLoweredFloor() throws IOException {
    Plan plan = read(edit(SHARE, about("0.02"), reading("large-share")));

    Target share = plan.target("large-share").orElseThrow();
    assertThat(share.operator()).isEqualTo(ComparisonOperator.APPROXIMATELY);
    // 30% − 2 percentage points = 28%.
    assertThat(share.approximateFloor()).hasValueSatisfying(floor ->
        assertThat(floor.isEqual(Quantity.of("0.28", Unit.RATIO))).isTrue());
    assertThat(PlanFiles.read(PlanFiles.write(plan), "again")).isEqualTo(plan);
  }

  @Test
  void approximatelyWithoutAReadingIsRefused() throws IOException {
    InvalidPlanException e = refusal(edit(SHARE, about("0.02")));

    assertThat(e.violations()).extracting(Violation::path, Violation::rule)
        .containsExactly(tuple(SHARE + "/tolerance", "unread-tolerance"));
  }

  @Test
  void aToleranceThatLeavesNoFloorIsRefused() throws IOException {
    // 30% − 30 points leaves a share of at least 0, which every ledger meets.
    InvalidPlanException e = refusal(edit(SHARE, about("0.3"), reading("large-share")));

    assertThat(e.violations()).extracting(Violation::path, Violation::rule)
        .containsExactly(tuple(SHARE + "/tolerance/value", "tolerance-too-large"));
  }

  @Test
  void aToleranceInAnotherUnitOrOnAnotherOperatorIsRefused() throws IOException {
    InvalidPlanException inYuan = refusal(edit(SHARE, about("0.02").andThen(t ->
        ((ObjectNode) t.get("tolerance")).put("unit", "CNY_100M")), reading("large-share")));
    InvalidPlanException onAFloor = refusal(edit(SHARE, t -> t.putObject("tolerance")
        .put("value", 0.02).put("unit", "RATIO")));

    assertThat(inYuan.violations()).extracting(Violation::path, Violation::rule)
        .containsExactly(tuple(SHARE + "/tolerance/unit", "unit-mismatch"));
    assertThat(onAFloor.violations()).extracting(Violation::path, Violation::rule)
        .containsExactly(tuple(SHARE + "/tolerance", "unexpected-field"));
  }

  @Test
  void approximatelyWithoutAToleranceIsRefused() throws IOException {
    InvalidPlanException e = refusal(edit(SHARE, about("0.02").andThen(t -> t.remove("tolerance")),
        reading("large-share")));

    assertThat(e.violations()).extracting(Violation::path, Violation::rule)
        .containsExactly(tuple(SHARE + "/tolerance", "missing-field"));
  }

  // Two thresholds.

  @Test
  void aStretchAboveTheBindingFigureIsValid() throws IOException {
    Plan plan = read(edit(TOTAL, stretch("确保累计30亿元以上,力争32亿元以上", 32, "STRIVE")));

    Target total = plan.target("capital-total").orElseThrow();
    assertThat(total.commitment()).isEqualTo(Commitment.ENSURE);
    assertThat(total.stretch()).hasValueSatisfying(s -> {
      assertThat(s.threshold()).isEqualTo(Quantity.of("32", Unit.CNY_100M));
      assertThat(s.commitment()).isEqualTo(Commitment.STRIVE);
    });
    assertThat(PlanFiles.read(PlanFiles.write(plan), "again")).isEqualTo(plan);
  }

  @Test
  void aStretchInAnotherScaleOfTheCurrencyIsComparedExactly() throws IOException {
    // 320000万元 is 32亿元: stricter than 30亿元, and the text's figure.
    Plan plan = read(edit(TOTAL, stretch("确保累计30亿元以上,力争32亿元以上", 320000, "STRIVE")
        .andThen(t -> ((ObjectNode) t.get("stretch").get("threshold")).put("unit", "CNY_10K"))));

    assertThat(plan.target("capital-total").orElseThrow().stretch()).isPresent();
  }

  @Test
  void aStretchThatIsNoStricterIsRefused() throws IOException {
    InvalidPlanException e = refusal(edit(TOTAL,
        stretch("确保累计30亿元以上,力争28亿元以上", 28, "STRIVE")));

    assertThat(e.violations()).extracting(Violation::path, Violation::rule)
        .containsExactly(tuple(TOTAL + "/stretch/threshold/value", "stretch-not-stricter"));
  }

  @Test
  void aStretchMustBeAFigureOfTheTextWithItsOwnCommitmentWord() throws IOException {
    InvalidPlanException absent = refusal(edit(TOTAL,
        stretch("确保累计30亿元以上,力争32亿元以上", 33, "STRIVE")));
    InvalidPlanException plain = refusal(edit(TOTAL,
        stretch("确保累计30亿元以上,力争32亿元以上", 32, "PLAIN")));

    assertThat(absent.violations()).extracting(Violation::path, Violation::rule)
        .containsExactly(tuple(TOTAL + "/stretch/threshold/value", "threshold-mismatch"));
    assertThat(plain.violations()).extracting(Violation::path, Violation::rule)
        .containsExactly(tuple(TOTAL + "/stretch/commitment", "commitment-mismatch"));
    assertThat(plain.violations().get(0).messageZh()).hasValueSatisfying(m ->
        assertThat(m).contains("力争"));
  }

  @Test
  void anEnsuredStretchIsRefusedByTheSchema() throws IOException {
    InvalidPlanException e = refusal(edit(TOTAL,
        stretch("确保累计30亿元以上,力争32亿元以上", 32, "ENSURE")));

    assertThat(e.violations()).extracting(Violation::path)
        .containsExactly(TOTAL + "/stretch/commitment");
  }

  // Helpers.

  private static Consumer<ObjectNode> about(String tolerance) {
    return t -> {
      t.set("text", text("大项目占比30%左右"));
      t.put("operator", "APPROXIMATELY");
      t.putObject("tolerance").put("value", new java.math.BigDecimal(tolerance))
          .put("unit", "RATIO");
    };
  }

  private static Consumer<ObjectNode> stretch(String zh, int value, String commitment) {
    return t -> {
      t.set("text", text(zh));
      ObjectNode stretch = t.putObject("stretch");
      stretch.putObject("threshold").put("value", value).put("unit", "CNY_100M");
      stretch.put("commitment", commitment);
    };
  }

  private static ObjectNode text(String zh) {
    return JSON.createObjectNode().put("zh", zh).put("en", "(rendering)");
  }

  /** A reading of the plan file that names {@code targetId}. */
  private static Consumer<ObjectNode> reading(String targetId) {
    return plan -> {
      ObjectNode reading = plan.putArray("readings").addObject();
      reading.put("id", "read-" + targetId);
      reading.set("summary", text("原文未写比较词,按下限理解"));
      reading.set("rationale", text("县里的方案写数字即为下限。"));
      reading.putArray("targets").add(targetId);
    };
  }

  @SafeVarargs
  private static String edit(String targetPointer, Consumer<ObjectNode> change,
      Consumer<ObjectNode>... planChanges) throws IOException {
    ObjectNode plan = minimal();
    change.accept((ObjectNode) plan.at(targetPointer));
    for (Consumer<ObjectNode> c : planChanges) {
      c.accept(plan);
    }
    return JSON.writeValueAsString(plan);
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

  private static ObjectNode minimal() throws IOException {
    try (InputStream in = ApproximateAndStretchPlanTest.class.getResourceAsStream(
        "/org/planmetrics/model/fixtures/minimal-plan.json")) {
      return (ObjectNode) JSON.readTree(in);
    }
  }

}
