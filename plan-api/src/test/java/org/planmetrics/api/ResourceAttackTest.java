package org.planmetrics.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Resource attacks are refused fast: a 10 MB body, the number 1e999999999, a 100,000-digit
 * number and nesting 10,000 deep each get a 413 or 400 problem in under 50 ms. Measured on a
 * warmed-up server (each attack is sent a few times first) as the median of 5 attempts, timed at
 * the client from sending the request to having read the whole answer.
 */
class ResourceAttackTest {

  private static final int WARM_UP = 5;
  private static final int ATTEMPTS = 5;
  private static final long LIMIT_MS = 50;
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static Javalin app;
  private static HttpClient client;

  @BeforeAll
  static void startServer() {
    System.setProperty("org.slf4j.simpleLogger.log.org.planmetrics.api.PlanApi", "warn");
    app = PlanServer.start(PlanCatalog.bundled(), ServerSettings.defaults().withPort(0));
    client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(5)).build();
    // Warm up the whole path once with a valid request.
    for (int i = 0; i < 20; i++) {
      post(ApiCalls.exampleObservations().getBytes(StandardCharsets.UTF_8));
    }
  }

  @AfterAll
  static void stopServer() {
    if (app != null) {
      app.stop();
    }
  }

  record Answer(int status, String contentType, String body) {}

  private interface Attack {
    Answer send() throws Exception;
  }

  private static Answer post(byte[] body) {
    try {
      HttpResponse<String> response = client.send(HttpRequest.newBuilder(
              URI.create("http://localhost:" + app.port() + ApiCalls.SCORECARD))
          .timeout(Duration.ofSeconds(10))
          .header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
          HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new Answer(response.statusCode(),
          response.headers().firstValue("Content-Type").orElse(null), response.body());
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  /** Warms up, then returns the median of {@link #ATTEMPTS} timed attempts, in ms. */
  private static double medianMillis(String name, Attack attack, int... allowedStatuses)
      throws Exception {
    for (int i = 0; i < WARM_UP; i++) {
      check(name, attack.send(), allowedStatuses);
    }
    double[] millis = new double[ATTEMPTS];
    for (int i = 0; i < ATTEMPTS; i++) {
      long start = System.nanoTime();
      Answer answer = attack.send();
      millis[i] = (System.nanoTime() - start) / 1e6;
      check(name, answer, allowedStatuses);
    }
    double[] sorted = millis.clone();
    Arrays.sort(sorted);
    double median = sorted[ATTEMPTS / 2];
    System.out.printf(Locale.ROOT, "ResourceAttackTest %s: median %.2f ms of %s%n", name, median,
        Arrays.toString(millis));
    return median;
  }

  private static void check(String name, Answer answer, int... allowedStatuses) {
    assertThat(answer.status()).as("%s: %s", name, answer).isIn(
        Arrays.stream(allowedStatuses).boxed().toArray());
    assertThat(answer.contentType()).as("%s: %s", name, answer)
        .startsWith(ApiCalls.PROBLEM_JSON);
    JsonNode problem;
    try {
      problem = MAPPER.readTree(answer.body());
    } catch (IOException e) {
      throw new AssertionError(name + ": " + answer, e);
    }
    assertThat(problem.path("status").asInt()).isEqualTo(answer.status());
    assertThat(problem.path("errors").isArray()).as("%s: %s", name, answer).isTrue();
  }

  /** The refusal is a 400 whose first error points at (or into) {@code pointerPrefix}. */
  private static void assertPointer(Answer answer, String pointerPrefix) throws IOException {
    assertThat(answer.status()).as("%s", answer).isEqualTo(400);
    JsonNode errors = MAPPER.readTree(answer.body()).path("errors");
    assertThat(errors.size()).as("%s", answer).isPositive();
    assertThat(errors.get(0).path("pointer").asText()).as("%s", answer)
        .startsWith(pointerPrefix);
  }

  private static String observationsWithInvestment(String number) {
    return "{\"asOf\":\"2023-06-30\",\"projects\":[{\"id\":\"P\",\"signedOn\":\"2022-05-10\","
        + "\"investment\":" + number + "}]}";
  }

  @Test
  void aTenMegabyteBodyIsRefusedFast() throws Exception {
    byte[] body = new byte[10 * 1024 * 1024];
    Arrays.fill(body, (byte) ' ');
    body[0] = '{';
    body[body.length - 1] = '}';
    double median = medianMillis("10 MB body", () -> postExpectingContinue(body), 413);
    assertThat(median).as("median ms").isLessThan(LIMIT_MS);
  }

  @Test
  void aNumberWithAHugeExponentIsRefusedFast() throws Exception {
    byte[] body = observationsWithInvestment("1e999999999").getBytes(StandardCharsets.UTF_8);
    assertPointer(post(body), "/projects/0/investment");
    double median = medianMillis("1e999999999", () -> post(body), 400, 413);
    assertThat(median).as("median ms").isLessThan(LIMIT_MS);
  }

  @Test
  void aHundredThousandDigitNumberIsRefusedFast() throws Exception {
    byte[] body = observationsWithInvestment("7".repeat(100_000))
        .getBytes(StandardCharsets.UTF_8);
    assertPointer(post(body), "/projects/0/investment");
    double median = medianMillis("100,000-digit number", () -> post(body), 400, 413);
    assertThat(median).as("median ms").isLessThan(LIMIT_MS);
  }

  @Test
  void nestingTenThousandDeepIsRefusedFast() throws Exception {
    byte[] body = ("{\"asOf\":\"2023-06-30\",\"series\":" + "[".repeat(10_000)
        + "]".repeat(10_000) + "}").getBytes(StandardCharsets.UTF_8);
    assertPointer(post(body), "/series/0/0/0");
    double median = medianMillis("nesting 10,000 deep", () -> post(body), 400, 413);
    assertThat(median).as("median ms").isLessThan(LIMIT_MS);
  }

  /** The 10 MB body goes as curl sends it: see {@link ApiCalls#postExpectingContinue}. */
  private static Answer postExpectingContinue(byte[] body) throws IOException {
    ApiCalls.Reply reply = ApiCalls.postExpectingContinue(app.port(), ApiCalls.SCORECARD, body);
    return new Answer(reply.status(), reply.contentType(), reply.body());
  }

}
