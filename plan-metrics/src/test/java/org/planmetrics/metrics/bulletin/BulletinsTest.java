package org.planmetrics.metrics.bulletin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.planmetrics.metrics.assessment.Assessor;
import org.planmetrics.metrics.observation.Observations;
import org.planmetrics.metrics.result.Assessment;
import org.planmetrics.metrics.result.BulletinItem;
import org.planmetrics.metrics.result.Scorecard;
import org.planmetrics.metrics.result.SignedProject;
import org.planmetrics.metrics.result.StalledProject;
import org.planmetrics.metrics.result.WeeklyBulletin;
import org.planmetrics.metrics.wording.BulletinText;
import org.planmetrics.model.LocalizedText;
import org.planmetrics.model.Plan;
import org.planmetrics.model.Reading;
import org.planmetrics.model.json.PlanJson;
import org.planmetrics.model.plans.BundledPlans;

/** The weekly bulletin on the sample data: what each section holds, and the text. */
class BulletinsTest {

  private static final Plan PLAN = BundledPlans.gongqingcheng2022();

  private static Observations sample() throws Exception {
    return PlanJson.mapper().readValue(
        Path.of("..", "samples", "gongqingcheng-sample.json").toFile(), Observations.class);
  }

  @Test
  void theFirstWeekOfJuneCarriesMaysRankingAndIsAsOfItsSunday() throws Exception {
    Observations sample = sample();

    WeeklyBulletin june = Bulletins.weekly(PLAN, sample, 2024, 23);

    assertThat(june.from()).isEqualTo(LocalDate.of(2024, 6, 3));
    assertThat(june.through()).isEqualTo(LocalDate.of(2024, 6, 9));
    assertThat(june.title().zh()).isEqualTo("共青城市招商简讯 2024年第23周");
    assertThat(june.ranking()).hasValueSatisfying(r ->
        assertThat(r.month()).isEqualTo(YearMonth.of(2024, 5)));
    // Every target, worded as the scorecard words it on the Sunday, but for the readings that
    // end each sentence there: the bulletin lists them once, at its end.
    Scorecard onSunday = Assessor.of(PLAN).scorecard(sample.withAsOf(june.through()));
    assertThat(june.targets()).hasSize(13);
    for (int i = 0; i < 13; i++) {
      Assessment scored = onSunday.assessments().get(i);
      BulletinItem line = june.targets().get(i);
      assertThat(line.id()).isEqualTo(scored.targetId());
      assertThat(line.readings()).isEqualTo(scored.readings());
      assertThat(scored.explanation().zh()).startsWith(line.text().zh())
          .endsWith("依据的解读:" + summaries(june, line) + "。");
      assertThat(line.text().zh()).doesNotContain("依据的解读");
      assertThat(line.text().en()).doesNotContain("Readings relied on");
      assertThat(line.name().map(LocalizedText::zh))
          .isEqualTo(PLAN.target(scored.targetId()).orElseThrow().name().map(LocalizedText::zh));
    }
    assertThat(june.signings()).isEmpty();
    // Signed by 2023-12-11 (more than 180 days before 9 June 2024) and not started: the five
    // projects of 2022 and the four of 2023.
    assertThat(june.stalled()).hasSize(9).extracting(StalledProject::project)
        .doesNotContain("P-2024-10", "P-2024-13");
    assertThat(june.duties()).isNotEmpty().allSatisfy(d ->
        assertThat(d.status().name()).isIn("MISSED", "BEHIND"));
    // Once each: the window, the duties' start and the newsletter's weekly issue from the
    // lines, the tier bands and the two rules of the reports (the ranking is in this week).
    assertThat(june.readings()).extracting(Reading::id).containsExactly("window",
        "open-economy-index", "first-tier-rule", "tier-bands", "top-investor-share-base",
        "leading-industry-share-base", "duties-start", "newsletter-weekly", "team-ranking-rule",
        "stalled-project-deadlines");
  }

  @Test
  void aWeekWithoutARankingDoesNotListTheRankingRule() throws Exception {
    WeeklyBulletin april = Bulletins.weekly(PLAN, sample(), 2024, 16);

    assertThat(april.readings()).extracting(Reading::id).doesNotContain("team-ranking-rule")
        .contains("tier-bands", "stalled-project-deadlines");
  }

  private static String summaries(WeeklyBulletin bulletin, BulletinItem line) {
    return bulletin.readings().stream().filter(r -> line.readings().contains(r.id()))
        .map(r -> r.summary().zh()).collect(java.util.stream.Collectors.joining(";"));
  }

  @Test
  void aMidMonthWeekHasItsSigningsAndNoRanking() throws Exception {
    WeeklyBulletin april = Bulletins.weekly(PLAN, sample(), 2024, 16);

    assertThat(april.ranking()).isEmpty();
    assertThat(april.signings()).extracting(SignedProject::project, s -> s.team().orElse(null))
        .containsExactly(org.assertj.core.api.Assertions.tuple("P-2024-11", "team-1"));
    assertThat(april.teams()).hasSize(4);
    // The text names the team as the roster does.
    assertThat(april.text().zh()).contains("\n二、本周新签约项目\n· P-2024-11 Illustrative project K "
        + "(not official data),2024-04-16签约,45.00亿元,招商一组(示例)\n");
    assertThat(april.signings().get(0).teamName()).hasValueSatisfying(n ->
        assertThat(n.en()).isEqualTo("Team 1 (illustrative)"));
  }

  @Test
  void theTextHasEverySectionAndSaysWhenOneIsEmpty() throws Exception {
    WeeklyBulletin june = Bulletins.weekly(PLAN, sample(), 2024, 23);

    String zh = june.text().zh();
    assertThat(zh).startsWith("共青城市招商简讯 2024年第23周\n2024-06-03至2024-06-09,数据截至2024-06-09\n")
        .contains("\n一、目标完成情况\n", "\n二、本周新签约项目\n· 本周无新签约项目\n",
            "\n三、各组团本周情况\n· 招商一组(示例)", "\n四、2024年5月组团排位\n· “100·50”项目组团(示例)",
            "\n五、滞缓项目\n· P-2022-01 Illustrative project A (not official data):签约后",
            "\n六、未完成的工作要求\n", "\n七、依据的解读\n· 规划期按2022—2024年计\n")
        // A share's line is headed by the target's name, and the readings are not repeated.
        .contains("\n一、目标完成情况\n· 实际利用外资年增长目标7%以上:2022年增长8.6%",
            "\n· 主导工业项目占比:规划期内计入分母的项目10个,")
        .doesNotContain("依据的解读:");
    String markdown = BulletinText.markdown(june).en();
    assertThat(markdown)
        .startsWith("# Gongqingcheng City investment promotion newsletter, week 23 of 2024\n")
        .contains("\n## 2. Projects signed this week\n- no project signed\n",
            "\n## 4. Team ranking for May 2024\n| Rank | Team | Overall completion | Signed "
                + "investment | Signed projects | Major projects | Started projects |\n",
            "\n- Share of leading-industry projects: ",
            "\n## 7. Readings relied on\n- the window is read as 2022–2024\n");
    assertThat(BulletinText.plain(june)).isEqualTo(june.text());
  }

  @Test
  void inMarkdownTheTeamsAndTheRankingAreTables() throws Exception {
    WeeklyBulletin april = Bulletins.weekly(PLAN, sample(), 2024, 16);
    WeeklyBulletin june = Bulletins.weekly(PLAN, sample(), 2024, 23);

    // Team 1 in week 16: one negotiation, P-2024-11 signed (45 亿元); 53 of its 200 亿元 so far
    // (26.5%), 2 projects. The legal team has no task: "–".
    assertThat(BulletinText.markdown(april).zh()).contains("\n## 三、各组团本周情况\n"
        + "| 组团 | 本周活动(次) | 本周签约(个) | 本周签约额(亿元) | 年初以来签约额(亿元) | 完成年度任务 | 年初以来签约项目(个) |\n"
        + "|---|---:|---:|---:|---:|---:|---:|\n"
        + "| 招商一组(示例) | 1 | 1 | 45.00 | 53.00 | 26.5% | 2 |\n")
        .contains("\n| 法务团队(示例) | 0 | 0 | 0.00 | 0.00 | – | 0 |\n");
    // May's ranking: the "100·50" team first at 100.0%, with no task for signed projects.
    assertThat(BulletinText.markdown(june).zh()).contains("\n## 四、2024年5月组团排位\n"
        + "| 名次 | 组团 | 综合完成率 | 签约额 | 签约项目数 | 重大项目数 | 开工项目数 |\n"
        + "|---:|---|---:|---:|---:|---:|---:|\n"
        + "| 1 | “100·50”项目组团(示例) | 100.0% | 100.0% | – | 100.0% | – |\n")
        .contains("\n| – | 法务团队(示例) | 2024年未下达任务 | – | – | – | – |\n");
    // The plain text keeps one sentence per team.
    assertThat(april.text().zh()).contains("\n三、各组团本周情况\n· 招商一组(示例)本周开展招商活动1次");
  }
}
