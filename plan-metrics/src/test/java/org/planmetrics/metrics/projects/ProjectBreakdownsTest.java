package org.planmetrics.metrics.projects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.planmetrics.metrics.result.ProjectBreakdown;
import org.planmetrics.metrics.result.ProjectGroup;
import org.planmetrics.model.Plan;
import org.planmetrics.model.plans.BundledPlans;

/**
 * The key directions measured on the sample data as of 2024-06-30. Its 13 projects (691.5 亿元):
 *
 * <pre>
 * emerging-industries        P-2023-06 100, P-2023-08 30, P-2024-10 150, P-2024-12 28   308   4 major
 * transformation-upgrading   P-2023-07 25, P-2024-11 45                                70    2 major
 * commerce-consumption       P-2023-09 22, P-2024-13 8                                 30    1 major
 * no direction               the five 2022 projects: 120.5 + 20 + 35 + 48 + 60         283.5 5 major
 * </pre>
 */
class ProjectBreakdownsTest {

  private static final Plan PLAN = BundledPlans.gongqingcheng2022();

  @Test
  void theSamplesProjectsByKeyDirection() throws Exception {
    ProjectBreakdown breakdown = ProjectBreakdowns.breakdown(PLAN, ProjectFunnelsTest.sample());

    assertThat(breakdown.projects()).isEqualTo(13);
    assertThat(breakdown.investment()).isEqualByComparingTo("691.5");
    assertThat(breakdown.byDirection()).hasSize(PLAN.keyDirections().size() + 1);
    assertThat(breakdown.byDirection())
        .filteredOn(g -> g.projects() > 0)
        .extracting(g -> g.id().orElse(null), ProjectGroup::projects,
            g -> g.investment().stripTrailingZeros().toPlainString(), ProjectGroup::majorProjects)
        .containsExactly(
            tuple("transformation-upgrading", 2, "70", 2),
            tuple("emerging-industries", 4, "308", 4),
            tuple("commerce-consumption", 2, "30", 1),
            tuple(null, 5, "283.5", 5));
    ProjectGroup emerging = breakdown.byDirection().get(2);
    assertThat(emerging.name().zh()).contains("新兴壮大");
    // 308 ÷ 691.5
    assertThat(emerging.investmentShare()).hasValueSatisfying(s ->
        assertThat(s).isEqualByComparingTo("0.44540853217642805495"));
    assertThat(breakdown.byDirection().get(0)).satisfies(g -> {
      assertThat(g.id()).hasValue("tier-100-50-20-projects");
      assertThat(g.projects()).isZero();
      assertThat(g.investmentShare()).hasValueSatisfying(s -> assertThat(s).isZero());
    });
    BigDecimal shares = breakdown.byDirection().stream()
        .map(g -> g.investmentShare().orElseThrow()).reduce(BigDecimal.ZERO, BigDecimal::add);
    assertThat(shares).isCloseTo(BigDecimal.ONE, org.assertj.core.api.Assertions.within(
        new BigDecimal("1E-15")));
  }

  /** Team 1: 25 + 22 + 45 + 8 = 100 亿元, three of them in the “50·20” band (8 is in none). */
  @Test
  void theSamplesProjectsByTeamListEveryRosterTeamThenTheProjectsWithNone() throws Exception {
    ProjectBreakdown breakdown = ProjectBreakdowns.breakdown(PLAN, ProjectFunnelsTest.sample());

    assertThat(breakdown.byTeam())
        .extracting(g -> g.id().orElse(null), ProjectGroup::projects,
            g -> g.investment().stripTrailingZeros().toPlainString(), ProjectGroup::majorProjects)
        .containsExactly(
            tuple("team-1", 4, "100", 3),
            tuple("team-2", 2, "58", 2),
            tuple("project-team-100-50", 2, "250", 2),
            tuple("legal-team", 0, "0", 0),
            tuple(null, 5, "283.5", 5));
    assertThat(breakdown.byTeam().get(4).name().en()).isEqualTo("no team");
  }
}
