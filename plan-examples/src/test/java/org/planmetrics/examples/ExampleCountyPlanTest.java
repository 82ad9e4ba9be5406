package org.planmetrics.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.planmetrics.metrics.assessment.Assessor;
import org.planmetrics.model.plans.BundledPlans;
import org.planmetrics.model.Plan;
import org.planmetrics.model.ProjectTier;
import org.planmetrics.model.Reading;
import org.planmetrics.model.TeamRankingRule;
import org.planmetrics.model.Target;
import org.planmetrics.model.TargetKind;
import org.planmetrics.model.json.PlanFiles;

class ExampleCountyPlanTest {

  private final Plan plan = EmbeddingExample.examplevalePlan();
  private final Plan bundled = BundledPlans.gongqingcheng2022();

  @Test
  void loadsAndValidatesThroughPlanFilesFromTheClasspathAndFromThePath() {
    assertThat(plan.id()).isEqualTo("examplevale-2025");
    Plan fromPath = PlanFiles.load(
        Path.of("src/main/resources/org/planmetrics/examples/plans/examplevale-2025.json"));
    assertThat(fromPath).isEqualTo(plan);
    assertThat(PlanFiles.read(PlanFiles.write(plan), "round trip")).isEqualTo(plan);
  }

  @Test
  void isClearlyFictional() {
    assertThat(plan.title().zh()).contains("示例县(虚构)");
    assertThat(plan.title().en()).contains("Examplevale County (fictional)");
  }

  @Test
  void itsWindowIs2025To2027() {
    assertThat(plan.window().startYear()).isEqualTo(2025);
    assertThat(plan.window().endYear()).isEqualTo(2027);
  }

  @Test
  void itsTargetsAndTiersDifferFromTheBundledPlan() {
    assertThat(plan.targets()).doesNotContainAnyElementsOf(bundled.targets());
    assertThat(plan.targets()).extracting(Target::kind).contains(TargetKind.ANNUAL_GROWTH,
        TargetKind.CUMULATIVE_AMOUNT, TargetKind.ANNUAL_COUNT, TargetKind.SHARE,
        TargetKind.FIRST_TIER_RANK);
    assertThat(plan.target("capital-cumulative").orElseThrow().threshold().value())
        .isEqualByComparingTo("60");
    List<String> tiers = plan.projectTiers().tiers().stream().map(ProjectTier::id).toList();
    assertThat(tiers).containsExactly("10", "5");
    assertThat(tiers).doesNotContainAnyElementsOf(
        bundled.projectTiers().tiers().stream().map(ProjectTier::id).toList());
    assertThat(plan.projectTiers().tiers().get(1).minInvestment().value())
        .isEqualByComparingTo("5");
    assertThat(plan.peerGroup().units()).hasSize(4);
    assertThat(plan.cadences()).hasSize(1);
  }

  @Test
  void aPlanFileWithoutTheNewerFieldsLoadsWithTheirDefaults() {
    // No dutiesFrom, uncountedDuties, readings or report rules: duties count from the window's
    // first day, the one window reading is no reading, and the default ranking rule and
    // stalled-project deadlines are the only readings in force.
    assertThat(plan.dutiesFrom()).isEmpty();
    assertThat(plan.dutiesStart()).isEqualTo(LocalDate.of(2025, 1, 1));
    assertThat(plan.uncountedDuties()).isEmpty();
    assertThat(plan.readings()).isEmpty();
    assertThat(Assessor.of(plan).readings()).extracting(Reading::id)
        .containsExactly("team-ranking-rule", "stalled-project-deadlines");
    assertThat(plan.teamRanking()).isEqualTo(TeamRankingRule.unweightedMean());
  }
}
