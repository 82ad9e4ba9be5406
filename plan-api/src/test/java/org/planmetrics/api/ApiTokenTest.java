package org.planmetrics.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.planmetrics.api.ApiCalls.SCORECARD;
import static org.planmetrics.api.ApiCalls.assertProblem;
import static org.planmetrics.api.ApiCalls.exampleObservations;
import static org.planmetrics.api.ApiCalls.get;
import static org.planmetrics.api.ApiCalls.postJson;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.testtools.JavalinTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.planmetrics.api.ApiCalls.Reply;

/**
 * The optional bearer token of the POST requests: without {@code --api-token} nothing is asked;
 * with it, a POST without the token, or with another, gets 401 with {@code WWW-Authenticate:
 * Bearer}, and GET requests stay open. The document says the same.
 */
class ApiTokenTest {

  private static final String TOKEN = "county-7f3a9c.Q~x+/=";

  @Test
  void withoutATokenNothingIsAsked() {
    JavalinTest.test(PlanApi.create(PlanCatalog.bundled(), ServerSettings.defaults()),
        (server, client) -> {
          assertThat(postJson(client, SCORECARD, exampleObservations()).status()).isEqualTo(200);
          assertThat(postJson(client, SCORECARD, exampleObservations(), "Authorization",
              "Bearer anything").status()).isEqualTo(200);
        });
  }

  @Test
  void withATokenAPostMustCarryItAndGetsStayOpen() {
    JavalinTest.test(PlanApi.create(PlanCatalog.bundled(),
        ServerSettings.defaults().withApiToken(TOKEN)), (server, client) -> {
          assertRefused(postJson(client, SCORECARD, exampleObservations()));
          assertRefused(postJson(client, SCORECARD, exampleObservations(), "Authorization",
              "Bearer " + TOKEN + "x"));
          assertRefused(postJson(client, SCORECARD, exampleObservations(), "Authorization",
              "Bearer " + TOKEN.substring(1)));
          assertRefused(postJson(client, SCORECARD, exampleObservations(), "Authorization",
              "Basic " + TOKEN));
          assertRefused(postJson(client, SCORECARD, exampleObservations(), "Authorization",
              TOKEN));
          Reply english = postJson(client, SCORECARD + "?lang=en", exampleObservations());
          assertThat(assertRefused(english).path("detail").asText())
              .isEqualTo("this server needs its access key on POST requests: send "
                  + "'Authorization: Bearer <key>'");

          assertThat(postJson(client, SCORECARD, exampleObservations(), "Authorization",
              "Bearer " + TOKEN).status()).isEqualTo(200);
          // The scheme is case-insensitive.
          assertThat(postJson(client, SCORECARD, exampleObservations(), "Authorization",
              "bearer " + TOKEN).status()).isEqualTo(200);

          assertThat(get(client, "/api/v1/plans").status()).isEqualTo(200);
          assertThat(get(client, "/api/v1/calculators/implied-base?total=304.2&rate=0.1&years=3")
              .status()).isEqualTo(200);
        });
  }

  private static JsonNode assertRefused(Reply reply) {
    JsonNode problem = assertProblem(reply, 401, "unauthorized");
    assertThat(reply.header("WWW-Authenticate")).isEqualTo("Bearer");
    assertThat(reply.body()).doesNotContain(TOKEN.substring(1));
    return problem;
  }

  @Test
  void theTokenComesFromTheFlagElseTheEnvironment() {
    assertThat(ServerSettings.from(new String[0], Map.of()).apiToken()).isEmpty();
    assertThat(ServerSettings.from(new String[] {"--api-token", TOKEN}, Map.of()).apiToken())
        .contains(TOKEN);
    assertThat(ServerSettings.from(new String[0], Map.of("PLAN_API_TOKEN", TOKEN)).apiToken())
        .contains(TOKEN);
    assertThat(ServerSettings.from(new String[] {"--api-token", "flag"},
        Map.of("PLAN_API_TOKEN", TOKEN)).apiToken()).contains("flag");
    for (String bad : List.of("", "two words", "tab\there", "令牌")) {
      assertThatThrownBy(() -> ServerSettings.from(new String[0], Map.of("PLAN_API_TOKEN", bad)))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("PLAN_API_TOKEN")
          .satisfies(e -> assertThat(e.getMessage()).doesNotContain(bad.isEmpty() ? "\0" : bad));
    }
    assertThat(ServerSettings.usage()).contains("--api-token", "PLAN_API_TOKEN");
  }

  @Test
  void theDocumentStatesNoSecurityButTheOptionalTokenOfEachPost() {
    JsonNode document = OpenApiContract.load().document();
    assertThat(document.path("security").isArray()).isTrue();
    assertThat(document.path("security")).isEmpty();
    assertThat(document.at("/components/securitySchemes/bearerAuth/scheme").asText())
        .isEqualTo("bearer");
    document.path("paths").properties().forEach(path -> path.getValue().properties()
        .forEach(operation -> {
          JsonNode security = operation.getValue().path("security");
          if (operation.getKey().equals("post")) {
            assertThat(security.toString()).as("%s", path.getKey())
                .isEqualTo("[{},{\"bearerAuth\":[]}]");
            assertThat(operation.getValue().at("/responses/401/$ref").asText())
                .isEqualTo("#/components/responses/Unauthorized");
          } else {
            assertThat(security.isMissingNode()).as("%s", path.getKey()).isTrue();
          }
        }));
  }
}
