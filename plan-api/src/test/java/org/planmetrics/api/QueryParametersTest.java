package org.planmetrics.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.planmetrics.api.ApiCalls.PLAN;
import static org.planmetrics.api.ApiCalls.assertProblemAt;
import static org.planmetrics.api.ApiCalls.get;
import static org.planmetrics.api.ApiCalls.postJson;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.testtools.JavalinTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.planmetrics.api.ApiCalls.Reply;

/**
 * The document and the server say the same about query parameters and languages: {@code lang} is
 * exactly {@code zh} or {@code en}, a parameter given twice is refused naming it, and
 * Accept-Language is read by its q-values.
 */
class QueryParametersTest {

  private static final String CALCULATOR = "/api/v1/calculators/implied-base";

  @Test
  void langIsExactlyZhOrEnAsTheDocumentsEnumSays() {
    JsonNode lang = OpenApiContract.load().document().at("/components/parameters/Lang/schema");
    assertThat(lang.path("enum").toString()).isEqualTo("[\"zh\",\"en\"]");
    JavalinTest.test(PlanApi.create(PlanCatalog.bundled(), ServerSettings.defaults()),
        (server, client) -> {
          assertThat(get(client, "/api/v1/plans?lang=en").header("Content-Language"))
              .isEqualTo("en");
          for (String value : List.of("EN", "Zh", "en-GB", "", "fr")) {
            Reply refused = get(client, "/api/v1/plans?lang=" + value);
            JsonNode error = assertProblemAt(refused, 400, "bad-parameter", "/query/lang");
            assertThat(error.path("messages").path("zh").asText()).contains("'lang'", "zh", "en");
          }
        });
  }

  @Test
  void aParameterGivenTwiceIsRefusedNamingIt() {
    JavalinTest.test(PlanApi.create(PlanCatalog.bundled(), ServerSettings.defaults()),
        (server, client) -> {
          assertTwice(get(client, "/api/v1/plans?lang=en&lang=zh"), "lang");
          assertTwice(get(client, "/api/v1/plans?lang=en&lang=en"), "lang");
          assertTwice(get(client, PLAN + "/targets?lang=zh&lang=en"), "lang");
          assertTwice(get(client, CALCULATOR + "?total=304.2&total=1&rate=0.1&years=3"),
              "total");
          assertTwice(get(client, CALCULATOR + "?total=304.2&rate=0.1&years=3&years=4"),
              "years");
          assertTwice(get(client, "/api/v1/calculators/time-progress?actual=1&target=2"
              + "&monthsElapsed=1&monthsTotal=12&monthsElapsed=2"), "monthsElapsed");
          assertTwice(postJson(client, ApiCalls.SCORECARD + "?lang=en&lang=zh",
              ApiCalls.exampleObservations()), "lang");
          assertTwice(postJson(client, PLAN + "/teams/ranking?month=2023-05&month=2023-04",
              ApiCalls.exampleObservations()), "month");
          assertTwice(postJson(client, ApiCalls.SCORECARD + "?asOf=2023-06-30&asOf=2023-06-30",
              ApiCalls.exampleObservations()), "asOf");
        });
  }

  private static void assertTwice(Reply reply, String name) {
    JsonNode error = assertProblemAt(reply, 400, "bad-parameter", "/query/" + name);
    assertThat(error.path("messages").path("en").asText()).as("%s", reply)
        .contains("'" + name + "' must be given once but was given 2 times");
    assertThat(error.path("messages").path("zh").asText()).contains("只能给一次");
  }

  @Test
  void acceptLanguageIsReadByItsQValuesAsTheDocumentSays() {
    String description = OpenApiContract.load().document()
        .at("/components/parameters/AcceptLanguage/description").asText();
    assertThat(description).contains("highest `q`", "`q=0`",
        "`fr, en;q=0.5, zh;q=0.8` gives Chinese");
    JavalinTest.test(PlanApi.create(PlanCatalog.bundled(), ServerSettings.defaults()),
        (server, client) -> {
          assertLanguage(client, "fr, en;q=0.5, zh;q=0.8", "zh");
          assertLanguage(client, "zh;q=0.5, en", "en");
          assertLanguage(client, "en;q=0.5, zh;q=0.5", "en");
          assertLanguage(client, "EN-gb", "en");
          assertLanguage(client, "en;q=0", "zh");
          assertLanguage(client, "*, en;q=0.1", "en");
          assertLanguage(client, "fr", "zh");
        });
  }

  private static void assertLanguage(io.javalin.testtools.HttpClient client, String header,
      String language) {
    Reply reply = get(client, "/api/v1/plans", "Accept-Language", header);
    assertThat(reply.header("Content-Language")).as("Accept-Language: %s", header)
        .isEqualTo(language);
  }
}
