package org.planmetrics.testkit.guarantees;

import static org.assertj.core.api.Assertions.assertThat;
import static org.planmetrics.testkit.guarantees.IssueOrder.noWorse;
import static org.quicktheories.QuickTheory.qt;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.planmetrics.metrics.assessment.Assessor;
import org.planmetrics.metrics.observation.Observations;
import org.planmetrics.metrics.result.Assessment;
import org.planmetrics.model.Goal;
import org.planmetrics.model.LocalizedText;
import org.planmetrics.model.Plan;
import org.planmetrics.model.Reading;
import org.planmetrics.model.StretchThreshold;
import org.planmetrics.model.Target;
import org.planmetrics.model.plans.BundledPlans;
import org.planmetrics.model.quantity.Commitment;
import org.planmetrics.model.quantity.ComparisonOperator;
import org.planmetrics.model.quantity.Quantity;
import org.planmetrics.model.quantity.Unit;
import org.planmetrics.testkit.Generator;
import org.planmetrics.testkit.Guarantee;
import org.planmetrics.testkit.PlanObservations;
import org.planmetrics.testkit.quicktheories.Gens;
import org.quicktheories.core.Gen;

/**
 * The promises of two target forms that leave the text's choice to the plan file: 左右 with a
 * tolerance, and a stretch figure beside the binding one. Each bundled target of every kind but
 * the rank is rewritten with a random tolerance or stretch and judged on the kit's valid
 * observations.
 */
class TargetFormsProperties {

  private static final Plan PLAN = BundledPlans.gongqingcheng2022();
  private static final Generator<Observations> OBSERVATIONS = PlanObservations.validFor(PLAN);

  /** Observations and a fraction in (0, 1) that places a tolerance or a stretch. */
  private record Case(Observations observations, BigDecimal fraction) {}

  private static Gen<Case> cases() {
    return Gens.of(random -> new Case(OBSERVATIONS.next(random),
        BigDecimal.valueOf(1 + random.nextInt(999), 3)));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"fdi-growth", "fdi-cumulative", "tier-50-20-annual",
      "tier-50-20-cumulative", "leading-industry-share"})
  @Checks(Guarantee.ABOUT_A_FIGURE_IS_JUDGED_AS_THE_FLOOR_ITS_TOLERANCE_MAKES)
  void aboutAFigureIsJudgedAsItsFloorWrittenOut(String targetId) {
    Target original = PLAN.target(targetId).orElseThrow();
    qt().withExamples(100).forAll(cases()).checkAssert(c -> {
      Quantity tolerance = tolerance(original.threshold(), c.fraction());
      Quantity floor = original.threshold().minus(tolerance).to(original.threshold().unit());
      Plan about = rewrite(targetId, t -> t.withOperator(ComparisonOperator.APPROXIMATELY)
          .withTolerance(tolerance).withText(text(t, t.threshold(), "左右")), true);
      Plan written = rewrite(targetId, t -> t.withOperator(ComparisonOperator.AT_LEAST)
          .withThreshold(floor).withText(text(t, floor, "以上")), false);

      Assessment a = Assessor.of(about).assess(targetId, c.observations()).orElseThrow();
      Assessment w = Assessor.of(written).assess(targetId, c.observations()).orElseThrow();

      assertThat(a.status()).as("%s about %s ± %s", targetId, original.threshold(), tolerance)
          .isEqualTo(w.status());
      assertThat(a.operator()).isEqualTo(ComparisonOperator.AT_LEAST);
      assertThat(a.threshold().isEqual(floor)).isTrue();
      assertThat(a.actual()).isEqualTo(w.actual());
      assertThat(a.years()).isEqualTo(w.years());
      assertThat(a.pace()).isEqualTo(w.pace());
      assertThat(a.required()).isEqualTo(w.required());
      assertThat(a.inputs()).isEqualTo(w.inputs());
    });
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"fdi-growth", "fdi-cumulative", "tier-100-annual",
      "tier-50-20-cumulative", "top-investor-share"})
  @Checks(Guarantee.A_STRETCH_NEVER_CHANGES_THE_BINDING_STATUS_AND_IS_NEVER_BETTER)
  void aStretchLeavesTheTargetAsItWasAndIsNeverBetter(String targetId) {
    Target original = PLAN.target(targetId).orElseThrow();
    Assessor plain = Assessor.of(PLAN);
    qt().withExamples(100).forAll(cases()).checkAssert(c -> {
      Quantity stretch = stretch(original.threshold(), c.fraction());
      Plan stretched = rewrite(targetId, t -> t.withStretch(StretchThreshold.builder()
          .threshold(stretch).commitment(Commitment.STRIVE).build())
          .withText(LocalizedText.of(t.text().zh() + ",力争" + stretch.chineseText() + "以上",
              t.text().en())), false);

      Assessment with = Assessor.of(stretched).assess(targetId, c.observations()).orElseThrow();
      Assessment without = plain.assess(targetId, c.observations()).orElseThrow();

      assertThat(with.status()).isEqualTo(without.status());
      assertThat(with.actual()).isEqualTo(without.actual());
      assertThat(with.years()).isEqualTo(without.years());
      assertThat(with.pace()).isEqualTo(without.pace());
      assertThat(with.explanation().zh()).startsWith(without.explanation().zh()
          .split("依据的解读")[0]);
      assertThat(noWorse(with.status(), with.stretch().orElseThrow().status()))
          .as("%s: binding %s, stretch %s to %s", targetId, with.status(),
              with.stretch().orElseThrow().status(), stretch).isTrue();
    });
  }

  /**
   * A tolerance that leaves a floor the kind allows: a fraction of the threshold, whole for
   * counts (at least 1, and below the count).
   */
  private static Quantity tolerance(Quantity threshold, BigDecimal fraction) {
    BigDecimal value = threshold.value().multiply(fraction);
    if (threshold.unit() == Unit.COUNT) {
      value = value.setScale(0, RoundingMode.DOWN).max(BigDecimal.ONE);
    }
    return Quantity.of(value, threshold.unit());
  }

  /**
   * A stricter figure: up to twice the threshold, a whole count at least one more, and a
   * share or a yearly growth of at most 1.
   */
  private static Quantity stretch(Quantity threshold, BigDecimal fraction) {
    BigDecimal value = threshold.value().multiply(BigDecimal.ONE.add(fraction));
    if (threshold.unit() == Unit.COUNT) {
      value = value.setScale(0, RoundingMode.UP).max(threshold.value().add(BigDecimal.ONE));
    } else if (threshold.unit() == Unit.RATIO) {
      value = threshold.value().add(BigDecimal.ONE.subtract(threshold.value()).multiply(fraction));
    }
    return Quantity.of(value, threshold.unit());
  }

  /** The target's text rewritten as its commitment word, the figure and {@code word}. */
  private static LocalizedText text(Target target, Quantity figure, String word) {
    return LocalizedText.of(target.commitment().chineseWord() + figure.chineseText() + word,
        target.text().en());
  }

  /** The bundled plan with one target changed, and a reading naming it if {@code read}. */
  private static Plan rewrite(String targetId, UnaryOperator<Target> change, boolean read) {
    List<Goal> goals = PLAN.goals().stream().map(goal -> goal.withTargets(goal.targets()
        .stream().map(t -> t.id().equals(targetId) ? change.apply(t) : t).toList())).toList();
    Plan.Builder plan = Plan.builder().from(PLAN).goals(goals);
    if (read) {
      plan.addReadings(Reading.builder().id("about")
          .summary(LocalizedText.of("“左右”按容差理解", "“about” is read with a tolerance"))
          .rationale(LocalizedText.of("文中未写容差。", "The text states no tolerance."))
          .addTargets(targetId).build());
    }
    return plan.build();
  }
}
