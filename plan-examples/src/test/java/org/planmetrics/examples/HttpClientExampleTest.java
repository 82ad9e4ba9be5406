package org.planmetrics.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.planmetrics.api.PlanCatalog;
import org.planmetrics.api.PlanServer;
import org.planmetrics.api.ServerSettings;

class HttpClientExampleTest {

  private static Javalin app;

  @BeforeAll
  static void startServer() {
    app = PlanServer.start(PlanCatalog.bundled(), ServerSettings.defaults().withPort(0));
  }

  @AfterAll
  static void stopServer() {
    app.stop();
  }

  @Test
  void postsObservationsReadsTheScorecardAndHandlesAProblem() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    int code = HttpClientExample.run(URI.create("http://localhost:" + app.port()),
        new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String out = bytes.toString(StandardCharsets.UTF_8);

    assertThat(code).as(out).isZero();
    assertThat(out).contains("scorecard gongqingcheng-2022 as of 2023-06-30");
    assertThat(out).containsPattern("fdi-cumulative\\s+BEHIND\\s+Foreign capital actually "
        + "utilised totals 3.36");
    assertThat(out).contains("\"BEHIND\":7");
    assertThat(out).containsPattern("problem \\S+invalid-observations");
    assertThat(out).contains("status: 422");
    assertThat(out).contains("/series/inside-capital: ");
  }

  @Test
  void reportsAServerThatCannotBeReached() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    int code = HttpClientExample.run(URI.create("http://localhost:1"),
        new PrintStream(bytes, true, StandardCharsets.UTF_8));
    assertThat(code).isEqualTo(1);
    assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("cannot reach http://localhost:1");
  }
}
