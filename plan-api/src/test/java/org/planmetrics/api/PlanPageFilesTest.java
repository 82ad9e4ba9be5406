package org.planmetrics.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.planmetrics.api.ApiCalls.getStaticAsset;

import io.javalin.testtools.JavalinTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.planmetrics.api.ApiCalls.Reply;

/**
 * The page at {@code /} as files, without a browser (the browser tests are in {@code page}):
 * every file it loads is served from the jar, under a policy without inline script or style and
 * without third-party origins; its scripts call only operations of the OpenAPI document; and its
 * files stay small enough for a county intranet.
 */
class PlanPageFilesTest {

  private static final Pattern REFERENCED = Pattern.compile("(?:href|src)=\"(/[^\"]*)\"");
  private static final Pattern IMPORTED = Pattern.compile("from \"\\./([a-z-]+\\.js)\"");
  private static final Pattern API_PATH = Pattern.compile("`?(/api/v1/[^`\"?]*)");

  private static io.javalin.Javalin app() {
    return PlanApi.create(PlanCatalog.bundled(), ServerSettings.defaults());
  }

  @Test
  void thePageIsServedAtTheRootUnderAPolicyWithoutInlineCodeOrOtherOrigins() {
    JavalinTest.test(app(), (server, client) -> {
      Reply page = getStaticAsset(client, "/");
      assertThat(page.status()).isEqualTo(200);
      assertThat(page.contentType()).startsWith("text/html");
      assertThat(page.body()).contains("<html lang=\"zh-CN\">").doesNotContain(
          "ECHARTS_VERSION", "<style", " style=", "onclick=", "http://", "https://");
      assertThat(page.body()).doesNotContainPattern("<script>[^<]");
      String policy = page.header("Content-Security-Policy");
      assertThat(policy).contains("default-src 'self'", "script-src 'self'", "style-src 'self'",
          "connect-src 'self'", "frame-ancestors 'none'").doesNotContain("unsafe", "http", "*");
      assertThat(page.header("X-Content-Type-Options")).isEqualTo("nosniff");
    });
  }

  @Test
  void everyFileThePageLoadsIsServedFromTheJarAndTheyTotalUnderOneAndAHalfMegabytes() {
    JavalinTest.test(app(), (server, client) -> {
      Map<String, Integer> sizes = new LinkedHashMap<>();
      Deque<String> toLoad = new ArrayDeque<>();
      Matcher referenced = REFERENCED.matcher(getStaticAsset(client, "/").body());
      while (referenced.find()) {
        if (!referenced.group(1).startsWith("/docs")) {
          toLoad.add(referenced.group(1));
        }
      }
      assertThat(toLoad).contains("/page/page.css", "/page/main.js",
          "/webjars/echarts/5.3.1/dist/echarts.min.js");
      while (!toLoad.isEmpty()) {
        String path = toLoad.pop();
        if (sizes.containsKey(path)) {
          continue;
        }
        HttpResponse<byte[]> file = raw(server.port(), path);
        assertThat(file.statusCode()).as(path).isEqualTo(200);
        String type = file.headers().firstValue("Content-Type").orElse("");
        assertThat(type).as(path).startsWith(path.endsWith(".css") ? "text/css"
            : "text/javascript");
        assertThat(file.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        sizes.put(path, file.body().length);
        if (path.startsWith("/page/") && path.endsWith(".js")) {
          String script = new String(file.body(), java.nio.charset.StandardCharsets.UTF_8);
          assertThat(script).as(path).doesNotContain("http://", "https://", "innerHTML",
              "eval(");
          Matcher imports = IMPORTED.matcher(script);
          while (imports.find()) {
            toLoad.add("/page/" + imports.group(1));
          }
        }
      }
      assertThat(sizes.keySet()).contains("/page/cards.js", "/page/charts.js",
          "/page/duties.js", "/page/teams.js", "/page/api.js", "/page/format.js");
      int total = sizes.values().stream().mapToInt(Integer::intValue).sum();
      assertThat(total).as("bytes of %s", sizes).isLessThan(1_500_000);
    });
  }

  @Test
  void thePageCallsOnlyOperationsOfTheOpenApiDocument() {
    Set<String> documented = new TreeSet<>();
    for (String operation : OpenApiContract.load().operations()) {
      documented.add(operation.substring(operation.indexOf(' ') + 1)
          .replaceAll("\\{[^}]+}", "{}"));
    }
    JavalinTest.test(app(), (server, client) -> {
      Set<String> called = new TreeSet<>();
      for (String file : new String[] {"main.js", "teams.js", "api.js", "cards.js"}) {
        Matcher path = API_PATH.matcher(getStaticAsset(client, "/page/" + file).body());
        while (path.find()) {
          called.add(path.group(1).replaceAll("\\$\\{[^}]+}", "{}"));
        }
      }
      assertThat(called).contains("/api/v1/plans", "/api/v1/plans/{}/scorecard",
          "/api/v1/plans/{}/teams/ranking", "/api/v1/plans/{}/bulletin");
      assertThat(documented).containsAll(called);
    });
  }

  @Test
  void onlyThePagesOwnFilesAndTheBundledEChartsAreServed() {
    JavalinTest.test(app(), (server, client) -> {
      for (String path : new String[] {"/page/nothing.js", "/page/.hidden",
          "/page/%2e%2e%2fopenapi.json", "/page/..%2F..%2Fplan-api.properties",
          "/webjars/echarts/5.3.0/dist/echarts.min.js",
          "/webjars/echarts/5.3.1/dist/%2e%2e%2fLICENSE", "/page/index.html"}) {
        Reply reply = getStaticAsset(client, path);
        assertThat(reply.status()).as(path).isIn(400, 404);
        assertThat(reply.contentType()).as(path).startsWith("application/problem+json");
      }
      Reply sample = getStaticAsset(client, "/page/gongqingcheng-sample.json");
      assertThat(sample.status()).isEqualTo(200);
      assertThat(sample.body()).contains("\"asOf\"");
    });
  }

  private static HttpResponse<byte[]> raw(int port, String path) throws Exception {
    return HttpClient.newHttpClient().send(HttpRequest.newBuilder(
        URI.create("http://localhost:" + port + path)).build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }
}
