package org.planmetrics.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.planmetrics.api.ApiCalls.PLAN;
import static org.planmetrics.api.ApiCalls.assertProblem;
import static org.planmetrics.api.ApiCalls.postJson;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.testtools.JavalinTest;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.planmetrics.api.ApiCalls.Reply;
import org.planmetrics.model.json.PlanJson;

/**
 * The hostile review's cases over real HTTP, on {@code POST .../teams/ranking?month=2024-06} with
 * the sample body changed: each answer lists every error at once, in the request's language
 * (Chinese by default, English on request) with both languages beside it, and no message names a
 * Java class, a Jackson feature or a parser setting. {@link ApiCalls#check} also holds every
 * reply to the OpenAPI document and to {@link PlainWords}.
 */
class ErrorsOverHttpTest {

  private static final ObjectMapper MAPPER = PlanJson.mapper();
  private static final String RANKING = PLAN + "/teams/ranking?month=2024-06";

  @ParameterizedTest
  @ValueSource(strings = {"zh", "en"})
  void aNumberWhereTextBelongsNamesTheFieldAndTheValue(String lang) {
    String body = sample(s -> project(s, 0).put("direction", 5));

    Reply reply = post(body, lang);

    JsonNode error = single(assertProblem(reply, 400, "invalid-body"));
    assertThat(error.path("pointer").asText()).isEqualTo("/projects/0/direction");
    assertThat(error.path("rule").asText()).isEqualTo("wrong-type");
    assertThat(error.path("value").asText()).isEqualTo("5");
    assertThat(error.path("messages").path("zh").asText())
        .isEqualTo("'direction'(重点方向)须为文本(加双引号),实为5");
    assertThat(error.path("messages").path("en").asText())
        .isEqualTo("'direction' must be a string but was 5");
    assertThat(reply.body()).doesNotContain("coerc", "Coercion", "java.");
  }

  @ParameterizedTest
  @ValueSource(strings = {"zh", "en"})
  void aSecondValueAfterTheBodyIsMalformedJsonInPlainWords(String lang) {
    Reply reply = post("{\"asOf\":\"2024-06-30\"}{}", lang);

    JsonNode error = single(assertProblem(reply, 400, "malformed-json"));
    assertThat(error.path("messages").path("zh").asText())
        .startsWith("请求内容只能包含一个JSON值,但其后还有内容(第1行第22列)");
    assertThat(error.path("messages").path("en").asText())
        .startsWith("the body must hold one JSON value, but more follows it (line 1, column 22)");
    assertThat(reply.body()).doesNotContain("JsonNode", "FAIL_ON_TRAILING_TOKENS", "Trailing");
  }

  @ParameterizedTest
  @ValueSource(strings = {"zh", "en"})
  void aBodyCutShortSaysSoWithoutTheParsersWords(String lang) {
    Reply reply = post("{", lang);

    JsonNode problem = assertProblem(reply, 400, "malformed-json");
    JsonNode error = single(problem);
    assertThat(error.path("messages").path("zh").asText())
        .isEqualTo("请求内容在JSON完整之前就结束了(第1行第2列):有对象({)、数组([)或文本(\")没有闭合");
    assertThat(error.path("messages").path("en").asText()).isEqualTo("the body ends before its "
        + "JSON is complete (line 1, column 2): an object, array or text is not closed");
    assertThat(problem.path("title").asText()).isEqualTo(lang.equals("zh") ? "JSON格式错误"
        : "Malformed JSON");
    assertThat(reply.body()).doesNotContain("StreamReadFeature", "INCLUDE_SOURCE", "REDACTED");
  }

  @ParameterizedTest
  @ValueSource(strings = {"zh", "en"})
  void threeTypeErrorsAreThreeErrors(String lang) {
    String body = sample(s -> {
      ObjectNode tasks = (ObjectNode) s.at("/teams/0/tasks/2023");
      tasks.put("signed-investment", "12");
      tasks.put("signed-projects", "3");
      project(s, 3).put("investment", "abc");
    });

    Reply reply = post(body, lang);

    JsonNode problem = assertProblem(reply, 400, "invalid-body");
    assertThat(errors(problem)).containsExactly(
        tuple("/projects/3/investment", "wrong-type", "abc"),
        tuple("/teams/0/tasks/2023/signed-investment", "wrong-type", "12"),
        tuple("/teams/0/tasks/2023/signed-projects", "wrong-type", "3"));
    assertThat(problem.path("errors").path(0).path("messages").path("zh").asText())
        .isEqualTo("'investment'(总投资额)须为数字,实为'abc'");
    assertThat(problem.path("detail").asText())
        .isEqualTo(lang.equals("zh") ? "3个值的类型不对" : "3 value(s) of the wrong type");
  }

  @ParameterizedTest
  @ValueSource(strings = {"zh", "en"})
  void aTypeErrorAndAnUnknownUnitComeInOneAnswer(String lang) {
    String body = sample(s -> {
      project(s, 2).put("investment", "120.5");
      ((ArrayNode) s.at("/teams/0/units")).add("no-such-bureau");
    });

    Reply reply = post(body, lang);

    JsonNode problem = assertProblem(reply, 400, "invalid-body");
    int units = MAPPER.valueToTree(sampleTree().at("/teams/0/units")).size();
    assertThat(errors(problem)).containsExactly(
        tuple("/projects/2/investment", "wrong-type", "120.5"),
        tuple("/teams/0/units/" + units, "unknown-unit", "no-such-bureau"));
    assertThat(problem.path("detail").asText()).isEqualTo(lang.equals("zh")
        ? "1个值的类型不对;另有1处与方案'gongqingcheng-2022'不符"
        : "1 value(s) of the wrong type; and 1 problem(s) with the observations for plan "
            + "'gongqingcheng-2022'");
  }

  @ParameterizedTest
  @ValueSource(strings = {"zh", "en"})
  void twoUnknownFieldsAreTwoErrors(String lang) {
    String body = sample(s -> {
      project(s, 0).put("priority", 1);
      s.put("colour", "red");
    });

    Reply reply = post(body, lang);

    JsonNode problem = assertProblem(reply, 400, "invalid-body");
    assertThat(errors(problem)).containsExactlyInAnyOrder(
        tuple("/projects/0/priority", "unknown-field", "priority"),
        tuple("/colour", "unknown-field", "colour"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"zh", "en"})
  void wrongTypesUnknownAndMissingFieldsAndCheckFailuresAllComeInOneAnswer(String lang) {
    String body = sample(s -> {
      project(s, 0).put("investment", "lots").put("industrial", "yes").remove("signedOn");
      project(s, 1).put("startedOn", 20230101).put("colour", "red");
      project(s, 2).remove("id");
      ((ObjectNode) s.at("/events/0")).put("kind", "PARTY");
      ((ObjectNode) s.at("/teams/0")).put("id", 7);
      s.put("remarks", "none");
    });

    Reply reply = post(body, lang);

    JsonNode problem = assertProblem(reply, 400, "invalid-body");
    List<String> rules = problem.findValuesAsText("rule");
    assertThat(rules).contains("wrong-type", "unknown-field", "missing-field", "invalid-value",
        "unknown-event-kind", "missing-stage");
    assertThat(problem.findValuesAsText("pointer")).contains("/projects/0/investment",
        "/projects/0/industrial", "/projects/0/signedOn", "/projects/1/startedOn",
        "/projects/2/id",
        "/projects/1/colour", "/events/0/kind", "/teams/0/id", "/remarks");
    // What a stand-in for a refused value would trip (the team's id no longer matching its
    // projects, say) is not reported as the caller's.
    assertThat(problem.findValuesAsText("rule")).doesNotContain("unknown-team");
  }

  @ParameterizedTest
  @ValueSource(strings = {"zh", "en"})
  void onlyChecksFailingIsStillA422ListingThemAll(String lang) {
    String body = sample(s -> {
      ((ArrayNode) s.at("/teams/0/units")).add("no-such-bureau");
      project(s, 0).put("investment", -5);
    });

    Reply reply = post(body, lang);

    JsonNode problem = assertProblem(reply, 422, "invalid-observations");
    assertThat(problem.findValuesAsText("rule"))
        .containsExactly("negative-investment", "unknown-unit");
    assertThat(problem.path("errors").path(0).path("message").asText()).isEqualTo(
        lang.equals("zh") ? "'investment'(总投资额)不得为负数,实为-5"
            : "'investment' must not be negative but was -5");
  }

  @ParameterizedTest
  @ValueSource(strings = {"zh", "en"})
  void everyRuleAJavaBuilderWouldRefuseIsListedAtOnceNotOneException(String lang) {
    // Each of these would stop a builder at its first rule; the body gets every one.
    String body = sample(s -> {
      ((ObjectNode) s.at("/ranks/2023")).put("peerCount", 0);
      ((ObjectNode) s.at("/teams/0/tasks/2023")).put("signed-projects", 0);
      project(s, 1).put("id", project(s, 0).path("id").asText());
      ((ObjectNode) s.at("/series/foreign-capital-utilized")).put("2022-12", 2.3);
      project(s, 5).put("team", "team-9");
    });

    Reply reply = post(body, lang);

    JsonNode problem = assertProblem(reply, 422, "invalid-observations");
    assertThat(errors(problem)).containsExactly(
        tuple("/ranks/2023/peerCount", "bad-rank", "0"),
        tuple("/teams/0/tasks/2023/signed-projects", "not-positive", "0"),
        tuple("/series/foreign-capital-utilized/2022-12", "duplicate-period", "2022-12"),
        tuple("/projects/1/id", "duplicate-id", "P-2022-01"),
        tuple("/projects/5/team", "unknown-team", "team-9"));
    assertThat(problem.path("errors").path(0).path("messages").path("zh").asText())
        .isEqualTo("'peerCount'(参与排位单位数)须至少为1,实为0");
    assertThat(problem.path("errors").path(0).path("messages").path("en").asText())
        .isEqualTo("'peerCount' must be at least 1 but was 0");
  }

  @ParameterizedTest
  @ValueSource(strings = {"zh", "en"})
  void aGbkBodyIsRefusedWithAdvice(String lang) throws Exception {
    byte[] gbk = ("{\"asOf\": \"2024-06-30\", \"teams\": [{\"id\": \"t\", \"name\": {\"zh\": "
        + "\"招商一组\", \"en\": \"Team 1\"}}]}").getBytes("GBK");
    JavalinTest.test(app(), (server, client) -> {
      Reply reply = ApiCalls.post(client, RANKING, ApiCalls.JSON,
          java.net.http.HttpRequest.BodyPublishers.ofByteArray(gbk), "Accept-Language", lang);
      JsonNode error = single(assertProblem(reply, 400, "malformed-json"));
      assertThat(error.path("rule").asText()).isEqualTo("not-utf-8");
      assertThat(error.path("messages").path("zh").asText()).contains("GBK", "UTF-8");
    });
  }

  @org.junit.jupiter.api.Test
  void theReadmesExampleOfEveryErrorAtOnceIsTheServersAnswer() throws Exception {
    String readme = java.nio.file.Files.readString(java.nio.file.Path.of("..", "README.md"));
    String body = "{\"asOf\": \"2024-06-30\",\n"
        + " \"projects\": [{\"id\": \"P-1\", \"signedOn\": \"2024-03-01\", \"investment\": \"abc\", "
        + "\"direction\": 5},\n"
        + "              {\"id\": \"P-2\", \"investment\": 12}],\n"
        + " \"events\": [{\"kind\": \"PARTY\", \"date\": \"2024-05-01\"}]}";
    assertThat(readme).contains(body);
    Reply[] reply = new Reply[1];
    JavalinTest.test(app(), (server, client) ->
        reply[0] = postJson(client, PLAN + "/scorecard", body));
    JsonNode problem = assertProblem(reply[0], 400, "invalid-body");
    assertThat(readme).contains("\"detail\": " + MAPPER.writeValueAsString(
        problem.path("detail").asText()));
    assertThat(problem.findValuesAsText("pointer")).containsExactly("/projects/0/investment",
        "/projects/0/direction", "/projects/1/signedOn", "/events/0/kind");
    for (JsonNode error : problem.path("errors")) {
      String message = error.path("message").asText();
      assertThat(readme).contains("\"pointer\": \"" + error.path("pointer").asText()
          + "\", \"message\": " + MAPPER.writeValueAsString(message.length() > 40
              ? message.substring(0, 30) : message).replaceAll("\"$", ""));
    }
    assertThat(readme).contains("\"en\": " + MAPPER.writeValueAsString(
        problem.path("errors").path(0).path("messages").path("en").asText()));
  }

  @org.junit.jupiter.api.Test
  void aBodyOfManyErrorsListsAHundredAndCountsTheRestQuickly() {
    StringBuilder body = new StringBuilder("{\"asOf\": \"2024-06-30\", \"series\": {");
    for (int i = 0; i < 20_000; i++) {
      body.append(i == 0 ? "" : ", ").append("\"cash-fdi\": {\"2022\": null}".replace("cash-fdi",
          i % 2 == 0 ? "cash-fdi-" + i : "x" + i));
    }
    body.append("}, \"projects\": [");
    for (int i = 0; i < 4_000; i++) {
      body.append(i == 0 ? "" : ", ").append("{\"id\": \"P\", \"signedOn\": \"2024-01-01\", "
          + "\"investment\": -1}");
    }
    body.append("]}");
    long started = System.nanoTime();

    Reply reply = post(body.toString(), "zh");

    JsonNode problem = assertProblem(reply, 400, "invalid-body");
    assertThat(problem.path("errors")).hasSize(100);
    // 20,000 nulls (the first 1,000 kept), then the plan's checks: 20,000 unknown indicators,
    // 4,000 negative investments and 3,999 repeated ids.
    assertThat(problem.path("errorsNotListed").asLong()).isEqualTo(20_000 + 20_000 + 4_000
        + 3_999 - 100);
    assertThat(problem.path("detail").asText())
        .startsWith("1000个值为null或超出范围;另有19000处未分类计数;另有27999处与方案");
    assertThat((System.nanoTime() - started) / 1_000_000).as("ms").isLessThan(10_000);
  }

  private static Reply post(String body, String lang) {
    Reply[] reply = new Reply[1];
    JavalinTest.test(app(), (server, client) ->
        reply[0] = postJson(client, RANKING, body, "Accept-Language", lang));
    assertThat(reply[0].header("Content-Language")).isEqualTo(lang);
    JsonNode problem = reply[0].json();
    assertThat(problem.path("title").asText()).isNotBlank();
    for (JsonNode error : problem.path("errors")) {
      assertThat(error.path("message").asText())
          .isEqualTo(error.path("messages").path(lang).asText());
    }
    return reply[0];
  }

  private static io.javalin.Javalin app() {
    return PlanApi.create(PlanCatalog.bundled(), ServerSettings.defaults());
  }

  private static JsonNode single(JsonNode problem) {
    assertThat(problem.path("errors")).as("%s", problem).hasSize(1);
    assertThat(problem.path("detail").asText())
        .isEqualTo(problem.path("errors").path(0).path("message").asText());
    return problem.path("errors").get(0);
  }

  private static List<org.assertj.core.groups.Tuple> errors(JsonNode problem) {
    List<org.assertj.core.groups.Tuple> errors = new ArrayList<>();
    for (JsonNode error : problem.path("errors")) {
      errors.add(tuple(error.path("pointer").asText(), error.path("rule").asText(),
          error.path("value").asText(null)));
    }
    return errors;
  }

  private static ObjectNode project(ObjectNode sample, int index) {
    return (ObjectNode) sample.at("/projects/" + index);
  }

  private static ObjectNode sampleTree() {
    try {
      return (ObjectNode) MAPPER.readTree(ApiCalls.sampleObservations());
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  /** The sample body, changed by {@code change}. */
  private static String sample(Consumer<ObjectNode> change) {
    ObjectNode sample = sampleTree();
    change.accept(sample);
    return sample.toString();
  }
}
