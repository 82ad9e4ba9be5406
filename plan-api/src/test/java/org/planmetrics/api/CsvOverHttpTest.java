package org.planmetrics.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.planmetrics.api.AnsweredValues.asAnswered;
import static org.planmetrics.api.ApiCalls.PLAN;
import static org.planmetrics.api.ApiCalls.SCORECARD;
import static org.planmetrics.api.ApiCalls.assertProblem;
import static org.planmetrics.api.ApiCalls.assertProblemAt;
import static org.planmetrics.api.ApiCalls.post;
import static org.planmetrics.api.ApiCalls.postJson;
import static org.planmetrics.api.ApiCalls.sampleObservations;
import static org.planmetrics.api.ScorecardOverHttpTest.withoutTextMembers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.testtools.HttpClient;
import io.javalin.testtools.JavalinTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.planmetrics.api.ApiCalls.Reply;
import org.planmetrics.api.csv.CsvFile;
import org.planmetrics.api.csv.ObservationsCsv;
import org.planmetrics.api.workbook.SampleWorkbook;
import org.planmetrics.metrics.assessment.Assessor;
import org.planmetrics.metrics.observation.Observations;
import org.planmetrics.metrics.result.Assessment;
import org.planmetrics.metrics.result.Scorecard;
import org.planmetrics.model.Plan;
import org.planmetrics.model.json.PlanJson;
import org.planmetrics.model.plans.BundledPlans;

/**
 * The CSV files of the tool's folder posted as {@code multipart/form-data}, as a page's file
 * input sends them, over real HTTP: the same answers as the library reading the folder and as
 * the JSON sample, on every route that reads observations; {@code asOf} required; every bad cell
 * at {@code /<file>/<line>/<column>}; the refusals (a workbook renamed .csv, too many parts, a
 * body that is not multipart, another media type); and the cache keeping CSV and JSON apart.
 */
class CsvOverHttpTest {

  private static final ObjectMapper MAPPER = PlanJson.mapper();
  private static final Plan BUNDLED = BundledPlans.gongqingcheng2022();
  private static final LocalDate AS_OF = LocalDate.of(2024, 6, 30);
  private static final String BOUNDARY = "----PageFormBoundary7MA4YWxkTrZu0gW";
  /** Maven runs the tests with the module as working directory; the repo root is one up. */
  private static final Path SAMPLE_CSV = Path.of("..", "samples", "csv");

  private static Javalin app() {
    return PlanApi.create(PlanCatalog.bundled(), ServerSettings.defaults());
  }

  /** The files of samples/csv, in name order. */
  private static List<CsvFile> sampleFiles() {
    List<CsvFile> files = new ArrayList<>();
    try (Stream<Path> list = Files.list(SAMPLE_CSV)) {
      for (Path path : list.sorted().toList()) {
        files.add(new CsvFile(path.getFileName().toString(), Files.readAllBytes(path)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return files;
  }

  private static CsvFile file(String name, String text) {
    return new CsvFile(name, text.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * {@code files} as a browser encodes a form: one part named {@code file} a file, its file name
   * in UTF-8 between quotes, then the closing boundary.
   */
  static byte[] multipart(String boundary, List<CsvFile> files) {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    for (CsvFile file : files) {
      body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; "
          + "filename=\"" + file.name() + "\"\r\nContent-Type: text/csv\r\n\r\n")
          .getBytes(StandardCharsets.UTF_8));
      body.writeBytes(file.bytes());
      body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
    }
    body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return body.toByteArray();
  }

  private static Reply postFiles(HttpClient client, String path, List<CsvFile> files,
      String... headers) {
    return post(client, path, "multipart/form-data; boundary=" + BOUNDARY,
        BodyPublishers.ofByteArray(multipart(BOUNDARY, files)), headers);
  }

  private static Observations sampleFolder() {
    return ObservationsCsv.read(SAMPLE_CSV, AS_OF, BUNDLED).observations();
  }

  @ParameterizedTest
  @ValueSource(strings = {"zh", "en"})
  void theSampleFilesGiveTheScorecardOfTheFolderAndOfTheJsonSample(String lang) {
    JavalinTest.test(app(), (server, client) -> {
      Reply csv = postFiles(client, SCORECARD + "?asOf=2024-06-30&lang=" + lang, sampleFiles());
      assertThat(csv.status()).as("%s", csv).isEqualTo(200);
      Scorecard overHttp = MAPPER.treeToValue(withoutTextMembers(csv.json()), Scorecard.class);
      assertThat(overHttp).isEqualTo(
          asAnswered(Assessor.of(BUNDLED).scorecard(sampleFolder()), Scorecard.class));
      // The CSV folder holds the JSON sample's figures, as the tool's tests show for the folder.
      Reply json = postJson(client, SCORECARD + "?lang=" + lang, sampleObservations());
      assertThat(csv.json()).isEqualTo(json.json());
    });
  }

  @Test
  void anAssessmentTakesTheFilesToo() {
    JavalinTest.test(app(), (server, client) -> {
      Reply reply = postFiles(client, PLAN + "/targets/fdi-cumulative/assessment?asOf=2024-06-30",
          sampleFiles());
      assertThat(reply.status()).as("%s", reply).isEqualTo(200);
      assertThat(MAPPER.treeToValue(withoutTextMembers(reply.json()), Assessment.class))
          .isEqualTo(asAnswered(
              Assessor.of(BUNDLED).assess("fdi-cumulative", sampleFolder()).orElseThrow(),
              Assessment.class));
    });
  }

  /** The page calls the ranking and the bulletin with the same files; every report takes them. */
  @ParameterizedTest
  @ValueSource(strings = {"/teams/ranking?month=2024-06", "/bulletin?week=2024-W26",
      "/teams/weekly?week=2024-W26", "/teams/quarterly?quarter=2024-Q2", "/projects/funnel",
      "/projects/breakdown"})
  void everyReportTakesTheSameFilesAndAnswersAsForTheJsonSample(String route) {
    JavalinTest.test(app(), (server, client) -> {
      String asOf = (route.contains("?") ? "&" : "?") + "asOf=2024-06-30";
      Reply csv = postFiles(client, PLAN + route + asOf, sampleFiles());
      assertThat(csv.status()).as("%s", csv).isEqualTo(200);
      assertThat(csv.json()).isEqualTo(postJson(client, PLAN + route, sampleObservations()).json());
    });
  }

  @Test
  void withoutAsOfCsvFilesAreRefusedNamingTheParameter() {
    JavalinTest.test(app(), (server, client) -> {
      JsonNode zh = assertProblemAt(postFiles(client, SCORECARD, sampleFiles()), 400,
          "bad-parameter", "/query/asOf");
      assertThat(zh.path("message").asText()).contains("'asOf'为必填项", "CSV文件不含数据截至日期");
      JsonNode en = assertProblemAt(postFiles(client, PLAN + "/bulletin?week=2024-W26",
          sampleFiles(), "Accept-Language", "en"), 400, "bad-parameter", "/query/asOf");
      assertThat(en.path("message").asText()).startsWith("'asOf' is required with CSV files");
    });
  }

  @Test
  void aBadNumberIsA422AtItsFileLineAndColumnInChinese() {
    JavalinTest.test(app(), (server, client) -> {
      Reply reply = postFiles(client, SCORECARD + "?asOf=2024-06-30", List.of(
          file("series.csv", "indicator,period,value\ncash-fdi,2021,0.165\ncash-fdi,2022,lots\n"),
          file("排名.csv", "期间,总量排名,增幅排名,参评单位数\n2023,x,6,13\n")));
      JsonNode problem = assertProblem(reply, 422, "invalid-observations");
      assertThat(problem.path("detail").asText())
          .isEqualTo("CSV文件中有2处与方案'gongqingcheng-2022'不符");
      JsonNode value = assertProblemAt(reply, 422, "invalid-observations", "/series.csv/3/value");
      assertThat(value.path("rule").asText()).isEqualTo("not-a-number");
      assertThat(value.path("value").asText()).isEqualTo("lots");
      assertThat(value.path("message").asText()).startsWith("series.csv 第3行 “value”列:须为数字");
      assertThat(value.path("messages").path("en").asText())
          .startsWith("series.csv:3: column 'value': must be a number");
      assertThat(assertProblemAt(reply, 422, "invalid-observations", "/排名.csv/2/总量排名")
          .path("message").asText()).startsWith("排名.csv 第2行 “总量排名”列:");
    });
  }

  @Test
  void theChecksOfThePlanArePlacedInTheFileTheyCameFrom() {
    JavalinTest.test(app(), (server, client) -> {
      Reply reply = postFiles(client, SCORECARD + "?asOf=2024-06-30&lang=en",
          List.of(file("series.csv", "indicator,period,value\nfdi,2021,1\n")));
      JsonNode error = assertProblemAt(reply, 422, "invalid-observations",
          "/series.csv/2/indicator");
      assertThat(error.path("rule").asText()).isEqualTo("unknown-indicator");
      assertThat(reply.json().path("detail").asText())
          .isEqualTo("1 problem(s) in the CSV files for plan 'gongqingcheng-2022'");
    });
  }

  @Test
  void aWorkbookRenamedCsvIsA400SayingItIsAWorkbook() {
    JavalinTest.test(app(), (server, client) -> {
      Reply reply = postFiles(client, SCORECARD + "?asOf=2024-06-30", List.of(
          new CsvFile("series.csv", SampleWorkbook.filled(BUNDLED))));
      JsonNode error = assertProblemAt(reply, 400, "malformed-csv", "/series.csv");
      assertThat(error.path("rule").asText()).isEqualTo("workbook-not-csv");
      assertThat(error.path("message").asText())
          .isEqualTo(reply.json().path("detail").asText())
          .startsWith("series.csv:这是Excel工作簿(.xlsx),不是CSV文本;请把扩展名改回.xlsx");
    });
  }

  @Test
  void partsThatAreNotCsvFilesAreNotReadAndNoTableAtAllIsA400NamingThem() {
    JavalinTest.test(app(), (server, client) -> {
      List<CsvFile> withOthers = new ArrayList<>(sampleFiles());
      withOthers.add(file("notes.txt", "figures of the statistics bureau"));
      Reply read = postFiles(client, SCORECARD + "?asOf=2024-06-30", withOthers);
      assertThat(read.status()).as("%s", read).isEqualTo(200);

      Reply none = postFiles(client, SCORECARD + "?asOf=2024-06-30",
          List.of(file("notes.txt", "x"), file("data.csv", "a,b\n1,2\n")));
      JsonNode error = assertProblemAt(none, 400, "malformed-csv", "");
      assertThat(error.path("rule").asText()).isEqualTo("no-tables");
      assertThat(error.path("message").asText()).startsWith("所传文件中没有可读的表")
          .endsWith(";所传为 notes.txt、data.csv");
    });
  }

  @Test
  void moreThanSixteenPartsIsA413() {
    List<CsvFile> many = new ArrayList<>();
    for (int i = 0; i <= MultipartFiles.MAX_PARTS; i++) {
      many.add(file("extra-" + i + ".csv", "a,b\n"));
    }
    JavalinTest.test(app(), (server, client) -> {
      JsonNode error = assertProblemAt(postFiles(client, SCORECARD + "?asOf=2024-06-30", many),
          413, "too-many-items", "");
      assertThat(error.path("rule").asText()).isEqualTo("too-many-parts");
      assertThat(error.path("value").asText()).isEqualTo("17");
    });
  }

  @Test
  void aBodyThatIsNotMultipartOrHasNoBoundaryIsA400AndOtherTypesStayA415() {
    JavalinTest.test(app(), (server, client) -> {
      Reply cut = post(client, SCORECARD + "?asOf=2024-06-30", "multipart/form-data; boundary=x",
          BodyPublishers.ofString("--x\r\nContent-Disposition: form-data; name=\"file\"; "
              + "filename=\"series.csv\"\r\n\r\nindicator,period,value\n"));
      assertThat(assertProblemAt(cut, 400, "invalid-body", "").path("rule").asText())
          .isEqualTo("malformed-multipart");
      Reply noBoundary = post(client, SCORECARD + "?asOf=2024-06-30", "multipart/form-data",
          BodyPublishers.ofByteArray(multipart(BOUNDARY, sampleFiles())));
      assertProblemAt(noBoundary, 400, "invalid-body", "/headers/Content-Type");

      Reply text = post(client, PLAN + "/teams/ranking?month=2024-06", "text/csv",
          BodyPublishers.ofString("indicator,period,value\n"), "Accept-Language", "en");
      assertThat(assertProblem(text, 415, "unsupported-media-type").path("detail").asText())
          .isEqualTo("the body must be application/json or multipart/form-data (CSV files) but "
              + "the Content-Type was 'text/csv'");
      Reply mixed = post(client, SCORECARD, "multipart/mixed; boundary=x",
          BodyPublishers.ofString("--x--\r\n"));
      assertThat(assertProblem(mixed, 415, "unsupported-media-type").path("detail").asText())
          .contains("application/json、multipart/form-data(CSV文件)或Excel工作簿");
    });
  }

  @Test
  void theCacheKeepsCsvFilesAndJsonApartAndTellsBoundariesApart() {
    JavalinTest.test(app(), (server, client) -> {
      String scorecard = SCORECARD + "?asOf=2024-06-30";
      Reply json = postJson(client, scorecard, sampleObservations());
      assertThat(json.header("Cache-Status")).isEqualTo("plan-api; fwd=miss; stored");
      Reply csv = postFiles(client, scorecard, sampleFiles());
      assertThat(csv.header("Cache-Status")).isEqualTo("plan-api; fwd=miss; stored");
      assertThat(postFiles(client, scorecard, sampleFiles()).header("Cache-Status"))
          .isEqualTo("plan-api; hit");
      // The same bytes under another boundary are another body: one file, not seven.
      Reply other = post(client, scorecard, "multipart/form-data; boundary=" + BOUNDARY + "x",
          BodyPublishers.ofByteArray(multipart(BOUNDARY, sampleFiles())));
      assertThat(other.header("Cache-Status")).isNull();
      assertProblem(other, 400, "invalid-body");
      Reply later = postFiles(client, SCORECARD + "?asOf=2024-07-31", sampleFiles());
      assertThat(later.header("Cache-Status")).isEqualTo("plan-api; fwd=miss; stored");
      assertThat(later.json().path("asOf").asText()).isEqualTo("2024-07-31");
    });
  }

  @Test
  void moreProjectsThanTheServerTakesIsA413NamingTheFile() {
    ServerSettings settings = ServerSettings.defaults().withLimits(1 << 20, 5, 10_000);
    JavalinTest.test(PlanApi.create(PlanCatalog.bundled(), settings), (server, client) -> {
      JsonNode error = assertProblemAt(postFiles(client, SCORECARD + "?asOf=2024-06-30",
          sampleFiles()), 413, "too-many-items", "/projects.csv");
      assertThat(error.path("message").asText()).isEqualTo("projects.csv:最多5条,实有13条");
    });
  }

  @Test
  void filesOverTheBodyLimitAreA413LikeJson() {
    byte[] body = multipart(BOUNDARY, sampleFiles());
    ServerSettings settings = ServerSettings.defaults().withLimits(body.length - 1, 10_000,
        10_000);
    JavalinTest.test(PlanApi.create(PlanCatalog.bundled(), settings), (server, client) ->
        assertProblem(postFiles(client, SCORECARD + "?asOf=2024-06-30", sampleFiles()), 413,
            "payload-too-large"));
  }
}
