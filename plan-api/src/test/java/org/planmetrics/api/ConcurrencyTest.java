package org.planmetrics.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.planmetrics.metrics.assessment.Assessor;
import org.planmetrics.metrics.observation.Observations;
import org.planmetrics.model.plans.BundledPlans;
import org.planmetrics.model.json.PlanJson;

/**
 * 16 threads assessing the same inputs at once, released together by a latch, over several
 * rounds, get byte-identical JSON, equal to the single-threaded result: over HTTP (one shared
 * client, and a server without the response cache so that every request is computed, then one
 * with it) and in-process (one shared {@link Assessor}).
 */
class ConcurrencyTest {

  private static final int THREADS = 16;
  private static final int ROUNDS = 5;
  private static final ObjectMapper MAPPER = PlanJson.mapper();

  private static Javalin app;
  private static Javalin cachingApp;
  private static HttpClient client;
  private static ExecutorService pool;

  @BeforeAll
  static void start() {
    System.setProperty("org.slf4j.simpleLogger.log.org.planmetrics.api.PlanApi", "warn");
    app = PlanServer.start(PlanCatalog.bundled(),
        ServerSettings.defaults().withPort(0).withResponseCacheBytes(0));
    cachingApp = PlanServer.start(PlanCatalog.bundled(), ServerSettings.defaults().withPort(0));
    client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(5)).build();
    pool = Executors.newFixedThreadPool(THREADS);
  }

  @AfterAll
  static void stop() throws InterruptedException {
    if (pool != null) {
      pool.shutdownNow();
      pool.awaitTermination(10, TimeUnit.SECONDS);
    }
    if (app != null) {
      app.stop();
    }
    if (cachingApp != null) {
      cachingApp.stop();
    }
  }

  private interface Task {
    byte[] run() throws Exception;
  }

  /** Runs {@code task} on 16 threads released together, {@link #ROUNDS} times; all results. */
  private static List<byte[]> together(Task task) throws Exception {
    List<byte[]> results = new ArrayList<>();
    for (int round = 0; round < ROUNDS; round++) {
      CountDownLatch ready = new CountDownLatch(THREADS);
      CountDownLatch go = new CountDownLatch(1);
      List<Future<byte[]>> futures = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        futures.add(pool.submit(() -> {
          ready.countDown();
          go.await();
          return task.run();
        }));
      }
      assertThat(ready.await(10, TimeUnit.SECONDS)).isTrue();
      go.countDown();
      for (Future<byte[]> future : futures) {
        results.add(future.get(30, TimeUnit.SECONDS));
      }
    }
    return results;
  }

  private static byte[] postScorecard(String path) throws Exception {
    return postScorecard(app, path);
  }

  private static byte[] postScorecard(Javalin server, String path) throws Exception {
    HttpResponse<byte[]> response = client.send(HttpRequest.newBuilder(
            URI.create("http://localhost:" + server.port() + path))
        .timeout(Duration.ofSeconds(20))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(ApiCalls.exampleObservations(),
            StandardCharsets.UTF_8)).build(), HttpResponse.BodyHandlers.ofByteArray());
    assertThat(response.statusCode()).as(new String(response.body(), StandardCharsets.UTF_8))
        .isEqualTo(200);
    return response.body();
  }

  private static void assertAllEqual(byte[] single, List<byte[]> results) {
    assertThat(results).hasSize(THREADS * ROUNDS);
    String expected = new String(single, StandardCharsets.UTF_8);
    for (int i = 0; i < results.size(); i++) {
      // Compare as text first for a readable diff, then as bytes.
      assertThat(new String(results.get(i), StandardCharsets.UTF_8))
          .as("result %d (round %d, thread %d)", i, i / THREADS, i % THREADS)
          .isEqualTo(expected);
      assertThat(results.get(i)).isEqualTo(single);
    }
  }

  @Test
  void sixteenThreadsPostingTheScorecardGetTheSingleThreadedBytes() throws Exception {
    for (String path : List.of(ApiCalls.SCORECARD, ApiCalls.SCORECARD + "?lang=en",
        FuzzTest.ASSESSMENT)) {
      byte[] single = postScorecard(path);
      assertThat(single.length).isGreaterThan(100);
      assertAllEqual(single, together(() -> postScorecard(path)));
    }
  }

  @Test
  void sixteenThreadsRacingToFillTheResponseCacheGetTheUncachedBytes() throws Exception {
    for (String path : List.of(ApiCalls.SCORECARD, ApiCalls.SCORECARD + "?lang=en",
        FuzzTest.ASSESSMENT)) {
      // The reference comes from the server without a cache; the first round of 16 finds the
      // caching server's cache empty, the later rounds find it full.
      byte[] uncached = postScorecard(app, path);
      assertAllEqual(uncached, together(() -> postScorecard(cachingApp, path)));
      assertThat(cacheStatus(cachingApp, path)).as("the answer was kept").isEqualTo(
          "plan-api; hit");
    }
    assertThat(cacheStatus(app, ApiCalls.SCORECARD)).as("no cache, no header").isNull();
  }

  private static String cacheStatus(Javalin server, String path) throws Exception {
    HttpResponse<Void> response = client.send(HttpRequest.newBuilder(
            URI.create("http://localhost:" + server.port() + path))
        .timeout(Duration.ofSeconds(20))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(ApiCalls.exampleObservations(),
            StandardCharsets.UTF_8)).build(), HttpResponse.BodyHandlers.discarding());
    return response.headers().firstValue("Cache-Status").orElse(null);
  }

  @Test
  void sixteenThreadsSharingOneAssessorGetTheSingleThreadedBytes() throws Exception {
    Observations observations = MAPPER.readValue(ApiCalls.exampleObservations(),
        Observations.class);
    // The single-threaded reference comes from a fresh assessor; the threads share another one.
    byte[] single = MAPPER.writeValueAsBytes(
        Assessor.of(BundledPlans.gongqingcheng2022()).scorecard(observations));
    Assessor shared = Assessor.of(BundledPlans.gongqingcheng2022());
    assertAllEqual(single, together(() -> MAPPER.writeValueAsBytes(
        shared.scorecard(observations))));
    // And threads each parsing their own copy of the inputs.
    assertAllEqual(single, together(() -> MAPPER.writeValueAsBytes(shared.scorecard(
        MAPPER.readValue(ApiCalls.exampleObservations(), Observations.class)))));
  }
}
