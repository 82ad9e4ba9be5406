package org.planmetrics.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.planmetrics.model.plans.BundledPlans;
import org.planmetrics.model.quantity.Commitment;
import org.planmetrics.model.quantity.ComparisonOperator;
import org.planmetrics.model.quantity.Quantity;
import org.planmetrics.model.quantity.Unit;

/**
 * Checks the bundled plan against the document it encodes, a copy of which sits in the test
 * resources: the counts, every 责任单位 list in order, every cadence, and the facts the other
 * layers rely on.
 */
class BundledPlanTest {

  private static Plan plan;
  /** The document's text with line breaks removed, so that page breaks do not split phrases. */
  private static String document;

  @BeforeAll
  static void load() throws IOException {
    plan = BundledPlans.gongqingcheng2022();
    try (InputStream in = BundledPlanTest.class.getResourceAsStream("gongqingcheng-plan-2022.txt")) {
      document = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\n", "");
    }
  }

  @Test
  void countsMatchTheDocument() {
    assertThat(plan.goals()).hasSize(3);
    assertThat(plan.targets()).hasSize(13);
    assertThat(plan.keyDirections()).hasSize(8);
    assertThat(plan.measures()).hasSize(11);
    assertThat(plan.measures()).filteredOn(m -> m.category() == MeasureCategory.METHOD).hasSize(6);
    assertThat(plan.measures()).filteredOn(m -> m.category() == MeasureCategory.MECHANISM)
        .hasSize(5);
    assertThat(plan.safeguards()).hasSize(4);
    assertThat(plan.peerGroup().units()).hasSize(13);
  }

  @Test
  void metadataMatchesThePublishedPage() {
    assertThat(plan.id()).isEqualTo("gongqingcheng-2022");
    assertThat(plan.publicationDate()).hasToString("2022-12-22");
    assertThat(plan.informationIndexNumber()).isEqualTo("000014349/2022-02533");
    assertThat(plan.parentDocument()).hasValueSatisfying(parent -> {
      assertThat(parent.documentNumber()).isEqualTo("九办发〔2022〕2号");
      assertThat(parent.title().zh()).isEqualTo("九江市强招商兴产业促倍增三年行动方案");
    });
  }

  @Test
  void goalsAndTargetsAreInDocumentOrderWithTheAgreedIds() {
    assertThat(plan.goals()).extracting(Goal::id, Goal::clause).containsExactly(
        org.assertj.core.groups.Tuple.tuple("opening-up", "二.1"),
        org.assertj.core.groups.Tuple.tuple("big-projects", "二.2"),
        org.assertj.core.groups.Tuple.tuple("industrial-clustering", "二.3"));
    assertThat(plan.targets()).extracting(Target::id).containsExactly(
        "fdi-growth", "fdi-cumulative", "cash-fdi-growth", "cash-fdi-cumulative",
        "out-of-province-capital-growth", "out-of-province-capital-cumulative",
        "open-economy-first-tier",
        "tier-100-annual", "tier-50-20-annual", "tier-50-20-cumulative", "top-investor-share",
        "leading-industry-share", "strategic-emerging-share");
  }

  @ParameterizedTest(name = "{0}: {1} {2} {3} {4}, {5}")
  @CsvSource({
      "fdi-growth,                         ANNUAL_GROWTH,     AT_LEAST,     0.07,  RATIO,    STRIVE, foreign-capital-utilized",
      "fdi-cumulative,                     CUMULATIVE_AMOUNT, AT_LEAST,     7,     USD_100M, STRIVE, foreign-capital-utilized",
      "cash-fdi-growth,                    ANNUAL_GROWTH,     AT_LEAST,     0.10,  RATIO,    STRIVE, cash-fdi",
      "cash-fdi-cumulative,                CUMULATIVE_AMOUNT, AT_LEAST,     0.6,   USD_100M, STRIVE, cash-fdi",
      "out-of-province-capital-growth,     ANNUAL_GROWTH,     AT_LEAST,     0.10,  RATIO,    STRIVE, out-of-province-capital",
      "out-of-province-capital-cumulative, CUMULATIVE_AMOUNT, AT_LEAST,     304.2, CNY_100M, STRIVE, out-of-province-capital",
      "open-economy-first-tier,            FIRST_TIER_RANK,   AT_MOST,      1,     TIER,     ENSURE, open-economy",
      "tier-100-annual,                    ANNUAL_COUNT,      AT_LEAST,     1,     COUNT,    PLAIN,",
      "tier-50-20-annual,                  ANNUAL_COUNT,      AT_LEAST,     4,     COUNT,    PLAIN,",
      "tier-50-20-cumulative,              CUMULATIVE_COUNT,  AT_LEAST,     15,    COUNT,    PLAIN,",
      "top-investor-share,                 SHARE,             AT_LEAST,     0.30,  RATIO,    PLAIN,",
      "leading-industry-share,             SHARE,             GREATER_THAN, 0.70,  RATIO,    ENSURE,",
      "strategic-emerging-share,           SHARE,             GREATER_THAN, 0.60,  RATIO,    ENSURE,",
  })
  void everyTargetHasItsKindRuleAndCommitment(String id, TargetKind kind,
      ComparisonOperator operator, BigDecimal threshold, Unit unit, Commitment commitment,
      String indicator) {
    Target target = plan.target(id).orElseThrow();
    assertThat(target.kind()).isEqualTo(kind);
    assertThat(target.operator()).isEqualTo(operator);
    assertThat(target.threshold().value()).isEqualByComparingTo(threshold);
    assertThat(target.threshold().unit()).isEqualTo(unit);
    assertThat(target.commitment()).isEqualTo(commitment);
    if (indicator == null) {
      assertThat(target.indicator()).isEmpty();
    } else {
      assertThat(target.indicator()).hasValue(indicator);
    }
  }

  @Test
  void leadingIndustryShareIsStrictAndEnsured() {
    Target target = plan.target("leading-industry-share").orElseThrow();
    assertThat(target.operator()).isEqualTo(ComparisonOperator.GREATER_THAN);
    assertThat(target.commitment()).isEqualTo(Commitment.ENSURE);
    assertThat(target.operator().test(new BigDecimal("0.70"), target.threshold().value())).isFalse();
    ShareDefinition share = target.share().orElseThrow();
    assertThat(share.denominator().industrial()).hasValue(true);
    assertThat(share.numerator().leadingIndustry()).hasValue(true);
  }

  @Test
  void outOfProvinceCapitalCumulativeIs304Point2HundredMillionYuan() {
    Target target = plan.target("out-of-province-capital-cumulative").orElseThrow();
    assertThat(target.threshold().isEqual(Quantity.of("304.2", Unit.CNY_100M))).isTrue();
    assertThat(target.text().zh()).contains("累计304.2亿元以上");
  }

  @Test
  void topInvestorShareCountsAmongTheTieredProjects() {
    ShareDefinition share = plan.target("top-investor-share").orElseThrow().share().orElseThrow();
    assertThat(share.denominator().tiers()).containsExactly("100", "50·20");
    assertThat(share.numerator().topInvestor()).hasValue(true);
    assertThat(plan.projectTiers().topInvestorTypes()).containsExactlyInAnyOrder(
        InvestorType.values());
  }

  @Test
  void everyResponsibleUnitListIsEncodedInTheDocumentsOrder() {
    List<List<String>> lists = responsibleUnitListsOfTheDocument();
    List<ResponsibilityHolder> items = Stream.concat(
        plan.keyDirections().stream(), plan.measures().stream()).collect(Collectors.toList());
    // 三 has 8 lists and 四 has 11; 五 has none.
    assertThat(lists).hasSize(19);
    assertThat(items).hasSize(19);
    for (int i = 0; i < lists.size(); i++) {
      ResponsibilityHolder item = items.get(i);
      List<String> expected = lists.get(i);
      List<Responsibility> listed = item.responsibilities().subList(0, expected.size());
      assertThat(listed).as("责任单位 of %s", item.clause())
          .extracting(r -> r.asWritten().orElse(plan.unit(r.unit()).orElseThrow().name().zh()))
          .containsExactlyElementsOf(expected);
      assertThat(listed).as("roles of %s", item.clause())
          .allMatch(r -> r.role() == ResponsibilityRole.RESPONSIBLE);
    }
  }

  @Test
  void everyUnitNamedInAResponsibleUnitListIsAUnitOfThePlan() {
    List<String> names = plan.units().stream().map(u -> u.name().zh()).collect(Collectors.toList());
    List<String> named = responsibleUnitListsOfTheDocument().stream().flatMap(List::stream)
        .distinct().collect(Collectors.toList());
    assertThat(named).hasSizeGreaterThanOrEqualTo(20);
    for (String name : named) {
      boolean known = names.contains(name) || plan.keyDirections().stream()
          .map(ResponsibilityHolder.class::cast)
          .flatMap(h -> h.responsibilities().stream())
          .anyMatch(r -> name.equals(r.asWritten().orElse(null)));
      boolean knownInMeasures = plan.measures().stream()
          .flatMap(h -> h.responsibilities().stream())
          .anyMatch(r -> name.equals(r.asWritten().orElse(null)));
      assertThat(known || knownInMeasures).as("unit %s", name).isTrue();
    }
  }

  @Test
  void directionEightNamesItsUnitsInOrder() {
    KeyDirection tourism = plan.keyDirection("cultural-tourism").orElseThrow();
    assertThat(tourism.clause()).isEqualTo("三.8");
    assertThat(tourism.responsibilities()).extracting(Responsibility::unit).containsExactly(
        "culture-tourism-bureau", "development-reform-commission", "commerce-bureau",
        "investment-groups");
  }

  @Test
  void theLegalTeamOfMechanismOneIsLedByTheJusticeBureau() {
    Measure structure = plan.measure("investment-group-structure").orElseThrow();
    assertThat(structure.clause()).isEqualTo("四.(二).1");
    assertThat(structure.responsibilities())
        .filteredOn(r -> r.role() == ResponsibilityRole.LEAD)
        .extracting(r -> r.unit() + " " + r.scope().orElseThrow().zh())
        .containsExactly("justice-bureau 法务团队", "finance-sasac-bureau 资本招商团队");
  }

  @Test
  void leadsAppearOnlyWhereTheTextSaysSo() {
    assertThat(plan.leads()).extracting(r -> r.clause() + " " + r.unit()).containsExactlyInAnyOrder(
        "四.(二).1 justice-bureau", "四.(二).1 finance-sasac-bureau",
        "五.1 opening-up-leading-group", "五.1 opening-up-leading-group-office");
    assertThat(plan.unit("opening-up-leading-group-office").orElseThrow().hostedBy())
        .hasValue("commerce-bureau");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "key-project-coordination-meetings-quarterly, 四.(二).4, COORDINATION_MEETING, QUARTER, 1, opening-up-leading-group, true",
      "team-meetings-monthly,                       四.(二).5, TEAM_MEETING,         MONTH,   2, opening-up-leading-group-office, false",
      "special-supervision-meetings-quarterly,      四.(二).5, SUPERVISION_MEETING,  QUARTER, 1, opening-up-leading-group-office, false",
      "group-activity-bulletins-weekly,             四.(二).5, WEEKLY_BULLETIN,      WEEK,    1, opening-up-leading-group-office, false",
      "group-ranking-bulletins-monthly,             四.(二).5, RANKING_BULLETIN,     MONTH,   1, opening-up-leading-group-office, false",
      "task-evaluations-quarterly,                  四.(二).5, TASK_EVALUATION,      QUARTER, 1, opening-up-leading-group-office, false",
      "office-bulletins-weekly,                     五.2,      WEEKLY_BULLETIN,      WEEK,    1, opening-up-leading-group-office, true",
      "team-progress-meetings-monthly,              五.2,      TEAM_MEETING,         MONTH,   2, opening-up-leading-group-office, true",
      "trainings-yearly,                            五.3,      TRAINING,             YEAR,    4, opening-up-leading-group-office, false",
      "investment-newsletter-weekly,                五.4,      INVESTMENT_NEWSLETTER, WEEK,   1, opening-up-leading-group-office, false",
  })
  void everyCadenceOfTheDocumentIsEncoded(String id, String clause, String kind,
      CadencePeriod period, int minimum, String owner, boolean stated) {
    CadenceRequirement cadence = plan.cadence(id).orElseThrow();
    assertThat(cadence.clause()).isEqualTo(clause);
    assertThat(cadence.kind()).isEqualTo(kind);
    assertThat(cadence.period()).isEqualTo(period);
    assertThat(cadence.minimumCount()).isEqualTo(minimum);
    assertThat(cadence.owner()).isEqualTo(owner);
    assertThat(cadence.ownerStatedInText()).isEqualTo(stated);
    assertThat(document).contains(cadence.text().zh());
  }

  /**
   * Ten, not nine: 五.4 "用好招商简讯每周督导“指挥棒”" makes the weekly 招商简讯 (newsletter) a duty of its
   * own, an event kind distinct from the bulletins (通报) of 四.(二).5 and 五.2.
   */
  @Test
  void thereAreNoCadencesBeyondTheDocumentsTen() {
    assertThat(plan.cadences()).hasSize(10);
    assertThat(plan.cadences()).filteredOn(c -> c.kind().equals("INVESTMENT_NEWSLETTER"))
        .extracting(CadenceRequirement::id).containsExactly("investment-newsletter-weekly");
  }

  /**
   * Three duties recur "regularly" (定期) with no number: 四.(二).5 工业项目督察组定期通报, 五.1
   * 定期组织分析研究 and 五.2 定期召开推进会. They are recorded without a count, to be shown and not scored.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "construction-progress-bulletins, 四.(二).5, industrial-project-inspection-group",
      "implementation-reviews,          五.1,      opening-up-leading-group-office",
      "citywide-progress-meetings,      五.2,      opening-up-leading-group-office",
  })
  void everyDutyWithoutANumberIsRecordedUncounted(String id, String clause, String owner) {
    UncountedDuty duty = plan.uncountedDuty(id).orElseThrow();
    assertThat(duty.clause()).isEqualTo(clause);
    assertThat(duty.owner()).isEqualTo(owner);
    assertThat(duty.ownerStatedInText()).isTrue();
    assertThat(duty.text().zh()).contains("定期").doesNotContainPattern("[0-9每]");
    assertThat(document).contains(duty.text().zh());
    assertThat(plan.responsibilitiesOf(owner)).anySatisfy(r -> {
      assertThat(r.itemType()).isEqualTo(PlanItemType.UNCOUNTED_DUTY);
      assertThat(r.itemId()).isEqualTo(id);
      assertThat(r.role()).isEqualTo(ResponsibilityRole.OWNER);
    });
  }

  @Test
  void theOnlyDutiesWithoutANumberAreTheDocumentsThreeRegularOnes() {
    // 定期 occurs three times in the document, once in each of these duties.
    assertThat(plan.uncountedDuties()).hasSize(3);
    assertThat(document.split("定期", -1)).hasSize(4);
  }

  /**
   * Every choice the file makes that the text does not state is marked, with its words where there
   * are any (verbatim), what is read into them and why, in both languages. The window's reading
   * is the window's own.
   */
  @Test
  void everyReadingOfTheFileIsMarkedWithItsWordsAndWhy() {
    assertThat(plan.readings()).extracting(Reading::id).containsExactly("open-economy-index",
        "first-tier-rule", "tier-bands", "top-investor-share-base", "leading-industry-share-base",
        "duties-start", "newsletter-weekly");
    for (Reading reading : plan.readings()) {
      reading.text().ifPresent(t -> assertThat(document).as(reading.id()).contains(t.zh()));
      assertThat(List.of(reading.summary().zh(), reading.summary().en(), reading.rationale().zh(),
          reading.rationale().en())).as(reading.id()).allSatisfy(t -> assertThat(t).isNotBlank());
      assertThat(reading.targets().size() + reading.cadences().size()).as(reading.id())
          .isPositive();
    }
    assertThat(plan.reading("tier-bands").orElseThrow().targets()).containsExactly(
        "tier-100-annual", "tier-50-20-annual", "tier-50-20-cumulative", "top-investor-share");
    assertThat(plan.reading("duties-start").orElseThrow().cadences())
        .containsExactlyElementsOf(plan.cadences().stream().map(CadenceRequirement::id).toList());
    assertThat(plan.windowSelection().readings()).hasSize(2);
  }

  @Test
  void everyChineseTextIsVerbatimFromTheDocument() {
    List<String> texts = new ArrayList<>();
    texts.add(plan.title().zh());
    for (Goal goal : plan.goals()) {
      texts.add(goal.title().zh());
      texts.add(goal.text().zh());
      goal.targets().forEach(t -> texts.add(t.text().zh()));
    }
    Stream.of(plan.keyDirections(), plan.measures(), plan.safeguards())
        .flatMap(List::stream)
        .map(ResponsibilityHolder.class::cast)
        .forEach(item -> {
          texts.add(item.title().zh());
          texts.add(item.text().zh());
          item.responsibilities().forEach(r -> {
            r.scope().ifPresent(s -> texts.add(s.zh()));
            r.asWritten().ifPresent(texts::add);
          });
        });
    assertThat(texts).hasSizeGreaterThan(60);
    assertThat(texts).allSatisfy(text -> assertThat(document).contains(text));
  }

  @Test
  void everyTextHasAnEnglishRendering() {
    Stream.of(plan.keyDirections(), plan.measures(), plan.safeguards())
        .flatMap(List::stream)
        .map(ResponsibilityHolder.class::cast)
        .forEach(item -> {
          assertThat(item.title().en()).as(item.id()).isNotBlank().isNotEqualTo(item.title().zh());
          assertThat(item.text().en()).as(item.id()).isNotBlank().isNotEqualTo(item.text().zh());
        });
    assertThat(plan.units()).allSatisfy(u -> assertThat(u.name().en()).matches(".*[A-Za-z].*"));
  }

  @Test
  void theWindowIsReadAs2022To2024AndCanBeSwitchedInOneCall() {
    assertThat(plan.window().startYear()).isEqualTo(2022);
    assertThat(plan.window().endYear()).isEqualTo(2024);
    assertThat(plan.window().baseYear()).isEqualTo(2021);
    Plan publication = plan.withWindowReading("publication");
    assertThat(publication.window().startYear()).isEqualTo(2023);
    assertThat(publication.window().endYear()).isEqualTo(2025);
    assertThat(publication.targets()).isEqualTo(plan.targets());
  }

  @Test
  void anUnknownWindowReadingIsRefused() {
    assertThatThrownBy(() -> plan.withWindowReading("someday"))
        .isInstanceOf(InvalidPlanException.class)
        .hasMessageContaining("/window/selected")
        .hasMessageContaining("someday");
  }

  @Test
  void thePeerGroupIsJiujiangsThirteenUnitsWithATopThirdFirstTier() {
    PeerGroup group = plan.peerGroup();
    assertThat(group.self()).isEqualTo("gongqingcheng");
    assertThat(group.unit("gongqingcheng")).hasValueSatisfying(u ->
        assertThat(u.name().zh()).isEqualTo("共青城市"));
    assertThat(group.firstTierRule().tierSize(group.units().size())).isEqualTo(5);
  }

  @Test
  void projectTiersAreExclusiveBandsCountedAtSigning() {
    ProjectTierRules rules = plan.projectTiers();
    assertThat(rules.bandMode()).isEqualTo(BandMode.EXCLUSIVE);
    assertThat(rules.countingStage()).isEqualTo(CountingStage.SIGNED);
    ProjectTier hundred = rules.tier("100").orElseThrow();
    ProjectTier fiftyTwenty = rules.tier("50·20").orElseThrow();
    assertThat(hundred.contains(Quantity.of("100.0", Unit.CNY_100M), BandMode.EXCLUSIVE)).isTrue();
    assertThat(fiftyTwenty.contains(Quantity.of("100.0", Unit.CNY_100M), BandMode.EXCLUSIVE))
        .isFalse();
    assertThat(fiftyTwenty.contains(Quantity.of("100.0", Unit.CNY_100M), BandMode.NESTED))
        .isTrue();
    assertThat(fiftyTwenty.contains(Quantity.of("99.99", Unit.CNY_100M), BandMode.EXCLUSIVE))
        .isTrue();
    assertThat(fiftyTwenty.contains(Quantity.of("20.0", Unit.CNY_100M), BandMode.EXCLUSIVE))
        .isTrue();
    assertThat(fiftyTwenty.contains(Quantity.of("19.99", Unit.CNY_100M), BandMode.EXCLUSIVE))
        .isFalse();
  }

  /** The 责任单位 lists of the document, in order, each split at 、. */
  private static List<List<String>> responsibleUnitListsOfTheDocument() {
    Matcher m = Pattern.compile("\\(责任单位:([^)]*)\\)").matcher(document);
    List<List<String>> lists = new ArrayList<>();
    while (m.find()) {
      lists.add(List.of(m.group(1).split("、")));
    }
    return lists;
  }
}
