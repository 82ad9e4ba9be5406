package org.planmetrics.metrics.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.planmetrics.metrics.observation.LedgerProject;
import org.planmetrics.metrics.observation.LoggedEvent;
import org.planmetrics.metrics.observation.Observations;
import org.planmetrics.metrics.result.Assessment;
import org.planmetrics.metrics.result.Pace;
import org.planmetrics.metrics.result.Scorecard;
import org.planmetrics.metrics.result.Status;
import org.planmetrics.model.plans.BundledPlans;

/** Keeps the README's embedding snippet true: same code, same results. */
class ReadmeExampleTest {

  @Test
  void theReadmeSnippetGivesTheResultsItShows() {
    Observations observations = Observations.builder()
        .asOf(LocalDate.parse("2023-06-30"))
        .putSeries("foreign-capital-utilized", Map.of(
            "2021", new BigDecimal("2.035"), "2022", new BigDecimal("2.21"),
            "2022-06", new BigDecimal("1.02"), "2023-06", new BigDecimal("1.15")))
        .addProjects(LedgerProject.builder().id("P-2022-001")
            .signedOn(LocalDate.parse("2022-05-10"))
            .investment(new BigDecimal("120.5")).industrial(true).leadingIndustry(true).build())
        .addEvents(LoggedEvent.of("TEAM_MEETING", LocalDate.parse("2022-01-10")))
        .build();

    Scorecard scorecard = Assessor.of(BundledPlans.gongqingcheng2022()).scorecard(observations);
    Assessment fdi = scorecard.assessment("fdi-cumulative").orElseThrow();

    assertThat(fdi.status()).isEqualTo(Status.BEHIND);
    Pace pace = fdi.pace().orElseThrow();
    assertThat(pace.completion()).isEqualByComparingTo("0.48");
    assertThat(pace.timeProgress()).isEqualByComparingTo("0.5");
    assertThat(pace.gapPercentagePoints()).isEqualByComparingTo("-2.0");
    assertThat(fdi.explanation().zh()).isEqualTo(
        "实际利用外资累计完成3.36亿美元,完成目标的48.0%,时间进度50.0%,落后序时进度2.0个百分点。落后。"
            + "依据的解读:规划期按2022—2024年计。");
    assertThat(fdi.readings()).containsExactly("window");
  }
}
