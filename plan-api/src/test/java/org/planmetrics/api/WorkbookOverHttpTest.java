package org.planmetrics.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.planmetrics.api.AnsweredValues.asAnswered;
import static org.planmetrics.api.ApiCalls.PLAN;
import static org.planmetrics.api.ApiCalls.SCORECARD;
import static org.planmetrics.api.ApiCalls.assertProblem;
import static org.planmetrics.api.ApiCalls.assertProblemAt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.testtools.JavalinTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.Map;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.planmetrics.api.ApiCalls.Reply;
import org.planmetrics.api.workbook.HostileWorkbooks;
import org.planmetrics.api.workbook.ObservationsTemplate;
import org.planmetrics.api.workbook.ObservationsWorkbook;
import org.planmetrics.api.workbook.SampleWorkbook;
import org.planmetrics.metrics.assessment.Assessor;
import org.planmetrics.metrics.result.Assessment;
import org.planmetrics.metrics.result.Scorecard;
import org.planmetrics.model.Plan;
import org.planmetrics.model.json.PlanJson;
import org.planmetrics.model.plans.BundledPlans;

/**
 * The workbook over real HTTP: the template to download, a filled template posted to the
 * scorecard and to an assessment (the same result as the JSON sample gives), the scorecard asked
 * for as a workbook, and the refusals (three bad cells listed at once, a zip bomb, a file that
 * is no workbook, a workbook where only JSON is taken). Every answer is checked against the
 * OpenAPI document.
 */
class WorkbookOverHttpTest {

  private static final String XLSX = ObservationsWorkbook.MEDIA_TYPE;
  private static final String TEMPLATE = PLAN + "/observations-template.xlsx";
  private static final Plan BUNDLED = BundledPlans.gongqingcheng2022();
  private static final ObjectMapper MAPPER = PlanJson.mapper();

  /** An answer with its body as bytes, for the workbooks the API sends. */
  private record Binary(int status, String contentType, byte[] body,
      java.net.http.HttpHeaders headers) {

    String header(String name) {
      return headers.firstValue(name).orElse(null);
    }
  }

  private static Javalin app() {
    return PlanApi.create(PlanCatalog.bundled(), ServerSettings.defaults());
  }

  private static Binary send(Javalin server, String method, String path, String contentType,
      byte[] body, String... headers) throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(
        URI.create("http://localhost:" + server.port() + path));
    if (body == null) {
      request.GET();
    } else {
      request.POST(HttpRequest.BodyPublishers.ofByteArray(body))
          .header("Content-Type", contentType);
    }
    for (int i = 0; i + 1 < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    HttpResponse<byte[]> response = HttpClient.newHttpClient().send(request.build(),
        HttpResponse.BodyHandlers.ofByteArray());
    String type = response.headers().firstValue("Content-Type").orElse(null);
    // Every answer, workbook or JSON, must be one the OpenAPI document describes.
    ApiCalls.check(new Reply(method, path, response.statusCode(), type,
        new String(response.body(), StandardCharsets.UTF_8),
        new io.javalin.testtools.HttpHeaders(response.headers())));
    return new Binary(response.statusCode(), type, response.body(), response.headers());
  }

  private static JsonNode json(Binary answer) throws IOException {
    return MAPPER.readTree(answer.body());
  }

  private static Reply reply(String path, Binary answer) {
    return new Reply("POST", path, answer.status(), answer.contentType(),
        new String(answer.body(), StandardCharsets.UTF_8),
        new io.javalin.testtools.HttpHeaders(answer.headers()));
  }

  @Test
  void theTemplateIsAWorkbookToDownloadTheSameEveryTime() {
    JavalinTest.test(app(), (server, client) -> {
      Binary template = send(server, "GET", TEMPLATE, null, null);
      assertThat(template.status()).isEqualTo(200);
      assertThat(template.contentType()).isEqualTo(XLSX);
      assertThat(template.header("Content-Disposition")).isEqualTo(
          "attachment; filename=\"gongqingcheng-2022-observations-template.xlsx\"");
      assertThat(template.body()).isEqualTo(ObservationsTemplate.write(BUNDLED));
      try (ReadableWorkbook workbook = new ReadableWorkbook(
          new ByteArrayInputStream(template.body()))) {
        assertThat(workbook.getSheets().map(s -> s.getName()).toList()).containsExactly(
            "填写说明", "指标数据", "项目台账", "排名", "活动记录", "组团任务", "下拉选项");
      }
      Binary unknown = send(server, "GET", "/api/v1/plans/nowhere/observations-template.xlsx",
          null, null);
      assertThat(unknown.status()).isEqualTo(404);
    });
  }

  @Test
  void aFilledTemplatePostedToTheScorecardGivesTheScorecardOfTheJsonSample() {
    byte[] filled = SampleWorkbook.filled(BUNDLED);
    JavalinTest.test(app(), (server, client) -> {
      Binary answer = send(server, "POST", SCORECARD + "?lang=en", XLSX, filled);
      assertThat(answer.status()).as(new String(answer.body(), StandardCharsets.UTF_8))
          .isEqualTo(200);
      assertThat(answer.contentType()).startsWith("application/json");
      Scorecard overHttp = MAPPER.treeToValue(ScorecardOverHttpTest.withoutTextMembers(
          json(answer)), Scorecard.class);
      Scorecard fromJson = Assessor.of(BUNDLED).scorecard(SampleWorkbook.sample());
      assertThat(overHttp).usingRecursiveComparison()
          .withComparatorForType(Comparator.naturalOrder(), BigDecimal.class)
          .isEqualTo(asAnswered(fromJson, Scorecard.class));
      assertThat(json(answer).at("/assessments/11/explanationText").asText())
          .startsWith("Share of leading-industry projects");

      // The same workbook again is answered from the cache, byte for byte.
      Binary again = send(server, "POST", SCORECARD + "?lang=en", XLSX, filled);
      assertThat(again.header("Cache-Status")).isEqualTo("plan-api; hit");
      assertThat(again.body()).isEqualTo(answer.body());
    });
  }

  @Test
  void asOfInTheQueryStandsInForTheWorkbooksDate() {
    byte[] filled = SampleWorkbook.filled(BUNDLED);
    JavalinTest.test(app(), (server, client) -> {
      Binary answer = send(server, "POST", SCORECARD + "?asOf=2023-12-31", XLSX, filled);
      assertThat(answer.status()).as(new String(answer.body(), StandardCharsets.UTF_8))
          .isEqualTo(200);
      Scorecard overHttp = MAPPER.treeToValue(ScorecardOverHttpTest.withoutTextMembers(
          json(answer)), Scorecard.class);
      assertThat(overHttp).usingRecursiveComparison()
          .withComparatorForType(Comparator.naturalOrder(), BigDecimal.class)
          .isEqualTo(asAnswered(Assessor.of(BUNDLED).scorecard(SampleWorkbook.sample()
              .withAsOf(java.time.LocalDate.parse("2023-12-31"))), Scorecard.class));
    });
  }

  @Test
  void aFilledTemplatePostedToAnAssessmentGivesThatTargetsAssessment() {
    JavalinTest.test(app(), (server, client) -> {
      Binary answer = send(server, "POST", PLAN + "/targets/fdi-cumulative/assessment", XLSX,
          SampleWorkbook.filled(BUNDLED));
      assertThat(answer.status()).isEqualTo(200);
      Assessment overHttp = MAPPER.treeToValue(ScorecardOverHttpTest.withoutTextMembers(
          json(answer)), Assessment.class);
      assertThat(overHttp).usingRecursiveComparison()
          .withComparatorForType(Comparator.naturalOrder(), BigDecimal.class)
          .isEqualTo(asAnswered(Assessor.of(BUNDLED)
              .assess("fdi-cumulative", SampleWorkbook.sample()).orElseThrow(), Assessment.class));
      assertThat(overHttp.actual().orElseThrow().value()).isEqualByComparingTo("5.86");
    });
  }

  @Test
  void theScorecardComesBackAsAWorkbookWhenAcceptPrefersOne() {
    JavalinTest.test(app(), (server, client) -> {
      // A workbook in, a workbook out; and JSON in, a workbook out.
      for (Map.Entry<String, byte[]> body : Map.of(XLSX, SampleWorkbook.filled(BUNDLED),
          "application/json", ApiCalls.sampleObservations().getBytes(StandardCharsets.UTF_8))
          .entrySet()) {
        Binary answer = send(server, "POST", SCORECARD, body.getKey(), body.getValue(),
            "Accept", XLSX + ", application/json;q=0.5");
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.contentType()).isEqualTo(XLSX);
        assertThat(answer.header("Content-Disposition"))
            .isEqualTo("attachment; filename=\"gongqingcheng-2022-scorecard.xlsx\"");
        assertThat(answer.header("Vary")).contains("Accept");
        Row share = targetRow(answer.body(), "目标", "leading-industry-share");
        assertThat(share.getCellAsString(3)).hasValue("落后");
        assertThat(share.getCellAsNumber(4)).hasValueSatisfying(v ->
            assertThat(v).isEqualByComparingTo("0.7"));
        assertThat(share.getCellAsString(8)).hasValue("确保");
      }
      Binary english = send(server, "POST", SCORECARD + "?lang=en", XLSX,
          SampleWorkbook.filled(BUNDLED), "Accept", XLSX);
      assertThat(targetRow(english.body(), "Targets", "leading-industry-share")
          .getCellAsString(3)).hasValue("behind");
      // JSON preferred, or no Accept: JSON, as before.
      Binary json = send(server, "POST", SCORECARD, XLSX, SampleWorkbook.filled(BUNDLED),
          "Accept", "application/json, " + XLSX + ";q=0.9");
      assertThat(json.contentType()).startsWith("application/json");
    });
  }

  private static Row targetRow(byte[] xlsx, String sheet, String targetId) throws IOException {
    try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
      for (Row row : workbook.findSheet(sheet).orElseThrow().read()) {
        if (row.getCellAsString(2).filter(targetId::equals).isPresent()) {
          return row;
        }
      }
    }
    throw new AssertionError("no row for " + targetId);
  }

  @Test
  void threeBadCellsAreAnsweredWithOne422ListingAllThree() {
    JavalinTest.test(app(), (server, client) -> {
      Binary answer = send(server, "POST", SCORECARD, XLSX,
          SampleWorkbook.filledWithThreeBadCells(BUNDLED));
      Reply reply = reply(SCORECARD, answer);
      JsonNode problem = assertProblem(reply, 422, "invalid-observations");
      assertThat(problem.path("errors")).hasSize(3);
      JsonNode investment = assertProblemAt(reply, 422, "invalid-observations",
          "/项目台账/3/投资额(亿元) investment");
      assertThat(investment.path("rule").asText()).isEqualTo("not-a-number");
      // Chinese by default, the request's language; both are in 'messages'.
      assertThat(investment.path("message").asText()).contains("第3行", "'abc'");
      assertThat(investment.path("messages").path("en").asText()).contains("row 3", "'abc'");
      assertProblemAt(reply, 422, "invalid-observations", "/项目台账/4/签约日期 signedOn");
      assertProblemAt(reply, 422, "invalid-observations", "/项目台账/5/工业项目 industrial");
      assertThat(reply.body()).doesNotContain("Exception", "java.", "FastExcel", "dhatim");
    });
  }

  @Test
  void aZipBombIsRefusedAs413BeforeItIsUnzipped() {
    JavalinTest.test(app(), (server, client) -> {
      byte[] bomb = HostileWorkbooks.lying(HostileWorkbooks.zipBomb(256L << 20));
      Binary answer = send(server, "POST", SCORECARD, XLSX, bomb);
      JsonNode problem = assertProblem(reply(SCORECARD, answer), 413, "workbook-too-large");
      assertThat(problem.at("/errors/0/rule").asText()).isEqualTo("part-too-large");
      assertThat(problem.path("detail").asText()).contains("8388608");
    });
  }

  @Test
  void aFileThatIsNoWorkbookIsA400AndAWorkbookWhereOnlyJsonIsTakenA415() {
    JavalinTest.test(app(), (server, client) -> {
      Binary text = send(server, "POST", SCORECARD, XLSX,
          "{\"asOf\": \"2024-06-30\"}".getBytes(StandardCharsets.UTF_8));
      JsonNode problem = assertProblem(reply(SCORECARD, text), 400, "malformed-workbook");
      assertThat(problem.at("/errors/0/rule").asText()).isEqualTo("not-a-workbook");

      String ranking = PLAN + "/teams/ranking?month=2024-06";
      Binary onlyJson = send(server, "POST", ranking, XLSX, SampleWorkbook.filled(BUNDLED));
      JsonNode refused = assertProblem(reply(ranking, onlyJson), 415, "unsupported-media-type");
      assertThat(refused.path("detail").asText()).doesNotContain("workbook");
    });
  }

  @Test
  void aWorkbookOverTheBodyLimitIsA413LikeJson() {
    byte[] filled = SampleWorkbook.filled(BUNDLED);
    ServerSettings settings = ServerSettings.defaults().withLimits(filled.length - 1, 10_000,
        10_000);
    JavalinTest.test(PlanApi.create(PlanCatalog.bundled(), settings), (server, client) -> {
      Binary answer = send(server, "POST", SCORECARD, XLSX, filled);
      assertProblem(reply(SCORECARD, answer), 413, "payload-too-large");
    });
  }
}
