package org.planmetrics.metrics.observation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;
import static org.planmetrics.metrics.assessment.Fixtures.FDI;
import static org.planmetrics.metrics.assessment.Fixtures.PLAN;
import static org.planmetrics.metrics.assessment.Fixtures.SELF;
import static org.planmetrics.metrics.assessment.Fixtures.dec;
import static org.planmetrics.metrics.assessment.Fixtures.on;
import static org.planmetrics.metrics.assessment.Fixtures.values;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.planmetrics.model.Violation;
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
  void theCopiesKeepKeyOrderAndNullValuesForTheChecks() throws Exception {
    Map<String, BigDecimal> callers = values("2022", "2.21", "2021", "2.035");
    callers.put("2023-06", null);
    Observations built = on("2023-06-30").putSeries(FDI, callers).build();

    assertThat(built.series().get(FDI)).containsExactly(entry("2022", dec("2.21")),
        entry("2021", dec("2.035")), entry("2023-06", null));
    assertThat(ObservationChecks.violations(built, PLAN)).extracting(Violation::rule)
        .containsExactly("missing-value");
    assertThat(built).isEqualTo(on("2023-06-30").putSeries(FDI, new LinkedHashMap<>(callers))
        .build());
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
}
