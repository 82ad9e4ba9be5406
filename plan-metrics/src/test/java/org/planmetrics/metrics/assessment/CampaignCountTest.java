package org.planmetrics.metrics.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.planmetrics.metrics.assessment.Fixtures.PLAN;
import static org.planmetrics.metrics.assessment.Fixtures.assess;
import static org.planmetrics.metrics.assessment.Fixtures.on;
import static org.planmetrics.metrics.assessment.Fixtures.project;
import static org.planmetrics.metrics.assessment.Fixtures.withTarget;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.planmetrics.metrics.observation.LedgerProject;
import org.planmetrics.metrics.result.Assessment;
import org.planmetrics.metrics.result.Status;
import org.planmetrics.model.LocalizedText;
import org.planmetrics.model.PeriodKind;
import org.planmetrics.model.Plan;
import org.planmetrics.model.TargetPeriod;
import org.planmetrics.model.quantity.Quantity;

/**
 * Project counts in a campaign: the bundled plan's "50·20" count rewritten as "百日攻坚期间引进
 * “50·20”项目10个以上", from 2023-04-01 to 2023-07-09 (100 days). Projects count when signed within
 * the dates, and the campaign is paced by its days, since the ledger dates each project.
 */
class CampaignCountTest {

  private static final String TARGET = "tier-50-20-cumulative";
  private static final Plan CAMPAIGN = withTarget(PLAN, TARGET, t -> t
      .withPeriod(TargetPeriod.builder().kind(PeriodKind.DATES)
          .firstDay(LocalDate.of(2023, 4, 1)).lastDay(LocalDate.of(2023, 7, 9))
          .name(LocalizedText.of("百日攻坚", "Hundred-day drive")).build())
      .withThreshold(Quantity.count(10))
      .withText(LocalizedText.of("百日攻坚期间引进“50·20”项目10个以上",
          "at least 10 “50·20” projects during the hundred-day drive")));

  /** {@code inside} "50·20" projects (30亿元) signed from 2023-04-01 on, one a day, and one before. */
  private static Assessment campaign(String asOf, int inside) {
    List<LedgerProject> projects = new ArrayList<>();
    projects.add(project("before", "2023-03-31", "30").build());
    for (int i = 0; i < inside; i++) {
      projects.add(project("p" + i, LocalDate.of(2023, 4, 1).plusDays(i).toString(), "30")
          .build());
    }
    return assess(CAMPAIGN, TARGET, on(asOf).addAllProjects(projects).build());
  }

  @ParameterizedTest(name = "as of {0}, {1} signed: {2}")
  @CsvSource(delimiter = '|', value = {
      // 50 of 100 days over (30 in April, 20 in May): 10 × 50 ÷ 100 = 5 due.
      "2023-05-20 | 4  | BEHIND",
      "2023-05-20 | 5  | ON_TRACK",
      "2023-05-20 | 10 | MET",
      // The campaign over: 9 of 10 is missed; the project of 31 March never counts.
      "2023-07-31 | 9  | MISSED",
      "2023-07-31 | 10 | MET"})
  void projectsCountWhenSignedWithinTheCampaign(String asOf, int inside, Status status) {
    Assessment a = campaign(asOf, inside);

    assertThat(a.status()).isEqualTo(status);
    assertThat(a.actual().orElseThrow().value()).isEqualByComparingTo(String.valueOf(inside));
    assertThat(a.inputs()).hasSize(inside).doesNotContain("/projects/0");
  }

  @Test
  void theSentenceNamesTheCampaignAndWhatIsDue() {
    Assessment a = campaign("2023-05-20", 4);

    assertThat(a.explanation().zh()).startsWith("百日攻坚(2023-04-01至2023-07-09)引进“50·20”项目4个"
        + "(目标10个以上),已过50/100天,按序时应达5个。落后。");
  }

  @Test
  void aCampaignThatHasNotStartedIsNotAssessable() {
    Assessment a = campaign("2023-03-31", 0);

    assertThat(a.status()).isEqualTo(Status.NOT_ASSESSABLE);
    assertThat(a.reason().orElseThrow().zh()).isEqualTo("目标时段自2023-04-01起,评估日期2023-03-31尚未开始");
  }
}
