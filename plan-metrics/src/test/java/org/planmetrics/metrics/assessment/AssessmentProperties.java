package org.planmetrics.metrics.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.planmetrics.metrics.assessment.Fixtures.ASSESSOR;
import static org.planmetrics.metrics.assessment.Fixtures.FDI;
import static org.planmetrics.metrics.assessment.Fixtures.PLAN;
import static org.planmetrics.metrics.assessment.Fixtures.assess;
import static org.planmetrics.metrics.assessment.Fixtures.noWorse;
import static org.planmetrics.metrics.assessment.Fixtures.worstByIssueOrder;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.planmetrics.metrics.CadenceShortfall;
import org.planmetrics.metrics.observation.LedgerProject;
import org.planmetrics.metrics.observation.LoggedEvent;
import org.planmetrics.metrics.observation.Observations;
import org.planmetrics.metrics.observation.PeerFigures;
import org.planmetrics.metrics.observation.PublishedRanks;
import org.planmetrics.metrics.result.Assessment;
import org.planmetrics.metrics.result.CadenceAssessment;
import org.planmetrics.metrics.result.GoalStatus;
import org.planmetrics.metrics.result.Scorecard;
import org.planmetrics.metrics.result.Status;
import org.planmetrics.metrics.result.YearAssessment;
import org.planmetrics.model.CadenceRequirement;
import org.planmetrics.model.InvestorType;
import org.planmetrics.model.PeerUnit;
import org.planmetrics.model.quantity.Unit;
import org.quicktheories.core.Gen;

/**
 * Properties of assessments over random observations (QuickTheories; every input is drawn
 * through {@link Choices}, so a failure shrinks to a small case and prints it): more of a "higher is better" figure never worsens a status, a later date never
 * undoes a cumulative MET, and no data, however odd, makes the assessment throw.
 */
class AssessmentProperties {

  private static final List<String> PLAN_KINDS = PLAN.cadences().stream()
      .map(CadenceRequirement::kind).distinct().collect(Collectors.toList());
  private static final List<String> PEER_IDS = PLAN.peerGroup().units().stream()
      .map(PeerUnit::id).collect(Collectors.toList());

  // ---- random inputs ----

  private static LocalDate date(Choices r, LocalDate from, LocalDate to) {
    return from.plusDays(r.nextInt((int) ChronoUnit.DAYS.between(from, to) + 1));
  }

  /** A decimal with two places between {@code low} and {@code high} hundredths. */
  private static BigDecimal cents(Choices r, int low, int high) {
    return BigDecimal.valueOf(low + r.nextInt(high - low + 1), 2);
  }

  /**
   * Figures for full years and years to date, some negative or zero. Keys are periods, none given
   * twice ("2022" and "2022-12" are one period): observations with such keys cannot be built.
   */
  private static Map<String, BigDecimal> randomSeries(Choices r) {
    Map<String, BigDecimal> series = new LinkedHashMap<>();
    for (int year = 2020; year <= 2025; year++) {
      boolean fullYear = r.nextInt(5) < 3;
      if (fullYear) {
        series.put(String.valueOf(year), cents(r, -200, 50_000));
      }
      for (int month = 1; month <= (fullYear ? 11 : 12); month++) {
        if (r.nextInt(6) == 0) {
          series.put(String.format("%d-%02d", year, month), cents(r, -200, 30_000));
        }
      }
    }
    String zeroYear = String.valueOf(2021 + r.nextInt(3));
    if (r.nextInt(8) == 0 && !series.containsKey(zeroYear + "-12")) {
      series.put(zeroYear, BigDecimal.ZERO);
    }
    return series;
  }

  private static LedgerProject randomProject(Choices r, int index) {
    LocalDate signed = date(r, LocalDate.of(2021, 6, 1), LocalDate.of(2025, 6, 30));
    LedgerProject.Builder p = LedgerProject.builder()
        // Each its own id: a ledger that gives one twice cannot be built.
        .id("P-" + index)
        .signedOn(signed)
        // Not below 0: a project with a negative investment cannot be built (ProjectRules).
        .investment(cents(r, 0, 25_000))
        .industrial(r.nextBoolean())
        .leadingIndustry(r.nextBoolean())
        .strategicEmerging(r.nextBoolean());
    for (InvestorType type : InvestorType.values()) {
      if (r.nextInt(5) == 0) {
        p.addInvestorTypes(type);
      }
    }
    if (r.nextBoolean()) {
      // Started on or after signing, as a project must be.
      p.startedOn(date(r, signed, signed.plusYears(2)));
    }
    return p.build();
  }

  private static List<LedgerProject> randomLedger(Choices r, int max) {
    List<LedgerProject> projects = new ArrayList<>();
    int n = r.nextInt(max + 1);
    for (int i = 0; i < n; i++) {
      projects.add(randomProject(r, i));
    }
    return projects;
  }

  /**
   * Anything that can be built: negative and zero figures, unknown indicators, peers and event
   * kinds, years to date beside full years.
   */
  private static Gen<Observations> anyObservations() {
    return in -> randomObservations(new Choices(in));
  }

  private static Observations randomObservations(Choices r) {
    Observations.Builder o = Observations.builder()
        .asOf(date(r, LocalDate.of(2020, 6, 1), LocalDate.of(2026, 6, 30)));
    for (String indicator : List.of(FDI, "cash-fdi", "out-of-province-capital", "open-economy",
        "no-such-indicator")) {
      if (r.nextInt(5) > 0) {
        o.putSeries(indicator, randomSeries(r));
      }
    }
    o.addAllProjects(randomLedger(r, 25));
    for (String key : List.of("2021", "2022", "2022-06", "2023", "2023-06", "2024", "2024-11")) {
      if (r.nextInt(3) == 0) {
        Map<String, PeerFigures> figures = new LinkedHashMap<>();
        for (String peer : PEER_IDS) {
          if (r.nextInt(4) > 0) {
            figures.put(peer, PeerFigures.of(cents(r, -500, 1_000), cents(r, -50, 50)));
          }
        }
        if (r.nextInt(5) == 0) {
          figures.put("atlantis", PeerFigures.of(cents(r, 0, 1_000), cents(r, -50, 50)));
        }
        o.putPeers(key, figures);
      }
      if (r.nextInt(3) == 0) {
        // Within 1..peerCount: ranks out of range cannot be built (RankRules).
        int peerCount = 1 + r.nextInt(16);
        o.putRanks(key, PublishedRanks.of(1 + r.nextInt(peerCount), 1 + r.nextInt(peerCount),
            peerCount));
      }
    }
    int events = r.nextInt(200);
    for (int i = 0; i < events; i++) {
      String kind = r.nextInt(20) == 0 ? "PARTY" : PLAN_KINDS.get(r.nextInt(PLAN_KINDS.size()));
      o.addEvents(LoggedEvent.of(kind, date(r, LocalDate.of(2021, 10, 1),
          LocalDate.of(2025, 3, 31))));
    }
    return o.build();
  }

  // ---- properties ----

  @Test
  void assessmentNeverThrowsForRandomObservationsAndExplainsEveryTarget() {
    qt().withExamples(150).forAll(anyObservations()).checkAssert(o -> {
      Scorecard s = ASSESSOR.scorecard(o);

      assertThat(s.assessments()).hasSize(13);
      assertThat(s.countsByStatus()).containsOnlyKeys(EnumSet.allOf(Status.class));
      for (Status status : Status.values()) {
        assertThat(s.countsByStatus().get(status)).as(status.name()).isEqualTo(
            (int) s.assessments().stream().filter(a -> a.status() == status).count());
      }
      for (Assessment a : s.assessments()) {
        assertThat(a.explanation().zh()).as(a.targetId()).isNotBlank();
        assertThat(a.explanation().en()).as(a.targetId()).isNotBlank();
        if (a.status() == Status.NOT_ASSESSABLE) {
          assertThat(a.reason()).as(a.targetId()).isPresent();
        }
        for (YearAssessment y : a.years()) {
          if (LocalDate.of(y.year(), 1, 1).isAfter(o.asOf())) {
            assertThat(y.pending()).as("%s %s", a.targetId(), y.year()).isTrue();
            assertThat(y.status()).isEmpty();
          }
        }
        if (a.kind() == org.planmetrics.model.TargetKind.SHARE && a.actual().isPresent()) {
          assertThat(a.actual().get().value()).isBetween(BigDecimal.ZERO, BigDecimal.ONE);
        }
      }
      for (GoalStatus goal : s.goals()) {
        assertThat(goal.status()).isEqualTo(worstByIssueOrder(s.assessments().stream()
            .filter(a -> a.goalId().equals(goal.goalId())).map(Assessment::status).toList()));
      }
      for (CadenceAssessment c : s.cadences()) {
        assertThat(c.status() == Status.MISSED).isEqualTo(!c.shortfalls().isEmpty());
        assertThat(c.periodsShort()).as(c.cadenceId())
            .isEqualTo(c.shortfalls().stream().mapToInt(CadenceShortfall::periods).sum())
            .isBetween(0, c.periodsChecked());
      }
    });
  }

  @Test
  void figuresOfAnyMagnitudeNeverMakeTheAssessmentThrow() {
    // Mostly scales a rule computes with, and half of them anywhere in the range of an int.
    Gen<BigDecimal> figure = longs().all().zip(integers().between(-120, 120)
        .mix(integers().all()), BigDecimal::valueOf);
    qt().withExamples(300).forAll(figure, figure, figure, figure)
        .checkAssert((a, b, c, investment) -> {
          Observations o = Observations.builder().asOf(LocalDate.of(2023, 6, 30))
              .putSeries(FDI, Map.of("2021", a, "2022", b, "2022-06", c, "2023-06", a))
              .putSeries("out-of-province-capital", Map.of("2021", c, "2022-06", b, "2022", a))
              .addProjects(LedgerProject.builder().id("P").signedOn(LocalDate.of(2022, 5, 1))
                  // Any magnitude, not any sign: a negative investment cannot be built.
                  .investment(investment.abs()).industrial(true).build())
              .putPeers("2022", Map.of(PEER_IDS.get(0), PeerFigures.of(a, b),
                  PEER_IDS.get(1), PeerFigures.of(c, investment)))
              .build();

          Scorecard s = ASSESSOR.scorecard(o);

          for (Assessment x : s.assessments()) {
            assertThat(x.explanation().zh()).as(x.targetId()).isNotBlank();
            assertThat(x.reason().isPresent()).as(x.targetId())
                .isEqualTo(x.status() == Status.NOT_ASSESSABLE);
          }
        });
  }

  @Test
  void raisingAYearsFigureNeverWorsensThatYearsGrowthStatus() {
    qt().withExamples(300)
        .forAll(integers().between(-50, 500), integers().between(-100, 1_000),
            integers().between(0, 300), integers().between(0, 5))
        .checkAssert((base, current, delta, mode) -> {
          int year = 2022 + mode % 3;
          boolean yearToDate = mode >= 3;
          String previousKey = yearToDate ? (year - 1) + "-06" : String.valueOf(year - 1);
          String key = yearToDate ? year + "-06" : String.valueOf(year);
          String asOf = yearToDate ? year + "-06-30" : "2025-01-31";
          Observations before = Observations.builder().asOf(LocalDate.parse(asOf))
              .putSeries(FDI, Map.of(previousKey, BigDecimal.valueOf(base),
                  key, BigDecimal.valueOf(current))).build();
          Observations after = before.withSeries(Map.of(FDI, Map.of(
              previousKey, BigDecimal.valueOf(base), key, BigDecimal.valueOf(current + delta))));

          Status was = Fixtures.yearStatus(assess("fdi-growth", before), year);
          Status is = Fixtures.yearStatus(assess("fdi-growth", after), year);

          assertThat(noWorse(is, was)).as("%s → %s", was, is).isTrue();
          if (was == Status.MET || was == Status.ON_TRACK) {
            assertThat(is).isEqualTo(was);
          }
        });
  }

  /** A series, a date, and one of the series' keys to raise. */
  private record Raise(Map<String, BigDecimal> series, LocalDate asOf, String raised) {}

  private static Gen<Raise> raises() {
    return in -> {
      Choices r = new Choices(in);
      Map<String, BigDecimal> series = randomSeries(r);
      series.replaceAll((k, v) -> v.movePointLeft(2));
      LocalDate asOf = date(r, LocalDate.of(2021, 10, 1), LocalDate.of(2025, 6, 30));
      List<String> keys = new ArrayList<>(series.keySet());
      return new Raise(series, asOf, keys.isEmpty() ? null : keys.get(r.nextInt(keys.size())));
    };
  }

  @Test
  void raisingAFigureNeverWorsensACumulativeAmount() {
    qt().withExamples(300).forAll(raises(), integers().between(0, 400))
        .checkAssert((c, delta) -> {
          if (c.raised() == null) {
            return;
          }
          Map<String, BigDecimal> more = new LinkedHashMap<>(c.series());
          more.put(c.raised(), c.series().get(c.raised()).add(BigDecimal.valueOf(delta, 2)));

          Status was = assess("fdi-cumulative", Observations.builder().asOf(c.asOf())
              .putSeries(FDI, c.series()).build()).status();
          Status is = assess("fdi-cumulative", Observations.builder().asOf(c.asOf())
              .putSeries(FDI, more).build()).status();

          assertThat(noWorse(is, was)).as("raising %s: %s → %s", c.raised(), was, is).isTrue();
        });
  }

  /** Series and a first date for {@link #aLaterDateWithTheSameDataNeverUndoesACumulativeMet}. */
  private record Dated(Map<String, BigDecimal> series, LocalDate first) {}

  /**
   * Consistent figures: full years from 2022 without a gap, then one year to date; each year's
   * year-to-date figures grow with the month and stay within its full figure.
   */
  private static Gen<Dated> consistentSeries() {
    return in -> {
      Choices r = new Choices(in);
      Map<String, BigDecimal> series = new LinkedHashMap<>();
      int fullYears = r.nextInt(4);
      for (int year = 2022; year <= Math.min(2024, 2022 + fullYears); year++) {
        BigDecimal full = cents(r, 0, 400);
        BigDecimal running = BigDecimal.ZERO;
        for (int month = 1; month <= 11; month++) {
          if (r.nextInt(3) == 0) {
            running = running.add(cents(r, 0, 40)).min(full);
            series.put(String.format("%d-%02d", year, month), running);
          }
        }
        if (year < 2022 + fullYears) {
          series.put(String.valueOf(year), full);
        }
      }
      return new Dated(series, date(r, LocalDate.of(2022, 1, 1), LocalDate.of(2025, 6, 30)));
    };
  }

  @Test
  void aLaterDateWithTheSameDataNeverUndoesACumulativeMet() {
    qt().withExamples(300).forAll(consistentSeries(), integers().between(0, 900))
        .checkAssert((c, days) -> {
          Map<String, BigDecimal> series = c.series();
          LocalDate first = c.first();
          LocalDate later = first.plusDays(days);

          Status then = assess("fdi-cumulative", Observations.builder().asOf(first)
              .putSeries(FDI, series).build()).status();
          Status now = assess("fdi-cumulative", Observations.builder().asOf(later)
              .putSeries(FDI, series).build()).status();

          if (then == Status.MET) {
            assertThat(now).as("%s on %s, then %s", series, first, later).isEqualTo(Status.MET);
          }
        });
  }

  /** A date, a ledger, and a project signed by that date, in the window, to add to it. */
  private record Addition(LocalDate asOf, List<LedgerProject> ledger, LocalDate signedOn) {}

  private static Gen<Addition> additions() {
    return in -> {
      Choices r = new Choices(in);
      LocalDate asOf = date(r, LocalDate.of(2022, 1, 1), LocalDate.of(2025, 6, 30));
      List<LedgerProject> ledger = randomLedger(r, 20);
      LocalDate last = asOf.isBefore(LocalDate.of(2024, 12, 31)) ? asOf
          : LocalDate.of(2024, 12, 31);
      return new Addition(asOf, ledger, date(r, LocalDate.of(2022, 1, 1), last));
    };
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"tier-100-annual, 10000, 30000", "tier-50-20-annual, 2000, 9999",
      "tier-50-20-cumulative, 2000, 9999"})
  void addingAMatchingProjectNeverWorsensACount(String target, int lowCents, int highCents) {
    qt().withExamples(300).forAll(additions(), integers().between(lowCents, highCents))
        .checkAssert((c, investment) -> {
          List<LedgerProject> more = new ArrayList<>(c.ledger());
          more.add(LedgerProject.builder().id("added").signedOn(c.signedOn())
              .investment(BigDecimal.valueOf(investment, 2)).build());

          Status was = assess(target, Observations.builder().asOf(c.asOf())
              .addAllProjects(c.ledger()).build()).status();
          Status is = assess(target, Observations.builder().asOf(c.asOf())
              .addAllProjects(more).build()).status();

          assertThat(noWorse(is, was)).as("%s: %s → %s", target, was, is).isTrue();
        });
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"top-investor-share", "leading-industry-share",
      "strategic-emerging-share"})
  void addingANumeratorProjectNeverWorsensAShare(String target) {
    // A top investor's project is at least 20 亿元; it is added once for each investor type.
    int lowCents = target.equals("top-investor-share") ? 2_000 : 0;
    qt().withExamples(300).forAll(additions(), integers().between(lowCents, 30_000))
        .checkAssert((c, cents) -> {
          BigDecimal investment = BigDecimal.valueOf(cents, 2);
          List<LedgerProject> added = new ArrayList<>();
          LedgerProject.Builder base = LedgerProject.builder().id("added")
              .signedOn(c.signedOn()).investment(investment);
          switch (target) {
            case "top-investor-share" -> {
              for (InvestorType type : InvestorType.values()) {
                added.add(LedgerProject.builder().id("added").signedOn(c.signedOn())
                    .investment(investment).addInvestorTypes(type).build());
              }
            }
            case "leading-industry-share" ->
                added.add(base.industrial(true).leadingIndustry(true).build());
            default -> added.add(base.industrial(true).strategicEmerging(true).build());
          }
          Assessment was = assess(target, Observations.builder().asOf(c.asOf())
              .addAllProjects(c.ledger()).build());
          for (LedgerProject project : added) {
            List<LedgerProject> more = new ArrayList<>(c.ledger());
            more.add(project);
            Assessment is = assess(target, Observations.builder().asOf(c.asOf())
                .addAllProjects(more).build());

            assertThat(noWorse(is.status(), was.status()))
                .as("%s + %s: %s → %s", target, project, was.status(), is.status()).isTrue();
            assertThat(is.actual().orElseThrow().unit()).isEqualTo(Unit.RATIO);
            was.actual().ifPresent(share -> assertThat(is.actual().orElseThrow().value())
                .isGreaterThanOrEqualTo(share.value()));
          }
        });
  }

  @Test
  void moreEventsNeverAddAShortPeriod() {
    qt().withExamples(100).forAll(eventLogs()).checkAssert(c -> {
      LocalDate asOf = c.asOf();
      List<LoggedEvent> events = c.events();
      List<LoggedEvent> more = c.more();

      Scorecard was = ASSESSOR.scorecard(Observations.builder().asOf(asOf).events(events)
          .build());
      Scorecard is = ASSESSOR.scorecard(Observations.builder().asOf(asOf).events(more).build());

      for (int i = 0; i < was.cadences().size(); i++) {
        CadenceAssessment before = was.cadences().get(i);
        CadenceAssessment after = is.cadences().get(i);
        assertThat(noWorse(after.status(), before.status())).isTrue();
        // Every period short after was short before: the days of each run after lie inside
        // the runs before (a run after may join two runs before whose counts have come level).
        assertThat(after.periodsShort()).isLessThanOrEqualTo(before.periodsShort());
        for (CadenceShortfall run : after.shortfalls()) {
          assertThat(coveredBy(before.shortfalls(), run.start(), run.end()))
              .as("%s %s–%s", after.cadenceId(), run.from(), run.to()).isTrue();
        }
        assertThat(after.periodsChecked()).isEqualTo(before.periodsChecked());
      }
    });
  }

  /** A date, a log of events, and the same log with more events. */
  private record EventLogs(LocalDate asOf, List<LoggedEvent> events, List<LoggedEvent> more) {}

  private static Gen<EventLogs> eventLogs() {
    return in -> {
      Choices r = new Choices(in);
      LocalDate asOf = date(r, LocalDate.of(2022, 1, 1), LocalDate.of(2025, 3, 31));
      List<LoggedEvent> events = new ArrayList<>();
      List<LoggedEvent> more = new ArrayList<>();
      for (YearMonth m = YearMonth.of(2022, 1); m.isBefore(YearMonth.of(2025, 1));
          m = m.plusMonths(1)) {
        for (String kind : PLAN_KINDS) {
          int n = r.nextInt(3);
          for (int i = 0; i < n; i++) {
            LoggedEvent e = LoggedEvent.of(kind, m.atDay(1 + r.nextInt(m.lengthOfMonth())));
            events.add(e);
            more.add(e);
          }
          if (r.nextInt(4) == 0) {
            more.add(LoggedEvent.of(kind, m.atDay(1 + r.nextInt(m.lengthOfMonth()))));
          }
        }
      }
      return new EventLogs(asOf, events, more);
    };
  }

  /** Whether the days from {@code start} to {@code end} all lie in {@code runs} (in order). */
  private static boolean coveredBy(List<CadenceShortfall> runs, LocalDate start, LocalDate end) {
    LocalDate next = start;
    for (CadenceShortfall run : runs) {
      if (!run.start().isAfter(next) && !run.end().isBefore(next)) {
        next = run.end().plusDays(1);
      }
    }
    return next.isAfter(end);
  }
}
