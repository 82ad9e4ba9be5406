package org.planmetrics.api.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.planmetrics.api.cli.Tool.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code draft-plan}: the draft file written, the report in Chinese first, and exit codes. */
class DraftPlanCommandTest {

  static final Path SEED = Tool.repository().resolve(
      "plan-model/src/test/resources/org/planmetrics/model/gongqingcheng-plan-2022.txt");

  @TempDir
  Path dir;

  @Test
  void theSeedGivesThirteenTargetsAndADraftFile() throws IOException {
    Path out = dir.resolve("draft.json");
    Tool.Run run = run("draft-plan", SEED.toString(), "--out", out.toString());
    assertThat(run.code()).isZero();
    // 13 targets, the 19 责任单位 lists, and 13 sentences with numbers not read (SeedDraftTest).
    assertThat(run.out()).startsWith("读出13个目标、19处责任单位名单;13处含数字的句子未读\n");
    assertThat(run.out()).contains("1. [二.1] 力争全市实际利用外资年增长7%以上,累计7亿美元以上",
        "解读(commitment):“确保”跨逗号管到分号或句末", "未读(须人工判断):", "(cadence)", "草稿已写到 " + out);
    JsonNode draft = new ObjectMapper().readTree(out.toFile());
    assertThat(draft.get("goals")).hasSize(3);
    assertThat(draft.get("id").asText()).startsWith("待填 TO FILL");
  }

  @Test
  void englishOnAskingAndTheDraftNextToTheTextByDefault() throws IOException {
    Path text = Files.writeString(dir.resolve("county.txt"), "力争累计引进“50·20”项目12个以上。");
    Tool.Run run = run("draft-plan", "--lang", "en", text.toString());
    assertThat(run.code()).isZero();
    assertThat(run.out()).startsWith("Read 1 targets, 0 lists of responsible units; 0 sentences");
    assertThat(dir.resolve("county.draft.json")).exists();
  }

  @Test
  void aMissingOrNonUtf8FileExitsTwo() throws IOException {
    Tool.Run missing = run("draft-plan", dir.resolve("none.txt").toString());
    assertThat(missing.code()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(missing.err()).contains("不存在");
    Path gbk = dir.resolve("gbk.txt");
    Files.write(gbk, "力争累计引进项目12个以上。".getBytes(Charset.forName("GBK")));
    Tool.Run notUtf8 = run("draft-plan", gbk.toString());
    assertThat(notUtf8.code()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(notUtf8.err()).contains("不是UTF-8文本");
  }
}
