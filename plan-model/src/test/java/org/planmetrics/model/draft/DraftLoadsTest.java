package org.planmetrics.model.draft;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.planmetrics.model.InvalidPlanException;
import org.planmetrics.model.Violation;
import org.planmetrics.model.json.PlanFiles;

/**
 * A drafted plan file goes through the plan loader with no violation but the marks it leaves on
 * purpose: as drafted, the schema refuses only values that start with "待填 TO FILL"; once a
 * person has filled those in (here with plain stand-ins: a window 2023–2027, units of kind
 * OTHER, tiers nested, a tolerance), the whole file loads, cross-field rules included
 * (nature-mismatch, the period inside the window, a reading for every bare figure).
 */
class DraftLoadsTest {

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  @ParameterizedTest
  @ValueSource(strings = {
      "到2025年,全市规模以上工业企业达到300家。",
      "到2025年,外贸进出口总额达到50亿元。",
      "力争到2025年,全县规上工业增加值占地区生产总值比重达到40%以上。",
      "到2025年底,全县金融机构存款余额达到300亿元以上。",
      "到2026年,全县开放型经济水平明显提升。全县外贸企业达到120家以上。",
      "确保全年完成省外项目实际进资30亿元、力争32亿元。",
      "确保实际利用外资年增长8%、力争10%以上。",
      "确保每年引进“50·20”项目3个、力争5个。",
      "确保全年完成省外项目实际进资30亿元,力争32亿元。",
      "全年完成县外资金实际到位30亿元左右。",
      "当年签约项目当年开工率60%以上。",
      "实际利用外资年均增长8%以上。"})
  void aDraftLoadsOnceItsMarksAreFilled(String sentence) {
    ObjectNode plan = PlanDrafts.draft("二、目标任务\n1.招商引资。" + sentence).draftPlan();
    assertThat(plan.at("/goals/0/targets")).as("a target is drafted").isNotEmpty();
    assertThat(violationsOnceFilled(plan)).isEmpty();
  }

  /** Every case of the sentence set with a target, under a heading that gives it a clause. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("org.planmetrics.model.draft.DraftSentencesTest#cases")
  void everyDraftOfTheSentenceSetLoadsOnceFilled(String id, JsonNode c) {
    ObjectNode plan = PlanDrafts.draft("二、目标任务\n1.招商引资。" + c.get("text").asText())
        .draftPlan();
    // No case is left out: sizes are tiers, and the loader reads 力爭 and a 确保 before a
    // semicolon as the draft does.
    assertThat(violationsOnceFilled(plan)).isEmpty();
  }

  @Test
  void theSeedsDraftLoadsOnceFilled() throws IOException {
    try (InputStream in = getClass().getResourceAsStream(
        "/org/planmetrics/model/gongqingcheng-plan-2022.txt")) {
      ObjectNode plan = PlanDrafts.draft(new String(in.readAllBytes(), StandardCharsets.UTF_8))
          .draftPlan();
      // The items of chapters 四 and 五 are drafted as measures whose category says "or move to
      // keyDirections/safeguards": until a person moves them, their clause lies outside the
      // measures' chapter 三. Nothing else stands in the way.
      List<String> expected = new ArrayList<>();
      for (int i = 8; i <= 19; i++) {
        assertThat(plan.at("/measures/" + i + "/category").asText())
            .startsWith(PlanDrafts.TO_FILL);
        expected.add("/measures/" + i + "/clause unknown-clause");
      }
      assertThat(violationsOnceFilled(plan)).isEqualTo(expected);
    }
  }

  /**
   * What the loader refuses, as "pointer rule": in the draft as it is, any schema violation at a
   * value that is not a mark; in the draft once its marks are filled, every violation.
   */
  private static List<String> violationsOnceFilled(ObjectNode plan) {
    List<String> found = new ArrayList<>();
    for (Violation v : PlanFiles.structuralViolations(plan)) {
      if (!plan.at(v.path()).asText().startsWith(PlanDrafts.TO_FILL)) {
        found.add(v.path() + " " + v.rule());
      }
    }
    if (!found.isEmpty()) {
      return found;
    }
    ObjectNode filled = plan.deepCopy();
    fill(filled, "");
    try {
      PlanFiles.read(filled.toPrettyString(), "draft");
    } catch (InvalidPlanException e) {
      e.violations().forEach(v -> found.add(v.path() + " " + v.rule()));
    }
    return found;
  }

  /** Replaces every marked value with a stand-in a person might write. */
  private static void fill(JsonNode node, String name) {
    if (node instanceof ArrayNode) {
      ArrayNode array = (ArrayNode) node;
      for (int i = 0; i < array.size(); i++) {
        if (array.get(i).asText().startsWith(PlanDrafts.TO_FILL)) {
          array.set(i, JSON.textNode("LISTED")); // an investor type
        } else {
          fill(array.get(i), name);
        }
      }
      return;
    }
    if (!(node instanceof ObjectNode)) {
      return;
    }
    ObjectNode object = (ObjectNode) node;
    if (object.has("topInvestorTypes") && !object.has("bandMode")) {
      // Named tiers filled with the same lower bound overlap: a person would give bands or nest
      // them. A draft with a size has chosen NESTED itself, and that choice is what loads.
      object.put("bandMode", "NESTED");
    }
    for (Map.Entry<String, JsonNode> e : object.properties()) {
      String key = e.getKey();
      JsonNode value = e.getValue();
      if (!value.isTextual() || !value.asText().startsWith(PlanDrafts.TO_FILL)) {
        fill(value, key);
        continue;
      }
      switch (key) {
        case "id":
          e.setValue(JSON.textNode("draft-county"));
          break;
        case "startYear":
          e.setValue(JSON.numberNode(2023));
          break;
        case "endYear":
          e.setValue(JSON.numberNode(2027));
          break;
        case "unit":
          // An indicator the text gives no unit for: growth rates and the like, in 亿元.
          e.setValue(JSON.textNode("CNY_100M"));
          break;
        case "kind":
          e.setValue(JSON.textNode("OTHER"));
          break;
        case "publicationDate":
          e.setValue(JSON.textNode("2023-02-01"));
          break;
        case "denominator":
          // The first tier's fraction, or a share's denominator: all the projects.
          e.setValue(object.has("method") ? JSON.numberNode(3) : JSON.objectNode());
          break;
        case "category":
          e.setValue(JSON.textNode("METHOD"));
          break;
        case "value":
          // A tier's lower bound, or a tolerance of 左右: 1 of the unit (2 points for a rate).
          boolean rate = "RATIO".equals(object.path("unit").asText());
          e.setValue(JSON.numberNode(rate ? new java.math.BigDecimal("0.02")
              : java.math.BigDecimal.ONE));
          break;
        default:
          // Titles, English texts and rationales are free text: the mark is a valid value.
          break;
      }
    }
  }
}
