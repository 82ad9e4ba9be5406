package org.planmetrics.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The memory budget for bodies in flight comes back whole after every way a body can end: an
 * answer, the body deadline, a body over the size limit, a body dropped because the budget was
 * full. A reservation that leaked would leave the server answering 503 for good.
 */
class BodyBudgetTest {

  private Javalin app;
  private RequestBodyGate gate;

  @BeforeEach
  void startServer() {
    // 2 MiB of budget: two bodies of 500 KB (each counted twice) fit, a third does not.
    app = PlanServer.start(PlanCatalog.bundled(), ServerSettings.defaults().withPort(0)
        .withBodyBounds(2L << 20, Duration.ofSeconds(1), Duration.ofSeconds(10)));
    gate = app.jettyServer().server().getDescendant(RequestBodyGate.class);
    assertThat(gate).isNotNull();
  }

  @AfterEach
  void stopServer() {
    app.stop();
  }

  private Socket open(String headers, byte[] bodyStart) throws Exception {
    Socket socket = new Socket("localhost", app.port());
    socket.setSoTimeout(20_000);
    OutputStream out = socket.getOutputStream();
    out.write(("POST " + ApiCalls.SCORECARD + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: "
        + "application/json\r\n" + headers + "\r\n").getBytes(StandardCharsets.US_ASCII));
    out.write(bodyStart);
    out.flush();
    return socket;
  }

  private static String status(Socket socket) throws Exception {
    InputStream in = socket.getInputStream();
    return new String(in.readNBytes(12), StandardCharsets.US_ASCII);
  }

  private void assertBudgetReturns() throws InterruptedException {
    // The answer reaches the client just before its callback frees the bytes: wait briefly.
    for (int i = 0; i < 100 && gate.bytesInFlight() != 0; i++) {
      Thread.sleep(20);
    }
    assertThat(gate.bytesInFlight()).isZero();
  }

  @Test
  void bodiesPastTheirDeadlineGiveTheirBytesBack() throws Exception {
    List<Socket> slow = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      slow.add(open("Content-Length: 1000\r\n", "{\"asOf\"".getBytes(StandardCharsets.US_ASCII)));
    }
    for (Socket socket : slow) {
      assertThat(status(socket)).isEqualTo("HTTP/1.1 408");
      socket.close();
    }
    assertBudgetReturns();
  }

  @Test
  void aChunkedBodyOverTheLimitGivesItsBytesBack() throws Exception {
    byte[] chunk = " ".repeat(100_000).getBytes(StandardCharsets.US_ASCII);
    try (Socket socket = open("Transfer-Encoding: chunked\r\n", new byte[0])) {
      OutputStream out = socket.getOutputStream();
      for (int i = 0; i < 12; i++) {
        out.write((Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(chunk);
        out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
      }
      out.flush();
      assertThat(status(socket)).isEqualTo("HTTP/1.1 413");
    }
    assertBudgetReturns();
  }

  @Test
  void bodiesDroppedForAFullBudgetAndBodiesAnsweredGiveTheirBytesBack() throws Exception {
    byte[] body = (ApiCalls.exampleObservations() + " ".repeat(500_000))
        .getBytes(StandardCharsets.UTF_8);
    List<Socket> sockets = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      // Half of each body first, so that all four hold their reservation at once.
      sockets.add(open("Content-Length: " + body.length + "\r\n",
          java.util.Arrays.copyOf(body, body.length / 2)));
    }
    List<String> statuses = new ArrayList<>();
    for (Socket socket : sockets) {
      socket.getOutputStream().write(body, body.length / 2, body.length - body.length / 2);
      socket.getOutputStream().flush();
    }
    for (Socket socket : sockets) {
      statuses.add(status(socket));
      socket.close();
    }
    assertThat(statuses).containsOnly("HTTP/1.1 200", "HTTP/1.1 503").contains("HTTP/1.1 503",
        "HTTP/1.1 200");
    assertBudgetReturns();
  }
}
