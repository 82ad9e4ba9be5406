package org.planmetrics.api.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.planmetrics.api.cli.Tool.run;
import static org.planmetrics.api.cli.Tool.sampleCsv;
import static org.planmetrics.api.cli.Tool.sampleJson;

import org.junit.jupiter.api.Test;

/** {@code ranking} and {@code bulletin}: the office's monthly ranking and weekly bulletin. */
class TeamCommandsTest {

  @Test
  void rankingPrintsTheMonthsTeamSentencesInRankOrder() {
    Tool.Run run = run("ranking", "--month", "2024-06", sampleJson());
    assertThat(run.code()).isZero();
    assertThat(run.out().lines().toList()).containsExactly(
        "2024年6月组团排位(时间进度50.0%)",
        "“100·50”项目组团(示例)综合完成率100.0%,排名第1。签约额完成年度任务的100.0%,超序时进度50.0个百分点,"
            + "排名第1;重大项目数完成年度任务的100.0%,超序时进度50.0个百分点,排名第1。",
        "招商二组(示例)综合完成率65.6%,排名第2。签约额完成年度任务的46.7%,落后序时进度3.3个百分点,排名第2;"
            + "签约项目数完成年度任务的50.0%,与序时进度持平,排名第2;重大项目数完成年度任务的100.0%,"
            + "超序时进度50.0个百分点,排名第1。",
        "招商一组(示例)综合完成率35.8%,排名第3。签约额完成年度任务的26.5%,落后序时进度23.5个百分点,排名第3;"
            + "签约项目数完成年度任务的66.7%,超序时进度16.7个百分点,排名第1;重大项目数完成年度任务的50.0%,"
            + "与序时进度持平,排名第3;开工项目数完成年度任务的0.0%,落后序时进度50.0个百分点,"
            + "仅本组团有此项任务。",
        "法务团队(示例)未参与排名:2024年未下达任务。");
  }

  @Test
  void rankingReadsTheCsvFolderToo() {
    Tool.Run csv = run("ranking", "--month", "2024-06", "--as-of", "2024-06-30", "--lang", "en",
        sampleCsv());
    assertThat(csv.code()).isZero();
    assertThat(csv.out()).startsWith("Team ranking for 2024-06 (time progress 50.0%)\n");
    assertThat(run("ranking", "--month", "2024-06", "--format", "json", sampleJson()).out())
        .contains("\"month\" : \"2024-06\"");
  }

  @Test
  void aMonthOrWeekNotOverOrMalformedIsBadInput() {
    Tool.Run notOver = run("ranking", "--month", "2024-07", sampleJson());
    assertThat(notOver.code()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(notOver.err()).contains("2024年7月在评估日期2024-06-30前尚未结束");
    assertThat(run("ranking", "--month", "June", sampleJson()).err())
        .contains("--month 须为月份 YYYY-MM");
    assertThat(run("ranking", sampleJson()).err()).contains("缺少 --month YYYY-MM");
    Tool.Run badWeek = run("bulletin", "--lang", "en", "--week", "2024-23", sampleJson());
    assertThat(badWeek.code()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(badWeek.err()).contains("--week must be an ISO week YYYY-Www");
    assertThat(run("bulletin", "--week", "2023-W53", sampleJson()).err())
        .contains("2023年只有52周");
    assertThat(run("bulletin", "--week", "2024-W27", sampleJson()).err())
        .contains("2024年第27周(至2024-07-07)在评估日期2024-06-30前尚未结束");
  }

  @Test
  void theBulletinPrintsTheWeekAndExitsAsItsTargetsStand() {
    Tool.Run bulletin = run("bulletin", "--lang", "en", "--week", "2024-W23", sampleJson());
    // As of Sunday 2024-06-09, the sample's first-tier rank and leading-industry share fall short.
    assertThat(bulletin.code()).isEqualTo(ExitCodes.SHORTFALL);
    assertThat(bulletin.out()).startsWith(
        "Gongqingcheng City investment promotion newsletter, week 23 of 2024\n")
        .contains("\n4. Team ranking for May 2024\n");
    Tool.Run markdown = run("bulletin", "--week", "2024-W23", "--format", "markdown",
        sampleJson());
    assertThat(markdown.out()).startsWith("# 共青城市招商简讯 2024年第23周\n").contains("\n## ");
    // JSON as the REST bulletin gives it, with the same exit code as the text.
    Tool.Run json = run("bulletin", "--week", "2024-W23", "--format", "json", sampleJson());
    assertThat(json.code()).isEqualTo(ExitCodes.SHORTFALL);
    assertThat(json.out()).startsWith("{").contains("\"week\" : \"2024-W23\"",
        "\"through\" : \"2024-06-09\"");
  }
}
