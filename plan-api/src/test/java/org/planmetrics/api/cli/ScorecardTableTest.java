package org.planmetrics.api.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.planmetrics.metrics.assessment.Assessor;
import org.planmetrics.metrics.observation.LoggedEvent;
import org.planmetrics.metrics.observation.Observations;
import org.planmetrics.metrics.result.Scorecard;
import org.planmetrics.model.Language;
import org.planmetrics.model.Plan;
import org.planmetrics.model.plans.BundledPlans;

class ScorecardTableTest {

  private static final Plan PLAN = BundledPlans.gongqingcheng2022();

  private static String print(Scorecard card, Language lang) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ScorecardTable.print(PLAN, card, lang, new PrintStream(out, true, StandardCharsets.UTF_8));
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void moreThanThreeRunsShowTheFirstThreeAndTheTotalOfShortPeriods() {
    // One team meeting of the two required in every odd month of 2023: six runs of one month.
    Observations.Builder observations = Observations.builder().asOf(LocalDate.of(2023, 12, 31));
    for (int month = 1; month <= 12; month++) {
      observations.addEvents(LoggedEvent.of("TEAM_MEETING", LocalDate.of(2023, month, 5)));
      if (month % 2 == 0) {
        observations.addEvents(LoggedEvent.of("TEAM_MEETING", LocalDate.of(2023, month, 15)));
      }
    }
    Scorecard card = Assessor.of(PLAN).scorecard(observations.build());

    assertThat(print(card, Language.ZH)).containsPattern("招商组团小分队会议\\s+未达标\\s+2023-01\\s+12\\s+"
        + "2023-01 \\(1/2\\), 2023-03 \\(1/2\\), 2023-05 \\(1/2\\) 等,共6个月\n");
    assertThat(print(card, Language.EN)).containsPattern("Investment team squad meeting\\s+missed"
        + "\\s+2023-01\\s+12\\s+2023-01 \\(1/2\\), 2023-03 \\(1/2\\), 2023-05 \\(1/2\\) … 6 short"
        + " months in all\n");
    // The weeks without any bulletin are one run, shown whole: from 2022-W52, the first week that
    // starts after the plan's issue date, to 2023-W52 (which ends on Sunday 2023-12-31).
    assertThat(print(card, Language.EN)).contains("2022-W52–2023-W52 (0/1 ×53)\n");
  }

  @Test
  void theTableRoundsAFigureAsTheSentenceDoesHalfUp() {
    // 2.21 + 2.8895 = 5.0995 of 7 is a completion of exactly 72.85%, 22.85 points ahead of the
    // 50% of time: half-up shows 72.9% and 22.9, where half-even would show 72.8% and 22.8.
    Observations observations = Observations.builder().asOf(LocalDate.of(2023, 6, 30))
        .putSeries("foreign-capital-utilized", Map.of("2022", new BigDecimal("2.21"),
            "2023-06", new BigDecimal("2.8895")))
        .build();
    Scorecard card = Assessor.of(PLAN).scorecard(observations);

    assertThat(card.assessment("fdi-cumulative").orElseThrow().explanation().zh())
        .isEqualTo("实际利用外资累计完成5.10亿美元,完成目标的72.9%,时间进度50.0%,超序时进度22.9个百分点。进度正常。"
            + "依据的解读:规划期按2022—2024年计。");
    assertThat(print(card, Language.ZH)).containsPattern(
        "实际利用外资累计\\s+进度正常\\s+5.1亿美元\\s+力争 ≥ 7亿美元\\s+完成72.9% / 时间50.0% \\(\\+22.9个百分点\\)\n");
    assertThat(print(card, Language.EN)).contains("done 72.9% vs time 50.0% (+22.9 pts)");
  }

  @Test
  void chineseTakesTwoColumnsSoTheColumnsLineUp() {
    assertThat(ScorecardTable.width("主导工业项目占比")).isEqualTo(16);
    assertThat(ScorecardTable.width("70.0%")).isEqualTo(5);
    Scorecard card = Assessor.of(PLAN).scorecard(Observations.builder()
        .asOf(LocalDate.of(2024, 6, 30)).build());
    String table = print(card, Language.ZH);
    // Every status of the third goal's table starts in the same terminal column.
    int[] columns = table.lines()
        .filter(l -> l.startsWith("  主导工业项目占比 ") || l.startsWith("  战新项目占工业项目比重 ")).mapToInt(l -> ScorecardTable.width(
            l.substring(0, l.indexOf("无法评估")))).distinct().toArray();
    assertThat(columns).hasSize(1);
  }
}
