package org.planmetrics.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * Compiles every {@code java} block of the README against the library, as a reader who pastes it
 * into a file would, and runs each one with a {@code main} from the repository root (where its
 * {@code samples/…} paths point), and each JUnit test class (plan-testkit's property tests) with
 * the JUnit Platform, as a reader's build would. A block must be a whole compilation unit, imports
 * included: the snippets once lacked the eleven imports they needed, from packages the README
 * never named. A failure names the README line of the error and the compiler's message.
 */
class ReadmeJavaSnippetsTest {

  private static final Path REPO_ROOT = Path.of("..");

  /** Blocks with a {@code main} that are compiled but not run, and why. */
  private static final Map<String, String> NOT_RUN = Map.of(
      "LoadMine", "it reads the reader's own plan file, plans/my-county-2024.json");

  private static final Pattern PUBLIC_CLASS = Pattern.compile(
      "^public (?:final )?class (\\w+)", Pattern.MULTILINE);
  private static final Pattern MAIN = Pattern.compile("public static void main\\(String\\[\\] ");
  private static final Pattern TEST = Pattern.compile("^\\s*@Test$", Pattern.MULTILINE);

  /** One {@code java} block: the README line of its first line of code, and its text. */
  record Snippet(int firstLine, String code) {

    String className() {
      Matcher m = PUBLIC_CLASS.matcher(code);
      return m.find() ? m.group(1) : null;
    }

    boolean hasMain() {
      return MAIN.matcher(code).find();
    }

    boolean hasTests() {
      return TEST.matcher(code).find();
    }
  }

  static List<Snippet> javaBlocks(String markdown) {
    List<Snippet> blocks = new ArrayList<>();
    String[] lines = markdown.split("\n", -1);
    StringBuilder code = null;
    int first = 0;
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (code == null) {
        if (line.strip().equals("```java")) {
          code = new StringBuilder();
          first = i + 2;
        }
      } else if (line.strip().startsWith("```")) {
        blocks.add(new Snippet(first, code.toString()));
        code = null;
      } else {
        code.append(line).append('\n');
      }
    }
    return blocks;
  }

  private static List<Snippet> readmeBlocks() throws IOException {
    return javaBlocks(Files.readString(REPO_ROOT.resolve("README.md"), StandardCharsets.UTF_8));
  }

  @Test
  void theReadmeHasJavaBlocksToCheck() throws IOException {
    // Guards against passing vacuously: a change of fence (```Java) would otherwise skip them all.
    assertThat(readmeBlocks()).hasSizeGreaterThanOrEqualTo(8);
  }

  @Test
  void theExtractorKeepsTheLineOfEachBlock() {
    List<Snippet> blocks = javaBlocks("a\n```java\nclass A {}\n```\n\n```bash\nx\n```\n"
        + "```java\nint x;\nint y;\n```\n");
    assertThat(blocks).containsExactly(new Snippet(3, "class A {}\n"),
        new Snippet(10, "int x;\nint y;\n"));
  }

  @Test
  void aSnippetThatDoesNotCompileIsReportedAtItsReadmeLine() throws IOException {
    List<String> errors = compile(new Snippet(40, "public class Broken {\n  void f() {\n"
        + "    Plan p = null;\n  }\n}\n"), "Broken", Files.createTempDirectory("snippet"));
    assertThat(errors).singleElement().asString()
        .startsWith("README.md line 42:").contains("Plan");
  }

  @Test
  void aSnippetWhoseTestFailsIsReportedWithItsFailure() throws Exception {
    Path classes = Files.createTempDirectory("snippet");
    Snippet failing = new Snippet(1, "import org.junit.jupiter.api.Test;\n"
        + "public class Failing {\n  @Test\n  public void fails() {\n"
        + "    throw new AssertionError(\"as written\");\n  }\n}\n");
    assertThat(failing.hasTests()).isTrue();
    assertThat(compile(failing, "Failing", classes)).isEmpty();

    assertThatThrownBy(() -> runTests("Failing", classes)).isInstanceOf(AssertionError.class)
        .hasMessageContaining("fails()").hasMessageContaining("as written");
  }

  @TestFactory
  Stream<DynamicTest> everyJavaBlockCompilesAndRuns() throws IOException {
    return readmeBlocks().stream().map(snippet -> DynamicTest.dynamicTest(
        "README.md line " + snippet.firstLine() + ": " + snippet.className(),
        () -> compileAndRun(snippet)));
  }

  private static void compileAndRun(Snippet snippet) throws Exception {
    String name = snippet.className();
    if (name == null) {
      fail("README.md line %d: a java block must be a whole file, with its imports and a "
          + "public class, but this one has no public class", snippet.firstLine());
    }
    Path classes = Files.createTempDirectory("readme-snippet");
    try {
      List<String> errors = compile(snippet, name, classes);
      assertThat(errors).as("compiler errors of the README's %s", name).isEmpty();
      if (snippet.hasMain() && !NOT_RUN.containsKey(name)) {
        run(name, classes);
      } else if (snippet.hasTests()) {
        runTests(name, classes);
      }
    } finally {
      try (Stream<Path> files = Files.walk(classes)) {
        files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
      }
    }
  }

  /** The compiler's errors, each as "README.md line N: message". */
  private static List<String> compile(Snippet snippet, String name, Path classes) {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    assertThat(javac).as("a JDK's compiler (this test needs a JDK, not a JRE)").isNotNull();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    JavaFileObject source = new SimpleJavaFileObject(
        URI.create("string:///" + name + ".java"), JavaFileObject.Kind.SOURCE) {
      @Override
      public CharSequence getCharContent(boolean ignoreEncodingErrors) {
        return snippet.code();
      }
    };
    List<String> options = List.of("-classpath", System.getProperty("java.class.path"),
        "-d", classes.toString(), "-proc:none", "-encoding", "UTF-8");
    javac.getTask(null, null, diagnostics, options, null, List.of(source)).call();
    return diagnostics.getDiagnostics().stream()
        .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
        .map(d -> "README.md line " + (snippet.firstLine() + d.getLineNumber() - 1) + ": "
            + d.getMessage(null))
        .collect(Collectors.toList());
  }

  /**
   * Runs the JUnit tests of class {@code name} with the JUnit Platform, in this JVM, and fails
   * unless at least one ran and none failed.
   */
  private static void runTests(String name, Path classes) throws Exception {
    try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
        ReadmeJavaSnippetsTest.class.getClassLoader())) {
      SummaryGeneratingListener listener = new SummaryGeneratingListener();
      LauncherFactory.create().execute(LauncherDiscoveryRequestBuilder.request()
          .selectors(DiscoverySelectors.selectClass(loader.loadClass(name))).build(), listener);
      TestExecutionSummary summary = listener.getSummary();
      assertThat(summary.getFailures()).as("failures of the README's %s", name)
          .extracting(failure -> failure.getTestIdentifier().getDisplayName() + ": "
              + failure.getException())
          .isEmpty();
      assertThat(summary.getTestsSucceededCount()).as("tests of the README's %s that passed",
          name).isPositive();
    }
  }

  /** Runs {@code name}'s main in a JVM of its own, in the repository root, as a reader would. */
  private static void run(String name, Path classes) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Path output = Files.createTempFile("readme-snippet", ".out");
    try {
      Process process = new ProcessBuilder(java, "-cp",
          classes + File.pathSeparator + System.getProperty("java.class.path"), name)
          .directory(REPO_ROOT.toFile())
          .redirectErrorStream(true)
          .redirectOutput(output.toFile())
          .start();
      if (!process.waitFor(120, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        fail("the README's %s did not finish within 120 s", name);
      }
      assertThat(process.exitValue()).as("exit code of the README's %s, which printed:%n%s",
          name, Files.readString(output)).isZero();
    } finally {
      Files.deleteIfExists(output);
    }
  }
}
