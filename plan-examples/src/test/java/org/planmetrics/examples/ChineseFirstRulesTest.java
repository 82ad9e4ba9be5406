package org.planmetrics.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every {@code new InvalidArgumentException(…)} in the main sources of every module gives the
 * rule in Chinese too (the four-argument constructor), so that a caller's bad argument is told
 * Chinese first like every other message. The three-argument constructor stays for callers
 * outside this project.
 */
class ChineseFirstRulesTest {

  private static final Path REPO_ROOT = Path.of("..");
  private static final String CALL = "new InvalidArgumentException(";

  @Test
  void everyRuleOfABadArgumentIsWordedInChineseToo() throws IOException {
    List<String> englishOnly = new ArrayList<>();
    int calls = 0;
    try (Stream<Path> files = Files.walk(REPO_ROOT)) {
      for (Path file : files.filter(ChineseFirstRulesTest::isMainSource).toList()) {
        String source = read(file);
        for (int at = source.indexOf(CALL); at >= 0; at = source.indexOf(CALL, at + 1)) {
          calls++;
          if (topLevelArguments(source, at + CALL.length()) < 4) {
            int line = (int) source.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
            englishOnly.add(REPO_ROOT.relativize(file) + ":" + line);
          }
        }
      }
    }
    // Not vacuous: the modules throw it in dozens of places.
    assertThat(calls).isGreaterThan(40);
    assertThat(englishOnly).as("calls without a Chinese rule").isEmpty();
  }

  private static boolean isMainSource(Path path) {
    String text = path.toString().replace('\\', '/');
    return text.endsWith(".java") && text.contains("/src/main/java/")
        && !text.contains("/target/");
  }

  /** The number of arguments of the call whose arguments start at {@code from}. */
  private static int topLevelArguments(String source, int from) {
    int depth = 0;
    int commas = 0;
    for (int i = from; i < source.length(); i++) {
      char c = source.charAt(i);
      if (c == '"') {
        i = endOfString(source, i);
      } else if (c == '\'') {
        i = source.indexOf('\'', source.charAt(i + 1) == '\\' ? i + 3 : i + 2);
      } else if (c == '(' || c == '[' || c == '{') {
        depth++;
      } else if (c == ')' || c == ']' || c == '}') {
        if (depth == 0) {
          return commas + 1;
        }
        depth--;
      } else if (c == ',' && depth == 0) {
        commas++;
      }
    }
    throw new AssertionError("unclosed call at " + from);
  }

  private static int endOfString(String source, int quote) {
    for (int i = quote + 1; i < source.length(); i++) {
      char c = source.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '"') {
        return i;
      }
    }
    throw new AssertionError("unclosed string at " + quote);
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
