package org.planmetrics.metrics.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.planmetrics.metrics.assessment.Fixtures.FDI;
import static org.planmetrics.metrics.assessment.Fixtures.PLAN;
import static org.planmetrics.metrics.assessment.Fixtures.assess;
import static org.planmetrics.metrics.assessment.Fixtures.on;
import static org.planmetrics.metrics.assessment.Fixtures.project;
import static org.planmetrics.metrics.assessment.Fixtures.series;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.planmetrics.metrics.observation.LedgerProject;
import org.planmetrics.metrics.observation.Observations;
import org.planmetrics.metrics.result.Assessment;
import org.planmetrics.metrics.result.Scorecard;
import org.planmetrics.metrics.result.Status;
import org.planmetrics.metrics.result.StretchAssessment;
import org.planmetrics.model.Goal;
import org.planmetrics.model.LocalizedText;
import org.planmetrics.model.Plan;
import org.planmetrics.model.Reading;
import org.planmetrics.model.StretchThreshold;
import org.planmetrics.model.Target;
import org.planmetrics.model.quantity.Commitment;
import org.planmetrics.model.quantity.ComparisonOperator;
import org.planmetrics.model.quantity.Quantity;
import org.planmetrics.model.quantity.Unit;

/**
 * Two forms on the bundled plan's targets, rewritten: "确保实际利用外资累计7亿美元以上,力争8亿美元以上"
 * (a stretch figure beside the binding one) and "确保新引进主导工业项目占比70%左右" with a tolerance of
 * 5 percentage points (judged from 65%).
 */
class ApproximateAndStretchTest {

  private static final String TOTAL = "fdi-cumulative";
  private static final String SHARE = "leading-industry-share";

  private static final Plan STRETCHED = rewrite(TOTAL, t -> t.withCommitment(Commitment.ENSURE)
      .withText(LocalizedText.of("确保实际利用外资累计7亿美元以上,力争8亿美元以上",
          "ensure at least USD 700 million of foreign capital in total, strive for 800 million"))
      .withStretch(StretchThreshold.builder().threshold(Quantity.of("8", Unit.USD_100M))
          .commitment(Commitment.STRIVE).build()));

  private static final Plan ABOUT = rewrite(SHARE, t -> t
      .withOperator(ComparisonOperator.APPROXIMATELY)
      .withTolerance(Quantity.of("0.05", Unit.RATIO))
      .withText(LocalizedText.of("确保新引进主导工业项目占比70%左右",
          "ensure that leading-industry projects are about 70% of new industrial projects")));

  // A stretch figure.

  @Test
  void theBindingFigureIsMetWhileTheStretchIsMissed() {
    // 2.4 + 2.5 + 2.6 = 7.5亿美元: at least 7, short of 8.
    Assessment a = assess(STRETCHED, TOTAL,
        series("2024-12-31", FDI, "2022", "2.4", "2023", "2.5", "2024", "2.6"));

    assertThat(a.status()).isEqualTo(Status.MET);
    StretchAssessment stretch = a.stretch().orElseThrow();
    assertThat(stretch.status()).isEqualTo(Status.MISSED);
    assertThat(stretch.threshold()).isEqualTo(Quantity.of("8", Unit.USD_100M));
    assertThat(stretch.commitment()).isEqualTo(Commitment.STRIVE);
    assertThat(stretch.explanation().zh()).contains("累计完成7.50亿美元");
    assertThat(a.explanation().zh()).contains("。达标。力争目标8亿美元以上:未达标。");
    assertThat(a.explanation().en()).contains("Stretch target of at least 8 (USD 100 million): "
        + "missed.");
  }

  @Test
  void midWindowTheStretchCanBeBehindWhileTheBindingFigureIsOnTrack() {
    // After 24 of 36 months (66.7%): 2.4 + 2.5 = 4.9 is 70.0% of 7 but 61.25% of 8.
    Assessment a = assess(STRETCHED, TOTAL,
        series("2023-12-31", FDI, "2022", "2.4", "2023", "2.5"));

    assertThat(a.status()).isEqualTo(Status.ON_TRACK);
    assertThat(a.stretch().orElseThrow().status()).isEqualTo(Status.BEHIND);
    assertThat(a.pace().orElseThrow().completion()).isEqualByComparingTo("0.7");
  }

  @Test
  void theStretchNeverDecidesTheGoal() {
    // Everything else of the plan unobserved: the goal's status comes from its targets' own
    // statuses, and the one target with a stretch is MET whatever the stretch says.
    Observations observations = series("2024-12-31", FDI, "2022", "2.4", "2023", "2.5",
        "2024", "2.6");
    Scorecard withStretch = Assessor.of(STRETCHED).scorecard(observations);
    Scorecard without = Assessor.of(rewrite(TOTAL, t -> t.withCommitment(Commitment.ENSURE)
        .withText(STRETCHED.target(TOTAL).orElseThrow().text()))).scorecard(observations);

    assertThat(withStretch.goals()).isEqualTo(without.goals());
  }

  @Test
  void aStretchIsNotAssessableWhenTheTargetIsNot() {
    Assessment a = assess(STRETCHED, TOTAL, on("2023-06-30").build());

    assertThat(a.status()).isEqualTo(Status.NOT_ASSESSABLE);
    assertThat(a.stretch().orElseThrow().status()).isEqualTo(Status.NOT_ASSESSABLE);
    assertThat(a.stretch().orElseThrow().reason()).isEqualTo(a.reason());
  }

  // 左右.

  @ParameterizedTest(name = "{0} of 20 industrial projects lead: {1}")
  @CsvSource({
      // 13 ÷ 20 = 65%: exactly the floor 70% − 5 points, which counts as met.
      "13, MET",
      // 12 ÷ 20 = 60%: 5 points under the floor.
      "12, MISSED",
      // 18 ÷ 20 = 90%: far above "about 70%", and a higher share is never worse.
      "18, MET"})
  void aboutSeventyPercentWithFivePointsIsJudgedFromSixtyFive(int leading, Status status) {
    Assessment a = assess(ABOUT, SHARE, ledger(leading, 20));

    assertThat(a.status()).isEqualTo(status);
    assertThat(a.operator()).isEqualTo(ComparisonOperator.AT_LEAST);
    assertThat(a.threshold().isEqual(Quantity.of("0.65", Unit.RATIO))).isTrue();
    assertThat(a.approximately().orElseThrow().written())
        .isEqualTo(Quantity.of("0.7", Unit.RATIO));
    assertThat(a.approximately().orElseThrow().tolerance())
        .isEqualTo(Quantity.of("0.05", Unit.RATIO));
  }

  @Test
  void theExplanationSaysHowAboutIsRead() {
    Assessment a = assess(ABOUT, SHARE, ledger(13, 20));

    assertThat(a.explanation().zh()).startsWith("原文为“70%左右”,按容差5个百分点读作65%以上。");
    assertThat(a.explanation().zh()).contains("占比65.0%,目标65%以上。达标。");
    assertThat(a.explanation().en()).startsWith("The text says about 70%; with a tolerance of 5 "
        + "percentage points it is read as at least 65%. ");
    assertThat(a.readings()).contains("about-seventy");
  }

  @Test
  void aboutIsJudgedExactlyAsTheFloorWrittenOut() {
    // The same ledger against "65%以上" written as AT_LEAST 0.65: every figure but the
    // explanation's opening and the readings is the same.
    Plan floor = rewrite(SHARE, t -> t.withOperator(ComparisonOperator.AT_LEAST)
        .withThreshold(Quantity.of("0.65", Unit.RATIO))
        .withText(LocalizedText.of("确保新引进主导工业项目占比65%以上", "at least 65%")));
    Observations ledger = ledger(13, 20);
    Assessment about = assess(ABOUT, SHARE, ledger);
    Assessment written = assess(floor, SHARE, ledger);

    assertThat(about.status()).isEqualTo(written.status());
    assertThat(about.actual()).isEqualTo(written.actual());
    assertThat(about.years()).isEqualTo(written.years());
    assertThat(about.inputs()).isEqualTo(written.inputs());
  }

  /** {@code leading} leading-industry projects among {@code industrial} ones, all in 2022. */
  private static Observations ledger(int leading, int industrial) {
    List<LedgerProject> projects = new ArrayList<>();
    for (int i = 0; i < industrial; i++) {
      projects.add(project("p" + i, "2022-03-01", "1").industrial(true)
          .leadingIndustry(i < leading).build());
    }
    return on("2024-12-31").projects(projects).build();
  }

  /**
   * The bundled plan with one target changed and, for the 左右 target, a reading that names it:
   * the tolerance is the file's choice.
   */
  private static Plan rewrite(String targetId, UnaryOperator<Target> change) {
    List<Goal> goals = PLAN.goals().stream().map(goal -> goal.withTargets(goal.targets()
        .stream().map(t -> t.id().equals(targetId) ? change.apply(t) : t).toList())).toList();
    Plan.Builder plan = Plan.builder().from(PLAN).goals(goals);
    if (targetId.equals(SHARE)) {
      plan.addReadings(Reading.builder().id("about-seventy")
          .summary(LocalizedText.of("“70%左右”按65%以上理解", "“about 70%” is read as at least 65%"))
          .rationale(LocalizedText.of("文中未写容差,本文件取5个百分点。",
              "The text states no tolerance; the file takes 5 percentage points."))
          .addTargets(SHARE).build());
    }
    return plan.build();
  }
}
