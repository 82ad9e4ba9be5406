package org.planmetrics.metrics.observation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.planmetrics.metrics.assessment.Fixtures.CASH_FDI;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.planmetrics.model.Violation;

/** Observations checked against the bundled plan: each problem with its JSON Pointer and rule. */
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
        .putSeries("gdp", values("2022", "1", "2023-13", "-1")).build());

    assertThat(v).singleElement().satisfies(x -> {
      assertThat(x.path()).isEqualTo("/series/gdp");
      assertThat(x.rule()).isEqualTo("unknown-indicator");
      assertThat(x.value()).hasValue("gdp");
      assertThat(x.message()).contains("gdp").contains(PLAN.id());
    });
  }

  @ParameterizedTest(name = "period key ''{0}''")
  @ValueSource(strings = {"2023-13", "2023-00", "2023-6", "23", "2023-1-1", "20231", "abcd", ""})
  void aBadPeriodKeyIsReportedAtItsValue(String key) {
    List<Violation> v = check(on("2023-06-30").putSeries(FDI, values(key, "1"))
        .build());

    assertThat(v).singleElement().satisfies(x -> {
      assertThat(x.path()).isEqualTo("/series/" + FDI + "/" + key);
      assertThat(x.rule()).isEqualTo("bad-period");
      assertThat(x.value()).hasValue(key);
      assertThat(x.message()).contains("'" + key + "'");
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
  void aNegativeValueUnderABadKeyIsReportedOnceAsABadKey() {
    List<Violation> v = check(on("2023-06-30")
        .putSeries(FDI, values("2023-13", "-1")).build());

    assertThat(v).extracting(Violation::rule).containsExactly("bad-period");
  }

  @Test
  void aDuplicateProjectIdIsReportedWhereItRepeatsNamingTheFirst() {
    List<Violation> v = check(on("2023-06-30")
        .addProjects(project("A", "2022-01-01", "1").build())
        .addProjects(project("B", "2022-01-01", "1").build())
        .addProjects(project("A", "2022-02-01", "2").build())
        .addProjects(project("A", "2022-03-01", "3").build()).build());

    assertThat(v).extracting(Violation::path)
        .containsExactly("/projects/2/id", "/projects/3/id");
    assertThat(v).allSatisfy(x -> {
      assertThat(x.rule()).isEqualTo("duplicate-id");
      assertThat(x.value()).hasValue("A");
      assertThat(x.message()).contains("/projects/0");
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
  void aBadPeerPeriodIsReported() {
    List<Violation> v = check(on("2023-06-30").putPeers("2022-13",
        Map.of(SELF, PeerFigures.of(BigDecimal.ONE, BigDecimal.ONE))).build());

    assertThat(v).singleElement().satisfies(x -> {
      assertThat(x.path()).isEqualTo("/peers/2022-13");
      assertThat(x.rule()).isEqualTo("bad-period");
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
  void aBadRankPeriodIsReported() {
    List<Violation> v = check(on("2023-06-30")
        .putRanks("2023-6", PublishedRanks.of(1, 1, 13)).build());

    assertThat(v).singleElement().satisfies(x -> {
      assertThat(x.path()).isEqualTo("/ranks/2023-6");
      assertThat(x.rule()).isEqualTo("bad-period");
    });
  }

  /** Asserts one duplicate-period violation for 2022 at {@code here}, naming {@code earlier}. */
  private static void assertSamePeriod2022(Observations o, String here, String earlier) {
    assertThat(check(o)).singleElement().satisfies(x -> {
      assertThat(x.path()).isEqualTo(here);
      assertThat(x.rule()).isEqualTo("duplicate-period");
      assertThat(x.value()).hasValue(here.substring(here.lastIndexOf('/') + 1));
      assertThat(x.message()).isEqualTo(
          "'" + here + "' and '" + earlier + "' are the same period (2022); give it once");
    });
  }

  @Test
  void twoRankKeysForOnePeriodAreReportedAtTheSecondNamingBoth() {
    assertSamePeriod2022(on("2023-06-30")
            .putRanks("2022", PublishedRanks.of(2, 5, 13))
            .putRanks("2022-12", PublishedRanks.of(6, 6, 13)).build(),
        "/ranks/2022-12", "/ranks/2022");
  }

  @Test
  void twoPeerKeysForOnePeriodAreReportedAtTheSecondNamingBoth() {
    Map<String, PeerFigures> figures = Map.of(SELF, PeerFigures.of(BigDecimal.ONE, BigDecimal.ONE));
    assertSamePeriod2022(on("2023-06-30").putPeers("2022-12", figures).putPeers("2022", figures)
        .build(), "/peers/2022", "/peers/2022-12");
  }

  @Test
  void twoSeriesKeysForOnePeriodAreReportedAtTheSecondNamingBoth() {
    assertSamePeriod2022(on("2023-06-30")
            .putSeries(FDI, values("2021", "2.035", "2022", "2.21", "2022-12", "2.3"))
            .putSeries(CASH_FDI, values("2022-12", "0.2", "2022-06", "0.1")).build(),
        "/series/" + FDI + "/2022-12", "/series/" + FDI + "/2022");
  }

  @Test
  void aYearToDateIsNotTheSamePeriodAsItsYear() {
    assertThat(check(on("2023-06-30")
        .putSeries(FDI, values("2022-06", "1", "2022", "2", "2022-11", "1.9"))
        .putRanks("2022-06", PublishedRanks.of(1, 1, 13))
        .putRanks("2022", PublishedRanks.of(1, 1, 13)).build())).isEmpty();
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
        .putSeries(FDI, values("2023-13", "1", "2022", "-1"))
        .addProjects(project("A", "2022-01-01", "0").build())
        .addProjects(project("A", "2022-01-01", "1").build())
        .putPeers("2022", Map.of("atlantis", PeerFigures.of(BigDecimal.ONE, BigDecimal.ONE)))
        .putRanks("2022-13", PublishedRanks.of(1, 1, 13))
        .addEvents(LoggedEvent.of("PARTY", LocalDate.of(2022, 1, 11)))
        .build();

    assertThat(check(o)).extracting(Violation::rule).containsExactlyInAnyOrder(
        "unknown-indicator", "bad-period", "negative-value", "duplicate-id", "unknown-peer",
        "bad-period", "unknown-event-kind");
  }

  @Test
  void aViolationReadsAsPointerRuleAndMessage() {
    Violation v = check(on("2023-06-30")
        .addEvents(LoggedEvent.of("PARTY", LocalDate.of(2022, 1, 11))).build()).get(0);

    assertThat(v).hasToString("/events/0/kind [unknown-event-kind] " + v.message());
  }
}
