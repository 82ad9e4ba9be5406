package org.planmetrics.api.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.planmetrics.api.cli.Tool.run;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code plan-metrics score} on the README's fictional county Riverbend (window 2025–2027, base
 * 2024): the line under the table says, for each newer kind of target that falls short, its
 * period, figure, rule and gap. Every figure below is worked by hand from the observation files.
 */
class ShortfallLinesTest {

  private static final Path PLANS = Tool.repository()
      .resolve("plan-examples/src/main/resources/org/planmetrics/examples/plans");

  @TempDir
  Path dir;

  private static String score(String observations) {
    return run("score", "--plan", PLANS.resolve("riverbend-2025.json").toString(), observations)
        .out();
  }

  @Test
  void riverbendsFiguresOfJune2026GiveALinePerTargetShort() {
    String out = score(PLANS.resolve("riverbend-observations.json").toString());

    assertThat(out).contains(
        // 30左右 read as 29以上: by June 2026 29 × 6 ÷ 12 = 14.5 due, 14.5 − 13 = 1.5 short.
        "  县外资金全年到位:2026年1—6月完成13.00亿元,按序时应达14.50亿元(全年29亿元以上的6/12),差1.50亿元\n",
        // Q1 2026: 7.2 against 8, 0.8 short (Q1 2025's 8.5 was met).
        "  一季度开门红:2026年一季度完成7.20亿元,距目标(8亿元以上)差0.80亿元\n",
        // 1 April – 9 July 2025: RB-2025-02 and -03 are "10" projects, 3 − 2 = 1 short.
        "  百日攻坚引进“10”项目:百日攻坚(2025-04-01至2025-07-09)引进“10”项目2个,距目标(3个以上)差1个\n",
        // Paid in 6 + 9 + 2 + 5 + 1 + 4 + 0.5 = 27.5 of 12 + 15 + 10 + 6 + 2 + 20 + 3 = 68:
        // 40.4%, 70 − 40.44 = 29.6 points short.
        "  亿元以上项目资金到位率:规划期内资金到位率40.4%(总投资68.00亿元中到位27.50亿元),"
            + "距目标(70%以上)差29.6个百分点\n",
        // 2025: 3 of 6 signed started that year (RB-2025-01, -02, -04): 50%, 10 points short.
        "  当年签约项目当年开工率:2025年签约6个、当年开工3个,开工率50.0%,距目标(60%以上)差10.0个百分点;",
        // 38.5% through June 2026 against 40% by 2027: 1.5 points short.
        "  规上工业增加值占比:截至2026年6月为38.5%,距目标(到2027年40%以上)差1.5个百分点\n");
    // The campaign is never "规划期累计", as the line said before.
    assertThat(out).doesNotContain("规划期累计完成2个");
  }

  @Test
  void aSlowSecondYearAndOneProjectTooManyGiveTheGrowthNeededAndTheExcess() throws IOException {
    // 2025's outside capital lowered from 31 to 26, and four more non-leading industrial
    // projects of 0.5亿元 signed in 2026.
    String observations = Files.readString(PLANS.resolve("riverbend-observations.json"))
        .replace("\"2025\": 31", "\"2025\": 26");
    assertThat(observations).contains("\"2025\": 26");
    StringBuilder extra = new StringBuilder();
    for (int i = 1; i <= 4; i++) {
      extra.append("{\"id\": \"RB-2026-1").append(i).append("\", \"signedOn\": \"2026-0")
          .append(i).append("-15\", \"investment\": 0.5, \"industrial\": true, "
              + "\"leadingIndustry\": false}, ");
    }
    observations = observations.replace("\"projects\": [", "\"projects\": [" + extra);
    String out = score(Files.writeString(dir.resolve("slow.json"), observations,
        StandardCharsets.UTF_8).toString());

    assertThat(out).contains(
        // 25 → 26: 4.0% a year against 8%, 4.0 points short. 2027 must reach
        // 25 × 1.08³ = 31.4928, so 2026 and 2027 need √(31.4928 ÷ 26) − 1 = √1.21126 − 1 = 10.1%.
        "  县外资金年均增长:2024—2025年年均增长4.0%,距目标(8%以上)差4.0个百分点,其余2年每年须增长10.1%\n",
        // 2025: 26 against the floor 29 of "30左右": 3 short.
        "  县外资金全年到位:2025年完成26.00亿元,距目标(30亿元左右,按29亿元以上计)差3.00亿元;",
        // RB-2025-03, -05, RB-2026-02 and the four new ones: 7 against 不超过6个, 1 over.
        "  非主导产业工业项目:规划期累计引进7个,超出目标(6个以内)1个\n");
  }
}
