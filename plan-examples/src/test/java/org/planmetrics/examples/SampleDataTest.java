package org.planmetrics.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.YearMonth;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.planmetrics.api.csv.ObservationsCsv;
import org.planmetrics.metrics.assessment.Assessor;
import org.planmetrics.metrics.observation.LedgerProject;
import org.planmetrics.metrics.observation.ObservationChecks;
import org.planmetrics.metrics.observation.Observations;
import org.planmetrics.metrics.observation.PublishedRanks;
import org.planmetrics.metrics.result.Assessment;
import org.planmetrics.metrics.result.Scorecard;
import org.planmetrics.metrics.result.Status;
import org.planmetrics.metrics.result.YearAssessment;
import org.planmetrics.model.plans.BundledPlans;
import org.planmetrics.model.Plan;
import org.planmetrics.model.TargetKind;
import org.planmetrics.model.json.PlanJson;

/**
 * The sample data in {@code samples/}: JSON and CSV hold the same observations, and they exercise
 * what the sample promises. Expectations are derived from the plan's rules and the data, not
 * copied from output.
 */
class SampleDataTest {

  static final Plan PLAN = BundledPlans.gongqingcheng2022();

  /** The repository's {@code samples} folder, found from the module or the repository root. */
  static Path samples() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null) {
      Path candidate = dir.resolve("samples").resolve("gongqingcheng-sample.json");
      if (Files.exists(candidate)) {
        return candidate.getParent();
      }
      dir = dir.getParent();
    }
    throw new IllegalStateException("samples/gongqingcheng-sample.json not found");
  }

  static Observations json() throws IOException {
    return PlanJson.mapper().readValue(samples().resolve("gongqingcheng-sample.json").toFile(),
        Observations.class);
  }

  static Observations csv() throws IOException {
    return ObservationsCsv.read(samples().resolve("csv"), json().asOf(), PLAN).observations();
  }

  @Test
  void jsonAndCsvHoldTheSameDataAndGiveEqualScorecards() throws IOException {
    Observations json = json();
    Observations csv = csv();
    assertThat(csv).isEqualTo(json);
    assertThat(Assessor.of(PLAN).scorecard(csv)).isEqualTo(Assessor.of(PLAN).scorecard(json));
  }

  @Test
  void theSampleIsValidForTheBundledPlanAndSaysItIsIllustrative() throws IOException {
    Observations json = json();
    assertThat(ObservationChecks.violations(json, PLAN)).isEmpty();
    assertThat(json.projects()).allSatisfy(p ->
        assertThat(p.name()).contains("Illustrative").contains("not official data"));
    assertThat(Files.readString(samples().resolve("README.md")))
        .contains("illustrative, not official statistics");
    assertThat(json.series().get("foreign-capital-utilized")).containsKey("2021");
    assertThat(PLAN.window().startYear()).isEqualTo(2022);
    assertThat(PLAN.window().endYear()).isEqualTo(2024);
  }

  @Test
  void everyTargetKindAndEveryStatusOccurs() throws IOException {
    Scorecard card = Assessor.of(PLAN).scorecard(json());
    // Every kind the bundled plan uses: the seed's text has no amount in one period, no level,
    // no average growth and no cohort rate (PERIOD_AMOUNT, LEVEL, AVERAGE_GROWTH, COHORT_RATE),
    // which other tests cover.
    assertThat(card.assessments().stream().map(Assessment::kind).collect(Collectors.toSet()))
        .isEqualTo(EnumSet.complementOf(EnumSet.of(TargetKind.PERIOD_AMOUNT, TargetKind.LEVEL,
            TargetKind.AVERAGE_GROWTH, TargetKind.COHORT_RATE)));
    assertThat(card.assessments().stream().map(Assessment::status).collect(Collectors.toSet()))
        .isEqualTo(EnumSet.allOf(Status.class));
  }

  @Test
  void aShareExactlyOnItsThresholdIsNotAboveIt() throws IOException {
    Observations obs = json();
    List<LedgerProject> industrial = obs.projects().stream().filter(LedgerProject::industrial)
        .collect(Collectors.toList());
    long leading = industrial.stream().filter(LedgerProject::leadingIndustry).count();
    // 7 of 10: exactly 0.70, and 高于70% excludes 0.70.
    assertThat(leading * 100 / industrial.size()).isEqualTo(70);
    assertThat(leading * 10).isEqualTo(industrial.size() * 7L);
    Assessment share = assessment(obs, "leading-industry-share");
    assertThat(share.actual().orElseThrow().value()).isEqualByComparingTo("0.70");
    // The window has not ended on the sample's date, so a share that fails is BEHIND, not MISSED.
    assertThat(obs.asOf()).isBefore(java.time.LocalDate.of(2024, 12, 31));
    assertThat(share.status()).isEqualTo(Status.BEHIND);
    assertThat(share.status()).isNotIn(Status.ON_TRACK, Status.MET);
  }

  @Test
  void projectsExactlyOnTierBoundariesCountInTheHigherBand() throws IOException {
    Observations obs = json();
    assertThat(obs.projects()).anySatisfy(p ->
        assertThat(p.investment()).isEqualByComparingTo("20"));
    assertThat(obs.projects()).anySatisfy(p ->
        assertThat(p.investment()).isEqualByComparingTo("100"));
    // A "100" project (≥ 100 亿元) in each of 2022, 2023 (exactly 100.0) and 2024.
    Set<Integer> yearsWith100 = obs.projects().stream()
        .filter(p -> p.investment().compareTo(BigDecimal.valueOf(100)) >= 0)
        .map(p -> p.signedOn().orElseThrow().getYear()).collect(Collectors.toSet());
    assertThat(yearsWith100).containsExactlyInAnyOrder(2022, 2023, 2024);
    assertThat(assessment(obs, "tier-100-annual").status()).isEqualTo(Status.MET);
    // "50·20" is [20, 100): 4 in 2022 (with exactly 20.0), 3 in 2023, 2 by June 2024.
    Map<Integer, Long> band = obs.projects().stream()
        .filter(p -> p.investment().compareTo(BigDecimal.valueOf(20)) >= 0
            && p.investment().compareTo(BigDecimal.valueOf(100)) < 0)
        .collect(Collectors.groupingBy(p -> p.signedOn().orElseThrow().getYear(), Collectors.counting()));
    assertThat(band).isEqualTo(Map.of(2022, 4L, 2023, 3L, 2024, 2L));
    Assessment annual = assessment(obs, "tier-50-20-annual");
    assertThat(yearStatus(annual, 2022)).isEqualTo(Status.MET);
    assertThat(yearStatus(annual, 2023)).isEqualTo(Status.MISSED);
    // 2 ≥ 4 × 6 ÷ 12 by the end of June.
    assertThat(yearStatus(annual, 2024)).isEqualTo(Status.ON_TRACK);
    assertThat(annual.status()).isEqualTo(Status.MISSED);
    // 9 < 15 × 30 ÷ 36 = 12.5 after 30 months.
    assertThat(assessment(obs, "tier-50-20-cumulative").status()).isEqualTo(Status.BEHIND);
  }

  @Test
  void yearToDateGrowthComparesTheSameMonths() throws IOException {
    Observations obs = json();
    Map<String, BigDecimal> fdi = obs.series().get("foreign-capital-utilized");
    assertThat(fdi).containsKeys("2024-06", "2023-06").doesNotContainKey("2024");
    boolean passes = fdi.get("2024-06").divide(fdi.get("2023-06"), java.math.MathContext.DECIMAL64)
        .subtract(BigDecimal.ONE).compareTo(new BigDecimal("0.07")) >= 0;
    assertThat(passes).isTrue();
    YearAssessment y2024 = assessment(obs, "fdi-growth").years().stream()
        .filter(y -> y.year() == 2024).findFirst().orElseThrow();
    assertThat(y2024.throughMonth()).contains(6);
    assertThat(y2024.status()).contains(Status.ON_TRACK);
  }

  @Test
  void theEnsureRankTargetIsMissedWhereARankFallsOutsideTheFirstTier() throws IOException {
    Observations obs = json();
    int firstTier = (13 + 2) / 3; // ceil(13 ÷ 3) = 5
    PublishedRanks y2023 = obs.ranks().get("2023");
    assertThat(y2023.growthRank()).isGreaterThan(firstTier);
    Assessment rank = assessment(obs, "open-economy-first-tier");
    assertThat(yearStatus(rank, 2022)).isEqualTo(Status.MET);
    assertThat(yearStatus(rank, 2023)).isEqualTo(Status.MISSED);
    assertThat(rank.status()).isEqualTo(Status.MISSED);
  }

  @Test
  void aGapInTheYearsIsNotAssessable() throws IOException {
    Observations obs = json();
    assertThat(obs.series().get("out-of-province-capital")).doesNotContainKeys("2023", "2023-06");
    assertThat(assessment(obs, "out-of-province-capital-cumulative").status())
        .isEqualTo(Status.NOT_ASSESSABLE);
    assertThat(assessment(obs, "out-of-province-capital-growth").reason()).isPresent();
  }

  @Test
  void someCadencePeriodsAreShortAndSomeCadencesAreKept() throws IOException {
    Observations obs = json();
    Scorecard card = Assessor.of(PLAN).scorecard(obs);
    // The log has one meeting of the two required in March 2022 and none in August 2023.
    assertThat(obs.events()).filteredOn(e -> e.kind().equals("TEAM_MEETING")
        && YearMonth.from(e.date()).equals(YearMonth.of(2022, 3))).hasSize(1);
    assertThat(card.cadences()).anySatisfy(c -> {
      assertThat(c.cadenceId()).isEqualTo("team-meetings-monthly");
      // March 2022 began before the plan was issued (2022-12-22), so only August 2023 is short.
      assertThat(c.countsFrom()).isEqualTo("2023-01");
      assertThat(c.shortfalls()).extracting(r -> r.from() + ".." + r.to() + " " + r.countEach())
          .containsExactly("2023-08..2023-08 0");
      assertThat(c.periodsShort()).isEqualTo(1);
    });
    assertThat(card.cadences()).anySatisfy(c -> {
      assertThat(c.cadenceId()).isEqualTo("trainings-yearly");
      assertThat(c.shortfalls()).isEmpty();
      assertThat(c.status()).isEqualTo(Status.ON_TRACK);
    });
  }

  static Assessment assessment(Observations obs, String targetId) {
    return Assessor.of(PLAN).assess(targetId, obs).orElseThrow();
  }

  static Status yearStatus(Assessment assessment, int year) {
    return assessment.years().stream().filter(y -> y.year() == year).findFirst()
        .flatMap(YearAssessment::status).orElseThrow();
  }
}
