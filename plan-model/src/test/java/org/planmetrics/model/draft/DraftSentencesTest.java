package org.planmetrics.model.draft;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.planmetrics.model.LocalizedText;

/**
 * The draft over our own sentences ({@code draft-sentences.json}), one or more per pattern of
 * issue 18 §2 and per distractor: each case states by hand which targets must be read, with
 * which fields, and which reasons the not-read list must give, in order.
 */
class DraftSentencesTest {

  static Stream<Arguments> cases() throws IOException {
    try (InputStream in = DraftSentencesTest.class.getResourceAsStream("draft-sentences.json")) {
      JsonNode root = new ObjectMapper().readTree(in);
      List<Arguments> out = new ArrayList<>();
      root.get("cases").forEach(c -> out.add(Arguments.of(c.get("id").asText(), c)));
      return out.stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void readsTheCase(String id, JsonNode c) {
    String text = c.get("text").asText();
    PlanDraft draft = PlanDrafts.draft(text);
    List<JsonNode> want = new ArrayList<>();
    c.get("targets").forEach(want::add);
    assertThat(draft.targets()).as(id + " targets").hasSize(want.size());
    for (int i = 0; i < want.size(); i++) {
      JsonNode w = want.get(i);
      DraftTarget t = draft.targets().get(i);
      String as = id + " target " + (i + 1);
      assertThat(t.indicatorAsWritten()).as(as + " indicator").contains(w.get("indicator").asText());
      assertThat(t.kind().name()).as(as + " kind").isEqualTo(w.get("kind").asText());
      assertThat(t.operator().name()).as(as + " operator").isEqualTo(w.get("operator").asText());
      assertThat(t.thresholdValue()).as(as + " value")
          .isEqualByComparingTo(new BigDecimal(w.get("value").asText()));
      assertThat(t.unit().name()).as(as + " unit").isEqualTo(w.get("unit").asText());
      assertThat(t.commitment().name()).as(as + " commitment")
          .isEqualTo(w.get("commitment").asText());
      if (w.has("period")) {
        assertThat(t.period()).as(as + " period").contains(w.get("period").asText());
      }
      if (w.has("tiers")) {
        // The tier is read from the simplified form: “50·20”項目 selects tier 50·20.
        assertThat(t.selection().orElseThrow().get("tiers").get(0).asText()).as(as + " tier")
            .isEqualTo(w.get("tiers").asText());
      }
      // A size ("10亿元以上项目") is a tier of the draft plan file, with its bounds as written.
      for (String bound : List.of("minInvestment", "minForeignCapital")) {
        JsonNode tier = tierOf(draft, w.path("tiers").asText());
        if (w.has(bound)) {
          String[] parts = w.get(bound).asText().split(" ");
          assertThat(tier.at("/" + bound + "/value").decimalValue()).as(as + " " + bound)
              .isEqualByComparingTo(new BigDecimal(parts[0]));
          assertThat(tier.at("/" + bound + "/unit").asText()).as(as + " " + bound + " unit")
              .isEqualTo(parts[1]);
        } else if (tier != null) {
          assertThat(tier.has(bound) && !tier.at("/" + bound + "/value").isTextual())
              .as(as + " " + bound + " not read").isFalse();
        }
      }
      if (w.has("periodOfAmount")) {
        assertThat(t.periodOfAmount()).as(as + " period of the amount").contains(
            (com.fasterxml.jackson.databind.node.ObjectNode) w.get("periodOfAmount"));
      }
      if (t.kind().name().endsWith("_COUNT")) {
        // A count's own stage ("新开工" → STARTED); none where the words name signing or no
        // stage, so that the plan's counting stage (签约) counts it.
        assertThat(t.selection().orElseThrow().path("stage").asText(null)).as(as + " stage")
            .isEqualTo(w.path("stage").asText(null));
      }
      if (w.has("reached")) {
        assertThat(t.cohort().orElseThrow().get("stage").asText()).as(as + " cohort")
            .isEqualTo(w.path("cohortStage").asText("SIGNED"));
        assertThat(t.reached()).as(as + " reached")
            .contains((com.fasterxml.jackson.databind.node.ObjectNode) w.get("reached"));
      }
      if (w.has("indicatorNature")) {
        assertThat(t.field("indicator.nature").orElseThrow().value()).as(as + " nature")
            .isEqualTo(w.get("indicatorNature").asText());
      }
      if (w.has("bareFigure")) {
        // 达到300家 has no comparison word: AT_LEAST with the reading the loader requires.
        assertThat(t.field("operator").orElseThrow().reading().map(LocalizedText::zh))
            .as(as + " bare figure").isEqualTo(w.get("bareFigure").asBoolean()
                ? java.util.Optional.of("原文未写比较词,按下限理解") : java.util.Optional.empty());
      }
      if (w.has("stretch")) {
        // "32 CNY_100M STRIVE": the stretch's threshold value, unit and commitment.
        String[] parts = w.get("stretch").asText().split(" ");
        JsonNode stretch = t.stretch().orElseThrow();
        assertThat(stretch.at("/threshold/value").decimalValue()).as(as + " stretch")
            .isEqualByComparingTo(new BigDecimal(parts[0]));
        assertThat(stretch.at("/threshold/unit").asText()).isEqualTo(parts[1]);
        assertThat(stretch.get("commitment").asText()).isEqualTo(parts[2]);
      } else {
        assertThat(t.stretch()).as(as + " stretch").isEmpty();
      }
      assertThat(t.field("tolerance").map(f -> f.value().startsWith(PlanDrafts.TO_FILL)))
          .as(as + " tolerance to fill")
          .isEqualTo(w.path("toleranceToFill").asBoolean() ? java.util.Optional.of(true)
              : java.util.Optional.empty());
      // Each field of the new forms keeps the words it was read from, with a reading.
      for (String name : List.of("period.kind", "reached", "stretch", "tolerance",
          "indicator.nature", "projects.tiers", "projectTiers.minForeignCapital")) {
        t.field(name).ifPresent(f -> {
          assertThat(f.span().orElseThrow().in(text)).as(as + " " + name + " span").isNotEmpty();
          assertThat(f.reading()).as(as + " " + name + " reading").isPresent();
        });
      }
      // Every span points at words of the text as given.
      assertThat(t.textSpan().end()).isLessThanOrEqualTo(text.length());
    }
    assertThat(draft.draftPlan().at("/projectTiers/bandMode").asText(null)).as(id + " bandMode")
        .isEqualTo(c.path("bandMode").asText(null));
    List<String> reasons = draft.notRead().stream().map(NotRead::reason)
        .collect(Collectors.toList());
    List<String> wantReasons = new ArrayList<>();
    c.get("notRead").forEach(r -> wantReasons.add(r.asText()));
    assertThat(reasons).as(id + " not read").isEqualTo(wantReasons);
  }

  /** The tier {@code id} of the draft plan file, or null. */
  private static JsonNode tierOf(PlanDraft draft, String id) {
    for (JsonNode tier : draft.draftPlan().at("/projectTiers/tiers")) {
      if (tier.get("id").asText().equals(id)) {
        return tier;
      }
    }
    return null;
  }

  @Test
  void aSizeInTraditionalScriptNamesItsTierAsWritten() {
    String text = "每年引進1億元（外資1000萬美元）以上項目8個以上。";
    JsonNode tier = PlanDrafts.draft(text).draftPlan().at("/projectTiers/tiers/0");
    // The id is in the rules' form (simplified, ASCII brackets); the name keeps the text's words.
    assertThat(tier.get("id").asText()).isEqualTo("1亿元(外资1000万美元)以上");
    assertThat(tier.at("/name/zh").asText()).isEqualTo("1億元（外資1000萬美元）以上項目");
    DraftField size = PlanDrafts.draft(text).targets().get(0).field("projects.tiers").orElseThrow();
    assertThat(size.span().orElseThrow().in(text)).isEqualTo("1億元（外資1000萬美元）以上");
  }

  @Test
  void aTierInTwoCurrenciesSaysHowAForeignFundedProjectIsPlaced() {
    DraftTarget t = PlanDrafts.draft("全年新引进1亿元(外资1000万美元)以上项目20个。").targets().get(0);
    String zh = t.field("projectTiers.minForeignCapital").orElseThrow().reading().orElseThrow().zh();
    assertThat(zh).contains("外资项目按外资金额与美元下限比较").contains("请人工确认");
  }

  @Test
  void severalSizesAreNestedAndTheReadingSaysWhy() {
    JsonNode plan = PlanDrafts.draft(
        "二、目标任务\n1.招商引资。未来三年,全县累计引进10亿元以上项目6个,亿元以上项目40个。").draftPlan();
    JsonNode nested = null;
    for (JsonNode r : plan.get("readings")) {
      if (r.get("id").asText().equals("project-tiers-nested")) {
        nested = r;
      }
    }
    assertThat(nested).isNotNull();
    assertThat(nested.at("/rationale/zh").asText()).contains("“10亿元以上”“亿元以上”")
        .contains("嵌套(NESTED)").doesNotContain("具名档次");
    assertThat(nested.get("targets").toString()).isEqualTo("[\"target-1\",\"target-2\"]");
    // Beside a named tier, the reading says what NESTED does to it and that its bound is open.
    JsonNode mixed = PlanDrafts.draft("每年引进“50·20”项目2个以上,每年引进亿元以上项目15个以上。")
        .draftPlan();
    assertThat(mixed.at("/readings").toString()).contains("具名档次“50·20”的下限原文未写");
    assertThat(mixed.at("/projectTiers/tiers/0/minInvestment/value").asText())
        .startsWith(PlanDrafts.TO_FILL);
  }

  @Test
  void aCommitmentStopsAtASemicolonAndTheTargetAfterItSaysSo() {
    DraftTarget share = PlanDrafts.draft(
        "确保每年引进“50·20”项目3个以上,累计引进“50·20”项目10个以上;新引进主导工业项目占比高于60%。")
        .targets().get(2);
    assertThat(share.commitment().name()).isEqualTo("PLAIN");
    assertThat(share.field("commitment").orElseThrow().reading().orElseThrow().zh())
        .isEqualTo("“确保”在分号之前,只管到分号;分号后的目标未写承诺词,按PLAIN理解");
  }

  @Test
  void aBareCountIsReadAsAFloorAndSaysSo() {
    // "确保累计引进“50·20”项目20个": no 以上, 不少于 or 高于 next to 20.
    DraftTarget t = PlanDrafts.draft("确保累计引进“50·20”项目20个。").targets().get(0);
    assertThat(t.field("operator").orElseThrow().reading().orElseThrow().zh())
        .isEqualTo("原文未写比较词,按下限理解");
  }

  @Test
  void aCarriedWindowNamesTheSentenceItCameFrom() {
    String text = "2023—2025年,全县招商引资工作实现新突破。新签约亿元以上项目30个以上。";
    DraftTarget t = PlanDrafts.draft(text).targets().get(0);
    DraftField period = t.field("period").orElseThrow();
    // The window's span is in the first sentence: characters 0 to 10, "2023—2025年".
    assertThat(period.span().orElseThrow().in(text)).isEqualTo("2023—2025年");
    assertThat(period.reading().orElseThrow().zh()).contains("沿用前句");
  }

  @Test
  void traditionalScriptKeepsOffsetsIntoTheTextAsGiven() {
    String text = "力爭全縣實際利用外資年增長8%以上,累計5億美元以上。";
    DraftTarget total = PlanDrafts.draft(text).targets().get(1);
    // The text as given, not its simplified form: 累計5億美元以上 is in the span's words.
    assertThat(total.text()).isEqualTo("力爭全縣實際利用外資年增長8%以上,累計5億美元以上");
    assertThat(total.field("threshold").orElseThrow().span().orElseThrow().in(text)).isEqualTo("5");
  }

  @Test
  void theDraftCannotBeChangedThroughItsPlanFile() throws Exception {
    PlanDraft draft = PlanDrafts.draft("力争累计引进“50·20”项目12个以上。");
    draft.draftPlan().put("id", "changed");
    assertThat(draft.draftPlan().get("id").asText()).startsWith(PlanDrafts.TO_FILL);
    // Written as JSON, the draft keeps the member names of the REST answer.
    JsonNode json = new ObjectMapper().registerModule(
        new com.fasterxml.jackson.datatype.jdk8.Jdk8Module()).valueToTree(draft);
    assertThat(json.fieldNames()).toIterable()
        .containsExactly("draftPlan", "targets", "responsibilities", "notRead");
  }
}
