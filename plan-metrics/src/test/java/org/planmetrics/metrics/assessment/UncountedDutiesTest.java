package org.planmetrics.metrics.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.planmetrics.metrics.assessment.Fixtures.ASSESSOR;
import static org.planmetrics.metrics.assessment.Fixtures.on;
import static org.planmetrics.metrics.assessment.Fixtures.scorecard;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.planmetrics.metrics.observation.LoggedEvent;
import org.planmetrics.metrics.result.Scorecard;
import org.planmetrics.metrics.result.Status;
import org.planmetrics.metrics.result.UnscoredDuty;
import org.planmetrics.model.json.PlanJson;

/**
 * The three 定期 duties of the bundled plan (四.(二).5, 五.1, 五.2) appear with every scorecard,
 * saying why they are not scored, and never touch a status or a count.
 */
class UncountedDutiesTest {

  @Test
  void everyScorecardListsTheThreeInPlanOrderWithWhyTheyAreNotScored() {
    Scorecard s = ASSESSOR.scorecard(on("2023-06-30").build());

    assertThat(s.uncountedDuties()).extracting(UnscoredDuty::dutyId, UnscoredDuty::clause,
        UnscoredDuty::owner).containsExactly(
            tuple("construction-progress-bulletins", "四.(二).5",
                "industrial-project-inspection-group"),
            tuple("implementation-reviews", "五.1",
                "opening-up-leading-group-office"),
            tuple("citywide-progress-meetings", "五.2",
                "opening-up-leading-group-office"));
    UnscoredDuty meetings = s.uncountedDuties().get(2);
    assertThat(meetings.explanation().zh()).isEqualTo(
        "全市招商引资项目推进会:方案只写“定期召开全市招商引资项目推进会”(五.2),未规定次数,列出但不评分。");
    assertThat(meetings.explanation().en()).startsWith(meetings.name().en()
        + ": the plan says only “").endsWith("” (五.2) and sets no number, so it is listed but "
        + "not scored.");
  }

  @Test
  void theyAreNeitherCadencesNorCountedInTheStatuses() {
    Scorecard s = scorecard("2025-01-31", List.of(
        LoggedEvent.of("TEAM_MEETING", LocalDate.of(2023, 3, 1))));

    assertThat(s.cadences()).extracting(c -> c.cadenceId())
        .doesNotContain("construction-progress-bulletins", "implementation-reviews",
            "citywide-progress-meetings");
    assertThat(s.countsByStatus().values().stream().mapToInt(Integer::intValue).sum())
        .isEqualTo(s.assessments().size());
    assertThat(s.uncountedDuties()).hasSize(3);
    assertThat(s.cadences()).extracting(c -> c.status()).doesNotContainNull()
        .contains(Status.MISSED);
  }

  @Test
  void theyReadBackFromTheScorecardsJson() throws Exception {
    Scorecard s = ASSESSOR.scorecard(on("2023-06-30").build());

    String json = PlanJson.mapper().writeValueAsString(s);

    assertThat(json).contains("\"uncountedDuties\":[{\"dutyId\":\"construction-progress-bulletins\"");
    assertThat(PlanJson.mapper().readValue(json, Scorecard.class)).isEqualTo(s);
  }
}
