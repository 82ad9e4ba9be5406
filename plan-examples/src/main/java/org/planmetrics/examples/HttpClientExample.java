package org.planmetrics.examples;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.planmetrics.metrics.observation.Observations;
import org.planmetrics.model.json.PlanJson;

/**
 * Calls the REST server with {@code java.net.http} and Jackson: posts observations, reads back
 * the scorecard, and handles an {@code application/problem+json} response.
 *
 * <pre>
 * java -jar plan-api/target/plan-api-0.1.0-SNAPSHOT-all.jar &amp;
 * mvn -B -ntp -q -pl plan-examples exec:exec -Dexec.executable=java \
 *     -Dexec.args="-cp %classpath org.planmetrics.examples.HttpClientExample http://localhost:7070"
 * </pre>
 *
 * <p>It exits with 0 when the server answered both requests as expected, and 1 otherwise.
 */
public final class HttpClientExample {

  public static final URI DEFAULT_BASE = URI.create("http://localhost:7070");
  static final String PLAN_ID = "gongqingcheng-2022";

  private HttpClientExample() {}

  public static void main(String[] args) {
    URI base = args.length > 0 ? URI.create(args[0]) : DEFAULT_BASE;
    System.exit(run(base, System.out));
  }

  /** Runs both calls against the server at {@code base}; returns 0 if both went as expected. */
  public static int run(URI base, PrintStream out) {
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    ObjectMapper mapper = PlanJson.mapper();
    URI scorecardUri = resolve(base, "/api/v1/plans/" + PLAN_ID + "/scorecard?lang=en");
    try {
      // 1. Post observations built in Java; Jackson writes the same JSON a county system would.
      Observations observations = EmbeddingExample.gongqingchengObservations();
      HttpResponse<String> ok = post(client, scorecardUri, mapper.writeValueAsString(observations));
      if (ok.statusCode() != 200) {
        out.printf("unexpected status %d: %s%n", ok.statusCode(), ok.body());
        return 1;
      }
      printScorecard(mapper.readTree(ok.body()), out);

      // 2. A deliberately bad request: an indicator the plan does not have.
      ObjectNode bad = mapper.valueToTree(observations);
      ((ObjectNode) bad.get("series")).putObject("inside-capital").put("2022", 1.5);
      HttpResponse<String> problem = post(client, scorecardUri, mapper.writeValueAsString(bad));
      out.println();
      String contentType = problem.headers().firstValue("Content-Type").orElse("");
      if (!contentType.startsWith("application/problem+json")) {
        out.printf("expected a problem response but got %d %s%n", problem.statusCode(),
            contentType);
        return 1;
      }
      printProblem(mapper.readTree(problem.body()), out);
      return problem.statusCode() == 422 ? 0 : 1;
    } catch (IOException e) {
      out.printf("cannot reach %s: %s%n", base, e);
      return 1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      out.println("interrupted");
      return 1;
    }
  }

  private static URI resolve(URI base, String path) {
    String b = base.toString();
    return URI.create((b.endsWith("/") ? b.substring(0, b.length() - 1) : b) + path);
  }

  private static HttpResponse<String> post(HttpClient client, URI uri, String json)
      throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(uri)
        .timeout(Duration.ofSeconds(30))
        .header("Content-Type", "application/json")
        .header("Accept", "application/json, application/problem+json")
        .POST(HttpRequest.BodyPublishers.ofString(json))
        .build();
    return client.send(request, HttpResponse.BodyHandlers.ofString());
  }

  /** The scorecard as JSON; the server adds {@code explanationText} in the chosen language. */
  static void printScorecard(JsonNode scorecard, PrintStream out) {
    out.printf("scorecard %s as of %s%n", scorecard.path("planId").asText(),
        scorecard.path("asOf").asText());
    for (JsonNode a : scorecard.path("assessments")) {
      out.printf("  %-36s %-15s %s%n", a.path("targetId").asText(), a.path("status").asText(),
          text(a, "explanation"));
    }
    out.printf("counts by status: %s%n", scorecard.path("countsByStatus"));
  }

  /** An RFC 9457 problem: type, status, detail, and each error's pointer and message. */
  static void printProblem(JsonNode problem, PrintStream out) {
    out.printf("problem %s%n", problem.path("type").asText());
    out.printf("  status: %d%n", problem.path("status").asInt());
    out.printf("  detail: %s%n", problem.path("detail").asText());
    for (JsonNode error : problem.path("errors")) {
      out.printf("  %s: %s%n", error.path("pointer").asText(), error.path("message").asText());
    }
  }

  private static String text(JsonNode node, String member) {
    JsonNode chosen = node.get(member + "Text");
    return chosen != null ? chosen.asText() : node.path(member).path("en").asText();
  }
}
