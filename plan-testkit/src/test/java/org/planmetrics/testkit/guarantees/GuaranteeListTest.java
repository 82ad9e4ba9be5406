package org.planmetrics.testkit.guarantees;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.planmetrics.testkit.Guarantee;

/**
 * Holds the three forms of the list of guarantees to each other: the {@link Guarantee} constants,
 * the property tests that check them ({@link Checks}), and the README's table. Every guarantee is
 * checked by a test, every property test checks a guarantee, and the table shows exactly the
 * constants, in order, with the tests that check each.
 */
class GuaranteeListTest {

  private static final Path README = Path.of("..", "README.md");
  private static final String TABLE_HEADING = "### What the library guarantees";

  @Test
  void everyGuaranteeIsCheckedByAPropertyTestAndEveryPropertyTestChecksOne() throws Exception {
    List<Method> tests = propertyTests();
    // Guards against passing vacuously: the classes were found and their tests read.
    assertThat(tests).hasSizeGreaterThan(60);
    assertThat(tests).allSatisfy(test -> assertThat(test.getAnnotation(Checks.class))
        .as("@Checks on %s.%s", test.getDeclaringClass().getSimpleName(), test.getName())
        .isNotNull());
    assertThat(checkedBy(tests).keySet()).containsExactlyInAnyOrder(Guarantee.values());
  }

  @Test
  void theReadmesTableIsTheListOfGuaranteesWithTheirTests() throws Exception {
    String readme = Files.readString(README, StandardCharsets.UTF_8);
    int heading = readme.indexOf("\n" + TABLE_HEADING + "\n");
    assertThat(heading).as("the README's heading '%s'", TABLE_HEADING).isNotNegative();
    List<String> rows = readme.substring(heading).lines()
        .dropWhile(line -> !line.startsWith("|"))
        .takeWhile(line -> line.startsWith("|"))
        .toList();

    assertThat(String.join("\n", rows)).isEqualTo(expectedTable());
  }

  /** The table as the README must show it; a failure prints it, ready to paste. */
  private static String expectedTable() throws Exception {
    Map<Guarantee, List<String>> tests = checkedBy(propertyTests());
    List<String> rows = new ArrayList<>(List.of(
        "| of | property | tolerance | holds for | checked by |",
        "|---|---|---|---|---|"));
    for (Guarantee guarantee : Guarantee.values()) {
      rows.add("| `" + guarantee.subject() + "` | " + guarantee.statement() + " | "
          + guarantee.tolerance().map(t -> t.toString() + " relative").orElse("exact") + " | "
          + guarantee.condition() + " | "
          + tests.get(guarantee).stream().map(t -> "`" + t + "`").collect(Collectors.joining(", "))
          + " |");
    }
    return String.join("\n", rows);
  }

  /** Each guarantee and the tests that check it, as Class.method, in class and line order. */
  private static Map<Guarantee, List<String>> checkedBy(List<Method> tests) {
    Map<Guarantee, List<String>> byGuarantee = new EnumMap<>(Guarantee.class);
    for (Method test : tests) {
      Checks checks = test.getAnnotation(Checks.class);
      if (checks != null) {
        byGuarantee.computeIfAbsent(checks.value(), g -> new ArrayList<>())
            .add(test.getDeclaringClass().getSimpleName() + "." + test.getName());
      }
    }
    return byGuarantee;
  }

  /** The test methods of every {@code *Properties} class of this package, sorted by name. */
  private static List<Method> propertyTests() throws IOException, URISyntaxException,
      ClassNotFoundException {
    Path folder = Path.of(GuaranteeListTest.class.getResource("").toURI());
    List<Method> tests = new ArrayList<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.sorted().toList()) {
        String name = file.getFileName().toString();
        if (name.endsWith("Properties.class")) {
          Class<?> type = Class.forName(GuaranteeListTest.class.getPackageName() + "."
              + name.substring(0, name.length() - ".class".length()));
          Arrays.stream(type.getDeclaredMethods())
              .filter(m -> m.isAnnotationPresent(Test.class)
                  || m.isAnnotationPresent(ParameterizedTest.class)
                  || m.isAnnotationPresent(TestFactory.class))
              .sorted(Comparator.comparing(Method::getName))
              .forEach(tests::add);
        }
      }
    }
    return tests;
  }
}
