package org.planmetrics.api.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.planmetrics.api.ServerSettings;
import org.planmetrics.metrics.observation.Observations;
import org.planmetrics.model.json.PlanJson;

/**
 * The command line run in-process, as the tests run it: its exit code, standard output and
 * standard error, and the settings {@code serve} would have started a server with.
 */
final class Tool {

  private Tool() {}

  /** One run: the exit code, what was printed, and the servers started. */
  record Run(int code, String out, String err, List<ServerSettings> served) {}

  /** A run of the tool as the jar wires it, workbooks included. */
  static Run run(String... args) {
    return run(Map.of(), new ExcelWorkbooks(), args);
  }

  static Run run(Map<String, String> env, WorkbookSupport workbooks, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    List<ServerSettings> served = new ArrayList<>();
    ToolContext context = new ToolContext(new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), env, served::add, workbooks);
    int code = PlanTool.run(args, context);
    return new Run(code, out.toString(StandardCharsets.UTF_8),
        err.toString(StandardCharsets.UTF_8), served);
  }

  /** The repository's root, found from the module or the root itself. */
  static Path repository() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null) {
      if (Files.exists(dir.resolve("samples").resolve("gongqingcheng-sample.json"))) {
        return dir;
      }
      dir = dir.getParent();
    }
    throw new IllegalStateException("samples/gongqingcheng-sample.json not found");
  }

  static Path samples() {
    return repository().resolve("samples");
  }

  static String sampleJson() {
    return samples().resolve("gongqingcheng-sample.json").toString();
  }

  static String sampleWorkbook() {
    return samples().resolve("gongqingcheng-sample.xlsx").toString();
  }

  static String sampleCsv() {
    return samples().resolve("csv").toString();
  }

  static Observations sample() throws IOException {
    return PlanJson.mapper().readValue(samples().resolve("gongqingcheng-sample.json").toFile(),
        Observations.class);
  }

  /** A fixture of this package's test resources, by name. */
  static String fixture(String name) {
    try {
      return Path.of(Tool.class.getResource(name).toURI()).toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
