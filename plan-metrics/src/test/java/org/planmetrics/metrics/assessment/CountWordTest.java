package org.planmetrics.metrics.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.planmetrics.metrics.assessment.Fixtures.PLAN;
import static org.planmetrics.metrics.assessment.Fixtures.assess;
import static org.planmetrics.metrics.assessment.Fixtures.on;
import static org.planmetrics.metrics.assessment.Fixtures.project;
import static org.planmetrics.metrics.assessment.Fixtures.withTarget;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.planmetrics.metrics.result.Assessment;
import org.planmetrics.metrics.result.Status;
import org.planmetrics.metrics.wording.ShortfallSentences;
import org.planmetrics.model.LocalizedText;
import org.planmetrics.model.Plan;
import org.planmetrics.model.Target;
import org.planmetrics.model.quantity.Quantity;

/**
 * Counts keep the measure word of their text: a plan that counts enterprises in 家 or market
 * entities in 户 reads "引进2家" in its sentences, not "2个".
 */
class CountWordTest {

  private static final String ANNUAL = "tier-100-annual";

  @ParameterizedTest(name = "{0} (threshold {1}): {2}")
  @CsvSource({
      "引进规上企业10家以上, 10, 家",
      "新增市场主体500户, 500, 户",
      "每年引进“100”项目1个以上, 1, 个",
      // The word after the threshold's own figure, not after another count of the text.
      "新增3家企业、10户个体工商户, 10, 户",
      // No measure word: the default.
      "引进项目十二个, 12, 个"})
  void theWordAfterTheThresholdsFigureIsTheCountsWord(String text, String threshold,
      String word) {
    Target target = PLAN.target(ANNUAL).orElseThrow()
        .withThreshold(Quantity.of(threshold, org.planmetrics.model.quantity.Unit.COUNT))
        .withText(LocalizedText.of(text, "(rendering)"));

    assertThat(target.countWord()).isEqualTo(word);
  }

  @Test
  void aTargetThatIsNoCountHasTheDefaultWord() {
    assertThat(PLAN.target("fdi-growth").orElseThrow().countWord()).isEqualTo("个");
  }

  @Test
  void explanationsAndShortfallsCountInTheTextsWord() {
    Plan plan = withTarget(PLAN, ANNUAL, t -> t.withText(LocalizedText.of(
        "全市每年引进“100”项目企业1家以上", "at least one “100” enterprise a year")));
    // 2022 has one "100" project (100亿元), 2023 none: 2023 misses by 1家.
    Assessment a = assess(plan, ANNUAL, on("2023-12-31")
        .addProjects(project("p1", "2022-05-01", "100").build()).build());

    assertThat(Fixtures.yearStatus(a, 2023)).isEqualTo(Status.MISSED);
    assertThat(a.explanation().zh()).contains("1家以上", "2022年引进1家,达标", "2023年引进0家,未达标")
        .doesNotContain("1个");
    assertThat(ShortfallSentences.shortfall(a, plan.target(ANNUAL).orElseThrow().countWord())
        .orElseThrow().zh()).isEqualTo("2023年引进0家,距目标(1家以上)差1家");
  }

  @Test
  void aCountOfStartsSaysStartedNotIntroduced() {
    // "每年新开工“100”项目1个以上": the selection counts at STARTED, so the sentences say 开工.
    Plan plan = withTarget(PLAN, ANNUAL, t -> t.withProjects(t.projects().orElseThrow()
        .withStage(org.planmetrics.model.CountingStage.STARTED)).withText(LocalizedText.of(
            "全市每年新开工“100”项目1个以上", "at least one “100” project started a year")));
    Assessment a = assess(plan, ANNUAL, on("2022-12-31").addProjects(project("p1", "2021-05-01",
        "100").startedOn(java.time.LocalDate.of(2022, 3, 1)).build()).build());

    assertThat(a.explanation().zh()).startsWith("每年开工“100”项目1个以上:2022年开工1个,达标");
  }
}
