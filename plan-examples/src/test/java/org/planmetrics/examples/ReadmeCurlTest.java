package org.planmetrics.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.MultiPart;
import org.eclipse.jetty.http.MultiPartFormData;
import org.eclipse.jetty.io.Content;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.planmetrics.api.PlanCatalog;
import org.planmetrics.api.PlanServer;
import org.planmetrics.api.ServerSettings;
import org.planmetrics.model.json.PlanJson;

/**
 * Runs every {@code curl} command of the README's {@code bash} blocks against a server started
 * in-process, so the examples stay true. Surefire runs with the module as working directory; the
 * README and the {@code --data @file} paths are relative to the repository root, one level up.
 */
class ReadmeCurlTest {

  private static final Path REPO_ROOT = Path.of("..");
  private static final String DOCUMENTED_BASE = "http://localhost:7070";
  private static final String BOUNDARY = "readme-curl-form";

  private static Javalin app;

  @BeforeAll
  static void startServer() {
    // The bundled plan, and the README's second fictional county as `serve --plans` serves it.
    app = PlanServer.start(PlanCatalog.load(List.of(REPO_ROOT.resolve(
            "plan-examples/src/main/resources/org/planmetrics/examples/plans/riverbend-2025.json"))),
        ServerSettings.defaults().withPort(0));
  }

  @AfterAll
  static void stopServer() {
    app.stop();
  }

  /**
   * One curl command, as written in the README and as translated into a request: a body from
   * {@code --data @file}, or the files of {@code -F name=@file} as {@code multipart/form-data}.
   */
  record Curl(String line, String method, String url, List<String[]> headers, Path dataFile,
      List<String[]> formFiles) {}

  static List<String> curlLines(String markdown) {
    List<String> commands = new ArrayList<>();
    boolean inBash = false;
    StringBuilder pending = null;
    for (String raw : markdown.split("\n", -1)) {
      String line = raw.strip();
      if (!inBash) {
        inBash = line.equals("```bash");
        continue;
      }
      if (line.startsWith("```")) {
        inBash = false;
        pending = null;
        continue;
      }
      if (pending == null && !line.startsWith("curl ")) {
        continue;
      }
      if (pending == null) {
        pending = new StringBuilder();
      }
      if (line.endsWith("\\")) {
        pending.append(line.substring(0, line.length() - 1).strip()).append(' ');
      } else {
        commands.add(pending.append(line).toString().strip());
        pending = null;
      }
    }
    return commands;
  }

  /** Splits a command line into words, the way a POSIX shell treats quotes (no expansions). */
  static List<String> words(String line) {
    List<String> words = new ArrayList<>();
    StringBuilder word = null;
    char quote = 0;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        } else {
          word.append(c);
        }
      } else if (c == '\'' || c == '"') {
        quote = c;
        word = word == null ? new StringBuilder() : word;
      } else if (Character.isWhitespace(c)) {
        if (word != null) {
          words.add(word.toString());
          word = null;
        }
      } else {
        word = word == null ? new StringBuilder() : word;
        word.append(c);
      }
    }
    if (quote != 0) {
      throw new IllegalArgumentException("unbalanced quote in: " + line);
    }
    if (word != null) {
      words.add(word.toString());
    }
    return words;
  }

  static Curl parse(String line) {
    List<String> words = words(line);
    if (words.isEmpty() || !words.get(0).equals("curl")) {
      throw new IllegalArgumentException("not a curl command: " + line);
    }
    String method = null;
    String url = null;
    List<String[]> headers = new ArrayList<>();
    Path dataFile = null;
    List<String[]> formFiles = new ArrayList<>();
    for (int i = 1; i < words.size(); i++) {
      String w = words.get(i);
      switch (w) {
        case "-s", "--silent" -> { }
        // Where curl saves a workbook it downloads; the test checks the bytes instead.
        case "-o", "--output" -> i++;
        case "-X", "--request" -> method = words.get(++i);
        case "-H", "--header" -> {
          String h = words.get(++i);
          int colon = h.indexOf(':');
          headers.add(new String[] {h.substring(0, colon).strip(), h.substring(colon + 1).strip()});
        }
        case "-d", "--data", "--data-binary" -> {
          String d = words.get(++i);
          if (!d.startsWith("@")) {
            throw new IllegalArgumentException("only --data @file is supported: " + line);
          }
          dataFile = REPO_ROOT.resolve(d.substring(1));
        }
        case "-F", "--form" -> {
          String f = words.get(++i);
          int at = f.indexOf("=@");
          if (at < 0) {
            throw new IllegalArgumentException("only -F name=@file is supported: " + line);
          }
          formFiles.add(new String[] {f.substring(0, at), f.substring(at + 2)});
        }
        default -> {
          if (w.startsWith("-")) {
            throw new IllegalArgumentException("unsupported curl flag " + w + " in: " + line);
          }
          if (url != null) {
            throw new IllegalArgumentException("two URLs in: " + line);
          }
          url = w;
        }
      }
    }
    if (url == null) {
      throw new IllegalArgumentException("no URL in: " + line);
    }
    if (method == null) {
      method = dataFile == null && formFiles.isEmpty() ? "GET" : "POST";
    }
    return new Curl(line, method, url, headers, dataFile, formFiles);
  }

  private static List<String> readmeCurls() throws IOException {
    return curlLines(Files.readString(REPO_ROOT.resolve("README.md"), StandardCharsets.UTF_8));
  }

  @Test
  void theReadmeHasEnoughCurlCommandsAndTheyAllParse() throws IOException {
    List<String> curls = readmeCurls();
    assertThat(curls).hasSizeGreaterThanOrEqualTo(8);
    for (String line : curls) {
      Curl curl = parse(line);
      assertThat(curl.url()).as(line).startsWith(DOCUMENTED_BASE);
      if (curl.dataFile() != null) {
        assertThat(curl.dataFile()).as(line).isRegularFile();
      }
      curl.formFiles().forEach(f -> assertThat(REPO_ROOT.resolve(f[1])).as(line).isRegularFile());
    }
  }

  @Test
  void theParserFollowsShellQuotingAndContinuations() {
    String md = String.join("\n", "text", "```bash", "mvn verify",
        "curl -s -X POST 'http://localhost:7070/a?x=1&y=2' \\",
        "  -H 'Content-Type: application/json' --data @samples/x.json", "```",
        "curl -s http://localhost:7070/outside-a-block", "```java", "curl x", "```");
    List<String> lines = curlLines(md);
    assertThat(lines).containsExactly("curl -s -X POST 'http://localhost:7070/a?x=1&y=2' "
        + "-H 'Content-Type: application/json' --data @samples/x.json");
    Curl curl = parse(lines.get(0));
    assertThat(curl.method()).isEqualTo("POST");
    assertThat(curl.url()).isEqualTo("http://localhost:7070/a?x=1&y=2");
    assertThat(curl.headers()).singleElement()
        .satisfies(h -> assertThat(h).containsExactly("Content-Type", "application/json"));
    assertThat(curl.dataFile()).isEqualTo(REPO_ROOT.resolve("samples/x.json"));
  }

  @Test
  void theParserTakesTheFilesOfAForm() {
    Curl curl = parse("curl -s 'http://localhost:7070/a?asOf=2024-06-30' -F file=@samples/x.csv "
        + "-F file=@samples/y.csv");
    assertThat(curl.method()).isEqualTo("POST");
    assertThat(curl.formFiles()).extracting(f -> f[0] + " " + f[1])
        .containsExactly("file samples/x.csv", "file samples/y.csv");
  }

  /** The files of {@code -F name=@file}, each a part with its file name, as curl sends them. */
  private static byte[] form(List<String[]> files) throws IOException {
    MultiPartFormData.ContentSource form = new MultiPartFormData.ContentSource(BOUNDARY);
    for (String[] file : files) {
      Path path = REPO_ROOT.resolve(file[1]);
      form.addPart(new MultiPart.ByteBufferPart(file[0], path.getFileName().toString(),
          HttpFields.EMPTY, ByteBuffer.wrap(Files.readAllBytes(path))));
    }
    form.close();
    ByteBuffer bytes = Content.Source.asByteBuffer(form);
    byte[] body = new byte[bytes.remaining()];
    bytes.get(body);
    return body;
  }

  @TestFactory
  Stream<DynamicTest> everyReadmeCurlCommandSucceedsWithWhatItAsksFor() throws IOException {
    HttpClient client = HttpClient.newHttpClient();
    return readmeCurls().stream().map(line -> DynamicTest.dynamicTest(line, () -> {
      Curl curl = parse(line);
      URI uri = URI.create(curl.url().replace(DOCUMENTED_BASE, "http://localhost:" + app.port()));
      HttpRequest.BodyPublisher body = curl.dataFile() == null
          ? HttpRequest.BodyPublishers.noBody()
          : HttpRequest.BodyPublishers.ofFile(curl.dataFile());
      if (!curl.formFiles().isEmpty()) {
        body = HttpRequest.BodyPublishers.ofByteArray(form(curl.formFiles()));
      }
      HttpRequest.Builder request = HttpRequest.newBuilder(uri).method(curl.method(), body);
      if (!curl.formFiles().isEmpty()) {
        request.header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY);
      }
      curl.headers().forEach(h -> request.header(h[0], h[1]));
      HttpResponse<byte[]> bytes =
          client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
      String type = bytes.headers().firstValue("Content-Type").orElse("");
      if (type.startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")) {
        // A workbook (the template, or the scorecard as .xlsx): a zip archive, "PK".
        assertThat(bytes.statusCode()).as(line).isBetween(200, 299);
        assertThat(bytes.body()).as(line).startsWith(0x50, 0x4B, 0x03, 0x04);
        return;
      }
      String text = new String(bytes.body(), StandardCharsets.UTF_8);
      assertThat(bytes.statusCode()).as(line + "\n" + text).isBetween(200, 299);
      boolean markdown = curl.headers().stream()
          .anyMatch(h -> h[0].equalsIgnoreCase("Accept") && h[1].contains("text/markdown"));
      if (markdown) {
        // The bulletin as Markdown: a document with a title, not JSON.
        assertThat(type).as(line).startsWith("text/markdown");
        assertThat(text).as(line).startsWith("# ").contains("\n## ");
        return;
      }
      assertThat(type).as(line).contains("json");
      JsonNode json = PlanJson.mapper().readTree(text);
      assertThat(json.isContainerNode()).as(line).isTrue();
    }));
  }
}
