package org.planmetrics.testkit.guarantees;

import static org.assertj.core.api.Assertions.assertThat;
import static org.planmetrics.testkit.guarantees.IssueOrder.noWorse;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.planmetrics.metrics.CadenceShortfall;
import org.planmetrics.metrics.assessment.Assessor;
import org.planmetrics.metrics.observation.LedgerProject;
import org.planmetrics.metrics.observation.LoggedEvent;
import org.planmetrics.metrics.observation.Observations;
import org.planmetrics.metrics.observation.PeerFigures;
import org.planmetrics.metrics.result.Assessment;
import org.planmetrics.metrics.result.CadenceAssessment;
import org.planmetrics.metrics.result.GoalStatus;
import org.planmetrics.metrics.result.Scorecard;
import org.planmetrics.metrics.result.Status;
import org.planmetrics.metrics.result.YearAssessment;
import org.planmetrics.model.CadenceRequirement;
import org.planmetrics.model.InvestorType;
import org.planmetrics.model.LocalizedText;
import org.planmetrics.model.PeerUnit;
import org.planmetrics.model.Plan;
import org.planmetrics.model.TargetKind;
import org.planmetrics.model.plans.BundledPlans;
import org.planmetrics.model.quantity.ComparisonOperator;
import org.planmetrics.model.quantity.Quantity;
import org.planmetrics.model.quantity.Unit;
import org.planmetrics.testkit.Amounts;
import org.planmetrics.testkit.Dates;
import org.planmetrics.testkit.Generator;
import org.planmetrics.testkit.Guarantee;
import org.planmetrics.testkit.Ledgers;
import org.planmetrics.testkit.PlanObservations;
import org.planmetrics.testkit.Plans;
import org.planmetrics.testkit.quicktheories.Gens;
import org.quicktheories.core.Gen;

/**
 * The promises of the assessment (see {@link Guarantee}), over the kit's plans and observations
 * and, for the monotonicity of single targets, the bundled plan: no data, however odd, makes it
 * throw; more of a "higher is better" figure never worsens a status; a later date never undoes a
 * cumulative MET.
 */
class AssessmentProperties {

  private static final Plan PLAN = BundledPlans.gongqingcheng2022();
  private static final Assessor ASSESSOR = Assessor.of(PLAN);
  private static final String FDI = "foreign-capital-utilized";
  private static final List<String> PLAN_KINDS = PLAN.cadences().stream()
      .map(CadenceRequirement::kind).distinct().toList();
  private static final List<String> PEER_IDS = PLAN.peerGroup().units().stream()
      .map(PeerUnit::id).toList();

  private static Assessment assess(String targetId, Observations observations) {
    return ASSESSOR.assess(targetId, observations).orElseThrow();
  }

  private static Status yearStatus(Assessment assessment, int year) {
    return assessment.years().stream().filter(y -> y.year() == year).findFirst().orElseThrow()
        .status().orElseThrow();
  }

  /** A plan and observations for it, as QuickTheories prints them. */
  private record Case(Plan plan, Observations observations) {
    @Override
    public String toString() {
      return "plan " + plan.id() + " with " + plan.targets().size() + " targets, " + observations;
    }
  }

  /** The bundled plan or a random one, with observations that may break every check. */
  private static Gen<Case> anyCase() {
    Generator<Plan> plans = Plans.valid().withEdgeCases(random -> PLAN);
    return Gens.of(random -> {
      Plan plan = plans.next(random);
      return new Case(plan, PlanObservations.anyFor(plan).next(random));
    });
  }

  @Test
  @Checks(Guarantee.THE_ASSESSMENT_NEVER_THROWS_AND_EXPLAINS_EVERY_TARGET)
  void assessmentNeverThrowsForAnyObservationsAndExplainsEveryTarget() {
    qt().withExamples(150).forAll(anyCase()).checkAssert(c -> {
      Observations o = c.observations();
      Scorecard s = Assessor.of(c.plan()).scorecard(o);

      assertThat(s.assessments()).hasSameSizeAs(c.plan().targets());
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
        if (a.kind() == TargetKind.SHARE && a.actual().isPresent()) {
          assertThat(a.actual().get().value()).isBetween(BigDecimal.ZERO, BigDecimal.ONE);
        }
      }
      for (GoalStatus goal : s.goals()) {
        List<Status> statuses = s.assessments().stream()
            .filter(a -> a.goalId().equals(goal.goalId())).map(Assessment::status).toList();
        // A goal without targets has nothing to assess.
        assertThat(goal.status()).as(goal.goalId()).isEqualTo(
            statuses.isEmpty() ? Status.NOT_ASSESSABLE : IssueOrder.worst(statuses));
      }
      for (CadenceAssessment cadence : s.cadences()) {
        assertThat(cadence.status() == Status.MISSED).isEqualTo(!cadence.shortfalls().isEmpty());
        assertThat(cadence.periodsShort()).as(cadence.cadenceId())
            .isEqualTo(cadence.shortfalls().stream().mapToInt(CadenceShortfall::periods).sum())
            .isBetween(0, cadence.periodsChecked());
      }
    });
  }

  @Test
  @Checks(Guarantee.THE_ASSESSMENT_NEVER_THROWS_AND_EXPLAINS_EVERY_TARGET)
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
  @Checks(Guarantee.MORE_OF_A_HIGHER_IS_BETTER_FIGURE_NEVER_WORSENS_A_STATUS)
  void raisingAYearsFigureNeverWorsensThatYearsGrowthStatus() {
    Gen<BigDecimal> amounts = Gens.amounts(new BigDecimal("-50"), BigDecimal.valueOf(1_000));
    qt().withExamples(300)
        .forAll(amounts, amounts, Gens.nonNegativeAmounts(BigDecimal.valueOf(300)),
            integers().between(0, 5))
        .checkAssert((base, current, delta, mode) -> {
          int year = 2022 + mode % 3;
          boolean yearToDate = mode >= 3;
          String previousKey = yearToDate ? (year - 1) + "-06" : String.valueOf(year - 1);
          String key = yearToDate ? year + "-06" : String.valueOf(year);
          String asOf = yearToDate ? year + "-06-30" : "2025-01-31";
          Observations before = Observations.builder().asOf(LocalDate.parse(asOf))
              .putSeries(FDI, Map.of(previousKey, base, key, current)).build();
          Observations after = before.withSeries(Map.of(FDI, Map.of(
              previousKey, base, key, current.add(delta))));

          Status was = yearStatus(assess("fdi-growth", before), year);
          Status is = yearStatus(assess("fdi-growth", after), year);

          assertThat(noWorse(is, was)).as("%s → %s", was, is).isTrue();
          if (was == Status.MET || was == Status.ON_TRACK) {
            assertThat(is).isEqualTo(was);
          }
        });
  }

  /** Valid observations of the bundled plan, one key of their FDI series, and an increase. */
  private record Raise(Observations observations, String raised, BigDecimal by) {}

  private static Gen<Raise> raises() {
    Generator<Observations> observations = PlanObservations.validFor(PLAN);
    Generator<BigDecimal> increases = Amounts.nonNegative(BigDecimal.valueOf(400));
    return Gens.of(random -> {
      Observations o = observations.next(random);
      List<String> keys = new ArrayList<>(o.series().getOrDefault(FDI, Map.of()).keySet());
      return new Raise(o, keys.isEmpty() ? null : keys.get(random.nextInt(keys.size())),
          increases.next(random));
    });
  }

  @Test
  @Checks(Guarantee.MORE_OF_A_HIGHER_IS_BETTER_FIGURE_NEVER_WORSENS_A_STATUS)
  void raisingAFigureNeverWorsensACumulativeAmount() {
    qt().withExamples(300).forAll(raises()).checkAssert(c -> {
      if (c.raised() == null) {
        return;
      }
      Map<String, BigDecimal> more = new LinkedHashMap<>(c.observations().series().get(FDI));
      more.merge(c.raised(), c.by(), BigDecimal::add);
      Map<String, Map<String, BigDecimal>> series = new LinkedHashMap<>(
          c.observations().series());
      series.put(FDI, more);

      Status was = assess("fdi-cumulative", c.observations()).status();
      Status is = assess("fdi-cumulative", c.observations().withSeries(series)).status();

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
    Generator<BigDecimal> fullYears = Amounts.nonNegative(BigDecimal.valueOf(4));
    Generator<BigDecimal> months = Amounts.nonNegative(new BigDecimal("0.4"));
    Generator<LocalDate> firstDays = Dates.between(LocalDate.of(2022, 1, 1),
        LocalDate.of(2025, 6, 30));
    return Gens.of(random -> {
      Map<String, BigDecimal> series = new LinkedHashMap<>();
      int full = random.nextInt(4);
      for (int year = 2022; year <= Math.min(2024, 2022 + full); year++) {
        BigDecimal total = fullYears.next(random);
        BigDecimal running = BigDecimal.ZERO;
        for (int month = 1; month <= 11; month++) {
          if (random.nextInt(3) == 0) {
            running = running.add(months.next(random)).min(total);
            series.put(String.format("%d-%02d", year, month), running);
          }
        }
        if (year < 2022 + full) {
          series.put(String.valueOf(year), total);
        }
      }
      return new Dated(series, firstDays.next(random));
    });
  }

  @Test
  @Checks(Guarantee.A_LATER_DATE_WITH_THE_SAME_DATA_NEVER_UNDOES_A_CUMULATIVE_MET)
  void aLaterDateWithTheSameDataNeverUndoesACumulativeMet() {
    qt().withExamples(300).forAll(consistentSeries(), integers().between(0, 900))
        .checkAssert((c, days) -> {
          LocalDate later = c.first().plusDays(days);

          Status then = assess("fdi-cumulative", Observations.builder().asOf(c.first())
              .putSeries(FDI, c.series()).build()).status();
          Status now = assess("fdi-cumulative", Observations.builder().asOf(later)
              .putSeries(FDI, c.series()).build()).status();

          if (then == Status.MET) {
            assertThat(now).as("%s on %s, then %s", c.series(), c.first(), later)
                .isEqualTo(Status.MET);
          }
        });
  }

  /** A date, a ledger, and a project signed by that date, in the window, to add to it. */
  private record Addition(LocalDate asOf, List<LedgerProject> ledger, LocalDate signedOn) {}

  private static Gen<Addition> additions() {
    Generator<LocalDate> asOfDays = Dates.between(LocalDate.of(2022, 1, 1),
        LocalDate.of(2025, 6, 30));
    Generator<List<LedgerProject>> ledgers = Ledgers.validFor(PLAN);
    return Gens.of(random -> {
      LocalDate asOf = asOfDays.next(random);
      LocalDate last = asOf.isBefore(LocalDate.of(2024, 12, 31)) ? asOf
          : LocalDate.of(2024, 12, 31);
      return new Addition(asOf, ledgers.next(random),
          Dates.between(LocalDate.of(2022, 1, 1), last).next(random));
    });
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"tier-100-annual, 100, 300", "tier-50-20-annual, 20, 99.9999",
      "tier-50-20-cumulative, 20, 99.9999"})
  @Checks(Guarantee.MORE_OF_A_HIGHER_IS_BETTER_FIGURE_NEVER_WORSENS_A_STATUS)
  void addingAMatchingProjectNeverWorsensACount(String target, BigDecimal low, BigDecimal high) {
    qt().withExamples(300).forAll(additions(), Gens.amounts(low, high))
        .checkAssert((c, investment) -> {
          List<LedgerProject> more = new ArrayList<>(c.ledger());
          more.add(LedgerProject.builder().id("added").signedOn(c.signedOn())
              .investment(investment).build());

          Status was = assess(target, Observations.builder().asOf(c.asOf())
              .addAllProjects(c.ledger()).build()).status();
          Status is = assess(target, Observations.builder().asOf(c.asOf())
              .addAllProjects(more).build()).status();

          assertThat(noWorse(is, was)).as("%s: %s → %s", target, was, is).isTrue();
        });
  }

  /** The bundled plan with {@code targetId} a ceiling of {@code count}, its text saying so. */
  private static Plan ceiling(String targetId, ComparisonOperator operator, int count,
      String textZh) {
    return PLAN.withGoals(PLAN.goals().stream().map(goal -> goal.withTargets(goal.targets()
        .stream().map(t -> !t.id().equals(targetId) ? t : t.withOperator(operator)
            .withThreshold(Quantity.count(count))
            .withText(LocalizedText.of(textZh, "at most " + count + " projects")))
        .toList())).toList());
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({"tier-100-annual, AT_MOST, 2, 全市每年引进“100”项目不超过2个, 100, 300",
      "tier-100-annual, LESS_THAN, 2, 全市每年引进“100”项目少于2个, 100, 300",
      "tier-50-20-cumulative, AT_MOST, 3, 累计引进“50·20”项目3个以内, 20, 99.9999"})
  @Checks(Guarantee.FEWER_OF_A_LOWER_IS_BETTER_FIGURE_NEVER_WORSENS_A_STATUS)
  void addingAMatchingProjectNeverBettersACeiling(String target, ComparisonOperator operator,
      int count, String textZh, BigDecimal low, BigDecimal high) {
    Assessor assessor = Assessor.of(ceiling(target, operator, count, textZh));
    qt().withExamples(300).forAll(additions(), Gens.amounts(low, high))
        .checkAssert((c, investment) -> {
          List<LedgerProject> more = new ArrayList<>(c.ledger());
          more.add(LedgerProject.builder().id("added").signedOn(c.signedOn())
              .investment(investment).build());

          Assessment fewer = assessor.assess(target, Observations.builder().asOf(c.asOf())
              .addAllProjects(c.ledger()).build()).orElseThrow();
          Assessment was = assessor.assess(target, Observations.builder().asOf(c.asOf())
              .addAllProjects(more).build()).orElseThrow();

          assertThat(noWorse(fewer.status(), was.status()))
              .as("%s without the added project: %s → %s", target, was.status(),
                  fewer.status()).isTrue();
          // A ceiling is met only once its period is over: never in a year still running.
          for (YearAssessment year : fewer.years()) {
            boolean running = !year.pending() && year.throughMonth().orElse(12) < 12;
            assertThat(running && year.status().orElse(null) == Status.MET)
                .as("%s: a running year %s is MET", target, year.year()).isFalse();
          }
          if (target.endsWith("-cumulative") && c.asOf().isBefore(LocalDate.of(2024, 12, 31))) {
            assertThat(fewer.status()).as("%s before the window's end", target)
                .isNotEqualTo(Status.MET);
          }
        });
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"top-investor-share", "leading-industry-share",
      "strategic-emerging-share"})
  @Checks(Guarantee.MORE_OF_A_HIGHER_IS_BETTER_FIGURE_NEVER_WORSENS_A_STATUS)
  void addingANumeratorProjectNeverWorsensAShare(String target) {
    // A top investor's project is at least 20 亿元; it is added once for each investor type.
    BigDecimal low = target.equals("top-investor-share") ? BigDecimal.valueOf(20)
        : BigDecimal.ZERO;
    qt().withExamples(300).forAll(additions(), Gens.amounts(low, BigDecimal.valueOf(300)))
        .checkAssert((c, investment) -> {
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
  @Checks(Guarantee.MORE_OF_A_HIGHER_IS_BETTER_FIGURE_NEVER_WORSENS_A_STATUS)
  void moreEventsNeverAddAShortPeriod() {
    qt().withExamples(100).forAll(eventLogs()).checkAssert(c -> {
      Scorecard was = ASSESSOR.scorecard(Observations.builder().asOf(c.asOf())
          .events(c.events()).build());
      Scorecard is = ASSESSOR.scorecard(Observations.builder().asOf(c.asOf())
          .events(c.more()).build());

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
    Generator<LocalDate> asOfDays = Dates.between(LocalDate.of(2022, 1, 1),
        LocalDate.of(2025, 3, 31));
    return Gens.of(random -> {
      LocalDate asOf = asOfDays.next(random);
      List<LoggedEvent> events = new ArrayList<>();
      List<LoggedEvent> more = new ArrayList<>();
      for (YearMonth m = YearMonth.of(2022, 1); m.isBefore(YearMonth.of(2025, 1));
          m = m.plusMonths(1)) {
        for (String kind : PLAN_KINDS) {
          int n = random.nextInt(3);
          for (int i = 0; i < n; i++) {
            LoggedEvent e = LoggedEvent.of(kind, dayOf(random, m));
            events.add(e);
            more.add(e);
          }
          if (random.nextInt(4) == 0) {
            more.add(LoggedEvent.of(kind, dayOf(random, m)));
          }
        }
      }
      return new EventLogs(asOf, events, more);
    });
  }

  private static LocalDate dayOf(RandomGenerator random, YearMonth month) {
    return month.atDay(1 + random.nextInt(month.lengthOfMonth()));
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
