package org.planmetrics.api.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.planmetrics.api.cli.Tool.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code check-plan}: every error of every plan file, and 0 only when all are valid. */
class CheckPlanCommandTest {

  @TempDir
  Path dir;

  static final Path BUNDLED = Tool.repository().resolve(
      "plan-model/src/main/resources/org/planmetrics/model/plans/gongqingcheng-2022.json");

  @Test
  void aValidPlanIsSummedUpAndExitsZero() {
    Tool.Run run = run("check-plan", BUNDLED.toString());
    assertThat(run.code()).isZero();
    assertThat(run.out()).isEqualTo("✓ " + BUNDLED + ":方案'gongqingcheng-2022',3个目标组、13个目标、"
        + "10项工作机制,期间2022—2024年\n");
    assertThat(run("check-plan", "--lang", "en", BUNDLED.toString()).out())
        .contains("plan 'gongqingcheng-2022', 3 goals, 13 targets, 10 cadences, window 2022–2024");
  }

  @Test
  void everyErrorOfEveryFileIsListed() throws IOException {
    String text = Files.readString(BUNDLED);
    // Two broken references and a share above 1.
    Path broken = Files.writeString(dir.resolve("broken.json"), text
        .replace("\"indicator\": \"cash-fdi\"", "\"indicator\": \"inside-capital\"")
        .replaceFirst("\"value\": 0.7,", "\"value\": 1.3,"));
    Path notJson = Files.writeString(dir.resolve("not-json.json"), "{\"id\": ");
    Tool.Run run = run("check-plan", BUNDLED.toString(), broken.toString(), notJson.toString(),
        dir.resolve("missing.json").toString());
    assertThat(run.code()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.out()).startsWith("✓ " + BUNDLED);
    assertThat(run.err()).contains("方案文件 " + broken + " 无效,共", "[unknown-reference]",
        "inside-capital", "方案文件 " + notJson + " 无效", "方案文件 " + dir.resolve("missing.json")
            + " 不存在", "4个方案文件中有3个不能使用");
    assertThat(run.err().lines().filter(l -> l.contains("[unknown-reference]")).count())
        .isGreaterThanOrEqualTo(2);
  }

  @Test
  void aFolderStandsForItsPlanFiles() throws IOException {
    Files.copy(BUNDLED, dir.resolve("a.json"));
    Tool.Run run = run("check-plan", dir.toString());
    assertThat(run.code()).isZero();
    assertThat(run.out()).contains("a.json");
    Path empty = Files.createDirectories(dir.resolve("empty"));
    assertThat(run("check-plan", empty.toString()).code()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run("check-plan").err()).contains("缺少 FILE");
  }
}
