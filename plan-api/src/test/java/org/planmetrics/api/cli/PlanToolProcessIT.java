package org.planmetrics.api.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fat jar as a statistician runs it, {@code java -jar plan-api-…-all.jar score …}: its main
 * class is the tool, it prints UTF-8 and it exits with the documented codes. (Without a command
 * it serves: {@code ServerProcessIT} starts it so.)
 */
class PlanToolProcessIT {

  @TempDir
  Path dir;

  record Exit(int code, String out, String err) {}

  static Exit java(String... args) throws IOException, InterruptedException {
    String jar = System.getProperty("planApiJar");
    if (jar == null) {
      throw new IllegalStateException("the system property planApiJar must name the fat jar; "
          + "run this test with 'mvn verify', which builds it first");
    }
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar));
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).start();
    byte[] out = process.getInputStream().readAllBytes();
    byte[] err = process.getErrorStream().readAllBytes();
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new IllegalStateException("the tool did not exit within 60 s");
    }
    return new Exit(process.exitValue(), new String(out, StandardCharsets.UTF_8),
        new String(err, StandardCharsets.UTF_8));
  }

  @Test
  void theJarScoresTheSampleInChineseAndExitsWithTheDocumentedCodes() throws Exception {
    Exit sample = java("score", Tool.sampleJson());
    assertThat(sample.code()).as(sample.err()).isEqualTo(ExitCodes.SHORTFALL);
    assertThat(sample.out()).contains("主导工业项目占比", "恰好等于目标值,须高于70%");

    Path empty = Files.writeString(dir.resolve("empty.json"), "{\"asOf\":\"2024-06-30\"}");
    assertThat(java("score", empty.toString()).code()).isEqualTo(ExitCodes.NOT_ASSESSABLE);

    Exit bad = java("score", "--as-of", "2024-06-30", dir.toString());
    assertThat(bad.code()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(bad.err()).contains("[no-tables]");
  }
}
