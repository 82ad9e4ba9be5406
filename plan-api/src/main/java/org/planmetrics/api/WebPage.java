package org.planmetrics.api;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;

/**
 * The page for people who read the results, at {@code /}: the scorecard with traffic lights,
 * charts, the duties and the teams, in plain HTML, CSS and JavaScript modules from {@code
 * /page/}, with Apache ECharts from its webjar. The page calls the public REST API under {@code
 * /api/v1} like any other client; it has no routes of its own.
 *
 * <p>Every HTML answer carries a Content-Security-Policy that allows this server's own files and
 * nothing else: no inline script or style, no third-party origin. County intranets are closed,
 * so nothing may come from outside anyway, and the policy makes any slip show at once in the
 * browser tests rather than on an official's screen.
 */
final class WebPage {

  /**
   * The policy of every HTML page. {@code img-src data:} is for the images ECharts and Swagger UI
   * make in the page; {@code blob:} for the files the page saves (the bulletin as Markdown).
   */
  static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
      + "style-src 'self'; img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; "
      + "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

  /** The page's own files change with each release, so the browser asks again each time. */
  private static final String REVALIDATE = "no-cache";
  /** A webjar's files sit under their version, so they never change at one address. */
  private static final String FOR_A_YEAR = "max-age=31622400, immutable";

  private final byte[] index;
  private final BundledFiles pageFiles = new BundledFiles("/page", REVALIDATE);
  private final BundledFiles echarts;
  private final String echartsVersion;

  WebPage(String echartsVersion) {
    this.echartsVersion = echartsVersion;
    this.echarts = new BundledFiles("/META-INF/resources/webjars/echarts/" + echartsVersion
        + "/dist", FOR_A_YEAR);
    this.index = new String(BundledFiles.required("/page/index.html"), StandardCharsets.UTF_8)
        .replace("ECHARTS_VERSION", echartsVersion).getBytes(StandardCharsets.UTF_8);
  }

  /** Handles {@code GET /}. */
  void index(Context ctx) {
    html(ctx, index);
  }

  /** Handles {@code GET /page/{file}}: the page's scripts and styles. */
  void pageFile(Context ctx) {
    String file = ctx.pathParam("file");
    if (file.equals("index.html")) {
      // Only at "/", with its ECharts version filled in and its policy.
      throw BundledFiles.notFound(ctx);
    }
    pageFiles.serve(ctx, file);
  }

  /** Handles {@code GET /webjars/echarts/{version}/dist/{file}}. */
  void echartsFile(Context ctx) {
    if (!echartsVersion.equals(ctx.pathParam("version"))) {
      throw BundledFiles.notFound(ctx);
    }
    echarts.serve(ctx, ctx.pathParam("file"));
  }

  /** Answers with an HTML page under this server's policy. */
  static void html(Context ctx, byte[] page) {
    ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY)
        .header("X-Content-Type-Options", "nosniff")
        .header("Referrer-Policy", "no-referrer")
        .header("Cache-Control", REVALIDATE)
        .contentType("text/html; charset=utf-8").result(page);
  }
}
