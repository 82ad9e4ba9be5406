package org.planmetrics.model.draft;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.planmetrics.model.ResponsibilityRole;

/**
 * The draft of the seed's own text against the bundled plan file, which a person wrote by hand.
 *
 * <p>Compared, for each of the 13 targets in document order: clause, kind, operator, threshold
 * value (compareTo) and unit, commitment, the target's zh text (the words of its span, line
 * breaks removed) and the indicator or projects as written, matched to the bundled indicator's
 * Chinese name or to the bundled project selection. Not compared: ids (made up by the file's
 * author), English texts (a translation) and the bundled file's readings (the window years, the
 * first-tier rule): none of them is in the text.
 */
class SeedDraftTest {

  private static String text;
  private static PlanDraft draft;
  private static JsonNode bundled;

  @BeforeAll
  static void read() throws IOException {
    try (InputStream in = SeedDraftTest.class.getResourceAsStream(
        "/org/planmetrics/model/gongqingcheng-plan-2022.txt")) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    try (InputStream in = SeedDraftTest.class.getResourceAsStream(
        "/org/planmetrics/model/plans/gongqingcheng-2022.json")) {
      bundled = new ObjectMapper().readTree(in);
    }
    draft = PlanDrafts.draft(text);
  }

  private static List<JsonNode> bundledTargets() {
    List<JsonNode> out = new ArrayList<>();
    bundled.get("goals").forEach(g -> g.get("targets").forEach(out::add));
    return out;
  }

  @Test
  void findsTheThirteenTargetsWithEveryFieldTheTextGives() {
    List<JsonNode> expected = bundledTargets();
    Map<String, String> indicatorNames = new HashMap<>();
    bundled.get("indicators").forEach(i -> indicatorNames.put(i.get("id").asText(),
        i.get("name").get("zh").asText()));
    assertThat(draft.targets()).hasSize(13);
    assertThat(expected).hasSize(13);
    for (int i = 0; i < 13; i++) {
      JsonNode want = expected.get(i);
      DraftTarget got = draft.targets().get(i);
      String id = want.get("id").asText();
      assertThat(got.clause()).as(id + " clause").isEqualTo(want.get("clause").asText());
      assertThat(got.kind().name()).as(id + " kind").isEqualTo(want.get("kind").asText());
      assertThat(got.operator().name()).as(id + " operator")
          .isEqualTo(want.get("operator").asText());
      assertThat(got.thresholdValue()).as(id + " threshold")
          .isEqualByComparingTo(new BigDecimal(want.get("threshold").get("value").asText()));
      assertThat(got.unit().name()).as(id + " unit")
          .isEqualTo(want.get("threshold").get("unit").asText());
      assertThat(got.commitment().name()).as(id + " commitment")
          .isEqualTo(want.get("commitment").asText());
      assertThat(got.text()).as(id + " text").isEqualTo(want.get("text").get("zh").asText());
      // The span points at the words in the text as given: the same words once line breaks go.
      assertThat(got.textSpan().in(text).replaceAll("[\\s\\p{Z}]", "")).as(id + " span")
          .isEqualTo(want.get("text").get("zh").asText());
      if (want.has("indicator")) {
        assertThat(got.indicatorAsWritten()).as(id + " indicator")
            .contains(indicatorNames.get(want.get("indicator").asText()));
      } else if (want.has("projects")) {
        assertThat(got.selection()).as(id + " projects").contains(
            (com.fasterxml.jackson.databind.node.ObjectNode) want.get("projects"));
      } else {
        assertThat(got.selection()).as(id + " share")
            .contains((com.fasterxml.jackson.databind.node.ObjectNode) want.get("share"));
      }
    }
  }

  @Test
  void everyFieldHasItsSpanAndTheChoicesHaveReadings() {
    for (DraftTarget t : draft.targets()) {
      for (String field : List.of("clause", "indicator", "kind", "operator", "threshold", "unit")) {
        assertThat(t.field(field)).as(t.text() + " " + field).isPresent();
        assertThat(t.field(field).get().span()).as(t.text() + " " + field).isPresent();
      }
      assertThat(t.period()).as("the window 未来三年 carries from the sentence before")
          .contains("未来三年");
    }
    // 累计7亿美元以上 names no indicator: it is carried from 全市实际利用外资 before the comma.
    DraftTarget fdiTotal = draft.targets().get(1);
    assertThat(fdiTotal.field("indicator").get().reading().get().zh()).contains("承前省略");
    // 新引进战略性新兴产业项目…高于60% is ENSURE by the 确保 before the comma.
    DraftTarget emerging = draft.targets().get(12);
    assertThat(emerging.field("commitment").get().reading().get().zh()).contains("跨逗号管到分号或句末");
    assertThat(draft.targets().get(6).field("operator").get().reading()).isPresent();
  }

  @Test
  void findsTheDutyListsOfEveryDirectionAndMeasure() {
    Map<String, String> unitNames = new HashMap<>();
    bundled.get("units").forEach(u -> unitNames.put(u.get("id").asText(),
        u.get("name").get("zh").asText()));
    int lists = 0;
    for (String items : List.of("keyDirections", "measures")) {
      for (JsonNode item : bundled.get(items)) {
        String clause = item.get("clause").asText();
        List<String> want = new ArrayList<>();
        for (JsonNode r : item.get("responsibilities")) {
          if (r.get("role").asText().equals("RESPONSIBLE") && !r.has("scope")) {
            want.add(r.has("asWritten") ? r.get("asWritten").asText()
                : unitNames.get(r.get("unit").asText()));
          }
        }
        List<String> got = draft.responsibilities().stream()
            .filter(r -> r.clause().equals(clause) && r.role() == ResponsibilityRole.RESPONSIBLE)
            .map(DraftResponsibility::unitAsWritten).collect(Collectors.toList());
        assertThat(got).as(clause).isEqualTo(want);
        lists++;
      }
    }
    assertThat(lists).as("三.1–三.8 and 四.(一).1–四.(二).5").isEqualTo(19);
  }

  @Test
  void findsTheLeadsAndParticipantsTheTextNames() {
    List<String> got = draft.responsibilities().stream()
        .filter(r -> r.role() != ResponsibilityRole.RESPONSIBLE)
        .map(r -> r.clause() + " " + r.role() + " " + r.unitAsWritten() + " " + r.scope().orElse(""))
        .collect(Collectors.toList());
    // 四.(二).1 names the leads of two teams and the participants of one; 五.1 two overall
    // leads (负责统筹). The bundled plan has these too, with the same scopes for the teams. Not
    // found: "市商务局、高新区招商服务局…,随时抽调人员参与", where a comma stands between the units
    // and 参与; the bundled plan lists them as PARTICIPANT, the draft leaves them to a person.
    assertThat(got).containsExactly(
        "四.(二).1 LEAD 市司法局 法务团队",
        "四.(二).1 LEAD 市金融国资局 资本招商团队",
        "四.(二).1 PARTICIPANT 市基金小镇服务中心 资本招商团队",
        "四.(二).1 PARTICIPANT 市数字产业经济中心 资本招商团队",
        "五.1 LEAD 市扩大开放工作领导小组 实施本行动计划",
        "五.1 LEAD 市扩大开放工作领导小组办公室(商务局) 协调推进全市招商引资工作");
  }

  @Test
  void listsTheNumbersItDidNotRead() {
    // Read by hand from the seed: the metadata line (dates, index number), the parent document
    // number 〔2022〕2号, the ordinals of party congresses, names in quotation marks ("四个示范区",
    // "100·50·20", "1+3" twice, "1+4+N", "100·50"), and four cadences (2次 a month twice, 1次 a
    // week, 4次 a year) that belong in cadences, not targets.
    List<String> got = draft.notRead().stream().map(n -> n.clause() + " " + n.reason())
        .collect(Collectors.toList());
    assertThat(got).containsExactly(
        " date", " document-number", "一 ordinal", "一 programme-name", "三.1 programme-name",
        "三.2 programme-name", "三.8 programme-name", "四.(一).1 programme-name",
        "四.(二).1 programme-name", "四.(二).5 cadence", "五.2 cadence", "五.2 cadence",
        "五.3 cadence");
    for (NotRead n : draft.notRead()) {
      assertThat(n.span().in(text).replaceAll("[\\s\\p{Z}]", "")).isEqualTo(n.text());
      assertThat(n.why().zh()).isNotBlank();
      assertThat(n.why().en()).isNotBlank();
    }
  }

  @Test
  void theDraftPlanFileHoldsTheGoalsTargetsAndMarkedPlaceholders() {
    JsonNode plan = draft.draftPlan();
    assertThat(plan.get("goals")).hasSize(3);
    assertThat(plan.get("goals").get(0).get("clause").asText()).isEqualTo("二.1");
    assertThat(plan.get("goals").get(0).get("title").get("zh").asText())
        .isEqualTo("扩大开放水平稳步提升");
    assertThat(plan.get("goals").get(0).get("targets")).hasSize(7);
    assertThat(plan.get("id").asText()).startsWith(PlanDrafts.TO_FILL);
    assertThat(plan.get("indicators").get(0).get("unit").asText()).isEqualTo("USD_100M");
    assertThat(plan.get("measures")).hasSize(19 + 1); // the 19 lists and 五.1's leads
  }
}
