package org.planmetrics.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.planmetrics.model.Plan;
import org.planmetrics.model.PlanValidator;
import org.planmetrics.model.Target;
import org.planmetrics.model.TargetKind;

/** What {@link Plans} promises, over many seeds of a plain {@link SplittableRandom}. */
class PlansTest {

  @Test
  void everyPlanIsValidAndTheTargetsCoverEveryKind() {
    SplittableRandom random = new SplittableRandom(17);
    Set<TargetKind> kinds = EnumSet.noneOf(TargetKind.class);
    Set<Integer> targetCounts = new HashSet<>();
    for (int i = 0; i < 500; i++) {
      Plan plan = Plans.valid().next(random);

      assertThat(PlanValidator.violations(plan)).isEmpty();
      assertThat(plan.targets()).hasSizeBetween(0, 8);
      plan.targets().forEach(t -> kinds.add(t.kind()));
      targetCounts.add(plan.targets().size());
    }
    assertThat(kinds).containsExactlyInAnyOrder(TargetKind.values());
    assertThat(targetCounts).contains(0, 1, 8);
  }

  @ParameterizedTest
  @EnumSource(TargetKind.class)
  void withTargetsGivesOnlyThatKindAndAtLeastTheMinimum(TargetKind kind) {
    SplittableRandom random = new SplittableRandom(kind.ordinal());
    for (int i = 0; i < 100; i++) {
      Plan plan = Plans.withTargets(kind, 1, 4).next(random);

      assertThat(plan.targets()).hasSizeBetween(1, 4).extracting(Target::kind)
          .containsOnly(kind);
    }
  }

  @Test
  void theSameSeedGivesTheSamePlan() {
    assertThat(Plans.valid().next(new SplittableRandom(99)))
        .isEqualTo(Plans.valid().next(new SplittableRandom(99)))
        .isNotEqualTo(Plans.valid().next(new SplittableRandom(100)));
  }
}
