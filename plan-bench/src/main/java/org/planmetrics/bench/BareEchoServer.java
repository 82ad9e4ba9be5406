package org.planmetrics.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The baseline for the HTTP and start-up benchmarks: bare Javalin with a POST route that reads
 * the JSON body with the project's Jackson settings into a {@link JsonNode} and echoes a small
 * answer, and a GET /health. A second POST route, {@code /reply?bytes=N}, reads the body the same
 * way but answers with a fixed JSON document of N bytes, made once: with N the size of a
 * scorecard answer, it separates what sending that much costs from what computing it costs.
 * Usage: {@code java -cp benchmarks.jar org.planmetrics.bench.BareEchoServer [port]} (default
 * 7071).
 */
public final class BareEchoServer {

  private BareEchoServer() {}

  public static void main(String[] args) {
    int port = args.length > 0 ? Integer.parseInt(args[0]) : 7071;
    ObjectMapper mapper = org.planmetrics.model.json.PlanJson.newMapper();
    Map<Integer, byte[]> replies = new ConcurrentHashMap<>();
    Javalin.create(config -> {
      config.routes.get("/health", ctx -> ctx.contentType("application/json")
          .result("{\"status\":\"UP\"}"));
      config.routes.post("/reply", ctx -> {
        JsonNode body = mapper.readTree(ctx.bodyInputStream());
        int bytes = Integer.parseInt(ctx.queryParam("bytes"));
        ctx.contentType("application/json").result(replies.computeIfAbsent(bytes,
            size -> reply(body.size(), size)));
      });
      config.routes.post("/echo", ctx -> {
        JsonNode body = mapper.readTree(ctx.bodyInputStream());
        ctx.contentType("application/json").result(mapper.writeValueAsString(
            mapper.createObjectNode().put("ok", true).put("fields", body.size())));
      });
    }).start(port);
  }

  /** {"ok":true,"fields":N,"padding":"xxx…"} of exactly {@code size} bytes (at least the head). */
  private static byte[] reply(int fields, int size) {
    String head = "{\"ok\":true,\"fields\":" + fields + ",\"padding\":\"";
    int padding = Math.max(0, size - head.length() - 2);
    return (head + "x".repeat(padding) + "\"}").getBytes(StandardCharsets.US_ASCII);
  }
}
