package org.planmetrics.api.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.planmetrics.api.cli.Tool.run;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code template}: a CSV folder to fill in now, an .xlsx workbook once the build has one. */
class TemplateCommandTest {

  @TempDir
  Path dir;

  @Test
  void aCsvTemplateFilledInIsScored() throws IOException {
    Path folder = dir.resolve("figures");
    Tool.Run template = run("template", "--format", "csv", "-o", folder.toString());
    assertThat(template.code()).isZero();
    assertThat(folder.resolve("series.csv")).exists();
    assertThat(folder.resolve("projects.csv")).exists();
    String series = Files.readString(folder.resolve("series.csv"), StandardCharsets.UTF_8);
    assertThat(series).startsWith("\uFEFF指标 indicator,期间 period,数值 value\r\n")
        .contains("现汇进资,2021,\r\n", "现汇进资,2024,\r\n");
    assertThat(template.err()).contains("已写入 " + folder.resolve("series.csv") + "(UTF-8,带BOM)");

    // Unfilled, it reads as no figures at all.
    Tool.Run empty = run("score", "--as-of", "2023-01-31", folder.toString());
    assertThat(empty.code()).isEqualTo(ExitCodes.NOT_ASSESSABLE);

    // Fill in two figures, as a statistician would in Excel (which keeps the byte order mark).
    Files.writeString(folder.resolve("series.csv"), series
        .replace("现汇进资,2021,\r\n", "现汇进资,2021,0.165\r\n")
        .replace("现汇进资,2022,\r\n", "现汇进资,2022,0.17\r\n"), StandardCharsets.UTF_8);
    Tool.Run filled = run("score", "--as-of", "2023-01-31", folder.toString());
    assertThat(filled.err()).contains("series.csv(UTF-8,带BOM,12行数据)");
    assertThat(filled.out()).containsPattern("现汇进资年增长\\s+未达标\\s+3\\.0%");
  }

  @Test
  void aTemplateNeverOverwritesFigures() throws IOException {
    Path folder = Files.createDirectories(dir.resolve("figures"));
    Files.writeString(folder.resolve("项目台账.csv"), "项目编号\nP-1\n");
    Tool.Run run = run("template", "--format", "csv", "-o", folder.toString());
    assertThat(run.code()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err()).contains("项目台账.csv 已存在");
    assertThat(folder.resolve("series.csv")).doesNotExist();
  }

  @Test
  void theXlsxTemplateIsTheWorkbookThePlansTemplateIs() throws IOException {
    Path file = dir.resolve("t.xlsx");
    Tool.Run run = run("template", "-o", file.toString());
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(Files.readAllBytes(file)).isEqualTo(
        org.planmetrics.api.workbook.ObservationsTemplate.write(
            org.planmetrics.model.plans.BundledPlans.gongqingcheng2022()));
    assertThat(run("template").err()).contains("缺少 --output PATH");
  }

  @Test
  void aBuildWithoutWorkbooksSaysSoForAnXlsxTemplate() {
    Tool.Run run = Tool.run(java.util.Map.of(), WorkbookSupport.NONE, "template", "-o",
        dir.resolve("t.xlsx").toString());
    assertThat(run.code()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err()).contains("本版本尚不支持Excel工作簿", "--format csv");
    assertThat(dir.resolve("t.xlsx")).doesNotExist();
  }
}
