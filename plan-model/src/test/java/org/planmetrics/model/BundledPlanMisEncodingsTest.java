package org.planmetrics.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.planmetrics.model.json.PlanFiles;
import org.planmetrics.model.json.PlanJson;
import org.planmetrics.model.plans.BundledPlans;
import org.planmetrics.model.quantity.Commitment;
import org.planmetrics.model.quantity.ComparisonOperator;
import org.planmetrics.model.quantity.Quantity;
import org.planmetrics.model.quantity.Unit;

/**
 * Each of the bundled plan's 13 targets, mis-encoded one way at a time, is refused with the
 * violation that names the mis-encoding: the checks read the plan's own texts, so a wrong
 * commitment, operator or threshold on any target is caught.
 */
class BundledPlanMisEncodingsTest {

  private static final Plan PLAN = BundledPlans.gongqingcheng2022();

  static Stream<Arguments> targetsWithAnotherCommitment() {
    return everyTargetWithEachOther(Commitment.values(), Target::commitment);
  }

  @ParameterizedTest(name = "{0} as {1}")
  @MethodSource("targetsWithAnotherCommitment")
  void anyTargetWithAnotherCommitmentThanItsTextIsRefused(String id, Commitment other) {
    Violation v = onlyViolation(id, t -> t.withCommitment(other));

    assertThat(v.path()).isEqualTo(pathOf(id) + "/commitment");
    assertThat(v.rule()).isEqualTo("commitment-mismatch");
    assertThat(v.value()).hasValue(other.name());
    assertThat(v.message()).startsWith("'commitment' must be " + commitmentOf(id) + ", ")
        .endsWith(", but was " + other);
  }

  static Stream<Arguments> targetsWithAnotherOperator() {
    // 左右 needs a tolerance and a reading besides its word: see the test after this one.
    return everyTargetWithEachOther(Arrays.stream(ComparisonOperator.values())
        .filter(o -> o != ComparisonOperator.APPROXIMATELY).toArray(ComparisonOperator[]::new),
        Target::operator);
  }

  @ParameterizedTest(name = "{0} as {1}")
  @MethodSource("targetsWithAnotherOperator")
  void anyTargetWithAnotherOperatorThanItsTextIsRefused(String id, ComparisonOperator other) {
    Target target = PLAN.target(id).orElseThrow();

    Violation v = onlyViolation(id, t -> t.withOperator(other));

    assertThat(v.path()).isEqualTo(pathOf(id) + "/operator");
    assertThat(v.value()).hasValue(other.name());
    // 第一方阵 has no comparison word: a rank is refused for its direction instead.
    if (target.kind().allowsOperator(other)) {
      assertThat(v.rule()).isEqualTo("operator-mismatch");
      assertThat(v.message()).startsWith("'operator' must be " + target.operator() + ", as '")
          .endsWith(" in the text says, but was " + other);
    } else {
      assertThat(v.rule()).isEqualTo("operator-direction");
    }
  }

  @Test
  void aTargetRewrittenAsApproximatelyWithoutToleranceIsRefusedForTheTolerance() {
    // A 左右 target without a tolerance says nothing of how far below 7% still counts. The text
    // is held against a target only once its own fields are sound, so this is the one violation.
    Violation v = onlyViolation("fdi-growth",
        t -> t.withOperator(ComparisonOperator.APPROXIMATELY));

    assertThat(v.path()).isEqualTo(pathOf("fdi-growth") + "/tolerance");
    assertThat(v.rule()).isEqualTo("missing-field");
  }

  @Test
  void aTargetRewrittenAsApproximatelyWithAToleranceAndAReadingIsRefusedForItsText() {
    // The file now reads a tolerance and names it in a reading, but "7%以上" is no 左右.
    List<Goal> goals = PLAN.goals().stream().map(goal -> goal.withTargets(
        goal.targets().stream().map(t -> t.id().equals("fdi-growth")
            ? t.withOperator(ComparisonOperator.APPROXIMATELY)
                .withTolerance(Quantity.of(new BigDecimal("0.01"), Unit.RATIO))
            : t).toList())).toList();
    Reading about = Reading.builder().from(PLAN.readings().get(0)).id("fdi-about")
        .targets(List.of("fdi-growth")).cadences(List.of()).reports(List.of()).build();
    InvalidPlanException e = catchThrowableOfType(InvalidPlanException.class,
        () -> Plan.builder().from(PLAN).goals(goals).addReadings(about).build());

    assertThat(e.violations()).extracting(Violation::path, Violation::rule)
        .containsExactly(tuple(pathOf("fdi-growth") + "/operator", "operator-mismatch"));
    assertThat(e.violations().get(0).message()).startsWith("'operator' must be AT_LEAST");
  }

  static Stream<String> targetIds() {
    return PLAN.targets().stream().map(Target::id);
  }

  @ParameterizedTest
  @MethodSource("targetIds")
  void anyTargetWhoseThresholdIsNotTheFigureOfItsTextIsRefused(String id) {
    Quantity threshold = PLAN.target(id).orElseThrow().threshold();
    // Ten times the figure, or a tenth for a share, which must stay within 1.
    BigDecimal wrong = PLAN.target(id).orElseThrow().kind() == TargetKind.SHARE
        ? threshold.value().movePointLeft(1) : threshold.value().movePointRight(1);

    Violation v = onlyViolation(id, t -> t.withThreshold(Quantity.of(wrong, threshold.unit())));

    assertThat(v.path()).isEqualTo(pathOf(id) + "/threshold/value");
    assertThat(v.rule()).isEqualTo("threshold-mismatch");
    assertThat(v.value()).hasValue(wrong.toPlainString());
    assertThat(v.message()).startsWith("'threshold' must be a figure of the text (")
        .contains(" but was " + wrong.toPlainString());
  }

  @Test
  void theLegalTeamIsUsedOnlyAsTheScopeTheJusticeBureauLeads() {
    int legalTeam = PLAN.units().indexOf(PLAN.unit("legal-team").orElseThrow());
    List<Measure> measures = PLAN.measures().stream().map(m -> m.withResponsibilities(
        m.responsibilities().stream().map(r -> r.scope().map(LocalizedText::zh)
            .filter("法务团队"::equals).isPresent()
                ? r.withScope(LocalizedText.of("律师", "lawyers")) : r).toList())).toList();

    InvalidPlanException e = catchThrowableOfType(InvalidPlanException.class,
        () -> PLAN.withMeasures(measures));

    assertThat(e).isNotNull();
    assertThat(e.violations()).singleElement().satisfies(v -> {
      assertThat(v.path()).isEqualTo("/units/" + legalTeam + "/id");
      assertThat(v.rule()).isEqualTo("unused-unit");
      assertThat(v.value()).hasValue("legal-team");
    });
  }

  @Test
  void aPlanBuiltInJavaWithAClauseInTheWrongFormIsRefusedAsAFileWouldBe() {
    Safeguard first = PLAN.safeguards().get(0);
    List<Safeguard> safeguards = new ArrayList<>(PLAN.safeguards());
    safeguards.set(0, first.withClause("五、1"));

    InvalidPlanException e = catchThrowableOfType(InvalidPlanException.class,
        () -> PLAN.withSafeguards(safeguards));

    assertThat(e).isNotNull();
    assertThat(e.violations()).singleElement().satisfies(v -> {
      assertThat(v.path()).isEqualTo("/safeguards/0/clause");
      assertThat(v.rule()).isEqualTo("invalid-value");
      assertThat(v.value()).hasValue("五、1");
      assertThat(v.message()).isEqualTo(
          "'clause' must be numbers joined by '.', such as 二.1 or 四.(一).1, but was '五、1'");
    });
  }

  @Test
  void theSchemasClausePatternIsTheValidatorsClauseForm() throws IOException {
    JsonNode schema;
    try (InputStream in = PlanFiles.class.getResourceAsStream(PlanFiles.SCHEMA_RESOURCE)) {
      schema = PlanJson.mapper().readTree(in);
    }

    assertThat(schema.at("/$defs/clause/pattern").asText())
        .isEqualTo("^" + ClauseChecks.FORM.pattern() + "$");
    // Every clause the bundled plan cites has the form.
    Stream.of(PLAN.goals().stream().map(Goal::clause), PLAN.targets().stream().map(Target::clause),
            PLAN.cadences().stream().map(CadenceRequirement::clause))
        .flatMap(s -> s)
        .forEach(c -> assertThat(ClauseChecks.FORM.matcher(c).matches()).as(c).isTrue());
  }

  /** (target id, value) for every target and every value other than the target's own. */
  private static <E> Stream<Arguments> everyTargetWithEachOther(E[] values,
      Function<Target, E> own) {
    return PLAN.targets().stream().flatMap(t -> Arrays.stream(values)
        .filter(v -> v != own.apply(t)).map(v -> Arguments.of(t.id(), v)));
  }

  private static String pathOf(String targetId) {
    for (int g = 0; g < PLAN.goals().size(); g++) {
      List<Target> targets = PLAN.goals().get(g).targets();
      for (int t = 0; t < targets.size(); t++) {
        if (targets.get(t).id().equals(targetId)) {
          return "/goals/" + g + "/targets/" + t;
        }
      }
    }
    throw new AssertionError(targetId);
  }

  private static Commitment commitmentOf(String targetId) {
    return PLAN.target(targetId).orElseThrow().commitment();
  }

  /** The one violation of the bundled plan with {@code change} made to target {@code id}. */
  private static Violation onlyViolation(String id, UnaryOperator<Target> change) {
    InvalidPlanException e = catchThrowableOfType(InvalidPlanException.class,
        () -> PLAN.withGoals(PLAN.goals().stream().map(goal -> goal.withTargets(
            goal.targets().stream().map(t -> t.id().equals(id) ? change.apply(t) : t).toList()))
            .toList()));
    assertThat(e).as("changing %s must be refused", id).isNotNull();
    assertThat(e.violations()).hasSize(1);
    return e.violations().get(0);
  }
}
