package org.planmetrics.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.planmetrics.model.json.PlanJson;
import org.planmetrics.model.plans.BundledPlans;

/**
 * The English of the bundled plan keeps one term for each word of the text, in every text of the
 * plan file: 组团 is a team, 小分队 a squad, 项目专班 a project task force, 通报 a bulletin, 调度 a
 * progress review (dispatch), and "strive" renders 力争 (li zheng) only.
 */
class BundledPlanEnglishTest {

  private static final List<LocalizedText> TEXTS = texts();

  /** Every {zh, en} pair of the plan file, wherever it is. */
  private static List<LocalizedText> texts() {
    List<LocalizedText> texts = new ArrayList<>();
    collect(PlanJson.mapper().valueToTree(BundledPlans.gongqingcheng2022()), texts);
    return texts;
  }

  private static void collect(JsonNode node, List<LocalizedText> out) {
    if (node.isObject() && node.size() == 2 && node.path("zh").isTextual()
        && node.path("en").isTextual()) {
      out.add(LocalizedText.of(node.get("zh").asText(), node.get("en").asText()));
    } else {
      node.forEach(child -> collect(child, out));
    }
  }

  @ParameterizedTest(name = "{0} is rendered \"{1}\"")
  @CsvSource({
      "组团,     team",
      "小分队,   squad",
      "专班,     project task force",
      "通报,     bulletin",
      "调度,     dispatch",
      "中博会,   China Central Investment and Trade Expo",
      "三企入赣, Three Kinds of Enterprises into Jiangxi",
      "四新经济, “four-new” economy",
      "离岸飞地, off-site enclave",
      "促倍增,   Promote Doubling",
  })
  void everyTextWithTheWordUsesItsOneTerm(String word, String term) {
    List<LocalizedText> holding = TEXTS.stream().filter(t -> t.zh().contains(word)).toList();

    assertThat(holding).as(word).isNotEmpty();
    assertThat(holding).allSatisfy(t -> assertThat(t.en().toLowerCase(Locale.ROOT)).as(t.zh())
        .contains(term.toLowerCase(Locale.ROOT)));
  }

  @Test
  void striveRendersOnlyLiZheng() {
    assertThat(TEXTS).filteredOn(t -> t.en().toLowerCase(Locale.ROOT).contains("striv"))
        .isNotEmpty().allSatisfy(t -> assertThat(t.zh()).contains("力争"));
  }

  @Test
  void theRenderingsLeftBehindAreGone() {
    // Overseas enclaves, scheduling, circulars and task-force squads misread the text.
    assertThat(TEXTS).allSatisfy(t -> assertThat(t.en().toLowerCase(Locale.ROOT))
        .doesNotContain("offshore", "onshore", "schedul", "circular", "task-force",
            "small-team", "double growth", "three types", "central china investment",
            "four new economies"));
  }
}
