package org.planmetrics.metrics.observation;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;
import org.planmetrics.model.LocalizedText;

/**
 * What happened, as a county system hands it over: statistical series, the project ledger,
 * peer figures, published ranks and the meeting log, all as of one date.
 *
 * <pre>{@code
 * {"asOf": "2023-06-30",
 *  "series": {"foreign-capital-utilized": {"2021": 2.035, "2022": 2.21, "2023-06": 1.15}},
 *  "projects": [{"id": "P-2022-001", "signedOn": "2022-05-10", "investment": 120.5, ...}],
 *  "peers": {"2022": {"gongqingcheng": {"total": 3.1, "growth": 0.12}, ...}},
 *  "ranks": {"2023": {"totalRank": 2, "growthRank": 6, "peerCount": 13}},
 *  "events": [{"kind": "TEAM_MEETING", "date": "2022-01-10"}],
 *  "teams": [{"id": "team-1", "name": {"zh": "招商一组", "en": "Team 1"}, "tasks": {...}}]}
 * }</pre>
 *
 * <p>Series values are in the indicator's unit, keyed {@code "YYYY"} (full year) or {@code
 * "YYYY-MM"} (year to date). Nothing here reads the clock: {@link #asOf()} is the date of the
 * assessment, and figures for periods that end after it are ignored.
 *
 * <p>Observations hold to the same rules whichever way they are made: {@code build()} throws
 * {@link org.planmetrics.model.InvalidArgumentException} for what JSON, CSV and workbooks refuse
 * without a plan, each value's own rules ({@link ProjectRules}, {@link RankRules}, {@link
 * TeamRules}) and those of the whole ({@link ObservationRules}: period keys, ids given twice,
 * teams not on the roster). What needs the plan (its indicators, peers, event kinds, units and key
 * directions) is left to {@link ObservationChecks#violations}, to run before assessing; the
 * assessment itself never throws for missing or odd data. One limit of the readers is not a rule
 * of the values: a figure of more than 40 digits, which they refuse as too long to read, can be
 * built, and the assessment judges it NOT_ASSESSABLE beyond 100 ({@code
 * Reason.FigureOutOfRange}).
 */
@Value.Immutable
@JsonSerialize(as = Observations.class)
@JsonDeserialize(as = Observations.class)
abstract class AbstractObservations {

  public abstract LocalDate asOf();

  /** Indicator id → period key → value in the indicator's unit. */
  public abstract Map<String, Map<String, BigDecimal>> series();

  public abstract List<LedgerProject> projects();

  /** Period key → peer unit id → that unit's level and growth. */
  public abstract Map<String, Map<String, PeerFigures>> peers();

  /** Period key → the ranks the city published for the plan's own unit. */
  public abstract Map<String, PublishedRanks> ranks();

  public abstract List<LoggedEvent> events();

  /** The teams on the office's roster, with their tasks by year; empty if teams are not used. */
  public abstract List<RosterTeam> teams();

  /**
   * The name of roster team {@code id} as the roster gives it, or the id itself in both languages
   * when no roster team has it, so that a report can always name a project's team.
   */
  public LocalizedText teamName(String id) {
    return teams().stream().filter(t -> t.id().equals(id)).findFirst().map(RosterTeam::name)
        .orElse(LocalizedText.of(id, id));
  }

  /**
   * Copies every inner map of {@link #series()} and {@link #peers()} that its caller could still
   * change (see {@link InnerMapCopies}), and refuses observations that break a rule of {@link
   * ObservationRules}, with the first rule broken, so that no reader and no assessment ever sees
   * them. The rules that need a plan are {@link ObservationChecks}', at assessment time.
   *
   * @throws org.planmetrics.model.InvalidArgumentException naming the field as a path into the
   *     observations, the rule and the value, for example "'projects/2/id' must not repeat the id
   *     of 'projects/0' but was 'P-1'"
   * @throws NullPointerException for a null value inside a series or the peers, naming it
   */
  @Value.Check
  protected AbstractObservations check() {
    if (!InnerMapCopies.allCopied(series()) || !InnerMapCopies.allCopied(peers())) {
      // The copy is checked as it is built.
      return Observations.builder().from(this)
          .series(InnerMapCopies.withInnerCopies("series", series()))
          .peers(InnerMapCopies.withInnerCopies("peers", peers()))
          .build();
    }
    BrokenRule.refuseFirst(ObservationRules.broken(new ObservationRules.Parts(asOf(), series(),
        projects(), peers(), ranks(), events(), teams())));
    return this;
  }
}
