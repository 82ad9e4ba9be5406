package org.planmetrics.api;

import io.javalin.http.Context;
import java.util.List;
import org.planmetrics.model.LocalizedText;

/**
 * The handlers that run before every route: CORS headers for the configured origins, and the
 * refusal of a path with a {@code %} that is no percent-escape, such as {@code
 * /api/v1/plans/%u002e}.
 */
final class RequestChecks {

  private final List<String> corsOrigins;

  RequestChecks(List<String> corsOrigins) {
    this.corsOrigins = List.copyOf(corsOrigins);
  }

  /**
   * Adds the CORS headers for an allowed {@code Origin}, and answers a preflight with 204. A
   * small before-handler rather than Javalin's CORS plugin: the plugin answers a foreign origin
   * with status 400 yet still runs the endpoint, an inconsistent response. Here a foreign origin
   * simply gets no CORS headers, and the browser enforces the rest.
   */
  void cors(Context ctx) {
    String origin = ctx.header("Origin");
    boolean any = corsOrigins.contains("*");
    if (origin == null || !(any || corsOrigins.contains(origin))) {
      return;
    }
    ctx.header("Access-Control-Allow-Origin", any ? "*" : origin);
    if (!any) {
      JsonResponses.vary(ctx, "Origin");
    }
    if ("OPTIONS".equals(ctx.method().name())
        && ctx.header("Access-Control-Request-Method") != null) {
      ctx.header("Access-Control-Allow-Methods", "GET, POST");
      ctx.header("Access-Control-Allow-Headers",
          "Content-Type, Accept-Language, Authorization");
      ctx.header("Access-Control-Max-Age", "600");
      ctx.status(204);
      ctx.skipRemainingHandlers();
    }
  }

  /**
   * Refuses a path with a {@code %} that is not followed by two hex digits, such as {@code
   * /api/v1/plans/%u002e}, with a 400 problem. It runs before the routes decode path
   * parameters, which threw on such a path.
   */
  static void checkPathEscapes(Context ctx) {
    String path = ctx.req().getRequestURI();
    for (int i = path.indexOf('%'); i >= 0; i = path.indexOf('%', i + 1)) {
      if (i + 2 >= path.length() || Character.digit(path.charAt(i + 1), 16) < 0
          || Character.digit(path.charAt(i + 2), 16) < 0) {
        String escape = path.substring(i, Math.min(path.length(), i + 3));
        throw ApiProblem.of(400, "invalid-request", "Bad Request", "", "bad-path",
            LocalizedText.of("路径中的'" + escape + "'不是百分号转义(应为%后跟两位十六进制数字)",
                "the path has '" + escape + "', which is not a percent-escape (%XX with two hex "
                    + "digits)"), escape);
      }
    }
  }
}
