package org.planmetrics.api;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.planmetrics.model.LocalizedText;

/**
 * The files of one folder of the jar, served by name: the page's own files, and the files of the
 * webjars it and the docs page load (ECharts, Swagger UI). Nothing is fetched from elsewhere at
 * run time, because county intranets are closed networks.
 *
 * <p>A file is read on its first request and kept. Only files that exist are kept, so requests
 * for made-up names cannot grow the map; and a name is one file name, no slash and no leading
 * dot, so it cannot climb out of the folder.
 */
final class BundledFiles {

  /** One file name of the folder: no slash, and no leading dot, so no "..". */
  private static final Pattern FILE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

  private final String folder;
  private final String cacheControl;
  private final Map<String, byte[]> files = new ConcurrentHashMap<>();

  /**
   * The files under {@code folder} (a class-path folder such as {@code
   * /META-INF/resources/webjars/echarts/5.3.1/dist}), answered with {@code cacheControl}.
   */
  BundledFiles(String folder, String cacheControl) {
    this.folder = folder;
    this.cacheControl = cacheControl;
  }

  /** The bytes of {@code file}, if the folder has it. */
  Optional<byte[]> file(String file) {
    if (!FILE_NAME.matcher(file).matches()) {
      return Optional.empty();
    }
    byte[] bytes = files.get(file);
    if (bytes == null) {
      bytes = read(folder + "/" + file);
      if (bytes == null) {
        return Optional.empty();
      }
      files.put(file, bytes);
    }
    return Optional.of(bytes);
  }

  /** Answers with {@code file}, or a 404 problem if the folder has no such file. */
  void serve(Context ctx, String file) {
    byte[] bytes = file(file).orElseThrow(() -> notFound(ctx));
    ctx.header("Cache-Control", cacheControl).header("X-Content-Type-Options", "nosniff")
        .contentType(contentType(file)).result(bytes);
  }

  static ApiProblem notFound(Context ctx) {
    return ApiProblem.notFound(LocalizedText.of("此处没有资源:" + ctx.path(),
        "no resource at " + ctx.path()));
  }

  static String contentType(String file) {
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
      case "svg":
        return "image/svg+xml";
      case "json":
      case "map":
        return "application/json";
      default:
        return "application/octet-stream";
    }
  }

  /** The resource {@code name}, or null if the jar has none. */
  private static byte[] read(String name) {
    try (InputStream in = BundledFiles.class.getResourceAsStream(name)) {
      return in == null ? null : in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name, e);
    }
  }

  /** The resource {@code name}; it is part of the jar, so its absence is a build error. */
  static byte[] required(String name) {
    byte[] bytes = read(name);
    if (bytes == null) {
      throw new IllegalStateException("missing resource " + name);
    }
    return bytes;
  }
}
