package org.planmetrics.api;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The Swagger UI files that the {@code /docs} page loads, for example {@code
 * /webjars/swagger-ui/5.34.1/swagger-ui-bundle.js}, read from the swagger-ui webjar on first
 * request and kept. Javalin's webjar handler served the same files but mounted the whole fat jar
 * as a file system at start-up, about a quarter of a second of a two-second start
 * (docs/performance.md).
 */
final class DocsAssets {

  /** One file name of the webjar's folder: no slash, and no leading dot, so no "..". */
  private static final Pattern FILE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

  private static final String CACHE_CONTROL = "max-age=31622400";

  private final String version;
  /** Only files that exist are kept, so requests for made-up names cannot grow it. */
  private final Map<String, byte[]> files = new ConcurrentHashMap<>();

  DocsAssets(String version) {
    this.version = version;
  }

  /** Handles {@code GET /webjars/swagger-ui/{version}/{file}}. */
  void serve(Context ctx) {
    String file = ctx.pathParam("file");
    if (!version.equals(ctx.pathParam("version")) || !FILE_NAME.matcher(file).matches()) {
      throw ApiProblem.notFound("no resource at " + ctx.path());
    }
    byte[] bytes = files.get(file);
    if (bytes == null) {
      bytes = read(file);
      if (bytes == null) {
        throw ApiProblem.notFound("no resource at " + ctx.path());
      }
      files.put(file, bytes);
    }
    ctx.header("Cache-Control", CACHE_CONTROL).contentType(contentType(file)).result(bytes);
  }

  private byte[] read(String file) {
    String name = "/META-INF/resources/webjars/swagger-ui/" + version + "/" + file;
    try (InputStream in = DocsAssets.class.getResourceAsStream(name)) {
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
}
