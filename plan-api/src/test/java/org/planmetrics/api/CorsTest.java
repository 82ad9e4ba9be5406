package org.planmetrics.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.planmetrics.api.ApiCalls.get;

import io.javalin.testtools.JavalinTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.planmetrics.api.ApiCalls.Reply;

/** CORS is off by default, and on for the configured origins only. */
class CorsTest {

  private static final String ORIGIN = "https://county.example";

  @Test
  void offByDefault() {
    JavalinTest.test(PlanApi.create(PlanCatalog.bundled(), ServerSettings.defaults()),
        (server, client) -> {
          Reply reply = get(client, "/api/v1/plans", "Origin", ORIGIN);
          assertThat(reply.status()).isEqualTo(200);
          assertThat(reply.header("Access-Control-Allow-Origin")).isNull();
        });
  }

  @Test
  void onForAConfiguredOrigin() {
    JavalinTest.test(PlanApi.create(PlanCatalog.bundled(),
        ServerSettings.defaults().withCorsOrigins(List.of(ORIGIN))), (server, client) -> {
          Reply reply = get(client, "/api/v1/plans", "Origin", ORIGIN);
          assertThat(reply.status()).isEqualTo(200);
          assertThat(reply.header("Access-Control-Allow-Origin")).isEqualTo(ORIGIN);

          Reply post = ApiCalls.postJson(client, ApiCalls.SCORECARD,
              ApiCalls.exampleObservations(), "Origin", ORIGIN);
          assertThat(post.status()).isEqualTo(200);
          assertThat(post.header("Access-Control-Allow-Origin")).isEqualTo(ORIGIN);
        });
  }

  @Test
  void anyOriginWithAStar() {
    JavalinTest.test(PlanApi.create(PlanCatalog.bundled(),
        ServerSettings.defaults().withCorsOrigins(List.of("*"))), (server, client) -> {
          Reply reply = get(client, "/health", "Origin", "https://anywhere.example");
          assertThat(reply.status()).isEqualTo(200);
          assertThat(reply.header("Access-Control-Allow-Origin")).isNotNull();
        });
  }

  @Test
  void anotherOriginGetsNoCorsHeaderAndAConsistentResponse() {
    JavalinTest.test(PlanApi.create(PlanCatalog.bundled(),
        ServerSettings.defaults().withCorsOrigins(List.of(ORIGIN))), (server, client) -> {
          Reply reply = get(client, "/health", "Origin", "https://evil.example");
          assertThat(reply.header("Access-Control-Allow-Origin")).isNull();
          if (reply.status() != 200) {
            assertThat(reply.contentType()).startsWith(ApiCalls.PROBLEM_JSON);
          }
        });
  }
}
