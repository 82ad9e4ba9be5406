package org.planmetrics.metrics.assessment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import org.planmetrics.metrics.observation.Observations;
import org.planmetrics.metrics.observation.PeerFigures;
import org.planmetrics.metrics.observation.PublishedRanks;
import org.planmetrics.model.CountingStage;
import org.planmetrics.model.Plan;
import org.planmetrics.model.json.PlanJson;

/**
 * The observations of one scorecard with their period keys parsed once, for example the
 * sample's three indicator series, its peer figures for 2022 and 2023-06 and its 40 counted
 * projects, shared by all 13 targets.
 *
 * <p>Each table is built on first use and then kept: a scorecard parses each indicator's keys
 * once for its growth and its cumulative target and walks the ledger once for its five ledger
 * targets, and a single target's assessment builds only what it reads. One instance serves one
 * call on one thread.
 */
final class ParsedObservations {
  final Plan plan;
  final Observations observations;
  final LocalDate asOf;
  private final Map<String, Series<BigDecimal>> seriesByIndicator = new HashMap<>();
  private Series<Map<String, PeerFigures>> peers;
  private Series<PublishedRanks> ranks;
  private final Map<CountingStage, CountedLedger> ledgers = new EnumMap<>(CountingStage.class);

  ParsedObservations(Plan plan, Observations observations) {
    this.plan = plan;
    this.observations = observations;
    this.asOf = observations.asOf();
  }

  /** The usable figures of one indicator. */
  Series<BigDecimal> series(String indicatorId) {
    return seriesByIndicator.computeIfAbsent(indicatorId, id -> Series.of(
        "/series/" + PlanJson.pointerSegment(id),
        observations.series().getOrDefault(id, Map.of()), asOf));
  }

  /** The peer figures by period. */
  Series<Map<String, PeerFigures>> peers() {
    if (peers == null) {
      peers = Series.of("/peers", observations.peers(), asOf);
    }
    return peers;
  }

  /** The published ranks by period. */
  Series<PublishedRanks> ranks() {
    if (ranks == null) {
      ranks = Series.of("/ranks", observations.ranks(), asOf);
    }
    return ranks;
  }

  /**
   * The ledger projects that reached {@code stage} in the window by the assessment date; a plan
   * whose targets count at two stages walks the ledger twice, once per stage.
   */
  CountedLedger ledger(CountingStage stage) {
    return ledgers.computeIfAbsent(stage, s -> CountedLedger.of(plan, observations, s));
  }
}
