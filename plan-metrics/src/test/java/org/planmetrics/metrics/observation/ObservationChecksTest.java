package org.planmetrics.metrics.observation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.planmetrics.metrics.assessment.Fixtures.FDI;
import static org.planmetrics.metrics.assessment.Fixtures.PLAN;
import static org.planmetrics.metrics.assessment.Fixtures.SELF;
import static org.planmetrics.metrics.assessment.Fixtures.on;
import static org.planmetrics.metrics.assessment.Fixtures.project;
import static org.planmetrics.metrics.assessment.Fixtures.values;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.planmetrics.model.Violation;

/**
 * Observations checked against the bundled plan: each problem with its JSON Pointer and rule.
 * What needs no plan cannot be built at all (ObservationRulesTest, and the rules of each value).
 */
class ObservationChecksTest {

  private static List<Violation> check(Observations o) {
    return ObservationChecks.violations(o, PLAN);
  }

  private static Observations valid() {
    return on("2023-06-30")
        .putSeries(FDI, values("2021", "2.035", "2022", "2.21", "2023-06", "1.15"))
        .putSeries("open-economy", values("2022", "-3"))
        .addProjects(project("P-1", "2022-05-10", "120.5").build())
        .addProjects(project("P-2", "2022-06-10", "0").build())
        .putPeers("2022", Map.of(SELF, PeerFigures.of(BigDecimal.ONE, BigDecimal.ONE),
            "ruichang", PeerFigures.of(BigDecimal.TEN, BigDecimal.ONE)))
        .putRanks("2023-06", PublishedRanks.of(1, 13, 13))
        .addEvents(LoggedEvent.of("TEAM_MEETING", LocalDate.of(2022, 1, 10)))
        .addEvents(LoggedEvent.of("TRAINING", LocalDate.of(2022, 1, 10)))
        .build();
  }

  @Test
  void validObservationsHaveNoViolations() {
    assertThat(check(valid())).isEmpty();
    assertThat(check(on("2023-06-30").build())).isEmpty();
  }

  @Test
  void anUnknownIndicatorIsReportedAtItsSeries() {
    List<Violation> v = check(on("2023-06-30")
        .putSeries("gdp", values("2022", "1", "2023-06", "-1")).build());

    assertThat(v).singleElement().satisfies(x -> {
      assertThat(x.path()).isEqualTo("/series/gdp");
      assertThat(x.rule()).isEqualTo("unknown-indicator");
      assertThat(x.value()).hasValue("gdp");
      assertThat(x.message()).contains("gdp").contains(PLAN.id());
    });
  }

  @Test
  void aNegativeAmountIsReportedButNotANegativeIndex() {
    List<Violation> v = check(on("2023-06-30")
        .putSeries(FDI, values("2022", "-0.01", "2023-06", "0"))
        .putSeries("open-economy", values("2022", "-5")).build());

    assertThat(v).singleElement().satisfies(x -> {
      assertThat(x.path()).isEqualTo("/series/" + FDI + "/2022");
      assertThat(x.rule()).isEqualTo("negative-value");
      assertThat(x.value()).hasValue("-0.01");
    });
  }

  @Test
  void anUnknownPeerIsReportedAtItsFigures() {
    List<Violation> v = check(on("2023-06-30").putPeers("2022", Map.of(
        SELF, PeerFigures.of(BigDecimal.ONE, BigDecimal.ONE),
        "atlantis", PeerFigures.of(BigDecimal.ONE, BigDecimal.ONE))).build());

    assertThat(v).singleElement().satisfies(x -> {
      assertThat(x.path()).isEqualTo("/peers/2022/atlantis");
      assertThat(x.rule()).isEqualTo("unknown-peer");
      assertThat(x.value()).hasValue("atlantis");
      assertThat(x.message()).contains("jiujiang-counties");
    });
  }

  @Test
  void ranksAtTheEndsOfTheRangeAndAtTheBoundAreValid() {
    // Ranks out of range cannot be built (RankRules); those that can are no check's concern.
    assertThat(check(on("2023-06-30").putRanks("2022", PublishedRanks.of(1, 13, 13))
        .putRanks("2023-06", PublishedRanks.of(1, 1, 1))
        .putRanks("2023", PublishedRanks.of(10_000, 1, 10_000)).build())).isEmpty();
  }

  @Test
  void anUnknownEventKindIsReportedAtTheEvent() {
    List<Violation> v = check(on("2023-06-30")
        .addEvents(LoggedEvent.of("TEAM_MEETING", LocalDate.of(2022, 1, 10)))
        .addEvents(LoggedEvent.of("PARTY", LocalDate.of(2022, 1, 11))).build());

    assertThat(v).singleElement().satisfies(x -> {
      assertThat(x.path()).isEqualTo("/events/1/kind");
      assertThat(x.rule()).isEqualTo("unknown-event-kind");
      assertThat(x.value()).hasValue("PARTY");
      assertThat(x.message()).contains("TEAM_MEETING").contains("TRAINING").endsWith("'PARTY'");
    });
  }

  @Test
  void keysAreEscapedAsJsonPointerSegments() {
    List<Violation> v = check(on("2023-06-30")
        .putSeries("a/b~c", values("2022", "1")).build());

    assertThat(v).singleElement().satisfies(x -> assertThat(x.path())
        .isEqualTo("/series/a~1b~0c"));
    assertThat(org.planmetrics.model.json.PlanJson.pointerSegment("~/")).isEqualTo("~0~1");
  }

  @Test
  void everyProblemIsReportedAtOnce() {
    Observations o = on("2023-06-30")
        .putSeries("gdp", values("2022", "1"))
        .putSeries(FDI, values("2023-06", "1", "2022", "-1"))
        .addProjects(project("A", "2022-01-01", "0").direction("space-industry").build())
        .putPeers("2022", Map.of("atlantis", PeerFigures.of(BigDecimal.ONE, BigDecimal.ONE)))
        .addEvents(LoggedEvent.of("PARTY", LocalDate.of(2022, 1, 11)))
        .addTeams(RosterTeam.builder().id("team-1")
            .name(org.planmetrics.model.LocalizedText.of("招商一组", "Team 1"))
            .addUnits("trade-office").build())
        .build();

    assertThat(check(o)).extracting(Violation::rule).containsExactlyInAnyOrder(
        "unknown-indicator", "negative-value", "unknown-peer", "unknown-event-kind",
        "unknown-unit", "unknown-direction");
  }

  @Test
  void aViolationReadsAsPointerRuleAndMessage() {
    Violation v = check(on("2023-06-30")
        .addEvents(LoggedEvent.of("PARTY", LocalDate.of(2022, 1, 11))).build()).get(0);

    assertThat(v).hasToString("/events/0/kind [unknown-event-kind] " + v.message());
  }
}
