package org.planmetrics.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.planmetrics.api.ApiCalls.PLAN;
import static org.planmetrics.api.ApiCalls.SCORECARD;
import static org.planmetrics.api.ApiCalls.get;
import static org.planmetrics.api.ApiCalls.head;

import io.javalin.testtools.JavalinTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.planmetrics.api.ApiCalls.Reply;

/**
 * The plan resources are fixed while the server runs: each answer has a strong ETag and {@code
 * Cache-Control: no-cache}, and a GET (or HEAD) whose {@code If-None-Match} names the tag gets 304
 * with no body and the same ETag, Vary and Cache-Control. Every answer whose language follows the
 * request, problems included, says {@code Vary: Accept-Language}.
 */
class ConditionalGetTest {

  private static final List<String> LOCALIZED = List.of("/api/v1/plans", PLAN,
      PLAN + "/targets", PLAN + "/targets/fdi-growth", PLAN + "/readings", PLAN + "/units",
      PLAN + "/units/justice-bureau");
  private static final String TEMPLATE = PLAN + "/observations-template.xlsx";

  @Test
  void aPlanResourceHasAStrongEtagAndAnswersIfNoneMatchWith304() {
    JavalinTest.test(PlanApi.create(PlanCatalog.bundled(), ServerSettings.defaults()),
        (server, client) -> {
          for (String path : concat(LOCALIZED, TEMPLATE)) {
            Reply first = get(client, path);
            assertThat(first.status()).as("%s", first).isEqualTo(200);
            String etag = first.header("ETag");
            assertThat(etag).as("ETag of %s", path).matches("\"[A-Za-z0-9_-]{43}\"");
            assertThat(first.header("Cache-Control")).isEqualTo("no-cache");
            // The same answer again: the same tag.
            assertThat(get(client, path).header("ETag")).isEqualTo(etag);

            for (String condition : List.of(etag, "W/" + etag, "\"other\", " + etag, "*")) {
              Reply notModified = get(client, path, "If-None-Match", condition);
              assertThat(notModified.status()).as("%s for %s", path, condition).isEqualTo(304);
              assertThat(notModified.body()).isEmpty();
              for (String name : List.of("ETag", "Cache-Control", "Vary", "Content-Language")) {
                assertThat(notModified.header(name)).as("%s of 304 %s", name, path)
                    .isEqualTo(first.header(name));
              }
              assertThat(head(server.port(), path, "If-None-Match", condition).status())
                  .isEqualTo(304);
            }
            Reply changed = get(client, path, "If-None-Match", "\"something-else\"");
            assertThat(changed.status()).isEqualTo(200);
            assertThat(changed.body()).isEqualTo(first.body());
          }
        });
  }

  @Test
  void eachLanguageHasItsOwnTagAndTheAnswersSayTheyVaryWithAcceptLanguage() {
    JavalinTest.test(PlanApi.create(PlanCatalog.bundled(), ServerSettings.defaults()),
        (server, client) -> {
          for (String path : LOCALIZED) {
            Reply zh = get(client, path);
            Reply en = get(client, path, "Accept-Language", "en");
            assertThat(zh.header("Vary")).as("Vary of %s", path).isEqualTo("Accept-Language");
            assertThat(en.header("Vary")).isEqualTo("Accept-Language");
            assertThat(en.header("Content-Language")).isEqualTo("en");
            // The plan file holds both languages as is; only its Content-Language differs.
            if (!path.equals(PLAN)) {
              assertThat(en.header("ETag")).as("%s", path).isNotEqualTo(zh.header("ETag"));
            }
            // Chinese's tag does not stand for the English answer.
            assertThat(get(client, path, "Accept-Language", "en", "If-None-Match",
                zh.header("ETag")).status()).isEqualTo(path.equals(PLAN) ? 304 : 200);
          }
        });
  }

  @Test
  void refusalsAndCalculationsAreNotTaggedAndProblemsVaryWithAcceptLanguage() throws Exception {
    JavalinTest.test(PlanApi.create(PlanCatalog.bundled(), ServerSettings.defaults()),
        (server, client) -> {
          for (String path : List.of("/api/v1/plans/nowhere-2030", PLAN + "/units/nobody",
              "/api/v1/plans?lang=fr", "/api/v1/calculators/implied-base", "/nowhere")) {
            Reply problem = get(client, path);
            assertThat(problem.status()).as("%s", problem).isGreaterThanOrEqualTo(400);
            assertThat(problem.header("Vary")).as("Vary of %s", problem)
                .isEqualTo("Accept-Language");
            assertThat(problem.header("ETag")).isNull();
          }
          // Refused by Jetty before the application sees it.
          Reply tooLong = ApiCalls.raw(server.port(), ("GET /api/v1/plans?" + "x".repeat(9_000)
              + " HTTP/1.1\r\nHost: localhost\r\n\r\n").getBytes(StandardCharsets.US_ASCII),
              false).orElseThrow();
          assertThat(tooLong.status()).isEqualTo(414);
          assertThat(tooLong.header("Vary")).isEqualTo("Accept-Language");
          Reply calculated = get(client,
              "/api/v1/calculators/implied-base?total=304.2&rate=0.10&years=3");
          assertThat(calculated.header("ETag")).isNull();
          assertThat(calculated.header("Vary")).isNull();
        });
  }

  @Test
  void varyKeepsEveryHeaderItNames() {
    String origin = "https://county.example";
    JavalinTest.test(PlanApi.create(PlanCatalog.bundled(),
        ServerSettings.defaults().withCorsOrigins(List.of(origin))), (server, client) -> {
          Reply plans = get(client, "/api/v1/plans", "Origin", origin);
          assertThat(plans.header("Vary")).isEqualTo("Origin, Accept-Language");
          Reply scorecard = ApiCalls.postJson(client, SCORECARD, ApiCalls.exampleObservations(),
              "Origin", origin);
          assertThat(scorecard.header("Vary")).isEqualTo("Origin, Accept, Accept-Language");
        });
  }

  private static List<String> concat(List<String> paths, String path) {
    List<String> all = new java.util.ArrayList<>(paths);
    all.add(path);
    return all;
  }
}
