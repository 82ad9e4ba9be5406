package org.planmetrics.api;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.planmetrics.model.LocalizedText;

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

  /** One file name of the webjar's folder: no slash, and no leading dot, so no "..". */
  private static final Pattern FILE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

  private static final String CACHE_CONTROL = "max-age=31622400";

  private final byte[] openApi;
  private final byte[] page;
  private final String version;
  /** Only files that exist are kept, so requests for made-up names cannot grow it. */
  private final Map<String, byte[]> files = new ConcurrentHashMap<>();

  private ApiDocs(byte[] openApi, byte[] page, String version) {
    this.openApi = openApi;
    this.page = page;
    this.version = version;
  }

  /** The documents from the jar, with the page pointing at the bundled Swagger UI version. */
  static ApiDocs load() {
    Properties properties = new Properties();
    try (InputStream in = ApiDocs.class.getResourceAsStream("/plan-api.properties")) {
      properties.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String version = properties.getProperty("swagger-ui.version");
    byte[] page = new String(resource("/docs/index.html"), StandardCharsets.UTF_8)
        .replace("SWAGGER_UI_VERSION", version)
        .getBytes(StandardCharsets.UTF_8);
    return new ApiDocs(resource("/openapi.json"), page, version);
  }

  /** Handles {@code GET /openapi.json}. */
  void openApi(Context ctx) {
    ctx.contentType("application/json").result(openApi);
  }

  /** Handles {@code GET /docs}. */
  void page(Context ctx) {
    ctx.contentType("text/html; charset=utf-8").result(page);
  }

  /** Handles {@code GET /webjars/swagger-ui/{version}/{file}}. */
  void asset(Context ctx) {
    String file = ctx.pathParam("file");
    if (!version.equals(ctx.pathParam("version")) || !FILE_NAME.matcher(file).matches()) {
      throw ApiProblem.notFound(LocalizedText.of("此处没有资源:" + ctx.path(),
          "no resource at " + ctx.path()));
    }
    byte[] bytes = files.get(file);
    if (bytes == null) {
      bytes = read(file);
      if (bytes == null) {
        throw ApiProblem.notFound(LocalizedText.of("此处没有资源:" + ctx.path(),
          "no resource at " + ctx.path()));
      }
      files.put(file, bytes);
    }
    ctx.header("Cache-Control", CACHE_CONTROL).contentType(contentType(file)).result(bytes);
  }

  private byte[] read(String file) {
    String name = "/META-INF/resources/webjars/swagger-ui/" + version + "/" + file;
    try (InputStream in = ApiDocs.class.getResourceAsStream(name)) {
      return in == null ? null : in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name, e);
    }
  }

  private static String contentType(String file) {
    String extension = file.substring(file.lastIndexOf('.') + 1);
    switch (extension) {
      case "css":
        return "text/css; charset=utf-8";
      case "js":
        return "text/javascript; charset=utf-8";
      case "html":
        return "text/html; charset=utf-8";
      case "png":
        return "image/png";
      case "json":
      case "map":
        return "application/json";
      default:
        return "application/octet-stream";
    }
  }

  private static byte[] resource(String name) {
    try (InputStream in = ApiDocs.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
