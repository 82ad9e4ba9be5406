package org.planmetrics.api;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;

/**
 * The API's documentation: the hand-written OpenAPI document at {@code /openapi.json}, the
 * Swagger UI page at {@code /docs}, and the Swagger UI files that page loads, for example {@code
 * /webjars/swagger-ui/5.34.1/swagger-ui-bundle.js}.
 *
 * <p>The webjar's files are read on first request and kept. Javalin's webjar handler served the
 * same files but mounted the whole fat jar as a file system at start-up, about a quarter of a
 * second of a two-second start (docs/performance.md).
 */
final class ApiDocs {

  private final byte[] openApi;
  private final byte[] page;
  private final String version;
  private final BundledFiles swaggerUi;
  private final byte[] init = BundledFiles.required("/docs/swagger-init.js");

  private ApiDocs(byte[] openApi, byte[] page, String version) {
    this.openApi = openApi;
    this.page = page;
    this.version = version;
    this.swaggerUi = new BundledFiles("/META-INF/resources/webjars/swagger-ui/" + version,
        "max-age=31622400");
  }

  /** The documents from the jar, with the page pointing at the bundled Swagger UI version. */
  static ApiDocs load() {
    return load(BundledProperties.load().getProperty("swagger-ui.version"));
  }

  private static ApiDocs load(String version) {
    byte[] page = new String(BundledFiles.required("/docs/index.html"), StandardCharsets.UTF_8)
        .replace("SWAGGER_UI_VERSION", version)
        .getBytes(StandardCharsets.UTF_8);
    return new ApiDocs(BundledFiles.required("/openapi.json"), page, version);
  }

  /** Handles {@code GET /openapi.json}. */
  void openApi(Context ctx) {
    ctx.contentType("application/json").result(openApi);
  }

  /** Handles {@code GET /docs}, under the same Content-Security-Policy as the page. */
  void page(Context ctx) {
    WebPage.html(ctx, page);
  }

  /**
   * Handles {@code GET /docs/swagger-init.js}: the script that starts Swagger UI, a file of its
   * own because the policy allows no inline script.
   */
  void init(Context ctx) {
    ctx.header("Cache-Control", "no-cache").contentType("text/javascript; charset=utf-8")
        .result(init);
  }

  /** Handles {@code GET /webjars/swagger-ui/{version}/{file}}. */
  void asset(Context ctx) {
    if (!version.equals(ctx.pathParam("version"))) {
      throw BundledFiles.notFound(ctx);
    }
    swaggerUi.serve(ctx, ctx.pathParam("file"));
  }
}
