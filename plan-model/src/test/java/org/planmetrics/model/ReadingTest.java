package org.planmetrics.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;
import org.planmetrics.model.json.PlanFiles;

/**
 * Readings in a plan file: optional, with unique ids other than those reserved for the readings
 * that live elsewhere, naming targets and cadences of the plan and reports the library makes, and
 * written back as they were read.
 */
class ReadingTest {

  private static final Plan MINIMAL =
      PlanFiles.loadResource("/org/planmetrics/model/fixtures/minimal-plan.json");

  private static Reading.Builder reading(String id) {
    return Reading.builder().id(id)
        .summary(LocalizedText.of("大项目按10亿元以上计", "a large project is CNY 1 billion or more"))
        .rationale(LocalizedText.of("文中未给出金额。", "The text gives no amount."));
  }

  @Test
  void aPlanWithoutThemHasNoneAndOnesGivenSurviveThePlanFile() {
    Plan plan = MINIMAL.withReadings(reading("large-band").clause("1")
        .text(LocalizedText.of("大项目占比30%以上", "large projects at least 30%"))
        .addTargets("large-share").addCadences("monthly-meeting")
        .addReports("team-ranking", "bulletin").build());

    assertThat(MINIMAL.readings()).isEmpty();
    assertThat(PlanFiles.read(PlanFiles.write(plan), "round-trip")).isEqualTo(plan);
    assertThat(plan.reading("large-band").orElseThrow().targets()).containsExactly("large-share");
    assertThat(plan.reading("large-band").orElseThrow().reports())
        .containsExactly("team-ranking", "bulletin");
  }

  @Test
  void unknownTargetsCadencesAndReportsReservedIdsAndADuplicateAreRefused() {
    assertThatThrownBy(() -> MINIMAL.withReadings(
        reading("window").addTargets("capital-growth").build(),
        reading("band").addTargets("no-such-target").addCadences("monthly-meeting").build(),
        reading("band").addCadences("yearly-party").build(),
        reading("team-ranking-rule").addReports("team-ranking", "monthly-scorecard").build(),
        reading("stalled-project-deadlines").build()))
        .isInstanceOfSatisfying(InvalidPlanException.class, e ->
            assertThat(e.violations()).extracting(Violation::path, Violation::rule,
                v -> v.value().orElseThrow()).containsExactly(
                    tuple("/readings/2/id", "duplicate-id", "band"),
                    tuple("/readings/0/id", "reserved-id", "window"),
                    tuple("/readings/1/targets/0", "unknown-reference", "no-such-target"),
                    tuple("/readings/2/cadences/0", "unknown-reference", "yearly-party"),
                    tuple("/readings/3/id", "reserved-id", "team-ranking-rule"),
                    tuple("/readings/3/reports/1", "unknown-reference", "monthly-scorecard"),
                    tuple("/readings/4/id", "reserved-id", "stalled-project-deadlines")));
  }
}
