package org.planmetrics.testkit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.random.RandomGenerator;
import java.util.stream.Stream;
import org.planmetrics.metrics.observation.LedgerProject;
import org.planmetrics.metrics.observation.LoggedEvent;
import org.planmetrics.metrics.observation.ObservationChecks;
import org.planmetrics.metrics.observation.Observations;
import org.planmetrics.metrics.observation.PeerFigures;
import org.planmetrics.metrics.observation.PublishedRanks;
import org.planmetrics.metrics.observation.RosterTeam;
import org.planmetrics.model.ActivityKind;
import org.planmetrics.model.CadenceRequirement;
import org.planmetrics.model.Indicator;
import org.planmetrics.model.LocalizedText;
import org.planmetrics.model.PeerUnit;
import org.planmetrics.model.Plan;
import org.planmetrics.model.ResponsibleUnit;
import org.planmetrics.model.TeamMetric;
import org.planmetrics.model.quantity.Unit;

/**
 * Random observations for a plan, for example as of 2023-06-30, with the series {@code
 * "money": {"2022": 2.21, "2023-06": 1.15}}, a ledger of 7 projects, the peers' figures for 2022,
 * 40 logged meetings and a roster of two teams: what a county system hands over.
 *
 * <p>{@link #validFor} gives observations that {@link ObservationChecks#violations} accepts for
 * the plan; {@link #anyFor} adds the problems those checks report, for properties that must hold
 * whatever the data ("the assessment never throws").
 */
public final class PlanObservations {

  /** The largest series value and peer total drawn: 1E6, a million 亿元 or 亿美元. */
  public static final BigDecimal MAX_FIGURE = BigDecimal.valueOf(1_000_000);

  /** The most events in an ordinary log: 200, several a month over a three-year window. */
  public static final int MAX_EVENTS = 200;

  /**
   * The problems {@link #anyFor} adds, each named by the rule ObservationChecks reports: only
   * those that need the plan to be seen, since every other (a bad period key, a repeated id, a
   * rank outside its peer count, a task not above 0) cannot be built at all.
   */
  private enum Problem {
    UNKNOWN_INDICATOR, NEGATIVE_VALUE, UNKNOWN_PEER, UNKNOWN_EVENT_KIND, UNKNOWN_UNIT,
    UNKNOWN_DIRECTION
  }

  private final Plan plan;
  private final RandomGenerator random;

  private PlanObservations(Plan plan, RandomGenerator random) {
    this.plan = plan;
    this.random = random;
  }

  /**
   * Observations for {@code plan} with no problem that {@link ObservationChecks#violations}
   * reports:
   * <ul>
   *   <li>as of a day from the window's first day to a year after its last (edge days of {@link
   *       Dates} included);
   *   <li>series for most of the plan's indicators, keyed by the full years from the base year to
   *       the window's last and by some months of each year ({@code YYYY-MM}), never a year both
   *       as {@code YYYY} and {@code YYYY-12}; values from {@link Amounts#between}, from 0 to
   *       {@link #MAX_FIGURE} for a summable unit (amounts, counts) and from −{@code MAX_FIGURE}
   *       otherwise (an index);
   *   <li>a ledger from {@link Ledgers#validFor(Plan)}, whose projects may name a team of the
   *       roster;
   *   <li>peer figures for some years and half-years, for most of the plan's peers (total from 0
   *       to {@code MAX_FIGURE}, growth from −0.9 to 2);
   *   <li>published ranks for some of those periods: a peer count of 1 to the group's size plus
   *       3, and ranks from 1 to it;
   *   <li>0 to {@value #MAX_EVENTS} events of the plan's cadence and activity kinds (none, one
   *       draw in {@value Generator#EDGE_CASE_ONE_IN}), from three months before the window to
   *       its end, some naming a roster team;
   *   <li>a roster of 0 to 4 teams {@code team-1}…, made of the plan's units, with yearly tasks
   *       above 0 for some metrics (whole numbers for counts).
   * </ul>
   */
  public static Generator<Observations> validFor(Plan plan) {
    Objects.requireNonNull(plan, "'plan' must not be null");
    return random -> new PlanObservations(plan, random).valid();
  }

  /**
   * Observations for {@code plan} as {@link #validFor} makes them, with, in most draws, one to
   * three of the problems {@link ObservationChecks#violations} reports against a plan: an unknown
   * indicator, a negative amount, an unknown peer, an event of an unknown kind, a team of unknown
   * units, a project of an unknown key direction. These are the problems that can be built in
   * Java; the rest (bad or repeated period keys, repeated ids, ranks outside 1..peerCount, tasks
   * not above 0) are refused when the value is built.
   */
  public static Generator<Observations> anyFor(Plan plan) {
    Objects.requireNonNull(plan, "'plan' must not be null");
    return random -> new PlanObservations(plan, random).withProblems();
  }

  private Observations valid() {
    List<RosterTeam> roster = roster();
    List<String> teamIds = roster.stream().map(RosterTeam::id).toList();
    Observations.Builder observations = Observations.builder()
        .asOf(Dates.between(plan.window().firstDay(), plan.window().lastDay().plusYears(1))
            .next(random))
        .teams(roster)
        .projects(Ledgers.validFor(plan, teamIds).next(random))
        .events(events(teamIds));
    for (Indicator indicator : plan.indicators()) {
      if (random.nextInt(4) > 0) {
        observations.putSeries(indicator.id(), series(indicator.unit()));
      }
    }
    List<String> periods = peerPeriods();
    for (String period : periods) {
      if (random.nextInt(3) == 0) {
        observations.putPeers(period, peerFigures());
      }
      if (random.nextInt(3) == 0) {
        int peerCount = 1 + random.nextInt(plan.peerGroup().units().size() + 3);
        observations.putRanks(period, PublishedRanks.of(1 + random.nextInt(peerCount),
            1 + random.nextInt(peerCount), peerCount));
      }
    }
    return observations.build();
  }

  private Observations withProblems() {
    Observations valid = valid();
    Observations.Builder odd = Observations.builder().from(valid);
    int problems = random.nextInt(4);
    for (int i = 0; i < problems; i++) {
      Problem problem = Problem.values()[random.nextInt(Problem.values().length)];
      switch (problem) {
        case UNKNOWN_INDICATOR -> odd.putSeries("no-such-indicator", series(Unit.CNY_100M));
        case NEGATIVE_VALUE -> odd.putSeries(firstSummableIndicator(), Map.of(
            String.valueOf(plan.window().startYear()),
            BigDecimal.valueOf(-random.nextInt(1, 500), 2)));
        case UNKNOWN_PEER -> odd.putPeers(String.valueOf(plan.window().startYear()),
            Map.of("atlantis", PeerFigures.of(BigDecimal.ONE, BigDecimal.ZERO)));
        case UNKNOWN_EVENT_KIND -> odd.addEvents(LoggedEvent.of("PARTY",
            plan.window().firstDay().plusDays(random.nextInt(365))));
        // Ids numbered by the problem's place, as a repeated id could not be built.
        case UNKNOWN_UNIT -> odd.addTeams(RosterTeam.builder().id("team-odd-" + i)
            .name(LocalizedText.of("怪组", "odd team")).addUnits("no-such-unit").build());
        case UNKNOWN_DIRECTION -> odd.addProjects(LedgerProject.builder()
            .from(project("P-odd-" + i)).direction("no-such-direction").build());
      }
    }
    return odd.build();
  }

  private String firstIndicator() {
    return plan.indicators().isEmpty() ? "no-such-indicator" : plan.indicators().get(0).id();
  }

  /** An indicator in which a negative value is a problem, or an unknown one (also a problem). */
  private String firstSummableIndicator() {
    return plan.indicators().stream().filter(i -> i.unit().isSummable()).map(Indicator::id)
        .findFirst().orElse("no-such-indicator");
  }

  private LedgerProject project(String id) {
    return LedgerProject.builder().id(id).signedOn(plan.window().firstDay())
        .investment(BigDecimal.ONE).build();
  }

  /**
   * A series from the base year to the window's last year: each full year with chance 3 in 5,
   * each month with chance 1 in 6, never month 12 beside its full year.
   */
  private Map<String, BigDecimal> series(Unit unit) {
    Generator<BigDecimal> values = Amounts.between(
        unit.isSummable() ? BigDecimal.ZERO : MAX_FIGURE.negate(), MAX_FIGURE);
    Map<String, BigDecimal> series = new LinkedHashMap<>();
    for (int year = plan.window().startYear() - 1; year <= plan.window().endYear(); year++) {
      boolean fullYear = random.nextInt(5) < 3;
      if (fullYear) {
        series.put(String.valueOf(year), values.next(random));
      }
      for (int month = 1; month <= (fullYear ? 11 : 12); month++) {
        if (random.nextInt(6) == 0) {
          series.put(String.format("%d-%02d", year, month), values.next(random));
        }
      }
    }
    return series;
  }

  /** The full years from the base year to the last, and the half years of the window. */
  private List<String> peerPeriods() {
    List<String> periods = new ArrayList<>();
    for (int year = plan.window().startYear() - 1; year <= plan.window().endYear(); year++) {
      periods.add(String.valueOf(year));
      if (year >= plan.window().startYear()) {
        periods.add(year + "-06");
      }
    }
    return periods;
  }

  private Map<String, PeerFigures> peerFigures() {
    Generator<BigDecimal> totals = Amounts.nonNegative(MAX_FIGURE);
    Generator<BigDecimal> growth = Rates.between(new BigDecimal("-0.9"), BigDecimal.valueOf(2));
    Map<String, PeerFigures> figures = new LinkedHashMap<>();
    for (PeerUnit peer : plan.peerGroup().units()) {
      if (random.nextInt(4) > 0) {
        figures.put(peer.id(), PeerFigures.of(totals.next(random), growth.next(random)));
      }
    }
    return figures;
  }

  private List<LoggedEvent> events(List<String> teamIds) {
    List<String> kinds = Stream.concat(plan.cadences().stream().map(CadenceRequirement::kind),
        plan.activityKinds().stream().map(ActivityKind::kind)).distinct().toList();
    if (kinds.isEmpty() || random.nextInt(Generator.EDGE_CASE_ONE_IN) == 0) {
      return List.of();
    }
    Generator<LocalDate> days = Dates.between(plan.window().firstDay().minusMonths(3),
        plan.window().lastDay());
    int count = random.nextInt(MAX_EVENTS + 1);
    List<LoggedEvent> events = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      LoggedEvent event = LoggedEvent.of(kinds.get(random.nextInt(kinds.size())),
          days.next(random));
      if (!teamIds.isEmpty() && random.nextInt(3) == 0) {
        event = event.withTeam(teamIds.get(random.nextInt(teamIds.size())));
      }
      events.add(event);
    }
    return events;
  }

  /** 0 to 4 teams of the plan's units, with tasks for some years of the window. */
  private List<RosterTeam> roster() {
    List<String> unitIds = plan.units().stream().map(ResponsibleUnit::id).toList();
    int count = random.nextInt(5);
    List<RosterTeam> teams = new ArrayList<>(count);
    for (int t = 1; t <= count; t++) {
      RosterTeam.Builder team = RosterTeam.builder().id("team-" + t)
          .name(LocalizedText.of("招商" + t + "组", "Team " + t));
      for (String unit : unitIds) {
        if (random.nextInt(3) == 0) {
          team.addUnits(unit);
        }
      }
      for (int year = plan.window().startYear(); year <= plan.window().endYear(); year++) {
        Map<String, BigDecimal> tasks = tasks();
        if (!tasks.isEmpty()) {
          team.putTasks(String.valueOf(year), tasks);
        }
      }
      teams.add(team.build());
    }
    return teams;
  }

  private Map<String, BigDecimal> tasks() {
    Map<TeamMetric, BigDecimal> tasks = new EnumMap<>(TeamMetric.class);
    for (TeamMetric metric : TeamMetric.values()) {
      if (random.nextBoolean()) {
        tasks.put(metric, metric.unit() == Unit.COUNT ? BigDecimal.valueOf(1 + random.nextInt(20))
            : Amounts.positive(BigDecimal.valueOf(500)).next(random));
      }
    }
    Map<String, BigDecimal> byId = new LinkedHashMap<>();
    tasks.forEach((metric, task) -> byId.put(metric.id(), task));
    return byId;
  }
}
