package org.planmetrics.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.planmetrics.metrics.assessment.Assessor;
import org.planmetrics.metrics.observation.LoggedEvent;
import org.planmetrics.metrics.observation.Observations;
import org.planmetrics.metrics.result.Scorecard;
import org.planmetrics.model.BundledPlans;
import org.planmetrics.model.Language;
import org.planmetrics.model.Plan;

class ScorecardTableTest {

  private static final Plan PLAN = BundledPlans.gongqingcheng2022();

  private static String print(Scorecard card, Language lang) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ScorecardTable.print(PLAN, card, lang, new PrintStream(out, true, StandardCharsets.UTF_8));
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void moreThanThreeRunsShowTheFirstThreeAndTheTotalOfShortPeriods() {
    // One team meeting of the two required in every odd month of 2022: six runs of one month.
    Observations.Builder observations = Observations.builder().asOf(LocalDate.of(2022, 12, 31));
    for (int month = 1; month <= 12; month++) {
      observations.addEvents(LoggedEvent.of("TEAM_MEETING", LocalDate.of(2022, month, 5)));
      if (month % 2 == 0) {
        observations.addEvents(LoggedEvent.of("TEAM_MEETING", LocalDate.of(2022, month, 15)));
      }
    }
    Scorecard card = Assessor.of(PLAN).scorecard(observations.build());

    assertThat(print(card, Language.ZH)).containsPattern("team-meetings-monthly\\s+未达标\\s+12\\s+"
        + "2022-01 \\(1/2\\), 2022-03 \\(1/2\\), 2022-05 \\(1/2\\) 等,共6个月\n");
    assertThat(print(card, Language.EN)).containsPattern("team-meetings-monthly\\s+missed\\s+12\\s+"
        + "2022-01 \\(1/2\\), 2022-03 \\(1/2\\), 2022-05 \\(1/2\\) … 6 short months in all\n");
    // The weeks without any bulletin are one run, shown whole.
    assertThat(print(card, Language.EN)).contains("2022-W01–2022-W51 (0/1 ×51)\n");
  }
}
