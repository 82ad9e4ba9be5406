package org.planmetrics.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.planmetrics.api.ApiCalls.PLAN;
import static org.planmetrics.api.ApiCalls.SCORECARD;
import static org.planmetrics.api.ApiCalls.assertProblem;
import static org.planmetrics.api.ApiCalls.assertProblemAt;
import static org.planmetrics.api.ApiCalls.get;
import static org.planmetrics.api.ApiCalls.post;
import static org.planmetrics.api.ApiCalls.postJson;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import io.javalin.testtools.JavalinTest;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Flow;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.planmetrics.api.ApiCalls.Reply;

/**
 * Every class of error is an RFC 9457 problem (application/problem+json) with a type ending in
 * its slug, the status, a detail, the instance, and errors pointing at the bad fields. No request
 * gets a 5xx: {@link ApiCalls} asserts that on every response, and each test here asserts the
 * exact status it expects.
 */
class ProblemResponsesTest {

  private static final String ASSESSMENT = PLAN + "/targets/fdi-cumulative/assessment";

  private static Javalin app() {
    return PlanApi.create(PlanCatalog.bundled(), ServerSettings.defaults());
  }

  /** Observations with {@code extra} members after a valid asOf. */
  private static String observations(String extra) {
    return "{\"asOf\": \"2023-06-30\"" + (extra.isEmpty() ? "" : ", " + extra) + "}";
  }

  private static String project(String id, String investment) {
    return "{\"id\": \"" + id + "\", \"signedOn\": \"2022-05-10\", \"investment\": " + investment
        + "}";
  }

  @Nested
  class MalformedJson {

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"asOf\": \"2023-06-30\",",
        "{asOf: \"2023-06-30\"}",
        "not json at all",
        "{\"asOf\": \"2023-06-30\"} trailing",
        "{\"asOf\": \"2023-06-30\", \"series\": {\"cash-fdi\": {\"2022\": 0.1,}}}"})
    void isA400MalformedJson(String body) {
      JavalinTest.test(app(), (server, client) -> {
        Reply reply = postJson(client, SCORECARD, body);
        JsonNode problem = assertProblem(reply, 400, "malformed-json");
        assertThat(problem.path("errors").size()).isEqualTo(1);
      });
    }

    @Test
    void duplicateKeysAreMalformed() {
      JavalinTest.test(app(), (server, client) -> {
        Reply reply = postJson(client, SCORECARD,
            "{\"asOf\": \"2023-06-30\", \"asOf\": \"2024-06-30\"}");
        assertProblemAt(reply, 400, "malformed-json", "/asOf");
        assertThat(reply.json().path("detail").asText()).contains("asOf");

        Reply nested = postJson(client, SCORECARD, observations(
            "\"series\": {\"cash-fdi\": {\"2022\": 0.1, \"2022\": 0.2}}"));
        assertProblemAt(nested, 400, "malformed-json", "/series/cash-fdi/2022");
      });
    }

    @Test
    void invalidUtf8IsMalformed() {
      JavalinTest.test(app(), (server, client) -> {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes("{\"asOf\": \"2023-06-30\", \"projects\": [{\"id\": \""
            .getBytes(StandardCharsets.UTF_8));
        bytes.write(0xC3);
        bytes.write(0x28); // not a continuation byte
        bytes.writeBytes("\", \"signedOn\": \"2022-05-10\", \"investment\": 1}]}"
            .getBytes(StandardCharsets.UTF_8));
        Reply reply = post(client, SCORECARD, "application/json",
            BodyPublishers.ofByteArray(bytes.toByteArray()));
        assertProblemAt(reply, 400, "malformed-json", "/projects/0/id");
      });
    }

    @ParameterizedTest
    @ValueSource(strings = {"NaN", "Infinity", "-Infinity"})
    void nonNumericNumbersAreMalformed(String value) {
      JavalinTest.test(app(), (server, client) -> {
        Reply reply = postJson(client, SCORECARD, observations(
            "\"series\": {\"cash-fdi\": {\"2022\": " + value + "}}"));
        assertProblemAt(reply, 400, "malformed-json", "/series/cash-fdi/2022");
      });
    }
  }

  @Nested
  class InvalidBody {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "\"series\": \"x\"                                                | /series",
        "\"series\": {\"cash-fdi\": [1, 2]}                               | /series/cash-fdi",
        "\"series\": {\"cash-fdi\": {\"2022\": \"much\"}}                 | /series/cash-fdi/2022",
        "\"projects\": {}                                                 | /projects",
        "\"projects\": [{\"id\": \"P\", \"signedOn\": \"2022-05-10\", \"investment\": \"lots\"}] | /projects/0/investment",
        "\"projects\": [{\"id\": \"P\", \"signedOn\": \"2022-05-10\", \"investment\": 1, \"industrial\": \"yes\"}] | /projects/0/industrial",
        "\"ranks\": {\"2023\": {\"totalRank\": \"first\", \"growthRank\": 1, \"peerCount\": 13}} | /ranks/2023/totalRank",
        "\"events\": [{\"kind\": \"TEAM_MEETING\", \"date\": \"soon\"}]   | /events/0/date",
        "\"events\": [{\"kind\": [\"TEAM_MEETING\"], \"date\": \"2022-01-10\"}] | /events/0/kind"})
    void wrongTypesPointAtTheField(String extra, String pointer) {
      JavalinTest.test(app(), (server, client) -> {
        Reply reply = postJson(client, SCORECARD, observations(extra));
        assertProblemAt(reply, 400, "invalid-body", pointer);
      });
    }

    @Test
    void aNumberIsNotADate() {
      JavalinTest.test(app(), (server, client) -> {
        Reply asOf = postJson(client, SCORECARD, "{\"asOf\": 19358}");
        assertProblemAt(asOf, 400, "invalid-body", "/asOf");
        Reply event = postJson(client, SCORECARD, observations(
            "\"events\": [{\"kind\": \"TEAM_MEETING\", \"date\": 20220110}]"));
        assertProblemAt(event, 400, "invalid-body", "/events/0/date");
      });
    }

    @ParameterizedTest
    @ValueSource(strings = {"5.99", "5.0", "5e0"})
    void aRankWithAFractionIsRefusedNotTruncated(String rank) {
      JavalinTest.test(app(), (server, client) -> {
        Reply reply = postJson(client, SCORECARD, observations("\"ranks\": {\"2023\": "
            + "{\"totalRank\": " + rank + ", \"growthRank\": 1, \"peerCount\": 13}}"));
        JsonNode problem = assertProblem(reply, 400, "invalid-body");
        JsonNode error = problem.path("errors").get(0);
        assertThat(error.path("pointer").asText()).isEqualTo("/ranks/2023/totalRank");
        assertThat(error.path("rule").asText()).isEqualTo("invalid-value");
        assertThat(error.path("messages").path("en").asText()).startsWith("'totalRank' must be a "
            + "whole number, written without a decimal point or exponent, but was 5");
        assertThat(error.path("message").asText()).startsWith("'totalRank'(总量位次)须为整数");
      });
    }

    @Test
    void aBodyThatIsNotAnObjectIsInvalid() {
      JavalinTest.test(app(), (server, client) -> {
        for (String body : List.of("[]", "42", "\"observations\"", "null", "")) {
          Reply reply = postJson(client, SCORECARD, body);
          assertProblemAt(reply, 400, "invalid-body", "");
        }
      });
    }

    @Test
    void unknownFieldsPointAtTheField() {
      JavalinTest.test(app(), (server, client) -> {
        Reply reply = postJson(client, SCORECARD, observations("\"foo\": 1"));
        JsonNode error = assertProblemAt(reply, 400, "invalid-body", "/foo");
        assertThat(error.path("rule").asText()).isEqualTo("unknown-field");

        Reply nested = postJson(client, ASSESSMENT, observations("\"projects\": [{\"id\": \"P\","
            + " \"signedOn\": \"2022-05-10\", \"investment\": 1, \"colour\": \"red\"}]"));
        assertProblemAt(nested, 400, "invalid-body", "/projects/0/colour");
      });
    }

    @ParameterizedTest
    @ValueSource(strings = {"2023-13-01", "2023-02-30", "30/06/2023", "2023-6-30", ""})
    void badDatesPointAtTheDate(String date) {
      JavalinTest.test(app(), (server, client) -> {
        Reply reply = postJson(client, SCORECARD, "{\"asOf\": \"" + date + "\"}");
        assertProblemAt(reply, 400, "invalid-body", "/asOf");

        Reply signed = postJson(client, SCORECARD, observations("\"projects\": [{\"id\": \"P\","
            + " \"signedOn\": \"" + date + "\", \"investment\": 1}]"));
        assertProblemAt(signed, 400, "invalid-body", "/projects/0/signedOn");
      });
    }

    @ParameterizedTest
    @ValueSource(strings = {"2023-01-01T23:59:59", " 2023-01-01", "2023-01-01\\u0000"})
    void aDateWithATimeOrAnythingAroundItIsRefused(String date) {
      JavalinTest.test(app(), (server, client) -> {
        Reply reply = postJson(client, SCORECARD, "{\"asOf\": \"" + date + "\"}");
        JsonNode error = assertProblemAt(reply, 400, "invalid-body", "/asOf");
        assertThat(error.path("rule").asText()).isEqualTo("invalid-value");
        assertThat(error.path("messages").path("en").asText())
            .startsWith("'asOf' must be a date written YYYY-MM-DD but was '");

        Reply event = postJson(client, SCORECARD, observations(
            "\"events\": [{\"kind\": \"TEAM_MEETING\", \"date\": \"" + date + "\"}]"));
        assertProblemAt(event, 400, "invalid-body", "/events/0/date");
      });
    }

    @Test
    void missingAsOfIsA400AtAsOf() {
      JavalinTest.test(app(), (server, client) -> {
        Reply reply = postJson(client, SCORECARD, "{\"series\": {}}");
        JsonNode error = assertProblemAt(reply, 400, "invalid-body", "/asOf");
        assertThat(error.path("rule").asText()).isEqualTo("missing-field");

        Reply empty = postJson(client, ASSESSMENT, "{}");
        assertProblemAt(empty, 400, "invalid-body", "/asOf");
      });
    }

    @Test
    void missingProjectFieldsPointIntoTheProject() {
      JavalinTest.test(app(), (server, client) -> {
        Reply reply = postJson(client, SCORECARD, observations(
            "\"projects\": [{\"id\": \"P\", \"signedOn\": \"2022-05-10\"}]"));
        assertProblemAt(reply, 400, "invalid-body", "/projects/0/investment");
      });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "\"projects\": [{}]                                  | /projects/0/id /projects/0/investment",
        "\"events\": [{\"date\": \"2022-01-10\"}]        | /events/0/kind",
        "\"peers\": {\"2022\": {\"gongqingcheng\": {}, \"a/b~c\": {}}} | /peers/2022/gongqingcheng/total /peers/2022/gongqingcheng/growth /peers/2022/a~1b~0c/total /peers/2022/a~1b~0c/growth",
        "\"ranks\": {\"2023\": {\"growthRank\": 1}}      | /ranks/2023/totalRank /ranks/2023/peerCount"})
    void everyMissingMemberIsListedInTheTypesOrder(String extra, String pointers) {
      JavalinTest.test(app(), (server, client) -> {
        Reply reply = postJson(client, SCORECARD, observations(extra));
        JsonNode problem = assertProblem(reply, 400, "invalid-body");
        List<String> expected = List.of(pointers.split(" "));
        List<String> missing = new java.util.ArrayList<>();
        problem.path("errors").forEach(e -> {
          if (e.path("rule").asText().equals("missing-field")) {
            missing.add(e.path("pointer").asText());
          }
        });
        assertThat(missing).containsExactlyElementsOf(expected);
        // The unknown peer a/b~c, a problem with the plan, is listed after them in the same
        // answer; one error alone is the detail itself.
        assertThat(problem.path("detail").asText()).startsWith(problem.path("errors").size() == 1
            ? "缺少必填字段'" : "缺少" + expected.size() + "个必填字段");
      });
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e999999999", "1e-999999999", "1e41", "1.5e-45",
        "0.00000000000000000000000000000000000000000001",
        "12345678901234567890123456789012345678901234567890"})
    void numbersWithAbsurdExponentsOrLengthsPointAtTheField(String number) {
      JavalinTest.test(app(), (server, client) -> {
        long started = System.nanoTime();
        Reply reply = postJson(client, SCORECARD,
            observations("\"projects\": [" + project("P", number) + "]"));
        assertProblemAt(reply, 400, "invalid-body", "/projects/0/investment");
        assertThat((System.nanoTime() - started) / 1_000_000).as("ms").isLessThan(5_000);
      });
    }

    @Test
    void aHundredThousandDigitNumberPointsAtTheField() {
      JavalinTest.test(app(), (server, client) -> {
        Reply reply = postJson(client, SCORECARD, observations(
            "\"series\": {\"cash-fdi\": {\"2022\": " + "1".repeat(100_000) + "}}"));
        assertProblemAt(reply, 400, "invalid-body", "/series/cash-fdi/2022");
      });
    }

    @Test
    void aHundredThousandDigitNumberIsRefusedQuickly() {
      JavalinTest.test(app(), (server, client) -> {
        long started = System.nanoTime();
        Reply reply = postJson(client, SCORECARD, observations(
            "\"series\": {\"cash-fdi\": {\"2022\": " + "1".repeat(100_000) + "}}"));
        JsonNode problem = assertProblem(reply, 400, "invalid-body");
        assertThat(problem.path("errors").size()).isEqualTo(1);
        assertThat(problem.path("errors").get(0).path("rule").asText())
            .isEqualTo("limit-exceeded");
        assertThat((System.nanoTime() - started) / 1_000_000).as("ms").isLessThan(5_000);
      });
    }

    @Test
    void nestingTenThousandDeepIsRefused() {
      JavalinTest.test(app(), (server, client) -> {
        String deep = "[".repeat(10_000) + "]".repeat(10_000);
        Reply reply = postJson(client, SCORECARD, observations("\"series\": " + deep));
        assertProblem(reply, 400, "invalid-body");

        String deepObject = "{\"a\": ".repeat(10_000) + "1" + "}".repeat(10_000);
        Reply objects = postJson(client, SCORECARD, deepObject);
        assertProblem(objects, 400, "invalid-body");
      });
    }

    @Test
    void nestingWithinTheLimitIsNotRefusedForDepth() {
      JavalinTest.test(app(), (server, client) -> {
        // 60 levels: the parser accepts it, and binding reports the wrong type instead.
        String deep = "[".repeat(60) + "]".repeat(60);
        Reply reply = postJson(client, SCORECARD, observations("\"series\": " + deep));
        assertProblemAt(reply, 400, "invalid-body", "/series");
      });
    }
  }

  @Nested
  class InvalidObservations {

    @Test
    void badPeriodKeyIs422AtTheKey() {
      JavalinTest.test(app(), (server, client) -> {
        Reply reply = postJson(client, SCORECARD, observations(
            "\"series\": {\"foreign-capital-utilized\": {\"2023-13\": 1.0}}"));
        assertProblemAt(reply, 422, "invalid-observations",
            "/series/foreign-capital-utilized/2023-13");
      });
    }

    @Test
    void unknownIndicatorPeerAndEventKindAreAllReported() {
      JavalinTest.test(app(), (server, client) -> {
        Reply reply = postJson(client, SCORECARD, observations(
            "\"series\": {\"gdp\": {\"2023\": 1}},"
                + " \"peers\": {\"2022\": {\"atlantis\": {\"total\": 1, \"growth\": 0.1}}},"
                + " \"events\": [{\"kind\": \"TEAM_MEETING\", \"date\": \"2022-01-10\"},"
                + " {\"kind\": \"PICNIC\", \"date\": \"2022-02-10\"}]"));
        JsonNode problem = assertProblem(reply, 422, "invalid-observations");
        assertThat(problem.path("errors").size()).isEqualTo(3);
        assertThat(assertProblemAt(reply, 422, "invalid-observations", "/series/gdp")
            .path("rule").asText()).isEqualTo("unknown-indicator");
        assertThat(assertProblemAt(reply, 422, "invalid-observations", "/peers/2022/atlantis")
            .path("rule").asText()).isEqualTo("unknown-peer");
        assertThat(assertProblemAt(reply, 422, "invalid-observations", "/events/1/kind")
            .path("rule").asText()).isEqualTo("unknown-event-kind");
      });
    }

    @Test
    void twoKeysForOnePeriodAre422AtTheSecond() {
      JavalinTest.test(app(), (server, client) -> {
        Reply reply = postJson(client, SCORECARD, observations("\"ranks\": {"
            + "\"2022\": {\"totalRank\": 2, \"growthRank\": 5, \"peerCount\": 13},"
            + " \"2022-12\": {\"totalRank\": 6, \"growthRank\": 6, \"peerCount\": 13}}"));
        JsonNode error = assertProblemAt(reply, 422, "invalid-observations", "/ranks/2022-12");
        assertThat(error.path("rule").asText()).isEqualTo("duplicate-period");
        assertThat(error.path("message").asText()).contains("'/ranks/2022'");
      });
    }

    @Test
    void negativeInvestmentIs422AtTheInvestment() {
      JavalinTest.test(app(), (server, client) -> {
        Reply reply = postJson(client, ASSESSMENT, observations(
            "\"projects\": [" + project("P1", "5") + ", " + project("P2", "-0.5") + "]"));
        assertThat(assertProblemAt(reply, 422, "invalid-observations", "/projects/1/investment")
            .path("rule").asText()).isEqualTo("negative-investment");
        assertThat(reply.json().path("errors").size()).isEqualTo(1);
      });
    }

    @Test
    void negativeInvestmentOfTheFirstProjectPointsAtIt() {
      JavalinTest.test(app(), (server, client) -> {
        Reply reply = postJson(client, SCORECARD,
            observations("\"projects\": [" + project("P", "-1") + "]"));
        assertProblemAt(reply, 422, "invalid-observations", "/projects/0/investment");
      });
    }

    @Test
    void duplicateProjectIdsAndImpossibleRanksAre422() {
      JavalinTest.test(app(), (server, client) -> {
        Reply reply = postJson(client, SCORECARD, observations(
            "\"projects\": [" + project("P", "1") + ", " + project("P", "2") + "],"
                + " \"ranks\": {\"2023\": {\"totalRank\": 14, \"growthRank\": 1,"
                + " \"peerCount\": 13}}"));
        assertProblemAt(reply, 422, "invalid-observations", "/projects/1/id");
        JsonNode problem = reply.json();
        assertThat(problem.path("errors").findValuesAsText("pointer"))
            .anyMatch(p -> p.startsWith("/ranks/2023"));
      });
    }
  }

  @Nested
  class NotFound {

    @ParameterizedTest
    @ValueSource(strings = {
        "/api/v1/plans/no-such-plan",
        "/api/v1/plans/no-such-plan/targets",
        "/api/v1/plans/no-such-plan/targets/fdi-growth",
        "/api/v1/plans/no-such-plan/units",
        "/api/v1/plans/no-such-plan/units/justice-bureau",
        "/api/v1/plans/no-such-plan/readings",
        "/api/v1/plans/gongqingcheng-2022/targets/no-such-target",
        "/api/v1/plans/gongqingcheng-2022/units/no-such-unit",
        "/api/v1/no-such-thing",
        "/no/such/path"})
    void unknownResourcesAre404(String path) {
      JavalinTest.test(app(), (server, client) -> {
        Reply reply = get(client, path);
        assertProblem(reply, 404, "not-found");
      });
    }

    @Test
    void postsToAnUnknownPlanOrTargetAre404() {
      JavalinTest.test(app(), (server, client) -> {
        String body = ApiCalls.exampleObservations();
        Reply plan = postJson(client, "/api/v1/plans/no-such-plan/scorecard", body);
        assertProblem(plan, 404, "not-found");
        assertThat(plan.json().path("detail").asText()).contains("no-such-plan");
        Reply target = postJson(client, PLAN + "/targets/no-such-target/assessment", body);
        assertProblem(target, 404, "not-found");
        assertThat(target.json().path("detail").asText()).contains("no-such-target");
      });
    }
  }

  @Nested
  class MethodNotAllowed {

    @Test
    void deleteOnAPlanIs405() {
      JavalinTest.test(app(), (server, client) -> {
        Reply reply = ApiCalls.delete(client, PLAN);
        assertProblem(reply, 405, "method-not-allowed");
      });
    }

    @Test
    void getOnTheScorecardIs405() {
      JavalinTest.test(app(), (server, client) -> {
        Reply reply = get(client, SCORECARD);
        assertProblem(reply, 405, "method-not-allowed");
      });
    }

    @Test
    void postOnTargetsIs405() {
      JavalinTest.test(app(), (server, client) -> {
        Reply reply = postJson(client, PLAN + "/targets", "{}");
        assertProblem(reply, 405, "method-not-allowed");
      });
    }

    @Test
    void a405NamesTheAllowedMethods() {
      JavalinTest.test(app(), (server, client) -> {
        Reply reply = ApiCalls.delete(client, PLAN);
        assertProblem(reply, 405, "method-not-allowed");
        assertThat(reply.header("Allow")).isNotNull().contains("GET");
      });
    }

    @Test
    void theAllowedMethodsAreTheRoutesJavalinMatched() {
      JavalinTest.test(app(), (server, client) -> {
        // Javalin ignores a trailing slash when it matches, so the 405 names GET here too.
        Reply slash = ApiCalls.delete(client, PLAN + "/");
        assertProblem(slash, 405, "method-not-allowed");
        assertThat(slash.header("Allow")).isEqualTo("GET, HEAD");

        Reply scorecard = get(client, SCORECARD);
        assertProblem(scorecard, 405, "method-not-allowed");
        assertThat(scorecard.header("Allow")).isEqualTo("POST");
      });
    }
  }

  @Nested
  class UnsupportedMediaType {

    @Test
    void aPostWithoutContentTypeIs415() {
      JavalinTest.test(app(), (server, client) -> {
        Reply reply = post(client, SCORECARD, null,
            BodyPublishers.ofString(ApiCalls.exampleObservations()));
        assertProblem(reply, 415, "unsupported-media-type");
        assertThat(reply.json().path("detail").asText()).contains("缺失");
      });
    }

    @ParameterizedTest
    @ValueSource(strings = {"text/plain", "application/xml", "application/x-www-form-urlencoded",
        "application/jsonx", "multipart/mixed; boundary=x"})
    void aPostWithAnotherContentTypeIs415(String contentType) {
      JavalinTest.test(app(), (server, client) -> {
        Reply reply = post(client, ASSESSMENT, contentType,
            BodyPublishers.ofString(ApiCalls.exampleObservations()));
        assertProblem(reply, 415, "unsupported-media-type");
      });
    }

    @Test
    void jsonWithACharsetParameterIsAccepted() {
      JavalinTest.test(app(), (server, client) -> {
        Reply reply = post(client, ASSESSMENT, "application/json; charset=utf-8",
            BodyPublishers.ofString(ApiCalls.exampleObservations()));
        assertThat(reply.status()).isEqualTo(200);
      });
    }
  }

  @Nested
  class Limits {

    private String projects(int count) {
      List<String> items = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        items.add(project("P" + i, "1"));
      }
      return "\"projects\": [" + String.join(", ", items) + "]";
    }

    private String events(int count) {
      List<String> items = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        items.add("{\"kind\": \"TEAM_MEETING\", \"date\": \"2022-01-10\"}");
      }
      return "\"events\": [" + String.join(", ", items) + "]";
    }

    @Test
    void aBodyOverAConfiguredLimitIs413() {
      Javalin small = PlanApi.create(PlanCatalog.bundled(),
          ServerSettings.defaults().withLimits(500, 10_000, 10_000));
      JavalinTest.test(small, (server, client) -> {
        String body = observations(projects(20));
        assertThat(body.length()).isGreaterThan(500);
        Reply reply = postJson(client, SCORECARD, body);
        assertProblem(reply, 413, "payload-too-large");
        assertThat(reply.json().path("detail").asText()).contains("500");

        Reply fits = postJson(client, SCORECARD, observations(projects(1)));
        assertThat(fits.status()).isEqualTo(200);
      });
    }

    @Test
    void aTwoMebibyteBodyIsOverTheDefaultLimit() {
      JavalinTest.test(app(), (server, client) -> {
        String body = observations("\"foo\": \"" + "x".repeat(2 << 20) + "\"");
        Reply reply = ApiCalls.postExpectingContinue(server.port(), SCORECARD,
            body.getBytes(StandardCharsets.UTF_8));
        ApiCalls.check(reply);
        assertProblem(reply, 413, "payload-too-large");
        assertThat(reply.json().path("detail").asText()).contains("1048576");
      });
    }

    @Test
    void aChunkedBodyOverTheLimitIs413Too() {
      Javalin small = PlanApi.create(PlanCatalog.bundled(),
          ServerSettings.defaults().withLimits(1_000, 10_000, 10_000));
      JavalinTest.test(small, (server, client) -> {
        byte[] body = observations(projects(100)).getBytes(StandardCharsets.UTF_8);
        Reply reply = post(client, SCORECARD, "application/json", unknownLength(body));
        assertProblem(reply, 413, "payload-too-large");
      });
    }

    @Test
    void tooManyProjectsIs413TooManyItems() {
      Javalin limited = PlanApi.create(PlanCatalog.bundled(),
          ServerSettings.defaults().withLimits(1L << 20, 3, 3));
      JavalinTest.test(limited, (server, client) -> {
        Reply reply = postJson(client, SCORECARD, observations(projects(4)));
        JsonNode error = assertProblemAt(reply, 413, "too-many-items", "/projects");
        assertThat(error.path("rule").asText()).isEqualTo("too-many-items");

        Reply atTheLimit = postJson(client, SCORECARD, observations(projects(3)));
        assertThat(atTheLimit.status()).isEqualTo(200);
      });
    }

    @Test
    void tooManyEventsIs413TooManyItems() {
      Javalin limited = PlanApi.create(PlanCatalog.bundled(),
          ServerSettings.defaults().withLimits(1L << 20, 3, 3));
      JavalinTest.test(limited, (server, client) -> {
        Reply reply = postJson(client, ASSESSMENT, observations(events(4)));
        assertProblemAt(reply, 413, "too-many-items", "/events");

        Reply atTheLimit = postJson(client, ASSESSMENT, observations(events(3)));
        assertThat(atTheLimit.status()).isEqualTo(200);
      });
    }

    @Test
    void theDefaultAllowsTenThousandProjectsButNotMore() {
      JavalinTest.test(app(), (server, client) -> {
        // Short projects so 10,001 of them stay under 1 MiB.
        List<String> items = new ArrayList<>();
        for (int i = 0; i <= 10_000; i++) {
          items.add("{\"id\":\"" + i + "\",\"signedOn\":\"2022-05-10\",\"investment\":1}");
        }
        String body = "{\"asOf\":\"2023-06-30\",\"projects\":[" + String.join(",", items) + "]}";
        assertThat(body.length()).isLessThan(1 << 20);
        Reply reply = postJson(client, SCORECARD, body);
        assertProblemAt(reply, 413, "too-many-items", "/projects");
      });
    }


    /** A publisher that does not tell its length, so the client sends the body chunked. */
    private BodyPublisher unknownLength(byte[] body) {
      BodyPublisher known = BodyPublishers.ofByteArray(body);
      return new BodyPublisher() {
        @Override
        public long contentLength() {
          return -1;
        }

        @Override
        public void subscribe(Flow.Subscriber<? super ByteBuffer> subscriber) {
          known.subscribe(subscriber);
        }
      };
    }
  }

  @Nested
  class BadParameters {

    @ParameterizedTest(name = "{0} → /query/{1}")
    @CsvSource(delimiter = '|', value = {
        "/api/v1/calculators/implied-base?total=304.2&rate=0.10&years=0          | years",
        "/api/v1/calculators/implied-base?total=304.2&rate=0.10&years=101        | years",
        "/api/v1/calculators/implied-base?total=304.2&rate=0.10&years=three      | years",
        "/api/v1/calculators/implied-base?total=304.2&rate=0.10&years=1.5        | years",
        "/api/v1/calculators/implied-base?rate=0.10&years=3                      | total",
        "/api/v1/calculators/implied-base?total=&rate=0.10&years=3               | total",
        "/api/v1/calculators/implied-base?total=lots&rate=0.10&years=3           | total",
        "/api/v1/calculators/implied-base?total=1e999999999&rate=0.10&years=3    | total",
        "/api/v1/calculators/implied-base?total=304.2&years=3                    | rate",
        "/api/v1/calculators/required-growth?base=83.55&total=304.2              | years",
        "/api/v1/calculators/required-growth?base=abc&total=304.2&years=3        | base",
        "/api/v1/calculators/time-progress?actual=1&target=2&monthsElapsed=13&monthsTotal=12 | monthsElapsed",
        "/api/v1/calculators/time-progress?actual=1&target=2&monthsElapsed=-1&monthsTotal=12 | monthsElapsed",
        "/api/v1/calculators/time-progress?actual=1&target=2&monthsElapsed=3&monthsTotal=0   | monthsTotal",
        "/api/v1/calculators/time-progress?target=2&monthsElapsed=3&monthsTotal=12           | actual"})
    void badQueryParametersPointAtTheParameter(String path, String name) {
      JavalinTest.test(app(), (server, client) -> {
        Reply reply = get(client, path);
        assertProblemAt(reply, 400, "bad-parameter", "/query/" + name);
      });
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "/api/v1/calculators/implied-base?total=304.2&rate=-2&years=3",
        "/api/v1/calculators/implied-base?total=304.2&rate=-1&years=3",
        "/api/v1/calculators/required-growth?base=0&total=304.2&years=3",
        "/api/v1/calculators/required-growth?base=-5&total=304.2&years=3",
        "/api/v1/calculators/time-progress?actual=1&target=0&monthsElapsed=3&monthsTotal=12"})
    void valuesTheFormulaRefusesAreBadParameters(String path) {
      JavalinTest.test(app(), (server, client) -> {
        Reply reply = get(client, path);
        JsonNode problem = assertProblem(reply, 400, "bad-parameter");
        assertThat(problem.path("errors").size()).isEqualTo(1);
      });
    }

    @ParameterizedTest(name = "{0} → /query/{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "/api/v1/calculators/implied-base?total=304.2&rate=-1&years=3            | rate   | 'rate' must be above -1 but was -1",
        "/api/v1/calculators/required-growth?base=0&total=304.2&years=3          | base   | 'base' must be above 0 but was 0",
        "/api/v1/calculators/required-growth?base=5&total=-304.2&years=3         | total  | 'total' must be at least 0 but was -304.2",
        "/api/v1/calculators/time-progress?actual=1&target=0&monthsElapsed=3&monthsTotal=12 | target | 'target' must be above 0 but was 0"})
    void theArgumentAFormulaRefusesNamesItsParameter(String path, String name, String message) {
      JavalinTest.test(app(), (server, client) -> {
        Reply reply = get(client, path + "&lang=en");
        JsonNode error = assertProblemAt(reply, 400, "bad-parameter", "/query/" + name);
        assertThat(error.path("message").asText()).isEqualTo(message);
        assertThat(reply.json().path("detail").asText()).isEqualTo(message);
      });
    }

    @Test
    void aRateTheFormulaRefusesPointsAtRate() {
      JavalinTest.test(app(), (server, client) -> {
        Reply reply = get(client, "/api/v1/calculators/implied-base?total=304.2&rate=-2&years=3");
        assertProblemAt(reply, 400, "bad-parameter", "/query/rate");
      });
    }
  }
}
