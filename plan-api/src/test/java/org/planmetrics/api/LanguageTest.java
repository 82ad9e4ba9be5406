package org.planmetrics.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.planmetrics.api.ApiCalls.PLAN;
import static org.planmetrics.api.ApiCalls.exampleObservations;
import static org.planmetrics.api.ApiCalls.get;
import static org.planmetrics.api.ApiCalls.postJson;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.testtools.HttpClient;
import io.javalin.testtools.JavalinTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.planmetrics.api.ApiCalls.Reply;

/**
 * Language negotiation: {@code ?lang=} wins over {@code Accept-Language}, which picks the first
 * of zh or en it names; Chinese is the default. Both languages stay in the data either way.
 */
class LanguageTest {

  private static final String ASSESSMENT = PLAN + "/targets/fdi-cumulative/assessment";

  private static boolean hasHan(String text) {
    return text.codePoints().anyMatch(c ->
        Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
  }

  private static Reply assess(HttpClient client, String query, String... headers) {
    Reply reply = postJson(client, ASSESSMENT + query, exampleObservations(), headers);
    assertThat(reply.status()).as("%s", reply).isEqualTo(200);
    return reply;
  }

  @Test
  void chineseIsTheDefault() {
    JavalinTest.test(PlanApi.create(PlanCatalog.bundled(), ServerSettings.defaults()),
        (server, client) -> {
          Reply reply = assess(client, "");
          assertThat(reply.header("Content-Language")).isEqualTo("zh");
          JsonNode body = reply.json();
          String text = body.path("explanationText").asText();
          assertThat(hasHan(text)).as(text).isTrue();
          assertThat(text).isEqualTo(body.path("explanation").path("zh").asText());
          // The other language is still there.
          assertThat(body.path("explanation").path("en").asText()).isNotBlank();
          assertThat(hasHan(body.path("explanation").path("en").asText())).isFalse();
        });
  }

  @ParameterizedTest(name = "lang={0}, Accept-Language: {1} → {2}")
  @CsvSource(delimiter = '|', nullValues = "-", value = {
      "en |  -                          | en",
      "zh |  -                          | zh",
      "-  | en                          | en",
      "-  | en-US,en;q=0.9              | en",
      "-  | zh-CN,zh;q=0.9,en;q=0.8     | zh",
      "-  | fr, zh;q=0.5                | zh",
      "-  | fr, en;q=0.5                | en",
      "-  | de                          | zh",
      "-  | ;;not a header;;            | zh",
      "zh | en                          | zh",
      "en | zh                          | en"})
  void negotiatesTheLanguageOfTheTexts(String lang, String acceptLanguage, String expected) {
    JavalinTest.test(PlanApi.create(PlanCatalog.bundled(), ServerSettings.defaults()),
        (server, client) -> {
          String query = lang == null ? "" : "?lang=" + lang;
          String[] headers = acceptLanguage == null ? new String[0]
              : new String[] {"Accept-Language", acceptLanguage};
          Reply reply = assess(client, query, headers);
          assertThat(reply.header("Content-Language")).isEqualTo(expected);
          JsonNode body = reply.json();
          assertThat(body.path("explanationText").asText())
              .isEqualTo(body.path("explanation").path(expected).asText());
          assertThat(hasHan(body.path("explanationText").asText()))
              .isEqualTo(expected.equals("zh"));

          Reply target = get(client, PLAN + "/targets/fdi-growth" + query, headers);
          assertThat(target.header("Content-Language")).isEqualTo(expected);
          assertThat(target.json().path("textText").asText())
              .isEqualTo(target.json().path("text").path(expected).asText());
        });
  }

  @Test
  void everyLocalizedMemberOfAScorecardGetsItsText() {
    JavalinTest.test(PlanApi.create(PlanCatalog.bundled(), ServerSettings.defaults()),
        (server, client) -> {
          Reply reply = postJson(client, ApiCalls.SCORECARD, exampleObservations(),
              "Accept-Language", "en-GB");
          assertThat(reply.status()).isEqualTo(200);
          assertThat(reply.header("Content-Language")).isEqualTo("en");
          for (JsonNode assessment : reply.json().path("assessments")) {
            assertThat(assessment.path("explanationText").asText())
                .isEqualTo(assessment.path("explanation").path("en").asText());
          }
        });
  }

  @Test
  void unsupportedLangParameterIsABadParameter() {
    JavalinTest.test(PlanApi.create(PlanCatalog.bundled(), ServerSettings.defaults()),
        (server, client) -> {
          Reply reply = get(client, "/api/v1/plans?lang=de");
          ApiCalls.assertProblemAt(reply, 400, "bad-parameter", "/query/lang");
          Reply post = postJson(client, ASSESSMENT + "?lang=de", exampleObservations());
          ApiCalls.assertProblemAt(post, 400, "bad-parameter", "/query/lang");
        });
  }
}
