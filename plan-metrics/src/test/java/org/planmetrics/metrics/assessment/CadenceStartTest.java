package org.planmetrics.metrics.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.planmetrics.metrics.assessment.Fixtures.PLAN;
import static org.planmetrics.metrics.assessment.Fixtures.cadence;
import static org.planmetrics.metrics.assessment.Fixtures.scorecard;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.planmetrics.metrics.CadenceShortfall;
import org.planmetrics.metrics.observation.LoggedEvent;
import org.planmetrics.metrics.result.CadenceAssessment;
import org.planmetrics.metrics.result.Scorecard;
import org.planmetrics.metrics.result.Status;

/**
 * From which period the plan's cadences count: the bundled plan's duties start on its issue date,
 * 2022-12-22, and only periods that start on or after it are checked, so the first month counted
 * is 2023-01, the first ISO week 2022-W52 (Monday 2022-12-26), the first quarter 2023-Q1 and the
 * first year 2023. The statistics window stays 2022–2024.
 */
class CadenceStartTest {

  private static final String TEAM = "team-meetings-monthly";
  private static final String OFFICE_BULLETINS = "office-bulletins-weekly";

  @Test
  void aTeamMeetingOn2022_12_10NoLongerCounts() {
    // December 2022 began on the 1st, before the plan was issued on the 22nd: it is not counted,
    // and its meetings do not make up for an empty January.
    List<LoggedEvent> december = List.of(LoggedEvent.of("TEAM_MEETING", LocalDate.of(2022, 12, 10)),
        LoggedEvent.of("TEAM_MEETING", LocalDate.of(2022, 12, 28)));

    CadenceAssessment endOf2022 = cadence(scorecard("2022-12-31", december), TEAM);
    CadenceAssessment endOfJanuary = cadence(scorecard("2023-01-31", december), TEAM);

    assertThat(endOf2022.periodsChecked()).isZero();
    assertThat(endOf2022.status()).isEqualTo(Status.ON_TRACK);
    assertThat(endOfJanuary.periodsChecked()).isEqualTo(1);
    assertThat(endOfJanuary.shortfalls()).containsExactly(new CadenceShortfall("2023-01",
        "2023-01", LocalDate.of(2023, 1, 1), LocalDate.of(2023, 1, 31), 1, 0, 2));
    assertThat(endOfJanuary.status()).isEqualTo(Status.MISSED);
  }

  @ParameterizedTest(name = "{0} counts from {1}")
  @CsvSource({
      "key-project-coordination-meetings-quarterly, 2023-Q1",
      "team-meetings-monthly,                       2023-01",
      "group-activity-bulletins-weekly,             2022-W52",
      "trainings-yearly,                            2023",
  })
  void eachCadenceCountsFromItsFirstPeriodThatStartsOnOrAfterTheIssueDate(String id,
      String first) {
    Scorecard s = scorecard("2022-12-22", List.of());

    assertThat(s.dutiesStart()).isEqualTo(LocalDate.of(2022, 12, 22));
    assertThat(cadence(s, id).countsFrom()).isEqualTo(first);
    assertThat(cadence(s, id).periodsChecked()).isZero();
  }

  @Test
  void theWeekOfTheIssueDateIsNotCountedAndTheNextWeekIs() {
    // Thursday 2022-12-22 lies in 2022-W51 (12-19 to 12-25), which began before the issue date;
    // 2022-W52 (12-26 to 2023-01-01) is the first week counted.
    List<LoggedEvent> onIssueDay = List.of(LoggedEvent.of("WEEKLY_BULLETIN",
        LocalDate.of(2022, 12, 22)));
    List<LoggedEvent> nextMonday = List.of(LoggedEvent.of("WEEKLY_BULLETIN",
        LocalDate.of(2022, 12, 26)));

    CadenceAssessment missed = cadence(scorecard("2023-01-01", onIssueDay), OFFICE_BULLETINS);
    CadenceAssessment kept = cadence(scorecard("2023-01-01", nextMonday), OFFICE_BULLETINS);

    assertThat(missed.periodsChecked()).isEqualTo(1);
    assertThat(missed.shortfalls()).extracting(CadenceShortfall::from).containsExactly("2022-W52");
    assertThat(kept.periodsChecked()).isEqualTo(1);
    assertThat(kept.shortfalls()).isEmpty();
  }

  @Test
  void readAs2023To2025TheDutiesStartWithTheWindow() {
    Assessor publication = Assessor.of(PLAN.withWindowReading("publication"));

    Scorecard s = publication.scorecard(Fixtures.on("2023-01-31").build());

    assertThat(s.dutiesStart()).isEqualTo(LocalDate.of(2023, 1, 1));
    assertThat(cadence(s, TEAM).countsFrom()).isEqualTo("2023-01");
    assertThat(cadence(s, TEAM).periodsChecked()).isEqualTo(1);
    // Sunday 2023-01-01 belongs to 2022-W52, which began on 2022-12-26, before the window.
    assertThat(cadence(s, OFFICE_BULLETINS).countsFrom()).isEqualTo("2023-W01");
  }
}
