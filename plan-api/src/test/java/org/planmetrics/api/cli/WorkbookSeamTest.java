package org.planmetrics.api.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planmetrics.metrics.observation.Observations;
import org.planmetrics.metrics.result.Scorecard;
import org.planmetrics.model.Language;
import org.planmetrics.model.Plan;

/**
 * The commands reach Excel only through {@link WorkbookSupport}: a build that wires one in gets
 * {@code template}, {@code score --format xlsx} and .xlsx input with nothing else changed. A
 * failure nobody planned for is a bug, exit code 70 with its trace.
 */
class WorkbookSeamTest {

  @TempDir
  Path dir;

  /** A workbook support that reads the sample and records what it was asked to write. */
  static class Recording implements WorkbookSupport {
    final List<String> calls = new ArrayList<>();

    @Override
    public boolean available() {
      return true;
    }

    @Override
    public Observations read(Path workbook, Plan plan, Optional<LocalDate> asOf)
        throws IOException {
      calls.add("read " + workbook.getFileName() + " " + asOf.map(LocalDate::toString).orElse("-"));
      return Tool.sample();
    }

    @Override
    public void writeTemplate(Plan plan, Language language, OutputStream out) throws IOException {
      calls.add("template " + plan.id() + " " + language);
      out.write("xlsx".getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void writeScorecard(Plan plan, Scorecard scorecard, Language language,
        OutputStream out) throws IOException {
      calls.add("scorecard " + scorecard.asOf() + " " + language);
      out.write("xlsx".getBytes(StandardCharsets.UTF_8));
    }
  }

  @Test
  void aBuildWithWorkbookSupportReadsAndWritesWorkbooksThroughIt() throws IOException {
    Recording workbooks = new Recording();
    Path input = Files.write(dir.resolve("figures.xlsx"), new byte[] {1});
    Tool.Run score = Tool.run(Map.of(), workbooks, "score", "--format", "xlsx", "-o",
        dir.resolve("scorecard.xlsx").toString(), "--lang", "en", input.toString());
    assertThat(score.code()).as(score.err()).isEqualTo(ExitCodes.SHORTFALL);
    Tool.Run template = Tool.run(Map.of(), workbooks, "template", "-o",
        dir.resolve("template.xlsx").toString());
    assertThat(template.code()).isZero();
    assertThat(workbooks.calls).containsExactly("read figures.xlsx -",
        "scorecard 2024-06-30 EN", "template gongqingcheng-2022 ZH");
    assertThat(dir.resolve("scorecard.xlsx")).hasContent("xlsx");
    assertThat(Tool.run(Map.of(), workbooks, "score", "--format", "xlsx", input.toString())
        .err()).contains("--format xlsx 须用 --output 给出 .xlsx 文件");
  }

  @Test
  void aFailureNobodyPlannedForIsABugWithItsTrace() throws IOException {
    WorkbookSupport broken = new Recording() {
      @Override
      public Observations read(Path workbook, Plan plan, Optional<LocalDate> asOf) {
        throw new IllegalStateException("broken on purpose");
      }
    };
    Path input = Files.write(dir.resolve("figures.xlsx"), new byte[] {1});
    Tool.Run run = Tool.run(Map.of(), broken, "score", input.toString());
    assertThat(run.code()).isEqualTo(PlanTool.BUG);
    assertThat(run.err()).contains("程序缺陷", "broken on purpose", "at org.planmetrics");
  }
}
