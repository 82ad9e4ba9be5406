package org.planmetrics.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What a hostile client sends, over a real socket to a started server, framed byte by byte as it
 * likes: exponents beyond an int, broken chunked framing, an upload cut short, bad escapes in a
 * path, a body of thousands of bad keys, and what Jetty refuses before the application sees it.
 * Each answer is a 4xx {@code application/problem+json} that fits the OpenAPI document, never a
 * 5xx and never Jetty's HTML page; {@link ServerProcessIT} checks the log lines.
 */
class HostileRequestsTest {

  private static Javalin app;

  @BeforeAll
  static void startServer() {
    app = PlanServer.start(PlanCatalog.bundled(), ServerSettings.defaults().withPort(0));
  }

  @AfterAll
  static void stopServer() {
    if (app != null) {
      app.stop();
    }
  }

  private static Optional<ApiCalls.Reply> send(String request, boolean endOutput)
      throws IOException {
    return ApiCalls.raw(app.port(), request.getBytes(StandardCharsets.UTF_8), endOutput);
  }

  private static String post(String path, String headers, String body) {
    return "POST " + path + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
        + headers + "\r\n" + body;
  }

  private static ApiCalls.Reply answered(Optional<ApiCalls.Reply> reply) {
    assertThat(reply).as("an answer before the connection closes").isPresent();
    ApiCalls.check(reply.get());
    return reply.get();
  }

  /** Item 6: an exponent that overflows int was a NumberFormatException and a 500. */
  @ParameterizedTest
  @ValueSource(strings = {"1e2147483648", "1e-2147483649", "-9.9E+9999999999"})
  void anExponentBeyondAnIntIsA400NamingTheField(String number) throws IOException {
    String body = "{\"asOf\":\"2024-06-30\",\"series\":{\"cash-fdi\":{\"2021\":" + number + "}}}";
    ApiCalls.Reply reply = answered(send(post(ApiCalls.SCORECARD, "Content-Length: "
        + body.length() + "\r\n", body), false));
    ApiCalls.assertProblemAt(reply, 400, "invalid-body", "/series/cash-fdi/2021");
  }

  /** Item 7: chunk sizes that are not hex were a 500 with a 64-line stack trace. */
  @Test
  void chunkedFramingThatIsNotHttpIsA400() throws IOException {
    ApiCalls.Reply reply = answered(send(post(ApiCalls.SCORECARD,
        "Transfer-Encoding: chunked\r\n", "zz\r\n{\"asOf\"\r\n0\r\n\r\n"), false));
    ApiCalls.assertProblem(reply, 400, "malformed-body");
    assertThat(reply.header("Connection")).isEqualTo("close");
  }

  /** Item 7: the client stops sending after 8 of the 1,000 bytes it announced. */
  @Test
  void anUploadCutShortIsA400OrAClosedConnection() throws IOException {
    Optional<ApiCalls.Reply> reply = send(post(ApiCalls.SCORECARD, "Content-Length: 1000\r\n",
        "{\"asOf\":"), true);
    reply.ifPresent(r -> ApiCalls.assertProblem(r, 400, "malformed-body"));
    ApiCalls.Reply health = answered(send("GET /health HTTP/1.1\r\nHost: localhost\r\n"
        + "Connection: close\r\n\r\n", false));
    assertThat(health.status()).isEqualTo(200);
  }

  /** Item 7: a valid chunked body still reads as JSON, so the gate did not break chunking. */
  @Test
  void aWellFramedChunkedBodyIsStillAssessed() throws IOException {
    String json = ApiCalls.exampleObservations();
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    String half = new String(bytes, 0, 100, StandardCharsets.ISO_8859_1);
    String rest = new String(bytes, 100, bytes.length - 100, StandardCharsets.ISO_8859_1);
    String request = "POST " + ApiCalls.SCORECARD + " HTTP/1.1\r\nHost: localhost\r\n"
        + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\nConnection: close"
        + "\r\n\r\n" + Integer.toHexString(100) + "\r\n" + half + "\r\n"
        + Integer.toHexString(bytes.length - 100) + "\r\n" + rest + "\r\n0\r\n\r\n";
    Optional<ApiCalls.Reply> reply = ApiCalls.raw(app.port(),
        request.getBytes(StandardCharsets.ISO_8859_1), false);
    assertThat(answered(reply).status()).isEqualTo(200);
    assertThat(reply.get().json().path("planId").asText()).isEqualTo("gongqingcheng-2022");
  }

  /**
   * Item 8: a '%' that is no escape made Javalin's path decoding throw: 500. Jetty refuses most
   * such paths itself (then the problem has no instance, since the path could not be read);
   * {@code %u002e} passes Jetty and is refused by the application, naming the escape.
   */
  @ParameterizedTest
  @ValueSource(strings = {"/api/v1/plans/%u002e", "/api/v1/plans/%", "/api/v1/plans/a%2",
      "/api/v1/plans/%zz/targets"})
  void aBadEscapeInAPathIsA400(String path) throws IOException {
    ApiCalls.Reply reply = answered(send("GET " + path + " HTTP/1.1\r\nHost: localhost\r\n"
        + "Connection: close\r\n\r\n", false));
    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.contentType()).startsWith(ApiCalls.PROBLEM_JSON);
    assertThat(reply.json().path("type").asText()).endsWith("/invalid-request");
    assertThat(reply.json().path("instance").asText()).isIn(path, "");
  }

  @Test
  void aUnicodeEscapeInAPathIsNamed() throws IOException {
    ApiCalls.Reply reply = answered(send("GET /api/v1/plans/%u002e HTTP/1.1\r\n"
        + "Host: localhost\r\nConnection: close\r\n\r\n", false));
    JsonNode error = ApiCalls.assertProblemAt(reply, 400, "invalid-request", "");
    assertThat(error.path("rule").asText()).isEqualTo("bad-path");
    assertThat(error.path("message").asText()).contains("'%u0'");
  }

  /** A good escape still decodes: %41 is A. */
  @Test
  void aGoodEscapeStillDecodes() throws IOException {
    ApiCalls.Reply reply = answered(send("GET /api/v1/plans/%41 HTTP/1.1\r\nHost: localhost\r\n"
        + "Connection: close\r\n\r\n", false));
    assertThat(ApiCalls.assertProblem(reply, 404, "not-found").path("detail").asText())
        .contains("'A'");
  }

  /**
   * Item 10: 750 KB of bad period keys made an 8.6 MB answer. Now at most 100 errors are listed,
   * with a count of the rest, and the answer is far smaller than the request.
   */
  @Test
  void aBodyOfThousandsOfBadKeysListsAHundredErrorsAndCountsTheRest() throws IOException {
    StringBuilder series = new StringBuilder();
    int keys = 0;
    while (series.length() < 750_000) {
      series.append(keys == 0 ? "" : ",").append("\"bad-").append(keys).append("\":1");
      keys++;
    }
    String body = "{\"asOf\":\"2024-06-30\",\"series\":{\"cash-fdi\":{" + series + "}}}";
    ApiCalls.Reply reply = answered(send(post(ApiCalls.SCORECARD, "Content-Length: "
        + body.length() + "\r\nConnection: close\r\n", body), false));
    JsonNode problem = ApiCalls.assertProblem(reply, 422, "invalid-observations");
    assertThat(problem.path("errors")).hasSize(ProblemBody.MAX_LISTED_ERRORS);
    assertThat(problem.path("errorsNotListed").asInt()).isEqualTo(keys - 100);
    assertThat(reply.body().length()).isLessThan(body.length() / 10);
  }

  /**
   * Item 10: each error echoes its member name, so names are bounded too: a 5,000-character
   * period key is refused by the parser, and the answer stays small.
   */
  @Test
  void aMemberNameOverAThousandCharactersIsA400() throws IOException {
    String body = "{\"asOf\":\"2024-06-30\",\"series\":{\"cash-fdi\":{\"" + "9".repeat(5_000)
        + "\":1}}}";
    ApiCalls.Reply reply = answered(send(post(ApiCalls.SCORECARD, "Content-Length: "
        + body.length() + "\r\nConnection: close\r\n", body), false));
    JsonNode error = ApiCalls.assertProblemAt(reply, 400, "invalid-body", "/series/cash-fdi");
    assertThat(error.path("message").asText()).contains("1000");
    assertThat(reply.body().length()).isLessThan(2_000);
  }

  /** Item 11: what Jetty refuses itself was an HTML page. */
  @ParameterizedTest
  @ValueSource(strings = {
      "GET /api/v1/plans/a\\b HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n",
      "GET /api/v1/plans/a%00b HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n",
      "BREW /health HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n",
      "GET /health HTTP/1.1\r\nHost: localhost\r\nContent-Length: x\r\n\r\n",
      "GET /health HTTP/1.1\r\nHost: localhost\r\nBad Header\r\n\r\n"})
  void whatJettyRefusesIsAProblemToo(String request) throws IOException {
    ApiCalls.Reply reply = answered(send(request, false));
    assertThat(reply.status()).isBetween(400, 499);
    assertThat(reply.contentType()).startsWith(ApiCalls.PROBLEM_JSON);
    assertThat(reply.body()).doesNotContain("<html", "org.eclipse", "Exception");
  }

  /** Item 11: an HTTP version Jetty does not speak is a 505 problem, not HTML. */
  @Test
  void anUnknownHttpVersionIsA505Problem() throws IOException {
    ApiCalls.Reply reply = send("GET /health HTTP/9.9\r\nHost: localhost\r\n\r\n", false)
        .orElseThrow();
    assertThat(reply.status()).isEqualTo(505);
    assertThat(reply.contentType()).startsWith(ApiCalls.PROBLEM_JSON);
    assertThat(reply.json().path("type").asText()).endsWith("/http-version-not-supported");
  }

  /** Item 11: a request line of 9,000 bytes is 414, headers of 9,000 bytes are 431. */
  @Test
  void aUriOrHeadersTooLongAreProblems() throws IOException {
    String longText = "a".repeat(9_000);
    // No path of the document matches this one, so the contract cannot check it: by hand.
    ApiCalls.Reply uri = send("GET /" + longText + " HTTP/1.1\r\nHost: localhost\r\n\r\n",
        false).orElseThrow();
    assertThat(uri.status()).isEqualTo(414);
    assertThat(uri.contentType()).startsWith(ApiCalls.PROBLEM_JSON);
    assertThat(uri.json().path("type").asText()).endsWith("/uri-too-long");
    assertThat(uri.json().path("instance").asText()).isEmpty();
    ApiCalls.Reply headers = answered(send("GET /health HTTP/1.1\r\nHost: localhost\r\nX-Big: "
        + longText + "\r\n\r\n", false));
    ApiCalls.assertProblem(headers, 431, "headers-too-large");
  }
}
