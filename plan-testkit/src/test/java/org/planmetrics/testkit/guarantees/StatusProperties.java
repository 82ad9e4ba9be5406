package org.planmetrics.testkit.guarantees;

import static org.assertj.core.api.Assertions.assertThat;
import static org.planmetrics.testkit.guarantees.IssueOrder.WORST_FIRST;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.planmetrics.metrics.result.Status;
import org.planmetrics.testkit.Generator;
import org.planmetrics.testkit.Guarantee;
import org.planmetrics.testkit.quicktheories.Gens;
import org.quicktheories.core.Gen;

/**
 * Properties of {@link Status#worst} and {@link Status#worse}: the order MISSED > BEHIND >
 * NOT_ASSESSABLE > ON_TRACK > MET of the issue, as a commutative, associative choice of a member.
 */
class StatusProperties {

  private static final Gen<List<Status>> SOME =
      Gens.of(Generator.listOf(Generator.oneOf(List.of(Status.values())), 1, 8));

  @Test
  @Checks(Guarantee.WORSE_IS_COMMUTATIVE_AND_ASSOCIATIVE_WITH_MET_NEUTRAL)
  void worstIsCommutative() {
    for (Status a : Status.values()) {
      for (Status b : Status.values()) {
        assertThat(Status.worst(List.of(a, b))).as("%s, %s", a, b)
            .isEqualTo(Status.worst(List.of(b, a)));
        assertThat(a.worse(b)).as("%s, %s", a, b).isEqualTo(b.worse(a));
      }
    }
  }

  @Test
  @Checks(Guarantee.WORSE_IS_COMMUTATIVE_AND_ASSOCIATIVE_WITH_MET_NEUTRAL)
  void worstIsAssociative() {
    for (Status a : Status.values()) {
      for (Status b : Status.values()) {
        for (Status c : Status.values()) {
          assertThat(a.worse(b).worse(c)).as("%s, %s, %s", a, b, c)
              .isEqualTo(a.worse(b.worse(c)));
          assertThat(Status.worst(List.of(Status.worst(List.of(a, b)), c)))
              .as("%s, %s, %s", a, b, c)
              .isEqualTo(Status.worst(List.of(a, Status.worst(List.of(b, c)))));
        }
      }
    }
  }

  @Test
  @Checks(Guarantee.THE_WORST_STATUS_IS_A_MEMBER_NO_BETTER_THAN_ANY_OTHER)
  void worstReturnsAMemberNoBetterThanAnyOther() {
    qt().withExamples(300).forAll(SOME).checkAssert(statuses -> {
      Status worst = Status.worst(statuses);
      assertThat(statuses).contains(worst);
      for (Status s : statuses) {
        assertThat(worst.severity()).isGreaterThanOrEqualTo(s.severity());
        assertThat(WORST_FIRST.indexOf(worst)).isLessThanOrEqualTo(WORST_FIRST.indexOf(s));
      }
    });
  }

  @Test
  @Checks(Guarantee.THE_WORST_STATUS_FOLLOWS_THE_ISSUES_ORDER)
  void worstFollowsTheIssuesOrderWhateverTheOrderOfTheList() {
    qt().withExamples(300).forAll(SOME).checkAssert(statuses -> {
      List<Status> shuffled = new ArrayList<>(statuses);
      Collections.reverse(shuffled);
      assertThat(Status.worst(statuses)).isEqualTo(IssueOrder.worst(statuses))
          .isEqualTo(Status.worst(shuffled));
    });
  }

  @Test
  @Checks(Guarantee.WORSE_IS_COMMUTATIVE_AND_ASSOCIATIVE_WITH_MET_NEUTRAL)
  void worstIsTheFoldOfWorse() {
    qt().withExamples(300).forAll(SOME).checkAssert(statuses -> {
      Status folded = Status.MET;
      for (Status s : statuses) {
        folded = folded.worse(s);
      }
      assertThat(Status.worst(statuses)).isEqualTo(folded);
    });
  }

  @ParameterizedTest
  @EnumSource(Status.class)
  @Checks(Guarantee.WORSE_IS_COMMUTATIVE_AND_ASSOCIATIVE_WITH_MET_NEUTRAL)
  void metIsNeutralAndMissedAbsorbs(Status s) {
    assertThat(s.worse(Status.MET)).isEqualTo(s);
    assertThat(Status.MET.worse(s)).isEqualTo(s);
    assertThat(s.worse(Status.MISSED)).isEqualTo(Status.MISSED);
    assertThat(s.worse(s)).isEqualTo(s);
  }

  @Test
  @Checks(Guarantee.THE_WORST_STATUS_FOLLOWS_THE_ISSUES_ORDER)
  void theOrderIsTheIssues() {
    assertThat(Status.worst(List.of())).isEqualTo(Status.MET);
    List<Status> bestFirst = new ArrayList<>(List.of(Status.values()));
    Collections.shuffle(bestFirst, new java.util.Random(7));
    bestFirst.sort(Status.BEST_FIRST);
    assertThat(bestFirst).containsExactly(Status.MET, Status.ON_TRACK, Status.NOT_ASSESSABLE,
        Status.BEHIND, Status.MISSED);
    assertThat(Status.BEHIND.worse(Status.NOT_ASSESSABLE)).isEqualTo(Status.BEHIND);
    assertThat(Status.NOT_ASSESSABLE.worse(Status.ON_TRACK)).isEqualTo(Status.NOT_ASSESSABLE);
  }

  @Test
  @Checks(Guarantee.ONLY_MISSED_AND_BEHIND_ARE_SHORTFALLS)
  void onlyMissedAndBehindAreShortfalls() {
    assertThat(List.of(Status.values())).filteredOn(Status::isShortfall)
        .containsExactly(Status.BEHIND, Status.MISSED);
  }
}
