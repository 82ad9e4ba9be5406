package org.planmetrics.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.testtools.HttpClient;
import io.javalin.testtools.JavalinTest;
import io.javalin.testtools.Response;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Requests while the plans load at start-up ({@link PlanServer#waitingFor}): they wait and then
 * get the whole catalog, or a 503 problem if loading fails or takes too long, never a partial
 * answer.
 */
class PlansLoadingTest {

  /**
   * GETs {@code path}, expecting the one 5xx the API documents, a 503 problem, and checks it
   * against the OpenAPI document; returns the body. (ApiCalls.get refuses every 5xx.)
   */
  private static String getExpecting503(HttpClient client, String path) {
    Response response = client.get(path);
    String contentType = response.headers().get("Content-Type").get(0);
    String body = response.body().string();
    assertThat(response.code()).as(body).isEqualTo(503);
    assertThat(contentType).startsWith("application/problem+json");
    assertThat(response.headers().get("Retry-After")).containsExactly("5");
    ApiCalls.contract().assertValidResponse("GET", path, 503, contentType, body);
    return body;
  }

  @Test
  void aRequestDuringLoadingWaitsAndGetsEveryPlan() {
    CompletableFuture<PlanCatalog> loading = new CompletableFuture<>();
    JavalinTest.test(PlanApi.create(PlanServer.waitingFor(loading, Duration.ofSeconds(30)),
        ServerSettings.defaults()), (server, client) -> {
          CompletableFuture<ApiCalls.Reply> health =
              CompletableFuture.supplyAsync(() -> ApiCalls.get(client, "/health"));
          Thread.sleep(300);
          assertThat(health).as("waits while the plans load").isNotDone();

          loading.complete(PlanCatalog.bundled());

          ApiCalls.Reply reply = health.get(20, TimeUnit.SECONDS);
          assertThat(reply.status()).isEqualTo(200);
          assertThat(reply.body()).contains("\"UP\"", "\"gongqingcheng-2022\"");
        });
  }

  @Test
  void aFailedLoadAnswers503ProblemNotAPartialCatalog() {
    CompletableFuture<PlanCatalog> loading = new CompletableFuture<>();
    loading.completeExceptionally(new PlanCatalog.PlanLoadException(java.util.List.of("bad")));
    JavalinTest.test(PlanApi.create(PlanServer.waitingFor(loading, Duration.ofSeconds(30)),
        ServerSettings.defaults()), (server, client) -> {
          for (String path : java.util.List.of("/health", "/api/v1/plans")) {
            String body = getExpecting503(client, path);
            assertThat(body).contains("service-unavailable", "方案未能载入");
          }
        });
  }

  @Test
  void plansStillLoadingAfterTheWaitAnswer503() {
    CompletableFuture<PlanCatalog> never = new CompletableFuture<>();
    JavalinTest.test(PlanApi.create(PlanServer.waitingFor(never, Duration.ofMillis(200)),
        ServerSettings.defaults()), (server, client) -> {
          assertThat(getExpecting503(client, "/health")).contains("等待200毫秒后方案仍在载入");
          assertThat(getExpecting503(client, "/health?lang=en"))
              .contains("still loading after 200 ms");
        });
  }
}
