package org.planmetrics.metrics.observation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;
import static org.planmetrics.metrics.assessment.Fixtures.FDI;
import static org.planmetrics.metrics.assessment.Fixtures.SELF;
import static org.planmetrics.metrics.assessment.Fixtures.dec;
import static org.planmetrics.metrics.assessment.Fixtures.on;
import static org.planmetrics.metrics.assessment.Fixtures.values;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.planmetrics.model.json.PlanJson;

/**
 * Observations are immutable all the way down: the maps inside {@code series} and {@code peers}
 * are copied when the value is built, so a caller who keeps and changes its own map changes
 * nothing already built.
 */
class ObservationsTest {

  private static final PeerFigures ONE = PeerFigures.of(BigDecimal.ONE, BigDecimal.ONE);

  @Test
  void changingTheCallersSeriesMapAfterBuildChangesNothing() {
    Map<String, BigDecimal> callers = values("2021", "2.035");
    Observations built = on("2023-06-30").putSeries(FDI, callers).build();

    callers.put("2021", dec("9"));
    callers.put("2022", dec("2.21"));

    assertThat(built.series().get(FDI)).containsExactly(entry("2021", dec("2.035")));
  }

  @Test
  void changingTheCallersPeerMapAfterBuildChangesNothing() {
    Map<String, PeerFigures> callers = new LinkedHashMap<>(Map.of(SELF, ONE));
    Observations built = on("2023-06-30").putPeers("2022", callers).build();

    callers.clear();
    callers.put("ruichang", ONE);

    assertThat(built.peers().get("2022")).containsExactly(entry(SELF, ONE));
  }

  @Test
  void mapsGivenToWithSeriesAndWithPeersAreCopiedToo() {
    Map<String, BigDecimal> series = values("2021", "2.035");
    Map<String, PeerFigures> peers = new LinkedHashMap<>(Map.of(SELF, ONE));
    Observations built = on("2023-06-30").build()
        .withSeries(Map.of(FDI, series))
        .withPeers(Map.of("2022", peers));

    series.put("2022", dec("2.21"));
    peers.put("ruichang", ONE);

    assertThat(built.series().get(FDI)).containsOnlyKeys("2021");
    assertThat(built.peers().get("2022")).containsOnlyKeys(SELF);
  }

  @Test
  void theInnerMapsCannotBeChangedThroughTheValue() {
    Observations built = on("2023-06-30").putSeries(FDI, values("2021", "2.035"))
        .putPeers("2022", new LinkedHashMap<>(Map.of(SELF, ONE))).build();

    assertThatThrownBy(() -> built.series().get(FDI).put("2022", BigDecimal.ONE))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> built.peers().get("2022").remove(SELF))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void theCopiesKeepKeyOrder() {
    Map<String, BigDecimal> callers = values("2022", "2.21", "2021", "2.035");
    callers.put("2023-06", dec("1.15"));
    Observations built = on("2023-06-30").putSeries(FDI, callers).build();

    assertThat(built.series().get(FDI)).containsExactly(entry("2022", dec("2.21")),
        entry("2021", dec("2.035")), entry("2023-06", dec("1.15")));
    assertThat(built).isEqualTo(on("2023-06-30").putSeries(FDI, new LinkedHashMap<>(callers))
        .build());
  }

  @Test
  void aNullValueInsideASeriesOrThePeersIsRefusedByWhereItIs() {
    Map<String, BigDecimal> series = values("2022", "2.21");
    series.put("2023-06", null);
    Map<String, PeerFigures> peers = new LinkedHashMap<>();
    peers.put(SELF, null);

    assertThatThrownBy(() -> on("2023-06-30").putSeries(FDI, series).build())
        .isInstanceOf(NullPointerException.class)
        .hasMessage("'series/" + FDI + "/2023-06' must not be null; leave it out instead");
    assertThatThrownBy(() -> on("2023-06-30").putPeers("2022", peers).build())
        .isInstanceOf(NullPointerException.class)
        .hasMessage("'peers/2022/" + SELF + "' must not be null; leave it out instead");
  }

  @Test
  void jsonReadsAndWritesTheSameAsBefore() throws Exception {
    String json = "{\"asOf\":\"2023-06-30\",\"series\":{\"" + FDI + "\":{\"2022\":2.21,"
        + "\"2021\":2.035}},\"projects\":[],\"peers\":{\"2022\":{\"" + SELF + "\":{\"total\":1,"
        + "\"growth\":1}}},\"ranks\":{},\"events\":[],\"teams\":[]}";

    Observations read = PlanJson.mapper().readValue(json, Observations.class);

    assertThat(PlanJson.mapper().writeValueAsString(read)).isEqualTo(json);
    assertThat(read.series().get(FDI)).containsExactly(entry("2022", dec("2.21")),
        entry("2021", dec("2.035")));
  }

  @Test
  void aBuilderFromAValueReplacesASeriesPutAgain() {
    Observations last = on("2023-06-30").putSeries(FDI, values("2021", "2.035"))
        .putSeries("out-of-province-capital", values("2021", "83.55")).build();

    Observations next = Observations.builder().from(last)
        .putSeries(FDI, values("2021", "2.035", "2022", "2.21")).build();

    assertThat(next.series().get(FDI)).containsExactly(entry("2021", dec("2.035")),
        entry("2022", dec("2.21")));
    // The key keeps its place, and the other series are untouched.
    assertThat(next.series()).containsOnlyKeys(FDI, "out-of-province-capital");
    assertThat(next.series().keySet()).first().isEqualTo(FDI);
    assertThat(last.series().get(FDI)).containsOnlyKeys("2021");
  }

  @Test
  void aBuilderFromAValueReplacesPeersAndRanksPutAgain() {
    PeerFigures two = PeerFigures.of(dec("2"), dec("0.2"));
    Observations last = on("2023-06-30").putPeers("2022", Map.of(SELF, ONE))
        .putRanks("2022", PublishedRanks.of(2, 6, 13)).build();

    Observations next = Observations.builder().from(last)
        .putPeers("2022", Map.of(SELF, two))
        .putRanks("2022", PublishedRanks.of(1, 3, 13)).build();

    assertThat(next.peers().get("2022")).containsExactly(entry(SELF, two));
    assertThat(next.ranks()).containsExactly(entry("2022", PublishedRanks.of(1, 3, 13)));
  }

  @Test
  void putTwiceInOneBuilderKeepsTheLastValue() {
    Observations built = on("2023-06-30").putSeries(FDI, values("2021", "1"))
        .putSeries(FDI, values("2021", "2")).build();

    assertThat(built.series().get(FDI)).containsExactly(entry("2021", dec("2")));
  }

  @Test
  void aTeamBuilderFromAValueReplacesAYearsTasks() {
    RosterTeam last = RosterTeam.builder().id("team-1")
        .name(org.planmetrics.model.LocalizedText.of("招商一组", "Team 1"))
        .putTasks("2023", values("signed-investment", "50")).build();

    RosterTeam next = RosterTeam.builder().from(last)
        .putTasks("2023", values("signed-investment", "60")).build();

    assertThat(next.tasks().get("2023")).containsExactly(entry("signed-investment", dec("60")));
  }

  @Test
  void aNullSeriesIsStillRefusedByName() {
    assertThatThrownBy(() -> on("2023-06-30").putSeries(FDI, null))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("series");
  }
}
