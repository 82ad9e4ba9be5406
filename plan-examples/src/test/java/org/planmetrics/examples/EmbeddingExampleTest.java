package org.planmetrics.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.planmetrics.metrics.observation.ObservationChecks;
import org.planmetrics.model.plans.BundledPlans;

class EmbeddingExampleTest {

  private static String output() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    EmbeddingExample.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void printsTheBundledPlansScorecardInBothLanguages() {
    String out = output();
    assertThat(out).contains("gongqingcheng-2022  2022–2024  asOf 2023-06-30");
    assertThat(out).containsPattern("fdi-cumulative\\s+BEHIND\\s+落后");
    assertThat(out).contains(
        "zh: 实际利用外资累计完成3.36亿美元,完成目标的48.0%,时间进度50.0%,落后序时进度2.0个百分点。落后。");
    assertThat(out).containsPattern("fdi-growth\\s+ON_TRACK\\s+进度正常");
    assertThat(out).containsPattern("tier-50-20-annual\\s+MISSED\\s+未达标");
    assertThat(out).contains("en: Share of leading-industry projects: 1 of 2 projects in the "
        + "window qualify, a share of 50.0% against a target above 70%. Behind.");
    assertThat(out).contains("counts: {MET=0, ON_TRACK=5, NOT_ASSESSABLE=0, BEHIND=7, MISSED=1}");
  }

  @Test
  void thenAssessesTheFictionalCountyPlanLoadedFromItsFile() {
    String out = output();
    assertThat(out).contains("示例县(虚构)招商引资三年行动方案 / Examplevale County (fictional)");
    assertThat(out).contains("examplevale-2025  2025–2027  asOf 2026-03-31");
    assertThat(out).containsPattern("capital-growth\\s+ON_TRACK");
    assertThat(out).containsPattern("capital-cumulative\\s+BEHIND");
    // EV-2025-002 is exactly 10 亿元: the "10" tier's lower bound is inclusive, so 2025 has two.
    assertThat(out).contains("en: \"10\" projects each year, at least 2: 2025: 2, met;");
    assertThat(out).containsPattern("investment-first-tier\\s+ON_TRACK");
    assertThat(out).contains("(共4个,第一方阵为前2位)");
    assertThat(out).containsPattern("leading-industry-share\\s+ON_TRACK");
    assertThat(out).containsPattern("cadence quarterly-review\\s+ON_TRACK");
  }

  @Test
  void theOutputIsTheSameOnEveryRunBecauseNothingReadsTheClock() {
    assertThat(output()).isEqualTo(output());
  }

  @Test
  void theObservationsBuiltInCodeAreValidForTheirPlans() {
    assertThat(ObservationChecks.violations(EmbeddingExample.gongqingchengObservations(),
        BundledPlans.gongqingcheng2022())).isEmpty();
    assertThat(ObservationChecks.violations(EmbeddingExample.examplevaleObservations(),
        EmbeddingExample.examplevalePlan())).isEmpty();
  }
}
