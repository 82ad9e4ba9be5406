package org.planmetrics.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.planmetrics.api.AnsweredValues.asAnswered;
import static org.planmetrics.api.ApiCalls.PLAN;
import static org.planmetrics.api.ApiCalls.assertProblemAt;
import static org.planmetrics.api.ApiCalls.postJson;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.testtools.JavalinTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.planmetrics.api.ApiCalls.Reply;
import org.planmetrics.metrics.bulletin.Bulletins;
import org.planmetrics.metrics.observation.Observations;
import org.planmetrics.metrics.result.WeeklyBulletin;
import org.planmetrics.metrics.wording.BulletinText;
import org.planmetrics.model.json.PlanJson;
import org.planmetrics.model.plans.BundledPlans;

/**
 * {@code POST …/bulletin?week=} over real HTTP: the library's bulletin as JSON, the same as
 * Markdown for {@code Accept: text/markdown} in the request's language, each kept apart in the
 * cache, and its refusals.
 */
class BulletinOverHttpTest {

  private static final ObjectMapper MAPPER = PlanJson.mapper();

  @Test
  void theBulletinAsJsonAndAsMarkdownIsTheLibrarys() throws Exception {
    String sample = ApiCalls.sampleObservations();
    WeeklyBulletin library = Bulletins.weekly(BundledPlans.gongqingcheng2022(),
        MAPPER.readValue(sample, Observations.class), 2024, 23);
    JavalinTest.test(PlanApi.create(PlanCatalog.bundled(), ServerSettings.defaults()),
        (server, client) -> {
          Reply json = postJson(client, PLAN + "/bulletin?week=2024-W23", sample);
          assertThat(json.status()).as("%s", json).isEqualTo(200);
          assertThat(MAPPER.treeToValue(ScorecardOverHttpTest.withoutTextMembers(json.json()),
              WeeklyBulletin.class)).isEqualTo(asAnswered(library, WeeklyBulletin.class));
          assertThat(json.json().path("textText").asText()).isEqualTo(library.text().zh());
          assertThat(json.header("Vary")).contains("Accept");

          Reply markdown = postJson(client, PLAN + "/bulletin?week=2024-W23&lang=en", sample,
              "Accept", "text/markdown");
          assertThat(markdown.status()).as("%s", markdown).isEqualTo(200);
          assertThat(markdown.contentType()).startsWith("text/markdown");
          assertThat(markdown.body()).isEqualTo(BulletinText.markdown(library).en());
          assertThat(markdown.body()).contains("## 4. Team ranking for May 2024");

          // The Markdown and the JSON are cached apart: asking again gives each its own kind.
          Reply jsonAgain = postJson(client, PLAN + "/bulletin?week=2024-W23&lang=en", sample);
          assertThat(jsonAgain.contentType()).startsWith("application/json");
          Reply markdownAgain = postJson(client, PLAN + "/bulletin?week=2024-W23&lang=en",
              sample, "Accept", "text/markdown");
          assertThat(markdownAgain.header("Cache-Status")).isEqualTo("plan-api; hit");
          assertThat(markdownAgain.body()).isEqualTo(markdown.body());
        });
  }

  @Test
  void aBadWeekIsA400AndAWeekNotOverIsA422() throws Exception {
    String sample = ApiCalls.sampleObservations();
    JavalinTest.test(PlanApi.create(PlanCatalog.bundled(), ServerSettings.defaults()),
        (server, client) -> {
          assertProblemAt(postJson(client, PLAN + "/bulletin", sample), 400, "bad-parameter",
              "/query/week");
          assertProblemAt(postJson(client, PLAN + "/bulletin?week=2024-W53", sample), 400,
              "bad-parameter", "/query/week");
          assertProblemAt(postJson(client, PLAN + "/bulletin?week=2024-W27", sample), 422,
              "invalid-observations", "/asOf");
          // Year 0000 is no year to report on, and a week given twice is not guessed at.
          assertProblemAt(postJson(client, PLAN + "/bulletin?week=0000-W01", sample), 400,
              "bad-parameter", "/query/week");
          Reply twice = postJson(client, PLAN + "/bulletin?week=2024-W01&week=2024-W02", sample);
          assertProblemAt(twice, 400, "bad-parameter", "/query/week");
          assertThat(twice.json().path("errors").path(0).path("messages").path("en").asText())
              .isEqualTo("'week' must be given once but was given 2 times: 2024-W01, 2024-W02");
          assertThat(twice.json().path("errors").path(0).path("message").asText())
              .isEqualTo("'week'只能给一次,实际给了2次:2024-W01、2024-W02");
        });
  }

  @ParameterizedTest(name = "Accept: {0} → {1}")
  @CsvSource(delimiter = '|', value = {
      "text/markdown;q=0.5, application/json   | application/json",
      "application/json;q=0.2, text/markdown    | text/markdown",
      "text/*                                   | text/markdown",
      "*/*                                      | application/json",
      "application/*;q=0.1, */*;q=0.5, text/markdown;q=0.3 | text/markdown",
      "text/markdown;q=0, */*                   | application/json",
  })
  void acceptIsNegotiatedByItsQualities(String accept, String expected) throws Exception {
    String sample = ApiCalls.sampleObservations();
    JavalinTest.test(PlanApi.create(PlanCatalog.bundled(), ServerSettings.defaults()),
        (server, client) -> {
          Reply reply = postJson(client, PLAN + "/bulletin?week=2024-W16", sample, "Accept",
              accept);
          assertThat(reply.status()).as("%s", reply).isEqualTo(200);
          assertThat(reply.contentType()).startsWith(expected);
        });
  }

  @Test
  void anAcceptThatAllowsNeitherJsonNorMarkdownIsA406NamingTheHeader() throws Exception {
    String sample = ApiCalls.sampleObservations();
    JavalinTest.test(PlanApi.create(PlanCatalog.bundled(), ServerSettings.defaults()),
        (server, client) -> {
          for (String accept : List.of("image/png", "text/markdown;q=0, application/json;q=0")) {
            Reply reply = postJson(client, PLAN + "/bulletin?week=2024-W16", sample, "Accept",
                accept);
            assertProblemAt(reply, 406, "not-acceptable", "/headers/Accept");
            assertThat(reply.json().path("errors").path(0).path("messages").path("en").asText())
                .endsWith("but 'Accept' allows neither: '" + accept + "'");
          }
        });
  }
}
