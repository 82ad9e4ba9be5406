package org.planmetrics.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.planmetrics.api.ApiCalls.PLAN;
import static org.planmetrics.api.ApiCalls.get;
import static org.planmetrics.api.ApiCalls.getStaticAsset;
import static org.planmetrics.api.ApiCalls.head;

import io.javalin.testtools.JavalinTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.planmetrics.api.ApiCalls.Reply;

/**
 * HEAD answers as GET does, without the body (RFC 9110 §9.3.2): the same status and headers for
 * every GET route, the API's, the docs', the page's and the webjars', whether the GET succeeds
 * or is refused; and a 405 on a path that takes GET names HEAD in its {@code Allow}.
 */
class HeadRequestsTest {

  /** The headers a GET and its HEAD must share (Date aside, every header the server sets). */
  private static final List<String> HEADERS = List.of("Content-Type", "Content-Length",
      "Content-Language", "Content-Disposition", "Cache-Control", "ETag", "Vary",
      "Content-Security-Policy", "X-Content-Type-Options", "Referrer-Policy", "Allow",
      "Retry-After", "Access-Control-Allow-Origin");

  private static final List<String> PATHS = List.of(
      "/health", "/api/v1/plans", "/api/v1/plans?lang=en", PLAN, PLAN + "/targets",
      PLAN + "/targets/fdi-growth", PLAN + "/readings", PLAN + "/units",
      PLAN + "/units/justice-bureau", PLAN + "/observations-template.xlsx",
      "/api/v1/calculators/implied-base?total=304.2&rate=0.10&years=3",
      // Refused GETs: 404s, 400s.
      "/api/v1/plans/nowhere-2030", PLAN + "/targets/nothing", PLAN + "/units/nobody",
      "/api/v1/plans?lang=fr", "/api/v1/calculators/implied-base",
      "/api/v1/calculators/time-progress?actual=1&target=2&monthsElapsed=13&monthsTotal=12",
      // The documentation.
      "/openapi.json", "/docs");

  @Test
  void headAnswersAsGetWithoutTheBody() {
    JavalinTest.test(PlanApi.create(PlanCatalog.bundled(), ServerSettings.defaults()),
        (server, client) -> {
          for (String path : PATHS) {
            assertSameAsGet(get(client, path), head(server.port(), path));
          }
        });
  }

  @Test
  void headOfThePageAndTheBundledFilesAnswersAsGet() {
    String swagger = "/webjars/swagger-ui/" + BundledProperties.load()
        .getProperty("swagger-ui.version") + "/";
    String echarts = "/webjars/echarts/" + BundledProperties.load()
        .getProperty("echarts.version") + "/dist/";
    JavalinTest.test(PlanApi.create(PlanCatalog.bundled(), ServerSettings.defaults()),
        (server, client) -> {
          for (String path : List.of(swagger + "swagger-ui.css", swagger + "nothing.css",
              echarts + "echarts.min.js", echarts + "nothing.js", "/webjars/echarts/0.0.1/dist/x.js",
              "/", "/page/main.js", "/page/page.css", "/page/nowhere.js",
              "/page/index.html", "/docs/swagger-init.js")) {
            assertSameAsGet(getStaticAsset(client, path), head(server.port(), path));
          }
        });
  }

  @Test
  void aRefusedMethodOnAGetPathAllowsHeadToo() {
    JavalinTest.test(PlanApi.create(PlanCatalog.bundled(), ServerSettings.defaults()),
        (server, client) -> {
          for (String path : List.of("/api/v1/plans", PLAN + "/units", "/openapi.json",
              "/api/v1/calculators/time-progress")) {
            Reply refused = ApiCalls.delete(client, path);
            assertThat(refused.status()).as("%s", refused).isEqualTo(405);
            assertThat(refused.header("Allow")).as("%s", refused).isEqualTo("GET, HEAD");
          }
          Reply post = ApiCalls.delete(client, ApiCalls.SCORECARD);
          assertThat(post.header("Allow")).isEqualTo("POST");
          // HEAD on a path that takes only POST is refused like any other method.
          Reply head = head(server.port(), ApiCalls.SCORECARD);
          assertThat(head.status()).isEqualTo(405);
          assertThat(head.header("Allow")).isEqualTo("POST");
        });
  }

  private static void assertSameAsGet(Reply get, Reply head) {
    assertThat(head.status()).as("status of %s", head).isEqualTo(get.status());
    for (String name : HEADERS) {
      assertThat(head.headers().get(name)).as("%s of HEAD %s", name, head.path())
          .isEqualTo(get.headers().get(name));
    }
    assertThat(head.body()).as("body of %s", head).isEmpty();
  }
}
