package org.planmetrics.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;

/**
 * The baseline for the HTTP and start-up benchmarks: bare Javalin with one POST route that reads
 * the JSON body with the project's Jackson settings into a {@link JsonNode} and echoes a small
 * answer, and a GET /health. Usage: {@code java -cp benchmarks.jar
 * org.planmetrics.bench.BareEchoServer [port]} (default 7071).
 */
public final class BareEchoServer {

  private BareEchoServer() {}

  public static void main(String[] args) {
    int port = args.length > 0 ? Integer.parseInt(args[0]) : 7071;
    ObjectMapper mapper = org.planmetrics.model.json.PlanJson.newMapper();
    Javalin.create(config -> {
      config.routes.get("/health", ctx -> ctx.contentType("application/json")
          .result("{\"status\":\"UP\"}"));
      config.routes.post("/echo", ctx -> {
        JsonNode body = mapper.readTree(ctx.bodyInputStream());
        ctx.contentType("application/json").result(mapper.writeValueAsString(
            mapper.createObjectNode().put("ok", true).put("fields", body.size())));
      });
    }).start(port);
  }
}
