package org.planmetrics.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.testtools.HttpClient;
import io.javalin.testtools.Request;
import io.javalin.testtools.Response;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.planmetrics.model.PlainWords;
import org.planmetrics.model.json.PlanJson;

/**
 * The HTTP calls of the API tests. Every response goes through {@link #check}: it must not be a
 * 5xx, and it must fit the OpenAPI document ({@link OpenApiContract#assertValidResponse}).
 */
final class ApiCalls {

  static final String PLAN = "/api/v1/plans/gongqingcheng-2022";
  static final String SCORECARD = PLAN + "/scorecard";
  static final String JSON = "application/json";
  static final String PROBLEM_JSON = "application/problem+json";

  /** Maven runs the tests with the module as working directory; the repo root is one up. */
  static final Path EXAMPLE_OBSERVATIONS = Path.of("..", "samples", "observations-example.json");

  private static final ObjectMapper MAPPER = PlanJson.mapper();
  private static OpenApiContract contract;

  private ApiCalls() {}

  static synchronized OpenApiContract contract() {
    if (contract == null) {
      contract = OpenApiContract.load();
    }
    return contract;
  }

  /** One response, already checked against the contract. */
  record Reply(String method, String path, int status, String contentType, String body,
      io.javalin.testtools.HttpHeaders headers) {

    JsonNode json() {
      try {
        return MAPPER.readTree(body);
      } catch (JsonProcessingException e) {
        throw new AssertionError("not JSON: " + body, e);
      }
    }

    /** The first value of {@code name}, or null. */
    String header(String name) {
      List<String> values = headers.get(name);
      return values == null || values.isEmpty() ? null : values.get(0);
    }

    @Override
    public String toString() {
      return method + " " + path + " -> " + status + " " + contentType + " "
          + (body.length() > 500 ? body.substring(0, 500) + "…" : body);
    }
  }

  static Reply get(HttpClient client, String path, String... headers) {
    return send(client, "GET", path, b -> b.get(), headers);
  }

  /**
   * GETs a static file of a webjar (for example swagger-ui's CSS). Such files are not API
   * operations and are not in the OpenAPI document, so only the no-5xx rule is checked.
   */
  static Reply getStaticAsset(HttpClient client, String path) {
    Response response = client.request(path, b -> b.get());
    List<String> types = response.headers().get("Content-Type");
    Reply reply = new Reply("GET", path, response.code(),
        types == null || types.isEmpty() ? null : types.get(0), response.body().string(),
        response.headers());
    assertThat(reply.status()).as("no 5xx: %s", reply).isLessThan(500);
    return reply;
  }

  /**
   * Sends HEAD to the server on {@code port} (the test client has no HEAD). HEAD is not an
   * operation of the OpenAPI document (RFC 9110 gives it to every GET), so only the no-5xx rule is
   * checked here; {@code HeadRequestsTest} compares it with the GET.
   */
  static Reply head(int port, String path, String... headers) {
    java.net.http.HttpRequest.Builder request = java.net.http.HttpRequest.newBuilder(
        java.net.URI.create("http://localhost:" + port + path))
        .method("HEAD", BodyPublishers.noBody());
    for (int i = 0; i + 1 < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    java.net.http.HttpResponse<String> response;
    try {
      response = java.net.http.HttpClient.newHttpClient().send(request.build(),
          java.net.http.HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    Reply reply = new Reply("HEAD", path, response.statusCode(),
        response.headers().firstValue("Content-Type").orElse(null), response.body(),
        new io.javalin.testtools.HttpHeaders(response.headers()));
    assertThat(reply.status()).as("no 5xx: %s", reply).isLessThan(500);
    return reply;
  }

  static Reply delete(HttpClient client, String path) {
    return send(client, "DELETE", path, b -> b.delete(BodyPublishers.noBody()));
  }

  /** POSTs {@code body} as {@code application/json}. */
  static Reply postJson(HttpClient client, String path, String body, String... headers) {
    return post(client, path, JSON, BodyPublishers.ofString(body, StandardCharsets.UTF_8),
        headers);
  }

  /** POSTs raw bytes with the given Content-Type, or none if {@code contentType} is null. */
  static Reply post(HttpClient client, String path, String contentType, BodyPublisher body,
      String... headers) {
    return send(client, "POST", path, b -> {
      b.post(body);
      if (contentType != null) {
        b.header("Content-Type", contentType);
      }
    }, headers);
  }

  private static Reply send(HttpClient client, String method, String path,
      Consumer<Request.Builder> setup, String... headers) {
    Response response = client.request(path, b -> {
      setup.accept(b);
      for (int i = 0; i + 1 < headers.length; i += 2) {
        b.header(headers[i], headers[i + 1]);
      }
    });
    List<String> types = response.headers().get("Content-Type");
    String contentType = types == null || types.isEmpty() ? null : types.get(0);
    Reply reply = new Reply(method, path, response.code(), contentType,
        response.body().string(), response.headers());
    check(reply);
    return reply;
  }

  /**
   * No 5xx, ever; the response fits the OpenAPI document; every number of a JSON answer is within
   * the precision policy ({@link AnswerNumbersTest#assertNumbersWithinPolicy}); and a problem
   * reads as a person writes ({@link #assertPlainProblem}).
   */
  static void check(Reply reply) {
    assertThat(reply.status()).as("no 5xx: %s", reply).isLessThan(500);
    String pathOnly = reply.path().contains("?")
        ? reply.path().substring(0, reply.path().indexOf('?')) : reply.path();
    contract().assertValidResponse(reply.method(), pathOnly, reply.status(),
        reply.contentType(), reply.body());
    if (reply.contentType() != null && reply.contentType().startsWith(PROBLEM_JSON)
        && !reply.method().equals("HEAD")) {
      assertPlainProblem(reply);
    }
    if (reply.contentType() != null && reply.contentType().startsWith(JSON)
        && !reply.method().equals("HEAD")) {
      AnswerNumbersTest.assertNumbersWithinPolicy(reply.body());
    }
  }

  /**
   * A problem in the language its {@code Content-Language} announces: the title, the detail and
   * each error's {@code message} in it, each error's {@code messages} in both, Chinese in the
   * Chinese, and no Java class, Jackson term or stack frame anywhere ({@link PlainWords}).
   */
  static void assertPlainProblem(Reply reply) {
    JsonNode problem = reply.json();
    String language = reply.header("Content-Language");
    assertThat(language).as("Content-Language of %s", reply).isIn("zh", "en");
    PlainWords.assertPlainQuoting(problem.path("title").asText());
    PlainWords.assertPlainQuoting(problem.path("detail").asText());
    for (JsonNode error : problem.path("errors")) {
      JsonNode messages = error.path("messages");
      assertThat(error.path("message").asText()).as("message in %s: %s", language, error)
          .isEqualTo(messages.path(language).asText());
      PlainWords.assertPlainQuoting(messages.path("zh").asText(), messages.path("en").asText());
    }
  }

  /** Asserts an RFC 9457 problem and returns its body. */
  static JsonNode assertProblem(Reply reply, int status, String slug) {
    assertThat(reply.status()).as("%s", reply).isEqualTo(status);
    assertThat(reply.contentType()).as("%s", reply).startsWith(PROBLEM_JSON);
    JsonNode problem = reply.json();
    assertThat(problem.path("type").asText()).as("%s", reply).endsWith("/" + slug);
    assertThat(problem.path("title").asText()).isNotBlank();
    assertThat(problem.path("status").asInt()).isEqualTo(status);
    assertThat(problem.path("detail").asText()).isNotBlank();
    String pathOnly = reply.path().contains("?")
        ? reply.path().substring(0, reply.path().indexOf('?')) : reply.path();
    assertThat(problem.path("instance").asText()).isEqualTo(pathOnly);
    assertThat(problem.path("errors").isArray()).as("errors list: %s", reply).isTrue();
    assertThat(reply.body()).doesNotContain("\tat ", "Exception:");
    return problem;
  }

  /** Asserts a problem whose errors include one at {@code pointer}; returns that error. */
  static JsonNode assertProblemAt(Reply reply, int status, String slug, String pointer) {
    JsonNode problem = assertProblem(reply, status, slug);
    for (JsonNode error : problem.path("errors")) {
      if (error.path("pointer").asText().equals(pointer)) {
        assertThat(error.path("message").asText()).isNotBlank();
        assertThat(error.path("rule").asText()).isNotBlank();
        return error;
      }
    }
    throw new AssertionError("no error at pointer '" + pointer + "' in " + reply);
  }

  /** The full sample, samples/gongqingcheng-sample.json, with its teams. */
  static String sampleObservations() {
    try {
      return Files.readString(Path.of("..", "samples", "gongqingcheng-sample.json"),
          StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String exampleObservations() {
    try {
      return Files.readString(EXAMPLE_OBSERVATIONS, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * POSTs {@code body} over a plain socket the way curl sends large bodies: headers with
   * {@code Expect: 100-continue} first, and the body only if the server answers 100. A server
   * that refuses by Content-Length answers at once, and the body is never sent. (Sending 2 MiB
   * blindly races the server's early 413 and close: the JDK client then often sees a reset
   * instead of the answer. Its expectContinue(true) hangs on a non-100 answer in Java 17.)
   */
  static Reply postExpectingContinue(int port, String path, byte[] body) throws IOException {
    try (Socket socket = new Socket("localhost", port)) {
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      out.write(("POST " + path + " HTTP/1.1\r\nHost: localhost:" + port
          + "\r\nContent-Type: application/json\r\nContent-Length: " + body.length
          + "\r\nExpect: 100-continue\r\nConnection: close\r\n\r\n")
          .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = socket.getInputStream();
      String head = readHead(in);
      if (head.startsWith("HTTP/1.1 100")) {
        out.write(body);
        out.flush();
        head = readHead(in);
      }
      return readReply("POST", path, head, in);
    }
  }

  /**
   * Sends {@code request} as raw bytes, as a hostile client may frame it, and reads one answer;
   * with {@code endOutput} the client then stops sending (an upload cut short). Empty when the
   * server closed the connection without an answer.
   */
  static java.util.Optional<Reply> raw(int port, byte[] request, boolean endOutput)
      throws IOException {
    try (Socket socket = new Socket("localhost", port)) {
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      out.write(request);
      out.flush();
      if (endOutput) {
        socket.shutdownOutput();
      }
      InputStream in = socket.getInputStream();
      String head;
      try {
        head = readHead(in);
      } catch (IOException closed) {
        return java.util.Optional.empty();
      }
      String requestLine = new String(request, 0, Math.min(request.length, 80),
          StandardCharsets.ISO_8859_1).split("\r\n")[0];
      String[] parts = requestLine.split(" ");
      return java.util.Optional.of(readReply(parts[0], parts.length > 1 ? parts[1] : "", head,
          in));
    }
  }

  /**
   * The rest of an answer whose head is {@code head}: its headers and its body, framed by
   * Content-Length, by chunks, or by the end of the connection.
   */
  private static Reply readReply(String method, String path, String head, InputStream in)
      throws IOException {
    int status = Integer.parseInt(head.substring(9, 12));
    Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    for (String line : head.split("\r\n")) {
      int colon = line.indexOf(':');
      if (colon > 0) {
        headers.computeIfAbsent(line.substring(0, colon).trim(), k -> new ArrayList<>())
            .add(line.substring(colon + 1).trim());
      }
    }
    List<String> length = headers.get("Content-Length");
    byte[] bytes;
    if (length != null) {
      bytes = in.readNBytes(Integer.parseInt(length.get(0)));
    } else if (headers.containsKey("Transfer-Encoding")) {
      ByteArrayOutputStream body = new ByteArrayOutputStream();
      int size;
      while ((size = Integer.parseInt(readLine(in).split(";")[0].trim(), 16)) > 0) {
        body.write(in.readNBytes(size));
        readLine(in);
      }
      bytes = body.toByteArray();
    } else {
      bytes = in.readAllBytes();
    }
    String responseBody = new String(bytes, StandardCharsets.UTF_8);
    List<String> type = headers.get("Content-Type");
    return new Reply(method, path, status, type == null ? "" : type.get(0), responseBody,
        new io.javalin.testtools.HttpHeaders(java.net.http.HttpHeaders.of(headers,
            (a, b) -> true)));
  }

  private static String readLine(InputStream in) throws IOException {
    StringBuilder line = new StringBuilder();
    int b;
    while ((b = in.read()) >= 0 && b != '\n') {
      if (b != '\r') {
        line.append((char) b);
      }
    }
    return line.toString();
  }

  private static String readHead(InputStream in) throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    int matched = 0;
    while (matched < 4) {
      int b = in.read();
      if (b < 0) {
        throw new IOException("connection closed after " + head.size() + " bytes of head");
      }
      head.write(b);
      matched = (b == (matched % 2 == 0 ? '\r' : '\n')) ? matched + 1 : (b == '\r' ? 1 : 0);
    }
    return head.toString(StandardCharsets.US_ASCII);
  }
}
