package org.planmetrics.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planmetrics.model.plans.BundledPlans;
import org.planmetrics.model.json.PlanFiles;

/**
 * Bad plan files at start-up, beyond {@link PlanCatalogTest}: a half-written or corrupt file among
 * valid ones means no catalog at all (never a partial one), and the real start-up, {@link
 * PlanServer#main}, exits with code 1 listing every error and never serves.
 */
class StartupPlanFilesTest {

  @TempDir
  Path dir;

  private static String planJson(String id) {
    return PlanFiles.write(BundledPlans.gongqingcheng2022())
        .replace("\"gongqingcheng-2022\"", "\"" + id + "\"");
  }

  /** A folder of two valid plans, one half-written and one corrupt (invalid UTF-8). */
  private void writeMixedFolder() throws IOException {
    Files.writeString(dir.resolve("a-valid.json"), planJson("valid-a-2024"));
    String half = planJson("half-2024");
    Files.writeString(dir.resolve("b-half.json"), half.substring(0, half.length() / 2));
    Files.write(dir.resolve("c-corrupt.json"), new byte[] {'{', (byte) 0xC3, (byte) 0x28, '}'});
    Files.writeString(dir.resolve("d-valid.json"), planJson("valid-d-2024"));
  }

  @Test
  void aHalfWrittenFileAmongValidOnesMeansNoCatalogAtAll() throws IOException {
    Files.writeString(dir.resolve("a-valid.json"), planJson("valid-a-2024"));
    String half = planJson("half-2024");
    Path halfFile = dir.resolve("b-half.json");
    Files.writeString(halfFile, half.substring(0, half.length() - 200));
    Files.writeString(dir.resolve("c-valid.json"), planJson("valid-c-2024"));

    PlanCatalog.PlanLoadException e = catchThrowableOfType(PlanCatalog.PlanLoadException.class,
        () -> PlanCatalog.load(List.of(dir)));

    assertThat(e).as("no catalog is built").isNotNull();
    assertThat(e.errors()).singleElement().asString().contains(halfFile.toString());
    assertThat(e.getMessage()).doesNotContain("valid-a-2024").doesNotContain("valid-c-2024");
  }

  @Test
  void everyBadFileInAFolderIsListedAndTheValidOnesAreNotServed() throws IOException {
    writeMixedFolder();
    PlanCatalog.PlanLoadException e = catchThrowableOfType(PlanCatalog.PlanLoadException.class,
        () -> PlanCatalog.load(List.of(dir)));
    assertThat(e).isNotNull();
    assertThat(e.errors()).hasSize(2);
    assertThat(e.errors().get(0)).contains(dir.resolve("b-half.json").toString());
    assertThat(e.errors().get(1)).contains(dir.resolve("c-corrupt.json").toString());
    // Chinese first, for the operator; every error in both languages.
    assertThat(e.getMessage())
        .startsWith("拒绝启动:2个方案文件问题 / refusing to start: 2 plan file problems");
    assertThat(e.errors().get(0)).contains("无效", "invalid plan");
  }

  @Test
  void theServerProcessExitsWithCodeOneListingEveryErrorAndNeverServes() throws Exception {
    writeMixedFolder();
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Path err = dir.resolveSibling(dir.getFileName() + "-stderr.txt");
    Path out = dir.resolveSibling(dir.getFileName() + "-stdout.txt");
    Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
        PlanServer.class.getName(), "--port", "0", "--plans", dir.toString())
        .redirectError(err.toFile()).redirectOutput(out.toFile()).start();
    try {
      assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("the server stops by itself").isTrue();
      String stderr = Files.readString(err, StandardCharsets.UTF_8);
      String stdout = Files.readString(out, StandardCharsets.UTF_8);
      assertThat(process.exitValue()).as("exit code; stderr: %s", stderr).isEqualTo(1);
      assertThat(stderr)
          .contains("refusing to start: 2 plan file problems")
          .contains("b-half.json").contains("c-corrupt.json")
          .doesNotContain("serving plans");
      assertThat(stdout).doesNotContain("serving plans");
    } finally {
      process.destroyForcibly();
      Files.deleteIfExists(err);
      Files.deleteIfExists(out);
    }
  }

  @Test
  void theServerProcessInA128MebibyteHeapListsEveryFileItCannotReadAndExitsWithOne()
      throws Exception {
    // Each of these once hung start-up (the pipe), ran the heap out and so hid the other errors
    // (the link to /dev/zero, the 49 MiB file), or said only "Input length = 1" (the Latin-1 file).
    Files.writeString(dir.resolve("a-valid.json"), planJson("valid-a-2024"));
    Path big = SpecialFiles.sparseFile(dir.resolve("b-big.json"), 49L << 20);
    Path pipe = SpecialFiles.namedPipe(dir.resolve("c-pipe.json"));
    Path zero = SpecialFiles.linkToDevZero(dir.resolve("d-zero.json"));
    Path latin1 = dir.resolve("e-latin1.json");
    Files.write(latin1, "{\"id\": \"caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1));
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Path err = dir.resolveSibling(dir.getFileName() + "-unreadable-stderr.txt");
    Process process = new ProcessBuilder(java, "-Xmx128m", "-cp",
        System.getProperty("java.class.path"), PlanServer.class.getName(), "--port", "0",
        "--plans", dir.toString(), "--max-plan-file-bytes", "1000000")
        .redirectError(err.toFile()).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    try {
      assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("the server stops by itself").isTrue();
      String stderr = Files.readString(err, StandardCharsets.UTF_8);
      assertThat(process.exitValue()).as("exit code; stderr: %s", stderr).isEqualTo(1);
      assertThat(stderr)
          .contains("refusing to start: 4 plan file problems")
          .contains("plan file " + big + " has more than 1000000 bytes (its size on disk is "
              + (49L << 20) + "); the limit is 1000000 (--max-plan-file-bytes)")
          .contains("plan file " + pipe + " is not a regular file")
          .contains("plan file " + zero + " is not a regular file")
          .contains("invalid plan " + latin1).contains("is not UTF-8 text (invalid byte 0xE9")
          .doesNotContain("a-valid.json")
          .doesNotContain("OutOfMemoryError").doesNotContain("Exception")
          .doesNotContain("serving plans");
    } finally {
      process.destroyForcibly();
      Files.deleteIfExists(err);
      Files.delete(zero); // @TempDir would warn about a link that leaves it
    }
  }

  /** The lines of {@code stderr} listing the errors of {@code file}, after its first line. */
  private static List<String> linesOf(String stderr, Path file) {
    List<String> lines = stderr.lines().collect(Collectors.toList());
    int first = IntStream.range(0, lines.size())
        .filter(i -> lines.get(i).startsWith("invalid plan " + file + ": ")).findFirst()
        .orElseThrow(() -> new AssertionError("no errors of " + file + " in " + stderr));
    return lines.subList(first + 1, lines.size()).stream()
        .takeWhile(line -> line.startsWith("  ")).collect(Collectors.toList());
  }

  /** Starts the server with {@code options} and returns its stderr once it has stopped. */
  private String stderrOfServer(String heap, String... options) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Path err = dir.resolveSibling(dir.getFileName() + "-heap-stderr.txt");
    List<String> command = new ArrayList<>(List.of(java, heap, "-cp",
        System.getProperty("java.class.path"), PlanServer.class.getName(), "--port", "0"));
    command.addAll(List.of(options));
    Process process = new ProcessBuilder(command).redirectError(err.toFile())
        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    try {
      assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("the server stops by itself").isTrue();
      String stderr = Files.readString(err, StandardCharsets.UTF_8);
      assertThat(process.exitValue()).as("exit code; stderr: %s", stderr).isEqualTo(1);
      return stderr;
    } finally {
      process.destroyForcibly();
      Files.deleteIfExists(err);
    }
  }

  @Test
  void theServerProcessInA128MebibyteHeapListsAHundredErrorsOfEachFileOfEmptyGoalsAndTheRest()
      throws Exception {
    // The 50,001 empty goals once ran this server out of memory (250,020 violations held by the
    // validator), and the 4 MiB file's tree alone took 110 MB; either hid the Latin-1 file.
    Files.writeString(dir.resolve("a-valid.json"), planJson("valid-a-2024"));
    Path goals = SpecialFiles.emptyGoals(dir.resolve("b-goals.json"), 50_001, 150_014);
    Path fourMebibytes = SpecialFiles.emptyGoals(dir.resolve("c-goals.json"), 1_398_097,
        Math.toIntExact(PlanFiles.DEFAULT_MAX_BYTES));
    Path latin1 = dir.resolve("d-latin1.json");
    Files.write(latin1, "{\"id\": \"caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1));

    String stderr = stderrOfServer("-Xmx128m", "--plans", dir.toString());

    assertThat(stderr)
        .contains("refusing to start: 3 plan file problems")
        .contains("invalid plan " + goals + ": at least 1001 errors, the first 100 listed")
        .contains("invalid plan " + fourMebibytes + ": at least ")
        .contains("/ [too-many-values] the plan file holds more than 262144 JSON values")
        .contains("invalid plan " + latin1 + ": 1 error")
        .contains("is not UTF-8 text (invalid byte 0xE9")
        .doesNotContain("a-valid.json")
        .doesNotContain("OutOfMemoryError").doesNotContain("Exception").doesNotContain("java.")
        .doesNotContain("serving plans");
    for (Path file : List.of(goals, fourMebibytes)) {
      List<String> lines = linesOf(stderr, file);
      assertThat(lines).as("errors of %s", file).hasSize(101);
      assertThat(lines.subList(0, 100)).allSatisfy(line -> assertThat(line).startsWith("  /"));
      assertThat(lines.get(100)).endsWith("and more");
    }
  }

  @Test
  void aFileThatRunsTheHeapOutUnderARaisedLimitIsNamedAndTheOtherFilesAreStillListed()
      throws Exception {
    // 49 MiB of zeros, let in by the raised limit, needs 147 MB as bytes and text: more than the
    // heap. The files after it must still be checked and listed.
    Path big = SpecialFiles.sparseFile(dir.resolve("a-big.json"), 49L << 20);
    Path goals = SpecialFiles.emptyGoals(dir.resolve("b-goals.json"), 50_001, 150_014);
    Path latin1 = dir.resolve("c-latin1.json");
    Files.write(latin1, "{\"id\": \"caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1));

    String stderr = stderrOfServer("-Xmx128m", "--plans", dir.toString(),
        "--max-plan-file-bytes", "100000000");

    assertThat(stderr)
        .contains("refusing to start: 3 plan file problems")
        .contains("plan file " + big + " could not be checked: the server ran out of memory"
            + " while loading it; raise -Xmx or lower --max-plan-file-bytes")
        .contains("invalid plan " + goals + ": at least 1001 errors, the first 100 listed")
        .contains("invalid plan " + latin1 + ": 1 error")
        .doesNotContain("OutOfMemoryError").doesNotContain("Exception").doesNotContain("java.")
        .doesNotContain("serving plans");
  }

  @Test
  void aFailureOutsideAnyPlanFileIsToldInPlainWords() {
    assertThat(PlanServer.loadErrors(CompletableFuture.failedFuture(
        new OutOfMemoryError("Java heap space"))))
        .hasValue("拒绝启动:加载方案时服务器内存不足,请调大-Xmx或调小--max-plan-file-bytes / "
            + "refusing to start: the server ran out of memory while loading the plans; raise "
            + "-Xmx or lower --max-plan-file-bytes");
    assertThat(PlanServer.loadErrors(CompletableFuture.failedFuture(
        new IllegalStateException("org.planmetrics.Thing broke"))))
        .hasValue("拒绝启动:加载方案时出现了不应有的错误(程序缺陷),请报告 / refusing to start: "
            + "loading the plans failed in a way it should not (a bug); please report it");
    assertThat(PlanServer.loadErrors(CompletableFuture.completedFuture(PlanCatalog.bundled())))
        .isEmpty();
  }

  @Test
  void aTakenPortStillListsEveryPlanFileError() throws Exception {
    // The port opens while the plans load; if it cannot, the plan errors must not be lost.
    writeMixedFolder();
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Path err = dir.resolveSibling(dir.getFileName() + "-taken-stderr.txt");
    try (ServerSocket taken = new ServerSocket(0)) {
      Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
          PlanServer.class.getName(), "--port", String.valueOf(taken.getLocalPort()),
          "--plans", dir.toString())
          .redirectError(err.toFile()).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
      try {
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("the server stops by itself")
            .isTrue();
        String stderr = Files.readString(err, StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as("exit code; stderr: %s", stderr).isEqualTo(1);
        assertThat(stderr)
            .contains("refusing to start: 2 plan file problems")
            .contains("b-half.json").contains("c-corrupt.json")
            .contains("refusing to start: cannot listen on port " + taken.getLocalPort())
            .doesNotContain("serving plans");
      } finally {
        process.destroyForcibly();
        Files.deleteIfExists(err);
      }
    }
  }

  @Test
  void theServerProcessServesEveryPlanOnceTheyHaveLoaded() throws Exception {
    // PlanServer.main loads the plans while the web server starts; /health must list them all.
    Files.writeString(dir.resolve("a-valid.json"), planJson("valid-a-2024"));
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Path err = dir.resolveSibling(dir.getFileName() + "-stderr.txt");
    Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
        PlanServer.class.getName(), "--port", "0", "--plans", dir.toString())
        .redirectError(err.toFile()).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    try {
      Pattern serving = Pattern.compile("serving plans \\[(.*)\\] on port (\\d+)");
      Matcher matcher = null;
      for (int i = 0; i < 600 && process.isAlive(); i++) {
        matcher = serving.matcher(Files.readString(err, StandardCharsets.UTF_8));
        if (matcher.find()) {
          break;
        }
        matcher = null;
        Thread.sleep(100);
      }
      assertThat(matcher).as("the log line naming the port; stderr: %s",
          Files.readString(err, StandardCharsets.UTF_8)).isNotNull();
      assertThat(matcher.group(1)).isEqualTo("gongqingcheng-2022, valid-a-2024");
      HttpResponse<String> health = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
          URI.create("http://127.0.0.1:" + matcher.group(2) + "/health")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(health.statusCode()).isEqualTo(200);
      assertThat(health.body()).contains("\"gongqingcheng-2022\"", "\"valid-a-2024\"");
    } finally {
      process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
      Files.deleteIfExists(err);
    }
  }
}
