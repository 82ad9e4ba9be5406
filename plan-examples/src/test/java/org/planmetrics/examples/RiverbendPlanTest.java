package org.planmetrics.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.planmetrics.metrics.assessment.Assessor;
import org.planmetrics.metrics.observation.Observations;
import org.planmetrics.metrics.observation.ObservationsJson;
import org.planmetrics.metrics.result.Assessment;
import org.planmetrics.metrics.result.QuotaStanding;
import org.planmetrics.metrics.result.Scorecard;
import org.planmetrics.metrics.result.Status;
import org.planmetrics.metrics.result.UnitQuotaStanding;
import org.planmetrics.model.Plan;
import org.planmetrics.model.TargetKind;
import org.planmetrics.model.json.JsonSyntax;
import org.planmetrics.model.json.PlanFiles;

/**
 * The README's second fictional county, Riverbend (riverbend-2025.json): a plan that uses most of
 * the target forms a county plan writes, assessed on 2026-06-30 with riverbend-observations.json.
 * Each status below was worked out by hand from those figures before the test was run.
 */
class RiverbendPlanTest {

  private static final String DIR = "/org/planmetrics/examples/plans/";

  private static String resource(String name) throws IOException {
    try (InputStream in = RiverbendPlanTest.class.getResourceAsStream(DIR + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static Plan plan() throws IOException {
    return PlanFiles.read(resource("riverbend-2025.json"), "riverbend-2025.json");
  }

  private static Observations observations(Plan plan) throws IOException {
    ObservationsJson.Reading reading = ObservationsJson.read(
        resource("riverbend-observations.json").getBytes(StandardCharsets.UTF_8), plan,
        new JsonSyntax.Subject("riverbend-observations.json", "riverbend-observations.json"));
    assertThat(reading.problems()).isEmpty();
    return reading.observations().orElseThrow();
  }

  @Test
  void thePlanUsesTheFormsACountyPlanWrites() throws IOException {
    Plan plan = plan();

    assertThat(plan.targets()).extracting(t -> t.kind()).contains(TargetKind.AVERAGE_GROWTH,
        TargetKind.PERIOD_AMOUNT, TargetKind.CUMULATIVE_AMOUNT, TargetKind.FIRST_TIER_RANK,
        TargetKind.CUMULATIVE_COUNT, TargetKind.ANNUAL_COUNT, TargetKind.SHARE,
        TargetKind.COHORT_RATE, TargetKind.LEVEL);
    assertThat(plan.target("capital-each-year").orElseThrow().tolerance()).isPresent();
    assertThat(plan.target("fdi-total").orElseThrow().stretch()).isPresent();
    assertThat(plan.target("industrial-enterprises").orElseThrow().countWord()).isEqualTo("家");
    assertThat(plan.quotas()).hasSize(1);
  }

  @Test
  void onTheThirtiethOfJune2026EachTargetStandsAsWorkedOutByHand() throws IOException {
    Plan plan = plan();
    Scorecard card = Assessor.of(plan).scorecard(observations(plan));
    Map<String, Status> statuses = card.assessments().stream()
        .collect(Collectors.toMap(Assessment::targetId, Assessment::status));

    assertThat(statuses).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
        // 25 → 31: 24.0% in 2025, above 8% a year so far.
        Map.entry("capital-average-growth", Status.ON_TRACK),
        // About 30 with a tolerance of 1: 31 in 2025 met; 13 by June 2026 is short of 14.5.
        Map.entry("capital-each-year", Status.BEHIND),
        // 8.5 in Q1 2025, 7.2 in Q1 2026: a bare 8 is a floor.
        Map.entry("capital-first-quarter", Status.MISSED),
        // 0.12 + 0.08 = 0.2亿美元 = 2000万美元: 66.7% of 3000 after 50% of the window.
        Map.entry("fdi-total", Status.ON_TRACK),
        // First on level and growth among 4 in 2025; no 2026 figures yet.
        Map.entry("investment-first-tier", Status.ON_TRACK),
        // 1 April – 9 July 2025: RB-2025-02 and RB-2025-03, 2 of 3.
        Map.entry("campaign-big-projects", Status.MISSED),
        // Starts of "10" projects: 2 in 2025, 1 by June 2026.
        Map.entry("big-starts", Status.ON_TRACK),
        // 6 industrial projects in 2025, short of 10.
        Map.entry("industrial-enterprises", Status.MISSED),
        // Non-leading industrial projects: RB-2025-03, -05 and RB-2026-02, 3 within 6.
        Map.entry("non-leading-ceiling", Status.ON_TRACK),
        // 53.5 of 68.5亿元 invested by leading industries: 78.1%.
        Map.entry("leading-investment-share", Status.ON_TRACK),
        // 27.5 paid in of 68亿元 contracted by projects of 1亿元 and more: 40.4%.
        Map.entry("funding-rate", Status.BEHIND),
        // 3 of the 6 signed in 2025 started that year: 50%.
        Map.entry("same-year-starts", Status.MISSED),
        // 38.5% through June 2026, not yet 40%.
        Map.entry("industry-share-level", Status.BEHIND)));
    Assessment fdi = card.assessment("fdi-total").orElseThrow();
    // 2000 of 3500: 57.1% after 50% of the window.
    assertThat(fdi.stretch().orElseThrow().status()).isEqualTo(Status.ON_TRACK);
    assertThat(card.assessment("capital-each-year").orElseThrow().explanation().zh())
        .startsWith("原文为“30亿元左右”,按容差1亿元读作29亿元以上。");
    assertThat(card.assessment("industrial-enterprises").orElseThrow().explanation().zh())
        .contains("2025年引进6家,未达标");
    assertThat(card.assessment("big-starts").orElseThrow().explanation().zh())
        .contains("2025年开工2个,达标");
  }

  @Test
  void inMay2026TheParksAndTheTownshipRankByTheirQuotas() throws IOException {
    Plan plan = plan();
    QuotaStanding quota = Assessor.of(plan).quotaReport(observations(plan), YearMonth.of(2026, 5))
        .quotas().get(0);

    // North 20 of 8亿元 (250%), south 3 of 6 (50%, 8.3 points ahead of 5/12), east 0 of 3.
    assertThat(quota.units()).extracting(UnitQuotaStanding::unit, UnitQuotaStanding::status)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("north-park", Status.MET),
            org.assertj.core.groups.Tuple.tuple("south-park", Status.ON_TRACK),
            org.assertj.core.groups.Tuple.tuple("east-township", Status.BEHIND));
  }
}
