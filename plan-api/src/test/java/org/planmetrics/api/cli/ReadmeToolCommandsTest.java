package org.planmetrics.api.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs every {@code java -jar …-all.jar COMMAND} line of the README's {@code bash} blocks in
 * process, one after the other, and checks the exit code its comment gives ({@code # exits 1}).
 * Paths are the README's, relative to the repository; a file the commands write ({@code -o})
 * goes to a temporary folder, where the later lines find it. The lines that start the server
 * are left to {@code ServerProcessIT}.
 */
class ReadmeToolCommandsTest {

  private static final String JAR = "java -jar plan-api/target/plan-api-0.1.0-SNAPSHOT-all.jar ";
  private static final Pattern EXITS = Pattern.compile("#\\s*exits (\\d+)");

  @TempDir
  static Path written;

  /** A command of the README: its words after the jar, and the exit code its comment gives. */
  record Line(String text, List<String> words, int exitCode) {}

  static List<Line> toolLines(String markdown) {
    List<Line> lines = new ArrayList<>();
    boolean inBash = false;
    for (String raw : markdown.split("\n", -1)) {
      String line = raw.strip();
      if (line.startsWith("```")) {
        inBash = !inBash && line.equals("```bash");
        continue;
      }
      if (!inBash || !line.startsWith(JAR)) {
        continue;
      }
      String rest = line.substring(JAR.length());
      Matcher exits = EXITS.matcher(rest);
      int code = exits.find() ? Integer.parseInt(exits.group(1)) : -1;
      int comment = rest.indexOf('#');
      List<String> words = List.of((comment < 0 ? rest : rest.substring(0, comment)).strip()
          .split("\\s+"));
      if (PlanTool.COMMANDS.contains(words.get(0)) && !words.get(0).equals("serve")) {
        lines.add(new Line(line, words, code));
      }
    }
    return lines;
  }

  private static List<Line> readme() throws IOException {
    return toolLines(Files.readString(Tool.repository().resolve("README.md"),
        StandardCharsets.UTF_8));
  }

  @Test
  void theReadmeShowsEveryCommandOfTheToolWithItsExitCode() throws IOException {
    List<Line> lines = readme();
    assertThat(lines).extracting(l -> l.words().get(0))
        .contains("score", "ranking", "bulletin", "check-plan", "template");
    assertThat(lines).allSatisfy(l -> assertThat(l.exitCode()).as(l.text()).isNotNegative());
  }

  @TestFactory
  Stream<DynamicTest> everyToolCommandOfTheReadmeExitsAsItsCommentSays() throws IOException {
    Path root = Tool.repository();
    Map<String, Path> outputs = new HashMap<>();
    return readme().stream().map(line -> DynamicTest.dynamicTest(line.text(), () -> {
      List<String> args = new ArrayList<>();
      for (int i = 0; i < line.words().size(); i++) {
        String word = line.words().get(i);
        boolean output = i > 0 && List.of("-o", "--output").contains(line.words().get(i - 1));
        if (output) {
          outputs.put(word, written.resolve(word));
          args.add(written.resolve(word).toString());
        } else if (outputs.containsKey(word)) {
          args.add(outputs.get(word).toString());
        } else if (!word.startsWith("-") && Files.exists(root.resolve(word))) {
          args.add(root.resolve(word).toString());
        } else {
          args.add(word);
        }
      }
      Tool.Run run = Tool.run(args.toArray(String[]::new));
      assertThat(run.code()).as(line.text() + "\n" + run.err()).isEqualTo(line.exitCode());
      assertThat(run.err()).doesNotContain("错误:", "error:");
    }));
  }
}
